-- The plain baseline for the scan benchmark: one query per rule of spec/rules.md, written the way
-- an analyst would in the sqlite3 shell (ISO text compared as text, julianday() for durations, a
-- correlated subquery where the rule says "there is"). As of :T = 2024-08-01T00:00:00Z.
-- Not used by SignWatch; scripts/benchmark-scan.sh times it against `signwatch-cli scan`.
.parameter set :T '2024-08-01T00:00:00Z'
.output /dev/null

-- DATA_QUALITY
SELECT id FROM certificates x WHERE channel NOT IN ('app','door_to_door','hues_request','legacy_import')
  OR status NOT IN ('active','technical_error','revoked')
  OR (revoke_reason IS NOT NULL AND revoke_reason NOT IN ('switch_provider','citizen_request','error'))
  OR strftime('%Y-%m-%dT%H:%M:%SZ', recorded_at) IS NOT recorded_at
  OR (activated_at IS NOT NULL AND strftime('%Y-%m-%dT%H:%M:%SZ', activated_at) IS NOT activated_at)
  OR (revoked_at IS NOT NULL AND strftime('%Y-%m-%dT%H:%M:%SZ', revoked_at) IS NOT revoked_at)
  OR (free_until IS NOT NULL AND date(free_until) IS NOT free_until)
  OR citizen_id NOT IN (SELECT citizen_id FROM citizens)
  OR provider_code NOT IN (SELECT code FROM providers)
  OR (request_id IS NOT NULL AND request_id NOT IN (SELECT id FROM service_requests))
  OR (replaces_id IS NOT NULL AND replaces_id NOT IN (SELECT id FROM certificates));
SELECT id FROM service_requests WHERE mode NOT IN ('home','phone')
  OR strftime('%Y-%m-%dT%H:%M:%SZ', registered_at) IS NOT registered_at
  OR (completed_at IS NOT NULL AND strftime('%Y-%m-%dT%H:%M:%SZ', completed_at) IS NOT completed_at)
  OR (cancelled_at IS NOT NULL AND strftime('%Y-%m-%dT%H:%M:%SZ', cancelled_at) IS NOT cancelled_at)
  OR citizen_id NOT IN (SELECT citizen_id FROM citizens) OR provider_code NOT IN (SELECT code FROM providers);
SELECT id FROM lookups WHERE found NOT IN (0, 1)
  OR strftime('%Y-%m-%dT%H:%M:%SZ', looked_up_at) IS NOT looked_up_at
  OR provider_code NOT IN (SELECT code FROM providers);

-- DUPLICATE_ISSUANCE
SELECT x.id, (SELECT group_concat(z.id) FROM certificates z WHERE z.citizen_id = x.citizen_id AND z.id <> x.id
    AND z.recorded_at <= :T AND z.recorded_at <= coalesce(x.activated_at, x.recorded_at)
    AND (z.revoked_at IS NULL OR z.revoked_at > :T OR z.revoked_at > coalesce(x.activated_at, x.recorded_at))) AS e,
  EXISTS (SELECT 1 FROM lookups l WHERE l.citizen_id = x.citizen_id AND l.provider_code = x.provider_code AND l.found = 1
    AND l.looked_up_at <= :T AND julianday(l.looked_up_at) BETWEEN julianday(coalesce(x.activated_at, x.recorded_at)) - 1
    AND julianday(coalesce(x.activated_at, x.recorded_at)))
FROM certificates x WHERE x.channel <> 'legacy_import' AND x.recorded_at <= :T AND e IS NOT NULL;

-- SUPERSEDED
SELECT x.id, (SELECT group_concat(z.id) FROM certificates z WHERE z.citizen_id = x.citizen_id AND z.id <> x.id
    AND (z.recorded_at < x.recorded_at OR (z.recorded_at = x.recorded_at AND z.id < x.id))
    AND (z.revoked_at IS NULL OR z.revoked_at > :T OR z.revoked_at > x.recorded_at)) AS e
FROM certificates x WHERE x.channel <> 'legacy_import' AND x.recorded_at <= :T AND e IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM certificates z WHERE z.citizen_id = x.citizen_id AND z.id <> x.id AND z.recorded_at <= :T
    AND z.recorded_at <= coalesce(x.activated_at, x.recorded_at)
    AND (z.revoked_at IS NULL OR z.revoked_at > :T OR z.revoked_at > coalesce(x.activated_at, x.recorded_at)));

-- LATE_UPDATE
SELECT id, round((julianday(recorded_at) - julianday(activated_at)) * 86400) FROM certificates
WHERE channel <> 'legacy_import' AND recorded_at <= :T AND activated_at IS NOT NULL
  AND round((julianday(recorded_at) - julianday(activated_at)) * 86400) > 86400;

-- REQUEST_EXPIRED
SELECT id FROM service_requests WHERE registered_at <= :T
  AND NOT (cancelled_at IS NOT NULL AND cancelled_at <= :T AND cancelled_at <= datetime(registered_at, '+48 hours'))
  AND ((completed_at IS NOT NULL AND completed_at <= :T AND julianday(completed_at) > julianday(registered_at) + 2)
    OR ((completed_at IS NULL OR completed_at > :T) AND julianday(:T) > julianday(registered_at) + 2));

