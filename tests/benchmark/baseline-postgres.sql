-- The plain baseline for the scan benchmark on PostgreSQL: one query per rule of spec/rules.md,
-- written the way an analyst would in psql (timestamptz compared directly, intervals, correlated
-- subqueries). Run with: psql -v T="'2024-08-01T00:00:00Z'" -f baseline-postgres.sql
-- Not used by SignWatch; scripts/benchmark-scan.sh times it against `signwatch-cli scan`.
\o /dev/null

-- DATA_QUALITY (the column types guarantee times, dates and found)
SELECT id FROM certificates WHERE channel NOT IN ('app','door_to_door','hues_request','legacy_import')
  OR status NOT IN ('active','technical_error','revoked')
  OR (revoke_reason IS NOT NULL AND revoke_reason NOT IN ('switch_provider','citizen_request','error'))
  OR citizen_id NOT IN (SELECT citizen_id FROM citizens) OR provider_code NOT IN (SELECT code FROM providers)
  OR (request_id IS NOT NULL AND request_id NOT IN (SELECT id FROM service_requests))
  OR (replaces_id IS NOT NULL AND replaces_id NOT IN (SELECT id FROM certificates));
SELECT id FROM service_requests WHERE mode NOT IN ('home','phone')
  OR citizen_id NOT IN (SELECT citizen_id FROM citizens) OR provider_code NOT IN (SELECT code FROM providers);
SELECT id FROM lookups WHERE provider_code NOT IN (SELECT code FROM providers);

-- DUPLICATE_ISSUANCE
SELECT * FROM (SELECT x.id, (SELECT string_agg(z.id::text, ',') FROM certificates z WHERE z.citizen_id = x.citizen_id
    AND z.id <> x.id AND z.recorded_at <= :T AND z.recorded_at <= coalesce(x.activated_at, x.recorded_at)
    AND (z.revoked_at IS NULL OR z.revoked_at > :T OR z.revoked_at > coalesce(x.activated_at, x.recorded_at))) AS e,
  EXISTS (SELECT 1 FROM lookups l WHERE l.citizen_id = x.citizen_id AND l.provider_code = x.provider_code AND l.found
    AND l.looked_up_at <= :T AND l.looked_up_at BETWEEN coalesce(x.activated_at, x.recorded_at) - interval '1 day'
    AND coalesce(x.activated_at, x.recorded_at)) AS lf
FROM certificates x WHERE x.channel <> 'legacy_import' AND x.recorded_at <= :T) d WHERE e IS NOT NULL;

-- SUPERSEDED
SELECT * FROM (SELECT x.id, (SELECT string_agg(z.id::text, ',') FROM certificates z WHERE z.citizen_id = x.citizen_id
    AND z.id <> x.id AND (z.recorded_at, z.id) < (x.recorded_at, x.id)
    AND (z.revoked_at IS NULL OR z.revoked_at > :T OR z.revoked_at > x.recorded_at)) AS e
FROM certificates x WHERE x.channel <> 'legacy_import' AND x.recorded_at <= :T
  AND NOT EXISTS (SELECT 1 FROM certificates z WHERE z.citizen_id = x.citizen_id AND z.id <> x.id AND z.recorded_at <= :T
    AND z.recorded_at <= coalesce(x.activated_at, x.recorded_at)
    AND (z.revoked_at IS NULL OR z.revoked_at > :T OR z.revoked_at > coalesce(x.activated_at, x.recorded_at)))) s
WHERE e IS NOT NULL;

-- LATE_UPDATE
SELECT id FROM certificates WHERE channel <> 'legacy_import' AND recorded_at <= :T AND activated_at IS NOT NULL
  AND recorded_at - activated_at > interval '86400 seconds';

-- REQUEST_EXPIRED
SELECT id FROM service_requests WHERE registered_at <= :T
  AND NOT (cancelled_at IS NOT NULL AND cancelled_at <= :T AND cancelled_at <= registered_at + interval '48 hours')
  AND ((completed_at IS NOT NULL AND completed_at <= :T AND completed_at > registered_at + interval '48 hours')
    OR ((completed_at IS NULL OR completed_at > :T) AND :T > registered_at + interval '48 hours'));

-- PREMATURE_CONFIRMATION (a, b, c)
SELECT id FROM certificates WHERE channel <> 'legacy_import' AND recorded_at <= :T AND activated_at IS NOT NULL
  AND activated_at - recorded_at > interval '300 seconds';
