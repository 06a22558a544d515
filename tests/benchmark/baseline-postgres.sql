-- The plain baseline for the scan benchmark on PostgreSQL: one query per rule of spec/rules.md, the
-- way a good analyst writes them in psql: joins, anti-joins and window functions, timestamptz
-- compared directly, intervals for durations, no correlated sub-query on a large table. Each
-- finding is one line "RULE|subject|id|…" (evidence and detail after the id), so that
-- scripts/benchmark-scan.sh can check it against the scan's findings. Not used by SignWatch. Run as:
--   psql URL -X -q -At -v T="'2024-08-01T00:00:00Z'" -o FINDINGS -f baseline-postgres.sql
-- Thresholds are the defaults of rules.md, written in place.

-- DATA_QUALITY, kept in temporary tables: the unreadable rows take part in no other rule. (The
-- column types already guarantee the times, dates and found.)
CREATE TEMP TABLE bad_certificates AS
SELECT x.id FROM certificates x
  LEFT JOIN citizens ci ON ci.citizen_id = x.citizen_id
  LEFT JOIN providers p ON p.code = x.provider_code
  LEFT JOIN service_requests r ON r.id = x.request_id
  LEFT JOIN certificates o ON o.id = x.replaces_id
WHERE x.channel NOT IN ('app', 'door_to_door', 'hues_request', 'legacy_import')
  OR x.status NOT IN ('active', 'technical_error', 'revoked')
  OR x.revoke_reason NOT IN ('switch_provider', 'citizen_request', 'error')
  OR ci.citizen_id IS NULL OR p.code IS NULL
  OR (x.request_id IS NOT NULL AND r.id IS NULL) OR (x.replaces_id IS NOT NULL AND o.id IS NULL);
CREATE TEMP TABLE bad_requests AS
SELECT x.id FROM service_requests x
  LEFT JOIN citizens ci ON ci.citizen_id = x.citizen_id
  LEFT JOIN providers p ON p.code = x.provider_code
WHERE x.mode NOT IN ('home', 'phone') OR ci.citizen_id IS NULL OR p.code IS NULL;
CREATE TEMP TABLE bad_lookups AS
SELECT x.id FROM lookups x LEFT JOIN providers p ON p.code = x.provider_code WHERE p.code IS NULL;
ANALYZE bad_certificates, bad_requests, bad_lookups;
SELECT 'DATA_QUALITY', 'certificates', id FROM bad_certificates
UNION ALL SELECT 'DATA_QUALITY', 'service_requests', id FROM bad_requests
UNION ALL SELECT 'DATA_QUALITY', 'lookups', id FROM bad_lookups;

-- DUPLICATE_ISSUANCE: X's citizen's other certificates held at t(X); lookup_found from a join.
SELECT 'DUPLICATE_ISSUANCE', 'certificate', d.id, d.evidence, bool_or(l.id IS NOT NULL)
FROM (SELECT x.id, x.citizen_id, x.provider_code, coalesce(x.activated_at, x.recorded_at) AS t,
        string_agg(z.id::text, ',' ORDER BY z.id) AS evidence
      FROM certificates x JOIN certificates z ON z.citizen_id = x.citizen_id AND z.id <> x.id
      WHERE x.channel <> 'legacy_import' AND x.recorded_at <= :T AND z.recorded_at <= :T
        AND z.recorded_at <= coalesce(x.activated_at, x.recorded_at)
        AND (z.revoked_at IS NULL OR z.revoked_at > :T OR z.revoked_at > coalesce(x.activated_at, x.recorded_at))
        AND x.id NOT IN (SELECT id FROM bad_certificates) AND z.id NOT IN (SELECT id FROM bad_certificates)
      GROUP BY x.id) d
LEFT JOIN lookups l ON l.citizen_id = d.citizen_id AND l.provider_code = d.provider_code AND l.found
  AND l.looked_up_at <= :T AND l.looked_up_at BETWEEN d.t - interval '1 day' AND d.t
  AND l.id NOT IN (SELECT id FROM bad_lookups)
GROUP BY d.id, d.evidence;

