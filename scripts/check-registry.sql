-- SignWatch: can the console read the Hue-S registry on this PostgreSQL server?
--
-- For the server's database administrator. Run it as the role the console will connect as
-- (docs/registry.md), over the same kind of connection:
--
--   psql -X -f scripts/check-registry.sql \
--       'postgresql://signwatch_reader@db.hue.gov.vn/registry?sslmode=verify-full&sslrootcert=hue-ca.pem'
--
-- It reads the catalogue only, inside a read-only transaction, and prints one line per check:
--   OK    meets the contract
--   FAIL  the console refuses the registry for this (signwatch-cli check exits 3), or cannot read it
--   WARN  the console works, but slowly or less safely than it should
--   INFO  for the record
-- then "RESULT: OK", "RESULT: OK with N warning(s)" or "RESULT: FAIL …". After a FAIL, psql exits
-- with status 3 (the check raises an error), so that a script can test it. Needs psql 10 and a
-- server of PostgreSQL 11 or later (tested with 15).
\set ON_ERROR_STOP on
\set QUIET on
\pset format unaligned
\pset tuples_only on
\pset pager off
BEGIN READ ONLY;

WITH
-- The contract: each table's columns, and the type the contract gives them on PostgreSQL.
contract (tpos, tbl, cpos, col, want) AS (VALUES
    (1, 'providers', 1, 'code', 'text'),
    (1, 'providers', 2, 'name', 'text'),
    (1, 'providers', 3, 'excluded_at', 'timestamptz'),
    (2, 'citizens', 1, 'citizen_id', 'text'),
    (2, 'citizens', 2, 'full_name', 'text'),
    (2, 'citizens', 3, 'birth_date', 'date'),
    (2, 'citizens', 4, 'district_code', 'text'),
    (2, 'citizens', 5, 'phone', 'text'),
    (3, 'certificates', 1, 'id', 'bigint'),
    (3, 'certificates', 2, 'citizen_id', 'text'),
    (3, 'certificates', 3, 'provider_code', 'text'),
    (3, 'certificates', 4, 'channel', 'text'),
    (3, 'certificates', 5, 'status', 'text'),
    (3, 'certificates', 6, 'activated_at', 'timestamptz'),
    (3, 'certificates', 7, 'recorded_at', 'timestamptz'),
    (3, 'certificates', 8, 'free_until', 'date'),
    (3, 'certificates', 9, 'serial', 'text'),
    (3, 'certificates', 10, 'staff_id', 'text'),
    (3, 'certificates', 11, 'request_id', 'bigint'),
    (3, 'certificates', 12, 'replaces_id', 'bigint'),
    (3, 'certificates', 13, 'revoked_at', 'timestamptz'),
    (3, 'certificates', 14, 'revoke_reason', 'text'),
    (4, 'service_requests', 1, 'id', 'bigint'),
    (4, 'service_requests', 2, 'citizen_id', 'text'),
    (4, 'service_requests', 3, 'provider_code', 'text'),
    (4, 'service_requests', 4, 'mode', 'text'),
    (4, 'service_requests', 5, 'registered_at', 'timestamptz'),
    (4, 'service_requests', 6, 'completed_at', 'timestamptz'),
    (4, 'service_requests', 7, 'cancelled_at', 'timestamptz'),
    (5, 'lookups', 1, 'id', 'bigint'),
    (5, 'lookups', 2, 'provider_code', 'text'),
    (5, 'lookups', 3, 'staff_id', 'text'),
    (5, 'lookups', 4, 'citizen_id', 'text'),
    (5, 'lookups', 5, 'looked_up_at', 'timestamptz'),
    (5, 'lookups', 6, 'found', 'boolean')),
-- The types the console accepts for each contract type (a domain counts as its base type).
accepted (want, have) AS (VALUES
    ('bigint', 'bigint'), ('bigint', 'integer'),
    ('text', 'text'), ('text', 'character varying'),
    ('timestamptz', 'timestamp with time zone'),
    ('date', 'date'),
    ('boolean', 'boolean')),
