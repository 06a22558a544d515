-- SignWatch: the role the console connects as, allowed to read the registry's five tables and
-- nothing else (docs/registry.md). Run it once, as the registry's owner or a superuser, in the
-- registry's database:
--
--   psql -X -v role=signwatch_reader -f scripts/registry-reader-role.sql 'postgresql://postgres@db.hue.gov.vn/registry'
--
-- then give the role a password without writing it anywhere (psql asks for it twice):
--
--   psql -X -c '\password signwatch_reader' 'postgresql://postgres@db.hue.gov.vn/registry'
--
-- or let it log in with a client certificate instead (pg_hba.conf: hostssl … cert).
-- Without -v role=NAME the role is called signwatch_reader.
\set ON_ERROR_STOP on
\if :{?role}
\else
\set role signwatch_reader
\endif
SELECT current_database() AS registry_database \gset

BEGIN;
-- A login role with no other power: not a superuser, creates no databases or roles.
CREATE ROLE :"role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
GRANT CONNECT ON DATABASE :"registry_database" TO :"role";
GRANT USAGE ON SCHEMA public TO :"role";
-- Only the contract's tables; no INSERT, UPDATE, DELETE or TRUNCATE.
GRANT SELECT ON TABLE public.providers, public.citizens, public.certificates,
                      public.service_requests, public.lookups TO :"role";
-- Every transaction of the role is read-only unless it asks otherwise (the console asks for
-- read-only sessions itself; this covers any other program that logs in as the role).
ALTER ROLE :"role" SET default_transaction_read_only = on;
COMMIT;