-- SUPERSEDED: an earlier record (Hue-S order) not revoked when X was recorded, X no duplicate.
SELECT 'SUPERSEDED', 'certificate', x.id,
  string_agg(z.id::text, ',' ORDER BY z.id) FILTER (WHERE (z.recorded_at, z.id) < (x.recorded_at, x.id)
    AND (z.revoked_at IS NULL OR z.revoked_at > :T OR z.revoked_at > x.recorded_at))
FROM certificates x JOIN certificates z ON z.citizen_id = x.citizen_id AND z.id <> x.id
WHERE x.channel <> 'legacy_import' AND x.recorded_at <= :T AND z.recorded_at <= :T
  AND x.id NOT IN (SELECT id FROM bad_certificates) AND z.id NOT IN (SELECT id FROM bad_certificates)
GROUP BY x.id
HAVING bool_or((z.recorded_at, z.id) < (x.recorded_at, x.id)
    AND (z.revoked_at IS NULL OR z.revoked_at > :T OR z.revoked_at > x.recorded_at))
  AND NOT bool_or(z.recorded_at <= coalesce(x.activated_at, x.recorded_at)
    AND (z.revoked_at IS NULL OR z.revoked_at > :T OR z.revoked_at > coalesce(x.activated_at, x.recorded_at)));

-- LATE_UPDATE
SELECT 'LATE_UPDATE', 'certificate', id, extract(epoch FROM recorded_at - activated_at)::bigint FROM certificates
WHERE channel <> 'legacy_import' AND recorded_at <= :T AND recorded_at - activated_at > interval '1 day'
  AND id NOT IN (SELECT id FROM bad_certificates);

-- REQUEST_EXPIRED: deadline D = registered_at + 48 h.
SELECT 'REQUEST_EXPIRED', 'request', id, d, extract(epoch FROM coalesce(completed, cancelled, :T) - d)::bigint
FROM (SELECT id, registered_at + interval '48 hours' AS d,
        CASE WHEN completed_at <= :T THEN completed_at END AS completed,
        CASE WHEN cancelled_at <= :T THEN cancelled_at END AS cancelled
      FROM service_requests WHERE registered_at <= :T AND id NOT IN (SELECT id FROM bad_requests)) r
WHERE (cancelled IS NULL OR cancelled > d)
  AND ((completed IS NOT NULL AND completed > d) OR (completed IS NULL AND :T > d));

-- PREMATURE_CONFIRMATION (a) and (b)
SELECT 'PREMATURE_CONFIRMATION', 'certificate', id, CASE WHEN activated_at IS NULL THEN 'b' ELSE 'a' END
FROM certificates
WHERE channel <> 'legacy_import' AND recorded_at <= :T AND id NOT IN (SELECT id FROM bad_certificates)
  AND (activated_at - recorded_at > interval '300 seconds' OR (status = 'active' AND activated_at IS NULL));
-- PREMATURE_CONFIRMATION (c): a request marked done with no certificate activated by then.
SELECT 'PREMATURE_CONFIRMATION', 'request', r.id, 'c' FROM service_requests r
WHERE r.registered_at <= :T AND r.completed_at <= :T AND r.id NOT IN (SELECT id FROM bad_requests)
  AND NOT EXISTS (SELECT FROM certificates y WHERE y.request_id = r.id AND y.recorded_at <= :T
    AND y.activated_at <= r.completed_at + interval '300 seconds'
    AND y.id NOT IN (SELECT id FROM bad_certificates));

-- MISSING_LOOKUP: no look-up by the provider within a day before t(X) (an anti-join).
SELECT 'MISSING_LOOKUP', 'certificate', x.id FROM certificates x
WHERE x.channel IN ('app', 'door_to_door') AND x.recorded_at <= :T
  AND x.id NOT IN (SELECT id FROM bad_certificates)
  AND NOT EXISTS (SELECT FROM lookups l WHERE l.citizen_id = x.citizen_id AND l.provider_code = x.provider_code
    AND l.looked_up_at <= :T
    AND l.looked_up_at BETWEEN coalesce(x.activated_at, x.recorded_at) - interval '1 day'
      AND coalesce(x.activated_at, x.recorded_at)
    AND l.id NOT IN (SELECT id FROM bad_lookups));