-- The indexes the scan, the dashboard, the citizen look-up and the live watch rely on: any valid, non-partial
-- index whose key starts with these columns will do, whatever its name.
wanted (ipos, tbl, cols, why) AS (VALUES
    (1, 'citizens', ARRAY['citizen_id'], 'the primary key: every look-up of a citizen'),
    (2, 'certificates', ARRAY['id'], 'the primary key: switches (replaces_id), findings'),
    (3, 'service_requests', ARRAY['id'], 'the primary key: certificates of a request'),
    (4, 'certificates', ARRAY['citizen_id'], 'duplicates, superseded records, citizen timelines'),
    (5, 'certificates', ARRAY['provider_code', 'recorded_at'], 'figures per provider and period'),
    (6, 'certificates', ARRAY['request_id'], 'confirmations of requests (PREMATURE_CONFIRMATION c)'),
    (7, 'certificates', ARRAY['provider_code', 'staff_id', 'activated_at'], 'staff accounts (STAFF_BURST)'),
    (8, 'service_requests', ARRAY['citizen_id'], 'unknown citizens, citizen timelines'),
    (9, 'service_requests', ARRAY['provider_code', 'registered_at'], 'figures per provider and period'),
    (10, 'lookups', ARRAY['citizen_id', 'provider_code', 'looked_up_at'], 'MISSING_LOOKUP, lookup_found'),
    (11, 'citizens', ARRAY['birth_date'], 'citizen search by name and birth date'),
    (12, 'certificates', ARRAY['recorded_at'], 'the live watch: certificates recorded since its last poll'),
    (13, 'certificates', ARRAY['activated_at'], 'the live watch: certificates activated since its last poll'),
    (14, 'certificates', ARRAY['revoked_at'], 'the live watch: certificates revoked since its last poll'),
    (15, 'certificates', ARRAY['replaces_id'], 'the live watch: switches that name a changed certificate'),
    (16, 'service_requests', ARRAY['registered_at'], 'the live watch: requests registered, deadlines passed'),
    (17, 'service_requests', ARRAY['completed_at'], 'the live watch: requests completed since its last poll'),
    (18, 'service_requests', ARRAY['cancelled_at'], 'the live watch: requests cancelled since its last poll'),
    (19, 'lookups', ARRAY['looked_up_at'], 'the live watch: look-ups since its last poll')),
tables AS (
    SELECT DISTINCT c.tpos, c.tbl, r.oid, r.relname, r.relkind, n.nspname, r.reltuples, r.relpages,
           r.relallvisible
    FROM contract c
    LEFT JOIN pg_class r ON r.oid = to_regclass(quote_ident(c.tbl))
    LEFT JOIN pg_namespace n ON n.oid = r.relnamespace),
columns AS (
    SELECT c.tpos, c.tbl, c.cpos, c.col, c.want, t.oid, a.attnum,
           format_type(COALESCE(NULLIF(ty.typbasetype, 0), a.atttypid), NULL) AS have
    FROM contract c
    JOIN tables t ON t.tbl = c.tbl
    LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attname = c.col AND a.attnum > 0
                                AND NOT a.attisdropped
    LEFT JOIN pg_type ty ON ty.oid = a.atttypid),
-- Every index of the contract's tables with its key columns by name (an expression as NULL).
index_keys AS (
    SELECT t.tbl, ic.relname AS index_name,
           array_agg(a.attname::text ORDER BY k.ord) AS cols
    FROM tables t
    JOIN pg_index i ON i.indrelid = t.oid AND i.indisvalid AND i.indpred IS NULL
    JOIN pg_class ic ON ic.oid = i.indexrelid
    CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k (attnum, ord)
    LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
    WHERE k.ord <= i.indnkeyatts
    GROUP BY t.tbl, ic.relname),
role AS (
    SELECT r.rolname, r.rolsuper, r.rolbypassrls FROM pg_roles r WHERE r.rolname = current_user),
session_tls AS (
    SELECT s.ssl, s.version, s.cipher FROM pg_stat_ssl s WHERE s.pid = pg_backend_pid()),
