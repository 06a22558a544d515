-- The plain baseline for the scan benchmark on SQLite: one query per rule of spec/rules.md, the way
-- a good analyst writes them in the sqlite3 shell: joins, anti-joins and window functions, ISO text
-- times compared as text (the contract's form orders as time), unixepoch() for durations, no
-- correlated sub-query on a large table. Each finding is one line "RULE|subject|id|…" (evidence and
-- detail after the id), so that scripts/benchmark-scan.sh can check it against the scan's findings.
-- Not used by SignWatch. Run as: sqlite3 REGISTRY ".read baseline-sqlite.sql" (as of T below).
-- Thresholds are the defaults of rules.md, written in place. A time compared with :T carries a
-- unary plus (SQLite's documented way to keep an index out): the range holds nearly every row, and
-- without it SQLite reads whole tables through their time indexes, row by row (6 s instead of 1 s).

-- The settings of the scan's own SQLite connection (registry/RegistryConnection.cpp).
PRAGMA cache_size = -65536;
PRAGMA temp_store = MEMORY;
-- The as-of time T (after temp_store: changing it drops the temporary database, parameters too).
.parameter set :T '2024-08-01T00:00:00Z'

-- DATA_QUALITY, kept in temporary tables: the unreadable rows take part in no other rule.
CREATE TEMP TABLE bad_certificates AS
SELECT x.id FROM certificates x
  LEFT JOIN citizens ci ON ci.citizen_id = x.citizen_id
  LEFT JOIN providers p ON p.code = x.provider_code
  LEFT JOIN service_requests r ON r.id = x.request_id
  LEFT JOIN certificates o ON o.id = x.replaces_id
WHERE x.channel NOT IN ('app', 'door_to_door', 'hues_request', 'legacy_import')
  OR x.status NOT IN ('active', 'technical_error', 'revoked')
  OR x.revoke_reason NOT IN ('switch_provider', 'citizen_request', 'error')
  OR strftime('%Y-%m-%dT%H:%M:%SZ', x.recorded_at) IS NOT x.recorded_at
  OR strftime('%Y-%m-%dT%H:%M:%SZ', x.activated_at) IS NOT x.activated_at
  OR strftime('%Y-%m-%dT%H:%M:%SZ', x.revoked_at) IS NOT x.revoked_at
  OR date(x.free_until) IS NOT x.free_until
  OR ci.citizen_id IS NULL OR p.code IS NULL
  OR (x.request_id IS NOT NULL AND r.id IS NULL) OR (x.replaces_id IS NOT NULL AND o.id IS NULL);
CREATE TEMP TABLE bad_requests AS
SELECT x.id FROM service_requests x
  LEFT JOIN citizens ci ON ci.citizen_id = x.citizen_id
  LEFT JOIN providers p ON p.code = x.provider_code
WHERE x.mode NOT IN ('home', 'phone')
  OR strftime('%Y-%m-%dT%H:%M:%SZ', x.registered_at) IS NOT x.registered_at
  OR strftime('%Y-%m-%dT%H:%M:%SZ', x.completed_at) IS NOT x.completed_at
  OR strftime('%Y-%m-%dT%H:%M:%SZ', x.cancelled_at) IS NOT x.cancelled_at
  OR ci.citizen_id IS NULL OR p.code IS NULL;
CREATE TEMP TABLE bad_lookups AS
SELECT x.id FROM lookups x LEFT JOIN providers p ON p.code = x.provider_code
WHERE x.found NOT IN (0, 1) OR strftime('%Y-%m-%dT%H:%M:%SZ', x.looked_up_at) IS NOT x.looked_up_at
  OR p.code IS NULL;
SELECT 'DATA_QUALITY', 'certificates', id FROM bad_certificates
UNION ALL SELECT 'DATA_QUALITY', 'service_requests', id FROM bad_requests
UNION ALL SELECT 'DATA_QUALITY', 'lookups', id FROM bad_lookups;

-- DUPLICATE_ISSUANCE: X's citizen's other certificates held at t(X); lookup_found from a join.
SELECT 'DUPLICATE_ISSUANCE', 'certificate', d.id, d.evidence, max(l.id IS NOT NULL)
FROM (SELECT x.id, x.citizen_id, x.provider_code, coalesce(x.activated_at, x.recorded_at) AS t,
        group_concat(z.id) AS evidence
      FROM certificates x JOIN certificates z ON z.citizen_id = x.citizen_id AND z.id <> x.id
      WHERE x.channel <> 'legacy_import' AND +x.recorded_at <= :T AND +z.recorded_at <= :T
        AND z.recorded_at <= coalesce(x.activated_at, x.recorded_at)
        AND (z.revoked_at IS NULL OR z.revoked_at > :T OR z.revoked_at > coalesce(x.activated_at, x.recorded_at))
        AND x.id NOT IN (SELECT id FROM bad_certificates) AND z.id NOT IN (SELECT id FROM bad_certificates)
      GROUP BY x.id) d
LEFT JOIN lookups l ON l.citizen_id = d.citizen_id AND l.provider_code = d.provider_code AND l.found = 1
  AND +l.looked_up_at <= :T AND l.looked_up_at BETWEEN strftime('%Y-%m-%dT%H:%M:%SZ', d.t, '-1 day') AND d.t
  AND l.id NOT IN (SELECT id FROM bad_lookups)
GROUP BY d.id;

-- SUPERSEDED: an earlier record (Hue-S order) not revoked when X was recorded, X no duplicate.
SELECT 'SUPERSEDED', 'certificate', x.id,
  group_concat(CASE WHEN (z.recorded_at, z.id) < (x.recorded_at, x.id)
    AND (z.revoked_at IS NULL OR z.revoked_at > :T OR z.revoked_at > x.recorded_at) THEN z.id END)
FROM certificates x JOIN certificates z ON z.citizen_id = x.citizen_id AND z.id <> x.id
WHERE x.channel <> 'legacy_import' AND +x.recorded_at <= :T AND +z.recorded_at <= :T
  AND x.id NOT IN (SELECT id FROM bad_certificates) AND z.id NOT IN (SELECT id FROM bad_certificates)
GROUP BY x.id
HAVING max((z.recorded_at, z.id) < (x.recorded_at, x.id)
    AND (z.revoked_at IS NULL OR z.revoked_at > :T OR z.revoked_at > x.recorded_at)) = 1
  AND max(z.recorded_at <= coalesce(x.activated_at, x.recorded_at)
    AND (z.revoked_at IS NULL OR z.revoked_at > :T OR z.revoked_at > coalesce(x.activated_at, x.recorded_at))) = 0;

-- LATE_UPDATE
SELECT 'LATE_UPDATE', 'certificate', id, unixepoch(recorded_at) - unixepoch(activated_at) FROM certificates
WHERE channel <> 'legacy_import' AND +recorded_at <= :T AND activated_at IS NOT NULL
  AND unixepoch(recorded_at) - unixepoch(activated_at) > 86400
  AND id NOT IN (SELECT id FROM bad_certificates);

-- REQUEST_EXPIRED: deadline D = registered_at + 48 h.
SELECT 'REQUEST_EXPIRED', 'request', id, d,
  unixepoch(coalesce(completed, cancelled, :T)) - unixepoch(d)
FROM (SELECT id, strftime('%Y-%m-%dT%H:%M:%SZ', registered_at, '+48 hours') AS d,
        CASE WHEN +completed_at <= :T THEN completed_at END AS completed,
        CASE WHEN cancelled_at <= :T THEN cancelled_at END AS cancelled
      FROM service_requests WHERE +registered_at <= :T AND id NOT IN (SELECT id FROM bad_requests))
WHERE (cancelled IS NULL OR cancelled > d)
  AND ((completed IS NOT NULL AND completed > d) OR (completed IS NULL AND :T > d));

-- PREMATURE_CONFIRMATION (a) and (b)
SELECT 'PREMATURE_CONFIRMATION', 'certificate', id, CASE WHEN activated_at IS NULL THEN 'b' ELSE 'a' END
FROM certificates
WHERE channel <> 'legacy_import' AND +recorded_at <= :T AND id NOT IN (SELECT id FROM bad_certificates)
  AND ((activated_at IS NOT NULL AND unixepoch(activated_at) - unixepoch(recorded_at) > 300)
    OR (status = 'active' AND activated_at IS NULL));
-- PREMATURE_CONFIRMATION (c): a request marked done with no certificate activated by then.
SELECT 'PREMATURE_CONFIRMATION', 'request', r.id, 'c' FROM service_requests r
LEFT JOIN certificates y ON y.request_id = r.id AND +y.recorded_at <= :T AND y.activated_at IS NOT NULL
  AND unixepoch(y.activated_at) <= unixepoch(r.completed_at) + 300
  AND y.id NOT IN (SELECT id FROM bad_certificates)
WHERE +r.registered_at <= :T AND +r.completed_at <= :T AND r.id NOT IN (SELECT id FROM bad_requests)
  AND y.id IS NULL;

-- MISSING_LOOKUP: no look-up by the provider within a day before t(X).
SELECT 'MISSING_LOOKUP', 'certificate', x.id FROM certificates x
LEFT JOIN lookups l ON l.citizen_id = x.citizen_id AND l.provider_code = x.provider_code
  AND +l.looked_up_at <= :T AND l.looked_up_at <= coalesce(x.activated_at, x.recorded_at)
  AND l.looked_up_at >= strftime('%Y-%m-%dT%H:%M:%SZ', coalesce(x.activated_at, x.recorded_at), '-1 day')
  AND l.id NOT IN (SELECT id FROM bad_lookups)
WHERE x.channel IN ('app', 'door_to_door') AND +x.recorded_at <= :T
  AND x.id NOT IN (SELECT id FROM bad_certificates) AND l.id IS NULL;

-- STALE_TECHNICAL_ERROR
SELECT 'STALE_TECHNICAL_ERROR', 'certificate', id FROM certificates
WHERE channel <> 'legacy_import' AND +recorded_at <= :T AND status = 'technical_error' AND activated_at IS NULL
  AND unixepoch(:T) - unixepoch(recorded_at) > 604800 AND id NOT IN (SELECT id FROM bad_certificates);

-- STAFF_BURST: door-to-door issuances of the same staff account within ±30 minutes of t(X).
SELECT 'STAFF_BURST', 'certificate', id, n FROM (
  SELECT id, count(*) OVER (PARTITION BY provider_code, staff_id
      ORDER BY unixepoch(coalesce(activated_at, recorded_at)) RANGE BETWEEN 1800 PRECEDING AND 1800 FOLLOWING) AS n
  FROM certificates
  WHERE channel = 'door_to_door' AND staff_id IS NOT NULL AND +recorded_at <= :T
    AND id NOT IN (SELECT id FROM bad_certificates))
WHERE n >= 10;

-- FREE_PERIOD: a switch keeps the replaced certificate's free period (± 1 day); otherwise at least
-- 364 days from the activation date.
SELECT 'FREE_PERIOD', 'certificate', x.id, x.free_until FROM certificates x
LEFT JOIN certificates p ON p.id = x.replaces_id AND +p.recorded_at <= :T
  AND p.id NOT IN (SELECT id FROM bad_certificates)
WHERE x.channel <> 'legacy_import' AND +x.recorded_at <= :T AND x.activated_at IS NOT NULL
  AND x.id NOT IN (SELECT id FROM bad_certificates)
  AND ((x.replaces_id IS NOT NULL AND p.free_until IS NOT NULL
        AND (x.free_until IS NULL OR abs(julianday(x.free_until) - julianday(p.free_until)) > 1))
    OR (x.replaces_id IS NULL AND (x.free_until IS NULL OR x.free_until < date(x.activated_at, '+364 days'))));

-- EXCLUDED_PROVIDER (exclusions decided in the console's casework are not in the registry)
SELECT 'EXCLUDED_PROVIDER', 'certificate', x.id FROM certificates x JOIN providers p ON p.code = x.provider_code
WHERE x.channel <> 'legacy_import' AND +x.recorded_at <= :T AND p.excluded_at <= :T
  AND coalesce(x.activated_at, x.recorded_at) >= p.excluded_at
  AND x.id NOT IN (SELECT id FROM bad_certificates);

-- LEGACY_MISLABEL
SELECT 'LEGACY_MISLABEL', 'certificate', id FROM certificates
WHERE channel = 'legacy_import' AND +recorded_at <= :T
  AND (activated_at IS NULL OR +activated_at >= '2023-07-27T17:00:00Z')
  AND id NOT IN (SELECT id FROM bad_certificates);

-- IDENTITY_NEAR_DUPLICATE. Candidate pairs first: the same birth date and ids that differ in one
-- digit or one swap of adjacent digits must agree on digits 7–9, or on 10–12, or on 7, 8, 11 and
-- 12 (record linkage's blocking keys: three equi-joins instead of every pair of a birth date).
-- Then the name keys of the few candidates: lower(), the Vietnamese letters and the combining
-- marks folded by replace() (SQLite has no Unicode folding), white space collapsed.
WITH c AS MATERIALIZED (
    SELECT citizen_id AS id, birth_date AS bd, substr(citizen_id, 7, 3) AS k1, substr(citizen_id, 10, 3) AS k2,
      substr(citizen_id, 7, 2) || substr(citizen_id, 11, 2) AS k3
    FROM citizens WHERE date(birth_date) IS birth_date AND length(citizen_id) = 12
      AND citizen_id NOT GLOB '*[^0-9]*'),
  cand AS (
    SELECT a.id AS a, b.id AS b FROM c a JOIN c b ON b.bd = a.bd AND b.k1 = a.k1 AND b.id > a.id
    UNION SELECT a.id, b.id FROM c a JOIN c b ON b.bd = a.bd AND b.k2 = a.k2 AND b.id > a.id
    UNION SELECT a.id, b.id FROM c a JOIN c b ON b.bd = a.bd AND b.k3 = a.k3 AND b.id > a.id),
  near AS (
    SELECT n.a, n.b FROM cand n
    WHERE (substr(n.a, 1, 1) <> substr(n.b, 1, 1)) + (substr(n.a, 2, 1) <> substr(n.b, 2, 1)) + (substr(n.a, 3, 1) <> substr(n.b, 3, 1)) + (substr(n.a, 4, 1) <> substr(n.b, 4, 1)) + (substr(n.a, 5, 1) <> substr(n.b, 5, 1)) + (substr(n.a, 6, 1) <> substr(n.b, 6, 1)) + (substr(n.a, 7, 1) <> substr(n.b, 7, 1)) + (substr(n.a, 8, 1) <> substr(n.b, 8, 1)) + (substr(n.a, 9, 1) <> substr(n.b, 9, 1)) + (substr(n.a, 10, 1) <> substr(n.b, 10, 1)) + (substr(n.a, 11, 1) <> substr(n.b, 11, 1)) + (substr(n.a, 12, 1) <> substr(n.b, 12, 1)) = 1
      OR n.b = substr(n.a, 1, 0) || substr(n.a, 2, 1) || substr(n.a, 1, 1) || substr(n.a, 3) OR n.b = substr(n.a, 1, 1) || substr(n.a, 3, 1) || substr(n.a, 2, 1) || substr(n.a, 4) OR n.b = substr(n.a, 1, 2) || substr(n.a, 4, 1) || substr(n.a, 3, 1) || substr(n.a, 5) OR n.b = substr(n.a, 1, 3) || substr(n.a, 5, 1) || substr(n.a, 4, 1) || substr(n.a, 6) OR n.b = substr(n.a, 1, 4) || substr(n.a, 6, 1) || substr(n.a, 5, 1) || substr(n.a, 7) OR n.b = substr(n.a, 1, 5) || substr(n.a, 7, 1) || substr(n.a, 6, 1) || substr(n.a, 8) OR n.b = substr(n.a, 1, 6) || substr(n.a, 8, 1) || substr(n.a, 7, 1) || substr(n.a, 9) OR n.b = substr(n.a, 1, 7) || substr(n.a, 9, 1) || substr(n.a, 8, 1) || substr(n.a, 10) OR n.b = substr(n.a, 1, 8) || substr(n.a, 10, 1) || substr(n.a, 9, 1) || substr(n.a, 11) OR n.b = substr(n.a, 1, 9) || substr(n.a, 11, 1) || substr(n.a, 10, 1) || substr(n.a, 12) OR n.b = substr(n.a, 1, 10) || substr(n.a, 12, 1) || substr(n.a, 11, 1) || substr(n.a, 13)),
  k0 AS (SELECT citizen_id AS id, lower(full_name) AS k FROM citizens
    WHERE citizen_id IN (SELECT a FROM near UNION SELECT b FROM near)),
  k1 AS (SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(k, 'à', 'a'), 'á', 'a'), 'ả', 'a'), 'ã', 'a'), 'ạ', 'a'), 'ă', 'a'), 'ằ', 'a'), 'ắ', 'a'), 'ẳ', 'a'), 'ẵ', 'a'), 'ặ', 'a'), 'â', 'a') AS k FROM k0),
  k2 AS (SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(k, 'ầ', 'a'), 'ấ', 'a'), 'ẩ', 'a'), 'ẫ', 'a'), 'ậ', 'a'), 'è', 'e'), 'é', 'e'), 'ẻ', 'e'), 'ẽ', 'e'), 'ẹ', 'e'), 'ê', 'e'), 'ề', 'e') AS k FROM k1),
  k3 AS (SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(k, 'ế', 'e'), 'ể', 'e'), 'ễ', 'e'), 'ệ', 'e'), 'ì', 'i'), 'í', 'i'), 'ỉ', 'i'), 'ĩ', 'i'), 'ị', 'i'), 'ò', 'o'), 'ó', 'o'), 'ỏ', 'o') AS k FROM k2),
  k4 AS (SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(k, 'õ', 'o'), 'ọ', 'o'), 'ô', 'o'), 'ồ', 'o'), 'ố', 'o'), 'ổ', 'o'), 'ỗ', 'o'), 'ộ', 'o'), 'ơ', 'o'), 'ờ', 'o'), 'ớ', 'o'), 'ở', 'o') AS k FROM k3),
  k5 AS (SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(k, 'ỡ', 'o'), 'ợ', 'o'), 'ù', 'u'), 'ú', 'u'), 'ủ', 'u'), 'ũ', 'u'), 'ụ', 'u'), 'ư', 'u'), 'ừ', 'u'), 'ứ', 'u'), 'ử', 'u'), 'ữ', 'u') AS k FROM k4),
  k6 AS (SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(k, 'ự', 'u'), 'ỳ', 'y'), 'ý', 'y'), 'ỷ', 'y'), 'ỹ', 'y'), 'ỵ', 'y'), 'đ', 'd'), 'À', 'a'), 'Á', 'a'), 'Ả', 'a'), 'Ã', 'a'), 'Ạ', 'a') AS k FROM k5),
  k7 AS (SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(k, 'Ă', 'a'), 'Ằ', 'a'), 'Ắ', 'a'), 'Ẳ', 'a'), 'Ẵ', 'a'), 'Ặ', 'a'), 'Â', 'a'), 'Ầ', 'a'), 'Ấ', 'a'), 'Ẩ', 'a'), 'Ẫ', 'a'), 'Ậ', 'a') AS k FROM k6),
  k8 AS (SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(k, 'È', 'e'), 'É', 'e'), 'Ẻ', 'e'), 'Ẽ', 'e'), 'Ẹ', 'e'), 'Ê', 'e'), 'Ề', 'e'), 'Ế', 'e'), 'Ể', 'e'), 'Ễ', 'e'), 'Ệ', 'e'), 'Ì', 'i') AS k FROM k7),
  k9 AS (SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(k, 'Í', 'i'), 'Ỉ', 'i'), 'Ĩ', 'i'), 'Ị', 'i'), 'Ò', 'o'), 'Ó', 'o'), 'Ỏ', 'o'), 'Õ', 'o'), 'Ọ', 'o'), 'Ô', 'o'), 'Ồ', 'o'), 'Ố', 'o') AS k FROM k8),
  k10 AS (SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(k, 'Ổ', 'o'), 'Ỗ', 'o'), 'Ộ', 'o'), 'Ơ', 'o'), 'Ờ', 'o'), 'Ớ', 'o'), 'Ở', 'o'), 'Ỡ', 'o'), 'Ợ', 'o'), 'Ù', 'u'), 'Ú', 'u'), 'Ủ', 'u') AS k FROM k9),
  k11 AS (SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(k, 'Ũ', 'u'), 'Ụ', 'u'), 'Ư', 'u'), 'Ừ', 'u'), 'Ứ', 'u'), 'Ử', 'u'), 'Ữ', 'u'), 'Ự', 'u'), 'Ỳ', 'y'), 'Ý', 'y'), 'Ỷ', 'y'), 'Ỹ', 'y') AS k FROM k10),
  k12 AS (SELECT id, replace(replace(k, 'Ỵ', 'y'), 'Đ', 'd') AS k FROM k11),
  k13 AS (SELECT id, replace(replace(replace(replace(replace(replace(replace(replace(k, char(768), ''), char(769), ''), char(770), ''), char(771), ''), char(774), ''), char(777), ''), char(795), ''), char(803), '') AS k FROM k12),
  k14 AS (SELECT id, replace(replace(replace(k, char(9), ' '), char(160), ' '), char(10), ' ') AS k FROM k13),
  name_key AS (SELECT id, trim(replace(replace(replace(replace(k, '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' ')) AS k FROM k14),
  held AS (
    SELECT citizen_id, id, recorded_at,
      row_number() OVER (PARTITION BY citizen_id ORDER BY recorded_at, id) AS k
    FROM certificates
    WHERE citizen_id IN (SELECT a FROM near UNION SELECT b FROM near) AND +recorded_at <= :T
      AND (revoked_at IS NULL OR revoked_at > :T) AND id NOT IN (SELECT id FROM bad_certificates)),
  pairs AS (
    SELECT CASE WHEN (fa.recorded_at, fa.id) > (fb.recorded_at, fb.id) THEN fa.id ELSE fb.id END AS subject,
      CASE WHEN (fa.recorded_at, fa.id) > (fb.recorded_at, fb.id) THEN fb.id ELSE fa.id END AS evidence
    FROM near n
    JOIN name_key ka ON ka.id = n.a JOIN name_key kb ON kb.id = n.b AND kb.k = ka.k
    JOIN held fa ON fa.citizen_id = n.a AND fa.k = 1 JOIN held fb ON fb.citizen_id = n.b AND fb.k = 1)
SELECT 'IDENTITY_NEAR_DUPLICATE', 'certificate', subject, group_concat(evidence) FROM pairs GROUP BY subject;