-- STALE_TECHNICAL_ERROR
SELECT 'STALE_TECHNICAL_ERROR', 'certificate', id FROM certificates
WHERE channel <> 'legacy_import' AND recorded_at <= :T AND status = 'technical_error' AND activated_at IS NULL
  AND :T - recorded_at > interval '7 days' AND id NOT IN (SELECT id FROM bad_certificates);

-- STAFF_BURST: door-to-door issuances of the same staff account within ±30 minutes of t(X).
SELECT 'STAFF_BURST', 'certificate', id, n FROM (
  SELECT id, count(*) OVER (PARTITION BY provider_code, staff_id ORDER BY coalesce(activated_at, recorded_at)
      RANGE BETWEEN interval '30 minutes' PRECEDING AND interval '30 minutes' FOLLOWING) AS n
  FROM certificates
  WHERE channel = 'door_to_door' AND staff_id IS NOT NULL AND recorded_at <= :T
    AND id NOT IN (SELECT id FROM bad_certificates)) b
WHERE n >= 10;

-- FREE_PERIOD: a switch keeps the replaced certificate's free period (± 1 day); otherwise at least
-- 364 days from the activation date (UTC).
SELECT 'FREE_PERIOD', 'certificate', x.id, x.free_until FROM certificates x
LEFT JOIN certificates p ON p.id = x.replaces_id AND p.recorded_at <= :T
  AND p.id NOT IN (SELECT id FROM bad_certificates)
WHERE x.channel <> 'legacy_import' AND x.recorded_at <= :T AND x.activated_at IS NOT NULL
  AND x.id NOT IN (SELECT id FROM bad_certificates)
  AND ((x.replaces_id IS NOT NULL AND p.free_until IS NOT NULL
        AND (x.free_until IS NULL OR abs(x.free_until - p.free_until) > 1))
    OR (x.replaces_id IS NULL
        AND (x.free_until IS NULL OR x.free_until < (x.activated_at AT TIME ZONE 'UTC')::date + 364)));