checks (sec, pos, status, what) AS (
    -- The server and the session.
    SELECT 0, 1, 'INFO', format('server %s, database %s, connected as %s',
                                current_setting('server_version'), current_database(), current_user)
    UNION ALL
    SELECT 0, 2,
           CASE WHEN tls.ssl THEN 'OK'
                WHEN inet_client_addr() IS NULL OR host(inet_client_addr()) IN ('127.0.0.1', '::1')
                    THEN 'INFO'
                ELSE 'WARN' END,
           CASE WHEN tls.ssl THEN format('this session is encrypted (%s, %s)', tls.version, tls.cipher)
                WHEN inet_client_addr() IS NULL OR host(inet_client_addr()) IN ('127.0.0.1', '::1')
                    THEN 'this session is not encrypted (a connection from this machine)'
                ELSE format('this session from %s is not encrypted: passwords and citizen data cross '
                            'the network readable', host(inet_client_addr())) END
    FROM session_tls tls
    UNION ALL
    SELECT 0, 3, CASE WHEN current_setting('ssl') = 'on' THEN 'OK' ELSE 'WARN' END,
           CASE WHEN current_setting('ssl') = 'on' THEN 'the server offers TLS (ssl = on)'
                ELSE 'the server offers no TLS (ssl = off): a console on another machine connects with '
                     'sslmode=verify-full unless told otherwise, and is refused' END
    UNION ALL
    -- The role.
    SELECT 1, 1, 'WARN', format('%s is a superuser: give the console a role that may only read '
                                '(docs/registry.md)', rolname)
    FROM role WHERE rolsuper
    UNION ALL
    SELECT 1, 2, 'WARN', format('%s may change %s (%s): the console needs SELECT only', current_user,
                                t.tbl, concat_ws(', ',
                                    CASE WHEN has_table_privilege(t.oid, 'INSERT') THEN 'INSERT' END,
                                    CASE WHEN has_table_privilege(t.oid, 'UPDATE') THEN 'UPDATE' END,
                                    CASE WHEN has_table_privilege(t.oid, 'DELETE') THEN 'DELETE' END,
                                    CASE WHEN has_table_privilege(t.oid, 'TRUNCATE') THEN 'TRUNCATE' END))
    FROM tables t, role
    WHERE t.oid IS NOT NULL AND NOT role.rolsuper
      AND has_table_privilege(t.oid, 'INSERT, UPDATE, DELETE, TRUNCATE')
    UNION ALL
    -- The tables: present, as tables in the schema public (the console lists tables, not views,
    -- and names them without a schema only in public).
    SELECT 2, t.tpos,
           CASE WHEN t.oid IS NULL OR t.relkind NOT IN ('r', 'p') OR t.nspname <> 'public' THEN 'FAIL'
                ELSE 'OK' END,
           CASE WHEN t.oid IS NULL THEN format('table %s is missing (search_path: %s)', t.tbl,
                                               current_setting('search_path'))
                WHEN t.relkind NOT IN ('r', 'p') THEN
                    format('%s is a %s, not a table: the console looks for tables', t.tbl,
                           CASE t.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'
                                          WHEN 'f' THEN 'foreign table' ELSE 'relation' END)
                WHEN t.nspname <> 'public' THEN
                    format('table %s is in the schema %s: the console looks for it in public', t.tbl,
                           t.nspname)
                ELSE format('table %s (about %s rows)', t.tbl,
                            CASE WHEN t.reltuples < 0 THEN '?' ELSE to_char(t.reltuples, 'FM999,999,999,990') END)
           END
    FROM tables t
    UNION ALL
    -- The columns: present, of a type that holds the contract's, readable by this role.
    SELECT 3, c.tpos * 100 + c.cpos, 'FAIL',
           CASE WHEN c.attnum IS NULL THEN format('column %s.%s is missing', c.tbl, c.col)
                WHEN NOT EXISTS (SELECT 1 FROM accepted x WHERE x.want = c.want AND x.have = c.have) THEN
                    format('%s.%s is %s, the contract says %s%s', c.tbl, c.col, c.have, c.want,
                           CASE c.want WHEN 'bigint' THEN ' (or integer)'
                                       WHEN 'text' THEN ' (or varchar)' ELSE '' END)
                ELSE format('%s may not read %s.%s: GRANT SELECT ON %s TO %s', current_user, c.tbl,
                            c.col, c.tbl, quote_ident(current_user)) END
    FROM columns c
    WHERE c.oid IS NOT NULL
      AND (c.attnum IS NULL
           OR NOT EXISTS (SELECT 1 FROM accepted x WHERE x.want = c.want AND x.have = c.have)
           OR NOT has_column_privilege(c.oid, c.attnum, 'SELECT'))
    UNION ALL
    SELECT 3, c.tpos * 100, 'OK',
           format('%s: all %s columns of the contract, of fitting types, readable', c.tbl, count(*))
    FROM columns c
    WHERE c.oid IS NOT NULL
    GROUP BY c.tpos, c.tbl
    HAVING bool_and(c.attnum IS NOT NULL
                    AND EXISTS (SELECT 1 FROM accepted x WHERE x.want = c.want AND x.have = c.have)
                    AND has_column_privilege(c.oid, c.attnum, 'SELECT'))
    UNION ALL
    -- The indexes.
    SELECT 4, w.ipos, CASE WHEN ix.index_name IS NULL THEN 'WARN' ELSE 'OK' END,
           CASE WHEN ix.index_name IS NULL
                THEN format('no index on %s (%s): needed for %s', w.tbl, array_to_string(w.cols, ', '),
                            w.why)
                ELSE format('index on %s (%s): %s', w.tbl, array_to_string(w.cols, ', '), ix.index_name) END
    FROM wanted w
    JOIN tables t ON t.tbl = w.tbl AND t.oid IS NOT NULL
    LEFT JOIN LATERAL (SELECT k.index_name FROM index_keys k
                       WHERE k.tbl = w.tbl AND k.cols[1:cardinality(w.cols)] = w.cols
                       ORDER BY cardinality(k.cols), k.index_name LIMIT 1) ix ON true
    UNION ALL
    -- The planner's statistics, and how much of each table is marked all-visible (the scan reads
    -- the citizen indexes alone when the tables are vacuumed).
    SELECT 5, t.tpos, 'WARN', format('%s has never been analysed: run ANALYZE %s', t.tbl, t.tbl)
    FROM tables t WHERE t.relkind IN ('r', 'p') AND t.reltuples < 0
    UNION ALL
    SELECT 5, 10 + t.tpos, 'INFO',
           format('%s: %s%% of its pages are all-visible; VACUUM %s makes the check of citizen '
                  'references faster', t.tbl, round(100.0 * t.relallvisible / t.relpages), t.tbl)
    FROM tables t
    WHERE t.relkind IN ('r', 'p') AND t.tbl IN ('citizens', 'certificates', 'service_requests')
      AND t.relpages > 0 AND t.relallvisible < 0.9 * t.relpages),
verdict AS (
    SELECT count(*) FILTER (WHERE status = 'FAIL') AS failures,
           count(*) FILTER (WHERE status = 'WARN') AS warnings
    FROM checks)
SELECT string_agg(rpad(status, 5) || ' ' || what, E'\n' ORDER BY sec, pos, what)
           || E'\n'
           || CASE WHEN v.failures > 0
                   THEN format('RESULT: FAIL, %s problem(s) the console refuses, %s warning(s)',
                               v.failures, v.warnings)
                   WHEN v.warnings > 0 THEN format('RESULT: OK with %s warning(s)', v.warnings)
                   ELSE 'RESULT: OK' END AS report,
       v.failures > 0 AS failed
FROM checks, verdict v
GROUP BY v.failures, v.warnings
\gset

\echo :report
ROLLBACK;
\if :failed
-- An error, so that psql exits with status 3 (ON_ERROR_STOP).
DO $$ BEGIN RAISE EXCEPTION 'the registry does not meet the contract: see the FAIL lines above'; END $$;
\endif