SELECT id FROM certificates WHERE channel <> 'legacy_import' AND recorded_at <= :T AND status = 'active'
  AND activated_at IS NULL;
SELECT r.id FROM service_requests r WHERE r.registered_at <= :T AND r.completed_at IS NOT NULL AND r.completed_at <= :T
  AND NOT EXISTS (SELECT 1 FROM certificates y WHERE y.request_id = r.id AND y.recorded_at <= :T
    AND y.activated_at IS NOT NULL AND y.activated_at <= r.completed_at + interval '300 seconds');

-- MISSING_LOOKUP
SELECT x.id FROM certificates x WHERE x.channel IN ('app', 'door_to_door') AND x.recorded_at <= :T
  AND NOT EXISTS (SELECT 1 FROM lookups l WHERE l.citizen_id = x.citizen_id AND l.provider_code = x.provider_code
    AND l.looked_up_at <= :T AND l.looked_up_at BETWEEN coalesce(x.activated_at, x.recorded_at) - interval '1 day'
    AND coalesce(x.activated_at, x.recorded_at));

-- STALE_TECHNICAL_ERROR
SELECT id FROM certificates WHERE channel <> 'legacy_import' AND recorded_at <= :T AND status = 'technical_error'
  AND activated_at IS NULL AND :T - recorded_at > interval '7 days';

-- STAFF_BURST
SELECT * FROM (SELECT x.id, (SELECT count(*) FROM certificates y WHERE y.provider_code = x.provider_code
    AND y.staff_id = x.staff_id AND y.channel = 'door_to_door' AND y.recorded_at <= :T
    AND coalesce(y.activated_at, y.recorded_at) BETWEEN coalesce(x.activated_at, x.recorded_at) - interval '30 minutes'
    AND coalesce(x.activated_at, x.recorded_at) + interval '30 minutes') AS n
FROM certificates x WHERE x.channel = 'door_to_door' AND x.staff_id IS NOT NULL AND x.recorded_at <= :T) b WHERE n >= 10;

-- FREE_PERIOD
SELECT x.id FROM certificates x LEFT JOIN certificates p ON p.id = x.replaces_id AND p.recorded_at <= :T
WHERE x.channel <> 'legacy_import' AND x.recorded_at <= :T AND x.activated_at IS NOT NULL
  AND ((x.replaces_id IS NOT NULL AND p.free_until IS NOT NULL
        AND (x.free_until IS NULL OR abs(x.free_until - p.free_until) > 1))
    OR (x.replaces_id IS NULL AND (x.free_until IS NULL
        OR x.free_until < (x.activated_at AT TIME ZONE 'UTC')::date + 364)));

-- EXCLUDED_PROVIDER
SELECT x.id FROM certificates x JOIN providers p ON p.code = x.provider_code
WHERE x.channel <> 'legacy_import' AND x.recorded_at <= :T AND p.excluded_at IS NOT NULL AND p.excluded_at <= :T
  AND coalesce(x.activated_at, x.recorded_at) >= p.excluded_at;

-- LEGACY_MISLABEL
SELECT id FROM certificates WHERE channel = 'legacy_import' AND recorded_at <= :T
  AND (activated_at IS NULL OR activated_at >= '2023-07-27T17:00:00Z');

-- IDENTITY_NEAR_DUPLICATE (lower() only: no diacritic folding without the unaccent extension)
SELECT a.citizen_id, b.citizen_id FROM citizens a JOIN citizens b ON b.birth_date = a.birth_date
  AND b.citizen_id > a.citizen_id AND lower(trim(b.full_name)) = lower(trim(a.full_name))
WHERE length(a.citizen_id) = 12 AND length(b.citizen_id) = 12
  AND (SELECT count(*) FROM generate_series(1, 12) i WHERE substr(a.citizen_id, i, 1) <> substr(b.citizen_id, i, 1)) <= 2
  AND EXISTS (SELECT 1 FROM certificates z WHERE z.citizen_id = a.citizen_id AND z.recorded_at <= :T AND (z.revoked_at IS NULL OR z.revoked_at > :T))
  AND EXISTS (SELECT 1 FROM certificates z WHERE z.citizen_id = b.citizen_id AND z.recorded_at <= :T AND (z.revoked_at IS NULL OR z.revoked_at > :T));