-- EXCLUDED_PROVIDER (exclusions decided in the console's casework are not in the registry)
SELECT 'EXCLUDED_PROVIDER', 'certificate', x.id FROM certificates x JOIN providers p ON p.code = x.provider_code
WHERE x.channel <> 'legacy_import' AND x.recorded_at <= :T AND p.excluded_at <= :T
  AND coalesce(x.activated_at, x.recorded_at) >= p.excluded_at
  AND x.id NOT IN (SELECT id FROM bad_certificates);

-- LEGACY_MISLABEL
SELECT 'LEGACY_MISLABEL', 'certificate', id FROM certificates
WHERE channel = 'legacy_import' AND recorded_at <= :T
  AND (activated_at IS NULL OR activated_at >= '2023-07-27T17:00:00Z')
  AND id NOT IN (SELECT id FROM bad_certificates);

-- IDENTITY_NEAR_DUPLICATE. Candidate pairs first: the same birth date and ids that differ in one
-- digit or one swap of adjacent digits must agree on digits 7–9, or on 10–12, or on 7, 8, 11 and
-- 12 (record linkage's blocking keys: three equi-joins instead of every pair of a birth date).
-- Then the name keys of the few candidates: NFD, combining marks (U+0300–U+036F) removed, đ as d,
-- lower case, white space collapsed. (Merge joins off: the planner sorts the 1.2 million citizens
-- six times for them, 30 % slower than hashing.)
SET enable_mergejoin = off;
WITH c AS MATERIALIZED (
    SELECT citizen_id AS id, birth_date AS bd FROM citizens
    WHERE birth_date IS NOT NULL AND citizen_id ~ '^[0-9]{12}$'),
  cand AS (
    SELECT a.id AS a, b.id AS b FROM c a JOIN c b ON b.bd = a.bd AND substr(b.id, 7, 3) = substr(a.id, 7, 3)
      AND b.id > a.id
    UNION SELECT a.id, b.id FROM c a JOIN c b ON b.bd = a.bd AND substr(b.id, 10, 3) = substr(a.id, 10, 3)
      AND b.id > a.id
    UNION SELECT a.id, b.id FROM c a JOIN c b ON b.bd = a.bd
      AND substr(b.id, 7, 2) || substr(b.id, 11, 2) = substr(a.id, 7, 2) || substr(a.id, 11, 2) AND b.id > a.id),
  near AS (
    SELECT n.a, n.b FROM cand n
    WHERE (substr(n.a, 1, 1) <> substr(n.b, 1, 1))::int + (substr(n.a, 2, 1) <> substr(n.b, 2, 1))::int + (substr(n.a, 3, 1) <> substr(n.b, 3, 1))::int + (substr(n.a, 4, 1) <> substr(n.b, 4, 1))::int + (substr(n.a, 5, 1) <> substr(n.b, 5, 1))::int + (substr(n.a, 6, 1) <> substr(n.b, 6, 1))::int + (substr(n.a, 7, 1) <> substr(n.b, 7, 1))::int + (substr(n.a, 8, 1) <> substr(n.b, 8, 1))::int + (substr(n.a, 9, 1) <> substr(n.b, 9, 1))::int + (substr(n.a, 10, 1) <> substr(n.b, 10, 1))::int + (substr(n.a, 11, 1) <> substr(n.b, 11, 1))::int + (substr(n.a, 12, 1) <> substr(n.b, 12, 1))::int = 1
      OR n.b = overlay(n.a placing substr(n.a, 2, 1) || substr(n.a, 1, 1) from 1 for 2) OR n.b = overlay(n.a placing substr(n.a, 3, 1) || substr(n.a, 2, 1) from 2 for 2) OR n.b = overlay(n.a placing substr(n.a, 4, 1) || substr(n.a, 3, 1) from 3 for 2) OR n.b = overlay(n.a placing substr(n.a, 5, 1) || substr(n.a, 4, 1) from 4 for 2) OR n.b = overlay(n.a placing substr(n.a, 6, 1) || substr(n.a, 5, 1) from 5 for 2) OR n.b = overlay(n.a placing substr(n.a, 7, 1) || substr(n.a, 6, 1) from 6 for 2) OR n.b = overlay(n.a placing substr(n.a, 8, 1) || substr(n.a, 7, 1) from 7 for 2) OR n.b = overlay(n.a placing substr(n.a, 9, 1) || substr(n.a, 8, 1) from 8 for 2) OR n.b = overlay(n.a placing substr(n.a, 10, 1) || substr(n.a, 9, 1) from 9 for 2) OR n.b = overlay(n.a placing substr(n.a, 11, 1) || substr(n.a, 10, 1) from 10 for 2) OR n.b = overlay(n.a placing substr(n.a, 12, 1) || substr(n.a, 11, 1) from 11 for 2)),
  name_key AS (
    SELECT citizen_id AS id, btrim(regexp_replace(lower(translate(regexp_replace(normalize(full_name, NFD),
      '[\u0300-\u036f]', '', 'g'), 'đĐ', 'dd')), '\s+', ' ', 'g')) AS k
    FROM citizens WHERE citizen_id IN (SELECT a FROM near UNION SELECT b FROM near)),
  held AS (
    SELECT DISTINCT ON (citizen_id) citizen_id, id, recorded_at FROM certificates
    WHERE citizen_id IN (SELECT a FROM near UNION SELECT b FROM near) AND recorded_at <= :T
      AND (revoked_at IS NULL OR revoked_at > :T) AND id NOT IN (SELECT id FROM bad_certificates)
    ORDER BY citizen_id, recorded_at, id),
  pairs AS (
    SELECT CASE WHEN (fa.recorded_at, fa.id) > (fb.recorded_at, fb.id) THEN fa.id ELSE fb.id END AS subject,
      CASE WHEN (fa.recorded_at, fa.id) > (fb.recorded_at, fb.id) THEN fb.id ELSE fa.id END AS evidence
    FROM near n
    JOIN name_key ka ON ka.id = n.a JOIN name_key kb ON kb.id = n.b AND kb.k = ka.k
    JOIN held fa ON fa.citizen_id = n.a JOIN held fb ON fb.citizen_id = n.b)
SELECT 'IDENTITY_NEAR_DUPLICATE', 'certificate', subject, string_agg(evidence::text, ',' ORDER BY evidence)
FROM pairs GROUP BY subject;
