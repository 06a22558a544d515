-- SignWatch: the indexes the live watch needs on the registry (docs/live-watch-admin.md), on top of
-- those every scan needs (docs/registry.md "The indexes"). The watch finds what changed since its
-- last poll by the times Hue-S stamps on every change; without these each poll reads whole tables.
-- The names are those the demo generator gives (core/registry/RegistrySchema.cpp), so that the
-- script adds only what is missing; any valid, non-partial index on the same column serves.
--
-- The same statements serve both engines. Run as the registry's owner (the console's read-only
-- role may not create indexes):
--
--   SQLite:      sqlite3 registry.sqlite < scripts/watch-indexes.sql
--   PostgreSQL:  psql -X -v ON_ERROR_STOP=1 -f scripts/watch-indexes.sql 'postgresql://owner@db.hue.gov.vn/registry'
--
-- On PostgreSQL a plain CREATE INDEX blocks writes to its table while it builds (minutes on a
-- province's certificates): on a registry Hue-S is writing to, build them CONCURRENTLY instead,
-- which lets Hue-S write on (each statement then runs on its own, outside a transaction, as psql
-- runs them by default; a build that fails leaves an INVALID index to drop and build again):
--
--   sed 's/^CREATE INDEX IF NOT EXISTS/CREATE INDEX CONCURRENTLY IF NOT EXISTS/' scripts/watch-indexes.sql \
--     | psql -X -v ON_ERROR_STOP=1 'postgresql://owner@db.hue.gov.vn/registry'

-- certificates: recorded (a new record), activated (a technical error or a pre-entered record
-- activated later), revoked (a revocation, a switch), and the certificate a switch replaces.
CREATE INDEX IF NOT EXISTS certificates_recorded_idx ON certificates (recorded_at);
CREATE INDEX IF NOT EXISTS certificates_activated_idx ON certificates (activated_at);
CREATE INDEX IF NOT EXISTS certificates_revoked_idx ON certificates (revoked_at);
CREATE INDEX IF NOT EXISTS certificates_replaces_idx ON certificates (replaces_id);
-- service_requests: registered, completed, cancelled.
CREATE INDEX IF NOT EXISTS service_requests_registered_idx ON service_requests (registered_at);
CREATE INDEX IF NOT EXISTS service_requests_completed_idx ON service_requests (completed_at);
CREATE INDEX IF NOT EXISTS service_requests_cancelled_idx ON service_requests (cancelled_at);
-- lookups: a look-up logged.
CREATE INDEX IF NOT EXISTS lookups_time_idx ON lookups (looked_up_at);

-- The planner's statistics for the new indexes.
ANALYZE certificates;
ANALYZE service_requests;
ANALYZE lookups;