-- PREMATURE_CONFIRMATION (a, b, c)
SELECT id FROM certificates WHERE channel <> 'legacy_import' AND recorded_at <= :T AND activated_at IS NOT NULL
  AND round((julianday(activated_at) - julianday(recorded_at)) * 86400) > 300;
SELECT id FROM certificates WHERE channel <> 'legacy_import' AND recorded_at <= :T AND status = 'active'
  AND activated_at IS NULL;
SELECT r.id FROM service_requests r WHERE r.registered_at <= :T AND r.completed_at IS NOT NULL AND r.completed_at <= :T
  AND NOT EXISTS (SELECT 1 FROM certificates y WHERE y.request_id = r.id AND y.recorded_at <= :T
    AND y.activated_at IS NOT NULL AND julianday(y.activated_at) <= julianday(r.completed_at) + 300.0 / 86400);

-- MISSING_LOOKUP
SELECT x.id FROM certificates x WHERE x.channel IN ('app', 'door_to_door') AND x.recorded_at <= :T
  AND NOT EXISTS (SELECT 1 FROM lookups l WHERE l.citizen_id = x.citizen_id AND l.provider_code = x.provider_code
    AND l.looked_up_at <= :T AND julianday(l.looked_up_at) BETWEEN julianday(coalesce(x.activated_at, x.recorded_at)) - 1
    AND julianday(coalesce(x.activated_at, x.recorded_at)));

-- STALE_TECHNICAL_ERROR
SELECT id FROM certificates WHERE channel <> 'legacy_import' AND recorded_at <= :T AND status = 'technical_error'
  AND activated_at IS NULL AND julianday(:T) - julianday(recorded_at) > 7;

-- STAFF_BURST
SELECT x.id, (SELECT count(*) FROM certificates y WHERE y.provider_code = x.provider_code AND y.staff_id = x.staff_id
    AND y.channel = 'door_to_door' AND y.recorded_at <= :T
    AND abs(julianday(coalesce(y.activated_at, y.recorded_at)) - julianday(coalesce(x.activated_at, x.recorded_at))) * 86400 <= 1800) AS n
FROM certificates x WHERE x.channel = 'door_to_door' AND x.staff_id IS NOT NULL AND x.recorded_at <= :T AND n >= 10;

-- FREE_PERIOD
SELECT x.id FROM certificates x LEFT JOIN certificates p ON p.id = x.replaces_id AND p.recorded_at <= :T
WHERE x.channel <> 'legacy_import' AND x.recorded_at <= :T AND x.activated_at IS NOT NULL
  AND ((x.replaces_id IS NOT NULL AND p.free_until IS NOT NULL
        AND (x.free_until IS NULL OR abs(julianday(x.free_until) - julianday(p.free_until)) > 1))
    OR (x.replaces_id IS NULL AND (x.free_until IS NULL OR x.free_until < date(x.activated_at, '+364 days'))));

-- EXCLUDED_PROVIDER
SELECT x.id FROM certificates x JOIN providers p ON p.code = x.provider_code
WHERE x.channel <> 'legacy_import' AND x.recorded_at <= :T AND p.excluded_at IS NOT NULL AND p.excluded_at <= :T
  AND coalesce(x.activated_at, x.recorded_at) >= p.excluded_at;

-- LEGACY_MISLABEL
SELECT id FROM certificates WHERE channel = 'legacy_import' AND recorded_at <= :T
  AND (activated_at IS NULL OR activated_at >= '2023-07-27T17:00:00Z');

-- IDENTITY_NEAR_DUPLICATE (without diacritic folding, which SQL cannot do here: lower() only)
SELECT a.citizen_id, b.citizen_id FROM citizens a JOIN citizens b ON b.birth_date = a.birth_date
  AND b.citizen_id > a.citizen_id AND lower(trim(b.full_name)) = lower(trim(a.full_name))
WHERE a.birth_date IS NOT NULL
  AND ((substr(a.citizen_id,1,1) <> substr(b.citizen_id,1,1)) + (substr(a.citizen_id,2,1) <> substr(b.citizen_id,2,1))
     + (substr(a.citizen_id,3,1) <> substr(b.citizen_id,3,1)) + (substr(a.citizen_id,4,1) <> substr(b.citizen_id,4,1))
     + (substr(a.citizen_id,5,1) <> substr(b.citizen_id,5,1)) + (substr(a.citizen_id,6,1) <> substr(b.citizen_id,6,1))
     + (substr(a.citizen_id,7,1) <> substr(b.citizen_id,7,1)) + (substr(a.citizen_id,8,1) <> substr(b.citizen_id,8,1))
     + (substr(a.citizen_id,9,1) <> substr(b.citizen_id,9,1)) + (substr(a.citizen_id,10,1) <> substr(b.citizen_id,10,1))
     + (substr(a.citizen_id,11,1) <> substr(b.citizen_id,11,1)) + (substr(a.citizen_id,12,1) <> substr(b.citizen_id,12,1))) <= 2
  AND EXISTS (SELECT 1 FROM certificates z WHERE z.citizen_id = a.citizen_id AND z.recorded_at <= :T AND (z.revoked_at IS NULL OR z.revoked_at > :T))
  AND EXISTS (SELECT 1 FROM certificates z WHERE z.citizen_id = b.citizen_id AND z.recorded_at <= :T AND (z.revoked_at IS NULL OR z.revoked_at > :T));
