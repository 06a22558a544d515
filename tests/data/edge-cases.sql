-- SignWatch's own edge-case registry: every edge that the detection rules (spec/rules.md) name,
-- one small case each, with the findings a scan as of T = 2024-06-30T17:00:00Z (1 July 2024,
-- 00:00 in Huế) must give written by hand beside it in edge-cases.expected.jsonl.
-- tst_edgecases loads this file into an empty registry (the contract's tables, made by the test) on
-- SQLite and on PostgreSQL, runs `signwatch-cli scan --as-of 2024-06-30T17:00:00Z` with every rule
-- and the default thresholds, and compares the output with the expected file byte for byte.
--
-- Conventions, so that each case shows only the finding it is about:
-- - times are UTC in the contract's text form; `found` is '0'/'1' (both engines take these);
-- - a citizen of a plain case is 04620000NNNN, named "Công dân NNNN" (every name differs, so no two
--   are near-duplicate identities), born 1970-01-01; cases with their own ids say so;
-- - certificate NNN belongs to the case numbered by its id; a certificate of channel app or
--   door_to_door has a look-up by its provider within the hour before t(X) unless the case is
--   about look-ups, and a free period to 2025-12-31 (long enough for any activation before T)
--   unless the case is about free periods; a look-up's id is that of the certificate it serves;
-- - serial numbers are NULL (no rule reads them).
-- Column order: certificates (id, citizen_id, provider_code, channel, status, activated_at,
-- recorded_at, free_until, serial, staff_id, request_id, replaces_id, revoked_at, revoke_reason);
-- lookups (id, provider_code, staff_id, citizen_id, looked_up_at, found); service_requests (id,
-- citizen_id, provider_code, mode, registered_at, completed_at, cancelled_at).
--
-- Thresholds (defaults): late_update 86400 s, request_deadline 172800 s, lookup_window 86400 s,
-- premature_tolerance 300 s, techerr_grace 604800 s, burst_window 1800 s, burst_count 10,
-- free_days 364, switch_tolerance_days 1, programme_start 2023-07-27T17:00:00Z.

-- CA2 was excluded at 2024-02-15T01:00:00Z (section 10); FPT-CA's exclusion is dated 100 s after T,
-- so as of T it does not count yet (case 10.5).
INSERT INTO providers VALUES
('VNPT-CA', 'VNPT Thừa Thiên Huế', NULL),
('VIETTEL-CA', 'Viettel Thừa Thiên Huế', NULL),
('MISA-CA', 'Công ty Cổ phần MISA', NULL),
('BKAV-CA', 'Công ty Cổ phần BKAV', NULL),
('FPT-CA', 'Công ty TNHH Hệ thống thông tin FPT', '2024-06-30T17:01:40Z'),
('CA2', 'Công ty Cổ phần Công nghệ Thẻ Nacencomm', '2024-02-15T01:00:00Z');

-- ============================================================================================
-- 1. DUPLICATE_ISSUANCE: a programme certificate X issued while another certificate Z of the
--    citizen is held at t(X) (recorded_at <= t(X), not revoked at t(X)).
-- ============================================================================================

-- 1.1 VIETTEL-CA issues while VNPT-CA's certificate is held, after its own look-up answered
--     "found": DUPLICATE_ISSUANCE on 102, evidence 101, lookup_found true.
INSERT INTO citizens VALUES ('046200000101', 'Công dân 0101', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(101, 'VNPT-CA', NULL, '046200000101', '2023-09-04T01:50:00Z', '0'),
(102, 'VIETTEL-CA', 'viettel.an01', '046200000101', '2023-09-06T02:30:00Z', '1');
INSERT INTO certificates VALUES
(101, '046200000101', 'VNPT-CA', 'app', 'active', '2023-09-04T02:00:00Z', '2023-09-04T02:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(102, '046200000101', 'VIETTEL-CA', 'app', 'active', '2023-09-06T03:00:00Z', '2023-09-06T03:04:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- 1.2 The found look-up is exactly lookup_window (86400 s) before t(104): the window includes its
--     ends, so lookup_found is true (and the look-up also satisfies MISSING_LOOKUP).
INSERT INTO citizens VALUES ('046200000103', 'Công dân 0103', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(103, 'MISA-CA', NULL, '046200000103', '2023-09-10T07:50:00Z', '0'),
(104, 'BKAV-CA', NULL, '046200000103', '2023-09-11T08:00:00Z', '1');
INSERT INTO certificates VALUES
(103, '046200000103', 'MISA-CA', 'app', 'active', '2023-09-10T08:00:00Z', '2023-09-10T08:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(104, '046200000103', 'BKAV-CA', 'app', 'active', '2023-09-12T08:00:00Z', '2023-09-12T08:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- 1.3 lookup_found false although three found look-ups surround t(106): one second before the
--     window (5001), one second after t(X) (5002), and one by another provider (5003). The
--     not-found look-up 106 inside the window keeps MISSING_LOOKUP away.
INSERT INTO citizens VALUES ('046200000105', 'Công dân 0105', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(105, 'MISA-CA', NULL, '046200000105', '2023-09-10T07:50:00Z', '0'),
(106, 'BKAV-CA', NULL, '046200000105', '2023-09-12T07:55:00Z', '0'),
(5001, 'BKAV-CA', NULL, '046200000105', '2023-09-11T07:59:59Z', '1'),
(5002, 'BKAV-CA', NULL, '046200000105', '2023-09-12T08:00:01Z', '1'),
(5003, 'VNPT-CA', NULL, '046200000105', '2023-09-12T07:00:00Z', '1');
INSERT INTO certificates VALUES
(105, '046200000105', 'MISA-CA', 'app', 'active', '2023-09-10T08:00:00Z', '2023-09-10T08:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(106, '046200000105', 'BKAV-CA', 'app', 'active', '2023-09-12T08:00:00Z', '2023-09-12T08:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- 1.4 Held from the second of recording: 108 is activated in the very second 107 reached Hue-S
--     (107 was activated an hour before it was recorded): DUPLICATE_ISSUANCE on 108.
INSERT INTO citizens VALUES ('046200000107', 'Công dân 0107', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(107, 'FPT-CA', NULL, '046200000107', '2023-10-02T08:50:00Z', '0'),
(108, 'VNPT-CA', NULL, '046200000107', '2023-10-02T09:50:00Z', '0');
INSERT INTO certificates VALUES
(107, '046200000107', 'FPT-CA', 'app', 'active', '2023-10-02T09:00:00Z', '2023-10-02T10:00:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(108, '046200000107', 'VNPT-CA', 'app', 'active', '2023-10-02T10:00:00Z', '2023-10-02T10:03:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- 1.5 The same one second earlier: 109 is not yet on Hue-S at t(110), so no duplicate; but 109
--     reached Hue-S first, so 110 is SUPERSEDED (evidence 109).
INSERT INTO citizens VALUES ('046200000109', 'Công dân 0109', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(109, 'FPT-CA', NULL, '046200000109', '2023-10-02T08:50:00Z', '0'),
(110, 'VNPT-CA', NULL, '046200000109', '2023-10-02T09:50:00Z', '0');
INSERT INTO certificates VALUES
(109, '046200000109', 'FPT-CA', 'app', 'active', '2023-10-02T09:00:00Z', '2023-10-02T10:00:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(110, '046200000109', 'VNPT-CA', 'app', 'active', '2023-10-02T09:59:59Z', '2023-10-02T10:03:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- 1.6 The same provider twice (one signature per citizen): DUPLICATE_ISSUANCE on 112.
INSERT INTO citizens VALUES ('046200000111', 'Công dân 0111', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(111, 'VIETTEL-CA', NULL, '046200000111', '2023-10-05T00:50:00Z', '0'),
(112, 'VIETTEL-CA', 'viettel.le01', '046200000111', '2023-11-05T00:50:00Z', '0');
INSERT INTO certificates VALUES
(111, '046200000111', 'VIETTEL-CA', 'app', 'active', '2023-10-05T01:00:00Z', '2023-10-05T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(112, '046200000111', 'VIETTEL-CA', 'door_to_door', 'active', '2023-11-05T01:00:00Z', '2023-11-05T01:05:00Z', '2025-12-31', NULL, 'viettel.le01', NULL, NULL, NULL, NULL);

-- 1.7 A held legacy import counts (§2.3): DUPLICATE_ISSUANCE on 114, evidence the import 113.
INSERT INTO citizens VALUES ('046200000113', 'Công dân 0113', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(114, 'VNPT-CA', NULL, '046200000113', '2023-10-10T01:50:00Z', '0');
INSERT INTO certificates VALUES
(113, '046200000113', 'MISA-CA', 'legacy_import', 'active', '2022-05-10T03:00:00Z', '2023-08-01T00:00:00Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(114, '046200000113', 'VNPT-CA', 'app', 'active', '2023-10-10T02:00:00Z', '2023-10-10T02:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- 1.8 A legacy import recorded after a programme certificate is never judged itself (only programme
--     certificates are duplicates or superseded), and 115 held nothing at its t: no finding.
INSERT INTO citizens VALUES ('046200000115', 'Công dân 0115', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(115, 'BKAV-CA', NULL, '046200000115', '2023-08-20T01:50:00Z', '0');
INSERT INTO certificates VALUES
(115, '046200000115', 'BKAV-CA', 'app', 'active', '2023-08-20T02:00:00Z', '2023-08-20T02:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(116, '046200000115', 'VIETTEL-CA', 'legacy_import', 'active', '2022-01-15T00:00:00Z', '2023-09-01T00:00:00Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL);

-- 1.9 Several held certificates; ids run against time (119 first, then 118, then 117): evidence is
--     ascending by id. DUPLICATE_ISSUANCE on 117 (evidence 118, 119) and on 118 (evidence 119).
INSERT INTO citizens VALUES ('046200000117', 'Công dân 0117', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(117, 'MISA-CA', NULL, '046200000117', '2023-11-03T00:50:00Z', '0'),
(118, 'VNPT-CA', NULL, '046200000117', '2023-11-02T00:50:00Z', '0'),
(119, 'FPT-CA', NULL, '046200000117', '2023-11-01T00:50:00Z', '0');
INSERT INTO certificates VALUES
(117, '046200000117', 'MISA-CA', 'app', 'active', '2023-11-03T01:00:00Z', '2023-11-03T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(118, '046200000117', 'VNPT-CA', 'app', 'active', '2023-11-02T01:00:00Z', '2023-11-02T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(119, '046200000117', 'FPT-CA', 'app', 'active', '2023-11-01T01:00:00Z', '2023-11-01T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- 1.10-1.14 Switches from VNPT-CA (old certificate P, activated 2024-01-08) to MISA-CA (new
--     certificate X replacing P, activated 2024-02-01T01:00:00Z, recorded two minutes later, same
--     free period as P so FREE_PERIOD has nothing to say). Only the revocation of P moves:
--     1.10 revoked one second before t(X): a lawful switch, no finding;
--     1.11 revoked in the second of t(X): not held any more (held needs revoked_at > t), no finding;
--     1.12 revoked one second after t(X): held, DUPLICATE_ISSUANCE on 126;
--     1.13 revoked after t(X) but before T: a late revocation does not help, DUPLICATE_ISSUANCE on 128;
--     1.14 revoked only after T: as of T not revoked at all, DUPLICATE_ISSUANCE on 130.
INSERT INTO citizens VALUES
('046200000121', 'Công dân 0121', '1970-01-01', '474', NULL),
('046200000123', 'Công dân 0123', '1970-01-01', '474', NULL),
('046200000125', 'Công dân 0125', '1970-01-01', '474', NULL),
('046200000127', 'Công dân 0127', '1970-01-01', '474', NULL),
('046200000129', 'Công dân 0129', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(121, 'VNPT-CA', NULL, '046200000121', '2024-01-08T00:50:00Z', '0'),
(122, 'MISA-CA', NULL, '046200000121', '2024-02-01T00:50:00Z', '0'),
(123, 'VNPT-CA', NULL, '046200000123', '2024-01-08T00:50:00Z', '0'),
(124, 'MISA-CA', NULL, '046200000123', '2024-02-01T00:50:00Z', '0'),
(125, 'VNPT-CA', NULL, '046200000125', '2024-01-08T00:50:00Z', '0'),
(126, 'MISA-CA', NULL, '046200000125', '2024-02-01T00:50:00Z', '0'),
(127, 'VNPT-CA', NULL, '046200000127', '2024-01-08T00:50:00Z', '0'),
(128, 'MISA-CA', NULL, '046200000127', '2024-02-01T00:50:00Z', '0'),
(129, 'VNPT-CA', NULL, '046200000129', '2024-01-08T00:50:00Z', '0'),
(130, 'MISA-CA', NULL, '046200000129', '2024-02-01T00:50:00Z', '0');
INSERT INTO certificates VALUES
(121, '046200000121', 'VNPT-CA', 'app', 'revoked', '2024-01-08T01:00:00Z', '2024-01-08T01:05:00Z', '2025-01-07', NULL, NULL, NULL, NULL, '2024-02-01T00:59:59Z', 'switch_provider'),
(122, '046200000121', 'MISA-CA', 'app', 'active', '2024-02-01T01:00:00Z', '2024-02-01T01:02:00Z', '2025-01-07', NULL, NULL, NULL, 121, NULL, NULL),
(123, '046200000123', 'VNPT-CA', 'app', 'revoked', '2024-01-08T01:00:00Z', '2024-01-08T01:05:00Z', '2025-01-07', NULL, NULL, NULL, NULL, '2024-02-01T01:00:00Z', 'switch_provider'),
(124, '046200000123', 'MISA-CA', 'app', 'active', '2024-02-01T01:00:00Z', '2024-02-01T01:02:00Z', '2025-01-07', NULL, NULL, NULL, 123, NULL, NULL),
(125, '046200000125', 'VNPT-CA', 'app', 'revoked', '2024-01-08T01:00:00Z', '2024-01-08T01:05:00Z', '2025-01-07', NULL, NULL, NULL, NULL, '2024-02-01T01:00:01Z', 'switch_provider'),
(126, '046200000125', 'MISA-CA', 'app', 'active', '2024-02-01T01:00:00Z', '2024-02-01T01:02:00Z', '2025-01-07', NULL, NULL, NULL, 125, NULL, NULL),
(127, '046200000127', 'VNPT-CA', 'app', 'revoked', '2024-01-08T01:00:00Z', '2024-01-08T01:05:00Z', '2025-01-07', NULL, NULL, NULL, NULL, '2024-05-01T00:00:00Z', 'switch_provider'),
(128, '046200000127', 'MISA-CA', 'app', 'active', '2024-02-01T01:00:00Z', '2024-02-01T01:02:00Z', '2025-01-07', NULL, NULL, NULL, 127, NULL, NULL),
(129, '046200000129', 'VNPT-CA', 'app', 'revoked', '2024-01-08T01:00:00Z', '2024-01-08T01:05:00Z', '2025-01-07', NULL, NULL, NULL, NULL, '2024-07-15T00:00:00Z', 'switch_provider'),
(130, '046200000129', 'MISA-CA', 'app', 'active', '2024-02-01T01:00:00Z', '2024-02-01T01:02:00Z', '2025-01-07', NULL, NULL, NULL, 129, NULL, NULL);

-- 1.15 t(X) falls back to recorded_at: BKAV-CA's technical-error record 132 was never activated, so
--     t(132) is its recorded_at, when 131 was held: DUPLICATE_ISSUANCE at 2023-12-10T04:00:00Z, and
--     the found look-up ten minutes before that time makes lookup_found true. Still unactivated
--     long after the grace: STALE_TECHNICAL_ERROR on 132 too.
INSERT INTO citizens VALUES ('046200000131', 'Công dân 0131', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(131, 'VNPT-CA', NULL, '046200000131', '2023-12-01T01:50:00Z', '0'),
(132, 'BKAV-CA', 'bkav.tran02', '046200000131', '2023-12-10T03:50:00Z', '1');
INSERT INTO certificates VALUES
(131, '046200000131', 'VNPT-CA', 'app', 'active', '2023-12-01T02:00:00Z', '2023-12-01T02:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(132, '046200000131', 'BKAV-CA', 'door_to_door', 'technical_error', NULL, '2023-12-10T04:00:00Z', NULL, NULL, 'bkav.tran02', NULL, NULL, NULL, NULL);

-- ============================================================================================
-- 2. SUPERSEDED: X is no duplicate, but another record of the citizen comes before it in Hue-S
--    order (recorded_at, id) and is not revoked at X.recorded_at.
-- ============================================================================================

-- 2.1 FPT-CA activated first but reached Hue-S after VIETTEL-CA's record: SUPERSEDED on 202.
INSERT INTO citizens VALUES ('046200000201', 'Công dân 0201', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(201, 'VIETTEL-CA', NULL, '046200000201', '2023-08-10T04:50:00Z', '0'),
(202, 'FPT-CA', NULL, '046200000201', '2023-08-09T22:50:00Z', '0');
INSERT INTO certificates VALUES
(201, '046200000201', 'VIETTEL-CA', 'app', 'active', '2023-08-10T05:00:00Z', '2023-08-10T05:10:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(202, '046200000201', 'FPT-CA', 'app', 'active', '2023-08-09T23:00:00Z', '2023-08-10T06:00:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- 2.2 A tie on recorded_at: Hue-S order falls back to the id, so 204 comes after 203 and is
--     SUPERSEDED, although it was activated an hour earlier.
INSERT INTO citizens VALUES ('046200000203', 'Công dân 0203', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(203, 'MISA-CA', NULL, '046200000203', '2023-08-15T01:50:00Z', '0'),
(204, 'VNPT-CA', NULL, '046200000203', '2023-08-15T00:50:00Z', '0');
INSERT INTO certificates VALUES
(203, '046200000203', 'MISA-CA', 'app', 'active', '2023-08-15T02:00:00Z', '2023-08-15T09:00:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(204, '046200000203', 'VNPT-CA', 'app', 'active', '2023-08-15T01:00:00Z', '2023-08-15T09:00:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- 2.3 The earlier record 205 was revoked in the very second 206 reached Hue-S: revoked at
--     X.recorded_at, so it supersedes nothing. No finding.
INSERT INTO citizens VALUES ('046200000205', 'Công dân 0205', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(205, 'BKAV-CA', NULL, '046200000205', '2023-09-20T10:50:00Z', '0'),
(206, 'VNPT-CA', NULL, '046200000205', '2023-09-20T09:50:00Z', '0');
INSERT INTO certificates VALUES
(205, '046200000205', 'BKAV-CA', 'app', 'revoked', '2023-09-20T11:00:00Z', '2023-09-20T11:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, '2023-09-20T14:00:00Z', 'citizen_request'),
(206, '046200000205', 'VNPT-CA', 'app', 'active', '2023-09-20T10:00:00Z', '2023-09-20T14:00:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- 2.4 The same with the revocation one second later: SUPERSEDED on 208, evidence 207.
INSERT INTO citizens VALUES ('046200000207', 'Công dân 0207', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(207, 'BKAV-CA', NULL, '046200000207', '2023-09-20T10:50:00Z', '0'),
(208, 'VNPT-CA', NULL, '046200000207', '2023-09-20T09:50:00Z', '0');
INSERT INTO certificates VALUES
(207, '046200000207', 'BKAV-CA', 'app', 'revoked', '2023-09-20T11:00:00Z', '2023-09-20T11:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, '2023-09-20T14:00:01Z', 'citizen_request'),
(208, '046200000207', 'VNPT-CA', 'app', 'active', '2023-09-20T10:00:00Z', '2023-09-20T14:00:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- 2.5 A legacy import recorded first supersedes too: SUPERSEDED on 210, evidence 209.
INSERT INTO citizens VALUES ('046200000209', 'Công dân 0209', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(210, 'VIETTEL-CA', NULL, '046200000209', '2023-09-30T23:50:00Z', '0');
INSERT INTO certificates VALUES
(209, '046200000209', 'MISA-CA', 'legacy_import', 'active', '2021-06-01T00:00:00Z', '2023-10-01T10:00:00Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(210, '046200000209', 'VIETTEL-CA', 'app', 'active', '2023-10-01T00:00:00Z', '2023-10-01T20:00:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- ============================================================================================
-- 3. LATE_UPDATE: recorded_at - activated_at > late_update (86400 s).
-- ============================================================================================

-- 3.1 exactly 86400 s: on time. 3.2 86401 s: LATE_UPDATE on 302.
-- 3.3 a legacy import recorded a year after activation: not a programme certificate, no finding.
-- 3.4 two days late but recorded after T: as of T it does not exist (no LATE_UPDATE, and neither
--     MISSING_LOOKUP nor FREE_PERIOD although it has no look-up and no free period).
-- 3.5 86401 s late and recorded exactly at T: it exists, LATE_UPDATE on 305.
INSERT INTO citizens VALUES
('046200000301', 'Công dân 0301', '1970-01-01', '474', NULL),
('046200000302', 'Công dân 0302', '1970-01-01', '474', NULL),
('046200000303', 'Công dân 0303', '1970-01-01', '474', NULL),
('046200000304', 'Công dân 0304', '1970-01-01', '474', NULL),
('046200000305', 'Công dân 0305', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(301, 'BKAV-CA', NULL, '046200000301', '2023-11-14T05:50:00Z', '0'),
(302, 'BKAV-CA', NULL, '046200000302', '2023-11-14T05:50:00Z', '0'),
(305, 'BKAV-CA', NULL, '046200000305', '2024-06-29T16:50:00Z', '0');
INSERT INTO certificates VALUES
(301, '046200000301', 'BKAV-CA', 'app', 'active', '2023-11-14T06:00:00Z', '2023-11-15T06:00:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(302, '046200000302', 'BKAV-CA', 'app', 'active', '2023-11-14T06:00:00Z', '2023-11-15T06:00:01Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(303, '046200000303', 'VIETTEL-CA', 'legacy_import', 'active', '2022-11-14T06:00:00Z', '2023-11-15T06:00:01Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(304, '046200000304', 'MISA-CA', 'app', 'active', '2024-06-29T00:00:00Z', '2024-07-01T00:00:00Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(305, '046200000305', 'BKAV-CA', 'app', 'active', '2024-06-29T16:59:59Z', '2024-06-30T17:00:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- ============================================================================================
-- 4. REQUEST_EXPIRED (deadline D = registered_at + 172800 s) and PREMATURE_CONFIRMATION form c
--    (a request marked done with no activated certificate behind it by completed_at + 300 s).
--    Certificates that serve a request come through channel hues_request (no look-up needed).
-- ============================================================================================

-- 4.1 completed exactly at D: on time, no finding.
-- 4.2 completed one second after D: REQUEST_EXPIRED on request 402, late_seconds 1.
-- 4.3 open at T and registered exactly 48 h before T: D = T, and only T > D is late. No finding.
-- 4.4 open at T and registered one second earlier: REQUEST_EXPIRED on 404, at D, late_seconds 1.
-- 4.5 withdrawn by the citizen exactly at D: no finding.
-- 4.6 withdrawn one second after D and never served: REQUEST_EXPIRED on 406, late_seconds 1
--     (the withdrawal minus D).
-- 4.7 completed only after T (and its certificate recorded after T): as of T the request is open
--     and its certificate does not exist. REQUEST_EXPIRED on 407 with late_seconds T - D
--     (2024-06-03T00:00:00Z to T: 2394000 s); no form c, since the completion is not there yet.
-- 4.8 withdrawn only after T: as of T still open, REQUEST_EXPIRED on 408 with late_seconds T - D
--     (2024-05-03T00:00:00Z to T: 5072400 s).
-- 4.9 registered only after T: as of T the request does not exist. Its completion is dated before T
--     (before its registration: a back-dated entry) and no certificate serves it, so, had it
--     existed, it would be a PREMATURE_CONFIRMATION form c. No finding.
INSERT INTO citizens VALUES
('046200000401', 'Công dân 0401', '1970-01-01', '474', NULL),
('046200000402', 'Công dân 0402', '1970-01-01', '474', NULL),
('046200000403', 'Công dân 0403', '1970-01-01', '474', NULL),
('046200000404', 'Công dân 0404', '1970-01-01', '474', NULL),
('046200000405', 'Công dân 0405', '1970-01-01', '474', NULL),
('046200000406', 'Công dân 0406', '1970-01-01', '474', NULL),
('046200000407', 'Công dân 0407', '1970-01-01', '474', NULL),
('046200000408', 'Công dân 0408', '1970-01-01', '474', NULL),
('046200000409', 'Công dân 0409', '1970-01-01', '474', NULL);
INSERT INTO service_requests VALUES
(401, '046200000401', 'VIETTEL-CA', 'home', '2024-01-08T02:00:00Z', '2024-01-10T02:00:00Z', NULL),
(402, '046200000402', 'VIETTEL-CA', 'phone', '2024-01-08T02:00:00Z', '2024-01-10T02:00:01Z', NULL),
(403, '046200000403', 'MISA-CA', 'home', '2024-06-28T17:00:00Z', NULL, NULL),
(404, '046200000404', 'MISA-CA', 'home', '2024-06-28T16:59:59Z', NULL, NULL),
(405, '046200000405', 'BKAV-CA', 'phone', '2024-02-01T00:00:00Z', NULL, '2024-02-03T00:00:00Z'),
(406, '046200000406', 'BKAV-CA', 'phone', '2024-02-01T00:00:00Z', NULL, '2024-02-03T00:00:01Z'),
(407, '046200000407', 'VNPT-CA', 'home', '2024-06-01T00:00:00Z', '2024-07-02T00:00:00Z', NULL),
(408, '046200000408', 'VNPT-CA', 'phone', '2024-05-01T00:00:00Z', NULL, '2024-07-05T00:00:00Z'),
(409, '046200000409', 'FPT-CA', 'home', '2024-07-01T00:00:00Z', '2024-06-30T12:00:00Z', NULL);
INSERT INTO certificates VALUES
(401, '046200000401', 'VIETTEL-CA', 'hues_request', 'active', '2024-01-10T01:58:00Z', '2024-01-10T02:01:00Z', '2025-12-31', NULL, NULL, 401, NULL, NULL, NULL),
(402, '046200000402', 'VIETTEL-CA', 'hues_request', 'active', '2024-01-10T01:59:00Z', '2024-01-10T02:02:00Z', '2025-12-31', NULL, NULL, 402, NULL, NULL, NULL),
(407, '046200000407', 'VNPT-CA', 'hues_request', 'active', '2024-07-01T23:00:00Z', '2024-07-02T00:00:30Z', '2025-12-31', NULL, NULL, 407, NULL, NULL, NULL);

-- 4.20 marked done with no certificate at all: PREMATURE_CONFIRMATION form c on request 420.
-- 4.21 the certificate was activated exactly completed_at + 300 s: within the tolerance, no finding.
-- 4.22 activated completed_at + 301 s: form c on 422.
-- 4.23 the only certificate was recorded after T: it does not exist yet, form c on 423.
-- 4.24 the certificate was revoked later: it still proves the service ("revoked or not"), no finding.
-- 4.25 the certificate is a technical-error record never activated: form c on 425; the record is
--      also a STALE_TECHNICAL_ERROR.
-- All were completed within six hours, so none is REQUEST_EXPIRED.
INSERT INTO citizens VALUES
('046200000420', 'Công dân 0420', '1970-01-01', '474', NULL),
('046200000421', 'Công dân 0421', '1970-01-01', '474', NULL),
('046200000422', 'Công dân 0422', '1970-01-01', '474', NULL),
('046200000423', 'Công dân 0423', '1970-01-01', '474', NULL),
('046200000424', 'Công dân 0424', '1970-01-01', '474', NULL),
('046200000425', 'Công dân 0425', '1970-01-01', '474', NULL);
INSERT INTO service_requests VALUES
(420, '046200000420', 'MISA-CA', 'home', '2024-03-10T00:00:00Z', '2024-03-10T06:00:00Z', NULL),
(421, '046200000421', 'MISA-CA', 'home', '2024-03-10T00:00:00Z', '2024-03-10T06:00:00Z', NULL),
(422, '046200000422', 'MISA-CA', 'phone', '2024-03-10T00:00:00Z', '2024-03-10T06:00:00Z', NULL),
(423, '046200000423', 'MISA-CA', 'home', '2024-03-10T00:00:00Z', '2024-03-10T06:00:00Z', NULL),
(424, '046200000424', 'MISA-CA', 'phone', '2024-03-10T00:00:00Z', '2024-03-10T06:00:00Z', NULL),
(425, '046200000425', 'MISA-CA', 'home', '2024-03-10T00:00:00Z', '2024-03-10T06:00:00Z', NULL);
INSERT INTO certificates VALUES
(421, '046200000421', 'MISA-CA', 'hues_request', 'active', '2024-03-10T06:05:00Z', '2024-03-10T06:06:00Z', '2025-12-31', NULL, NULL, 421, NULL, NULL, NULL),
(422, '046200000422', 'MISA-CA', 'hues_request', 'active', '2024-03-10T06:05:01Z', '2024-03-10T06:06:00Z', '2025-12-31', NULL, NULL, 422, NULL, NULL, NULL),
(423, '046200000423', 'MISA-CA', 'hues_request', 'active', '2024-03-10T05:00:00Z', '2024-07-01T00:00:00Z', '2025-12-31', NULL, NULL, 423, NULL, NULL, NULL),
(424, '046200000424', 'MISA-CA', 'hues_request', 'revoked', '2024-03-10T05:00:00Z', '2024-03-10T05:05:00Z', '2025-12-31', NULL, NULL, 424, NULL, '2024-04-01T00:00:00Z', 'citizen_request'),
(425, '046200000425', 'MISA-CA', 'hues_request', 'technical_error', NULL, '2024-03-10T05:30:00Z', NULL, NULL, NULL, 425, NULL, NULL, NULL);

-- ============================================================================================
-- 5. PREMATURE_CONFIRMATION forms a and b.
-- ============================================================================================

-- 5.1 on Hue-S 300 s before activation: clock skew within premature_tolerance, no finding.
-- 5.2 301 s before: PREMATURE_CONFIRMATION form a on 502, at its activation.
-- 5.3 status active but never activated: form b on 503, at its recorded_at (no FREE_PERIOD either:
--     nothing was activated).
-- 5.4 never activated but status revoked (an error withdrawn): not form b, no finding.
INSERT INTO citizens VALUES
('046200000501', 'Công dân 0501', '1970-01-01', '474', NULL),
('046200000502', 'Công dân 0502', '1970-01-01', '474', NULL),
('046200000503', 'Công dân 0503', '1970-01-01', '474', NULL),
('046200000504', 'Công dân 0504', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(501, 'FPT-CA', NULL, '046200000501', '2023-12-05T02:55:00Z', '0'),
(502, 'FPT-CA', NULL, '046200000502', '2023-12-05T02:55:00Z', '0'),
(503, 'FPT-CA', NULL, '046200000503', '2023-12-06T02:50:00Z', '0'),
(504, 'FPT-CA', NULL, '046200000504', '2023-12-06T02:50:00Z', '0');
INSERT INTO certificates VALUES
(501, '046200000501', 'FPT-CA', 'app', 'active', '2023-12-05T03:05:00Z', '2023-12-05T03:00:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(502, '046200000502', 'FPT-CA', 'app', 'active', '2023-12-05T03:05:01Z', '2023-12-05T03:00:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(503, '046200000503', 'FPT-CA', 'app', 'active', NULL, '2023-12-06T03:00:00Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(504, '046200000504', 'FPT-CA', 'app', 'revoked', NULL, '2023-12-06T03:00:00Z', NULL, NULL, NULL, NULL, NULL, '2023-12-07T00:00:00Z', 'error');

-- ============================================================================================
-- 6. MISSING_LOOKUP: channel app or door_to_door and no look-up by the same provider of the same
--    citizen within [t(X) - 86400 s, t(X)]. Cases 6.1-6.7 have t(X) = 2024-02-20T08:00:00Z.
-- ============================================================================================

-- 6.1 looked up by another provider only: MISSING_LOOKUP on 601.
-- 6.2 looked up exactly 86400 s before (door to door): counts, no finding.
-- 6.3 looked up 86401 s before: MISSING_LOOKUP on 603.
-- 6.4 looked up in the second of issuance: counts, no finding.
-- 6.5 looked up one second after issuance: MISSING_LOOKUP on 605.
-- 6.6 channel hues_request (request 606, served in time): needs no look-up, no finding.
-- 6.7 a legacy import needs none either.
-- 6.8 the as-of cut applies to look-ups too: 608 was recorded 100 s before T and activated 200 s
--     after T (300 s: within the clock-skew tolerance); its look-up, 100 s after T, does not exist
--     yet. MISSING_LOOKUP on 608, at t(608) = 2024-06-30T17:03:20Z.
INSERT INTO citizens VALUES
('046200000601', 'Công dân 0601', '1970-01-01', '474', NULL),
('046200000602', 'Công dân 0602', '1970-01-01', '474', NULL),
('046200000603', 'Công dân 0603', '1970-01-01', '474', NULL),
('046200000604', 'Công dân 0604', '1970-01-01', '474', NULL),
('046200000605', 'Công dân 0605', '1970-01-01', '474', NULL),
('046200000606', 'Công dân 0606', '1970-01-01', '474', NULL),
('046200000607', 'Công dân 0607', '1970-01-01', '474', NULL),
('046200000608', 'Công dân 0608', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(601, 'VNPT-CA', NULL, '046200000601', '2024-02-20T07:30:00Z', '0'),
(602, 'VIETTEL-CA', 'viettel.ha06', '046200000602', '2024-02-19T08:00:00Z', '0'),
(603, 'VIETTEL-CA', 'viettel.ha07', '046200000603', '2024-02-19T07:59:59Z', '0'),
(604, 'VIETTEL-CA', NULL, '046200000604', '2024-02-20T08:00:00Z', '0'),
(605, 'VIETTEL-CA', NULL, '046200000605', '2024-02-20T08:00:01Z', '0'),
(608, 'VNPT-CA', NULL, '046200000608', '2024-06-30T17:01:40Z', '0');
INSERT INTO service_requests VALUES
(606, '046200000606', 'VIETTEL-CA', 'home', '2024-02-19T08:00:00Z', '2024-02-20T08:10:00Z', NULL);
INSERT INTO certificates VALUES
(601, '046200000601', 'VIETTEL-CA', 'app', 'active', '2024-02-20T08:00:00Z', '2024-02-20T08:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(602, '046200000602', 'VIETTEL-CA', 'door_to_door', 'active', '2024-02-20T08:00:00Z', '2024-02-20T08:05:00Z', '2025-12-31', NULL, 'viettel.ha06', NULL, NULL, NULL, NULL),
(603, '046200000603', 'VIETTEL-CA', 'door_to_door', 'active', '2024-02-20T08:00:00Z', '2024-02-20T08:05:00Z', '2025-12-31', NULL, 'viettel.ha07', NULL, NULL, NULL, NULL),
(604, '046200000604', 'VIETTEL-CA', 'app', 'active', '2024-02-20T08:00:00Z', '2024-02-20T08:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(605, '046200000605', 'VIETTEL-CA', 'app', 'active', '2024-02-20T08:00:00Z', '2024-02-20T08:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(606, '046200000606', 'VIETTEL-CA', 'hues_request', 'active', '2024-02-20T08:00:00Z', '2024-02-20T08:05:00Z', '2025-12-31', NULL, NULL, 606, NULL, NULL, NULL),
(607, '046200000607', 'VIETTEL-CA', 'legacy_import', 'active', '2023-02-20T08:00:00Z', '2024-02-20T08:05:00Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(608, '046200000608', 'VNPT-CA', 'app', 'active', '2024-06-30T17:03:20Z', '2024-06-30T16:58:20Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- ============================================================================================
-- 7. STALE_TECHNICAL_ERROR: status technical_error, never activated, T - recorded_at > 604800 s
--    (T - 604800 s = 2024-06-23T17:00:00Z).
-- ============================================================================================

-- 7.1 recorded exactly 604800 s before T: still within the grace, no finding.
-- 7.2 recorded one second earlier: STALE_TECHNICAL_ERROR on 702.
-- 7.3 a technical-error record that was activated later: no finding.
-- (A legacy import in technical_error is case 11.4.)
INSERT INTO citizens VALUES
('046200000701', 'Công dân 0701', '1970-01-01', '474', NULL),
('046200000702', 'Công dân 0702', '1970-01-01', '474', NULL),
('046200000703', 'Công dân 0703', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(701, 'VNPT-CA', NULL, '046200000701', '2024-06-23T16:50:00Z', '0'),
(702, 'VNPT-CA', NULL, '046200000702', '2024-06-23T16:50:00Z', '0'),
(703, 'VNPT-CA', NULL, '046200000703', '2024-05-31T23:50:00Z', '0');
INSERT INTO certificates VALUES
(701, '046200000701', 'VNPT-CA', 'app', 'technical_error', NULL, '2024-06-23T17:00:00Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(702, '046200000702', 'VNPT-CA', 'app', 'technical_error', NULL, '2024-06-23T16:59:59Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(703, '046200000703', 'VNPT-CA', 'app', 'technical_error', '2024-06-01T00:00:00Z', '2024-06-01T00:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- ============================================================================================
-- 8. STAFF_BURST: at least 10 door-to-door certificates of one provider and staff account with t
--    within [t(X) - 1800 s, t(X) + 1800 s]. Every certificate is recorded 600 s after its
--    activation and looked up 300 s before it.
-- ============================================================================================

-- 8.1 VIETTEL-CA's viettel.hoa05: ten issuances 200 s apart, the first and the last exactly
--     1800 s apart, so every window holds all ten: STAFF_BURST on 801-810, count 10. Status does
--     not matter: 804 is a technical-error record never activated (its t is its recorded_at; it is
--     also a STALE_TECHNICAL_ERROR) and 807 was revoked since.
INSERT INTO citizens VALUES
('046200000801', 'Công dân 0801', '1970-01-01', '474', NULL),
('046200000802', 'Công dân 0802', '1970-01-01', '474', NULL),
('046200000803', 'Công dân 0803', '1970-01-01', '474', NULL),
('046200000804', 'Công dân 0804', '1970-01-01', '474', NULL),
('046200000805', 'Công dân 0805', '1970-01-01', '474', NULL),
('046200000806', 'Công dân 0806', '1970-01-01', '474', NULL),
('046200000807', 'Công dân 0807', '1970-01-01', '474', NULL),
('046200000808', 'Công dân 0808', '1970-01-01', '474', NULL),
('046200000809', 'Công dân 0809', '1970-01-01', '474', NULL),
('046200000810', 'Công dân 0810', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(801, 'VIETTEL-CA', 'viettel.hoa05', '046200000801', '2023-10-14T00:55:00Z', '0'),
(802, 'VIETTEL-CA', 'viettel.hoa05', '046200000802', '2023-10-14T00:58:20Z', '0'),
(803, 'VIETTEL-CA', 'viettel.hoa05', '046200000803', '2023-10-14T01:01:40Z', '0'),
(804, 'VIETTEL-CA', 'viettel.hoa05', '046200000804', '2023-10-14T01:05:00Z', '0'),
(805, 'VIETTEL-CA', 'viettel.hoa05', '046200000805', '2023-10-14T01:08:20Z', '0'),
(806, 'VIETTEL-CA', 'viettel.hoa05', '046200000806', '2023-10-14T01:11:40Z', '0'),
(807, 'VIETTEL-CA', 'viettel.hoa05', '046200000807', '2023-10-14T01:15:00Z', '0'),
(808, 'VIETTEL-CA', 'viettel.hoa05', '046200000808', '2023-10-14T01:18:20Z', '0'),
(809, 'VIETTEL-CA', 'viettel.hoa05', '046200000809', '2023-10-14T01:21:40Z', '0'),
(810, 'VIETTEL-CA', 'viettel.hoa05', '046200000810', '2023-10-14T01:25:00Z', '0');
INSERT INTO certificates VALUES
(801, '046200000801', 'VIETTEL-CA', 'door_to_door', 'active', '2023-10-14T01:00:00Z', '2023-10-14T01:10:00Z', '2025-12-31', NULL, 'viettel.hoa05', NULL, NULL, NULL, NULL),
(802, '046200000802', 'VIETTEL-CA', 'door_to_door', 'active', '2023-10-14T01:03:20Z', '2023-10-14T01:13:20Z', '2025-12-31', NULL, 'viettel.hoa05', NULL, NULL, NULL, NULL),
(803, '046200000803', 'VIETTEL-CA', 'door_to_door', 'active', '2023-10-14T01:06:40Z', '2023-10-14T01:16:40Z', '2025-12-31', NULL, 'viettel.hoa05', NULL, NULL, NULL, NULL),
(804, '046200000804', 'VIETTEL-CA', 'door_to_door', 'technical_error', NULL, '2023-10-14T01:10:00Z', NULL, NULL, 'viettel.hoa05', NULL, NULL, NULL, NULL),
(805, '046200000805', 'VIETTEL-CA', 'door_to_door', 'active', '2023-10-14T01:13:20Z', '2023-10-14T01:23:20Z', '2025-12-31', NULL, 'viettel.hoa05', NULL, NULL, NULL, NULL),
(806, '046200000806', 'VIETTEL-CA', 'door_to_door', 'active', '2023-10-14T01:16:40Z', '2023-10-14T01:26:40Z', '2025-12-31', NULL, 'viettel.hoa05', NULL, NULL, NULL, NULL),
(807, '046200000807', 'VIETTEL-CA', 'door_to_door', 'revoked', '2023-10-14T01:20:00Z', '2023-10-14T01:30:00Z', '2025-12-31', NULL, 'viettel.hoa05', NULL, NULL, '2024-01-10T00:00:00Z', 'citizen_request'),
(808, '046200000808', 'VIETTEL-CA', 'door_to_door', 'active', '2023-10-14T01:23:20Z', '2023-10-14T01:33:20Z', '2025-12-31', NULL, 'viettel.hoa05', NULL, NULL, NULL, NULL),
(809, '046200000809', 'VIETTEL-CA', 'door_to_door', 'active', '2023-10-14T01:26:40Z', '2023-10-14T01:36:40Z', '2025-12-31', NULL, 'viettel.hoa05', NULL, NULL, NULL, NULL),
(810, '046200000810', 'VIETTEL-CA', 'door_to_door', 'active', '2023-10-14T01:30:00Z', '2023-10-14T01:40:00Z', '2025-12-31', NULL, 'viettel.hoa05', NULL, NULL, NULL, NULL);

-- 8.2 MISA-CA's misa.son07: the same, but the tenth comes 1801 s after the first. The first's window
--     ends one second before the tenth and the tenth's starts one second after the first: those two
--     see nine; STAFF_BURST on the eight between (812-819), count 10.
INSERT INTO citizens VALUES
('046200000811', 'Công dân 0811', '1970-01-01', '474', NULL),
('046200000812', 'Công dân 0812', '1970-01-01', '474', NULL),
('046200000813', 'Công dân 0813', '1970-01-01', '474', NULL),
('046200000814', 'Công dân 0814', '1970-01-01', '474', NULL),
('046200000815', 'Công dân 0815', '1970-01-01', '474', NULL),
('046200000816', 'Công dân 0816', '1970-01-01', '474', NULL),
('046200000817', 'Công dân 0817', '1970-01-01', '474', NULL),
('046200000818', 'Công dân 0818', '1970-01-01', '474', NULL),
('046200000819', 'Công dân 0819', '1970-01-01', '474', NULL),
('046200000820', 'Công dân 0820', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(811, 'MISA-CA', 'misa.son07', '046200000811', '2023-10-21T01:55:00Z', '0'),
(812, 'MISA-CA', 'misa.son07', '046200000812', '2023-10-21T01:58:20Z', '0'),
(813, 'MISA-CA', 'misa.son07', '046200000813', '2023-10-21T02:01:40Z', '0'),
(814, 'MISA-CA', 'misa.son07', '046200000814', '2023-10-21T02:05:00Z', '0'),
(815, 'MISA-CA', 'misa.son07', '046200000815', '2023-10-21T02:08:20Z', '0'),
(816, 'MISA-CA', 'misa.son07', '046200000816', '2023-10-21T02:11:40Z', '0'),
(817, 'MISA-CA', 'misa.son07', '046200000817', '2023-10-21T02:15:00Z', '0'),
(818, 'MISA-CA', 'misa.son07', '046200000818', '2023-10-21T02:18:20Z', '0'),
(819, 'MISA-CA', 'misa.son07', '046200000819', '2023-10-21T02:21:40Z', '0'),
(820, 'MISA-CA', 'misa.son07', '046200000820', '2023-10-21T02:25:01Z', '0');
INSERT INTO certificates VALUES
(811, '046200000811', 'MISA-CA', 'door_to_door', 'active', '2023-10-21T02:00:00Z', '2023-10-21T02:10:00Z', '2025-12-31', NULL, 'misa.son07', NULL, NULL, NULL, NULL),
(812, '046200000812', 'MISA-CA', 'door_to_door', 'active', '2023-10-21T02:03:20Z', '2023-10-21T02:13:20Z', '2025-12-31', NULL, 'misa.son07', NULL, NULL, NULL, NULL),
(813, '046200000813', 'MISA-CA', 'door_to_door', 'active', '2023-10-21T02:06:40Z', '2023-10-21T02:16:40Z', '2025-12-31', NULL, 'misa.son07', NULL, NULL, NULL, NULL),
(814, '046200000814', 'MISA-CA', 'door_to_door', 'active', '2023-10-21T02:10:00Z', '2023-10-21T02:20:00Z', '2025-12-31', NULL, 'misa.son07', NULL, NULL, NULL, NULL),
(815, '046200000815', 'MISA-CA', 'door_to_door', 'active', '2023-10-21T02:13:20Z', '2023-10-21T02:23:20Z', '2025-12-31', NULL, 'misa.son07', NULL, NULL, NULL, NULL),
(816, '046200000816', 'MISA-CA', 'door_to_door', 'active', '2023-10-21T02:16:40Z', '2023-10-21T02:26:40Z', '2025-12-31', NULL, 'misa.son07', NULL, NULL, NULL, NULL),
(817, '046200000817', 'MISA-CA', 'door_to_door', 'active', '2023-10-21T02:20:00Z', '2023-10-21T02:30:00Z', '2025-12-31', NULL, 'misa.son07', NULL, NULL, NULL, NULL),
(818, '046200000818', 'MISA-CA', 'door_to_door', 'active', '2023-10-21T02:23:20Z', '2023-10-21T02:33:20Z', '2025-12-31', NULL, 'misa.son07', NULL, NULL, NULL, NULL),
(819, '046200000819', 'MISA-CA', 'door_to_door', 'active', '2023-10-21T02:26:40Z', '2023-10-21T02:36:40Z', '2025-12-31', NULL, 'misa.son07', NULL, NULL, NULL, NULL),
(820, '046200000820', 'MISA-CA', 'door_to_door', 'active', '2023-10-21T02:30:01Z', '2023-10-21T02:40:01Z', '2025-12-31', NULL, 'misa.son07', NULL, NULL, NULL, NULL);

-- 8.3 BKAV-CA's bkav.minh03: nine door-to-door issuances two minutes apart (821-829), and within
--     the same quarter hour four more that must not be counted: 830 through the app by the same
--     account, 831 door to door by an account of the same name at VNPT-CA, 832 door to door by
--     BKAV-CA with no staff account, 833 by the same account but recorded after T (it does not
--     exist yet). Nine, not ten: no finding.
INSERT INTO citizens VALUES
('046200000821', 'Công dân 0821', '1970-01-01', '474', NULL),
('046200000822', 'Công dân 0822', '1970-01-01', '474', NULL),
('046200000823', 'Công dân 0823', '1970-01-01', '474', NULL),
('046200000824', 'Công dân 0824', '1970-01-01', '474', NULL),
('046200000825', 'Công dân 0825', '1970-01-01', '474', NULL),
('046200000826', 'Công dân 0826', '1970-01-01', '474', NULL),
('046200000827', 'Công dân 0827', '1970-01-01', '474', NULL),
('046200000828', 'Công dân 0828', '1970-01-01', '474', NULL),
('046200000829', 'Công dân 0829', '1970-01-01', '474', NULL),
('046200000830', 'Công dân 0830', '1970-01-01', '474', NULL),
('046200000831', 'Công dân 0831', '1970-01-01', '474', NULL),
('046200000832', 'Công dân 0832', '1970-01-01', '474', NULL),
('046200000833', 'Công dân 0833', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(821, 'BKAV-CA', 'bkav.minh03', '046200000821', '2023-10-28T02:55:00Z', '0'),
(822, 'BKAV-CA', 'bkav.minh03', '046200000822', '2023-10-28T02:57:00Z', '0'),
(823, 'BKAV-CA', 'bkav.minh03', '046200000823', '2023-10-28T02:59:00Z', '0'),
(824, 'BKAV-CA', 'bkav.minh03', '046200000824', '2023-10-28T03:01:00Z', '0'),
(825, 'BKAV-CA', 'bkav.minh03', '046200000825', '2023-10-28T03:03:00Z', '0'),
(826, 'BKAV-CA', 'bkav.minh03', '046200000826', '2023-10-28T03:05:00Z', '0'),
(827, 'BKAV-CA', 'bkav.minh03', '046200000827', '2023-10-28T03:07:00Z', '0'),
(828, 'BKAV-CA', 'bkav.minh03', '046200000828', '2023-10-28T03:09:00Z', '0'),
(829, 'BKAV-CA', 'bkav.minh03', '046200000829', '2023-10-28T03:11:00Z', '0'),
(830, 'BKAV-CA', 'bkav.minh03', '046200000830', '2023-10-28T03:00:00Z', '0'),
(831, 'VNPT-CA', 'bkav.minh03', '046200000831', '2023-10-28T03:01:00Z', '0'),
(832, 'BKAV-CA', NULL, '046200000832', '2023-10-28T03:02:00Z', '0');
INSERT INTO certificates VALUES
(821, '046200000821', 'BKAV-CA', 'door_to_door', 'active', '2023-10-28T03:00:00Z', '2023-10-28T03:10:00Z', '2025-12-31', NULL, 'bkav.minh03', NULL, NULL, NULL, NULL),
(822, '046200000822', 'BKAV-CA', 'door_to_door', 'active', '2023-10-28T03:02:00Z', '2023-10-28T03:12:00Z', '2025-12-31', NULL, 'bkav.minh03', NULL, NULL, NULL, NULL),
(823, '046200000823', 'BKAV-CA', 'door_to_door', 'active', '2023-10-28T03:04:00Z', '2023-10-28T03:14:00Z', '2025-12-31', NULL, 'bkav.minh03', NULL, NULL, NULL, NULL),
(824, '046200000824', 'BKAV-CA', 'door_to_door', 'active', '2023-10-28T03:06:00Z', '2023-10-28T03:16:00Z', '2025-12-31', NULL, 'bkav.minh03', NULL, NULL, NULL, NULL),
(825, '046200000825', 'BKAV-CA', 'door_to_door', 'active', '2023-10-28T03:08:00Z', '2023-10-28T03:18:00Z', '2025-12-31', NULL, 'bkav.minh03', NULL, NULL, NULL, NULL),
(826, '046200000826', 'BKAV-CA', 'door_to_door', 'active', '2023-10-28T03:10:00Z', '2023-10-28T03:20:00Z', '2025-12-31', NULL, 'bkav.minh03', NULL, NULL, NULL, NULL),
(827, '046200000827', 'BKAV-CA', 'door_to_door', 'active', '2023-10-28T03:12:00Z', '2023-10-28T03:22:00Z', '2025-12-31', NULL, 'bkav.minh03', NULL, NULL, NULL, NULL),
(828, '046200000828', 'BKAV-CA', 'door_to_door', 'active', '2023-10-28T03:14:00Z', '2023-10-28T03:24:00Z', '2025-12-31', NULL, 'bkav.minh03', NULL, NULL, NULL, NULL),
(829, '046200000829', 'BKAV-CA', 'door_to_door', 'active', '2023-10-28T03:16:00Z', '2023-10-28T03:26:00Z', '2025-12-31', NULL, 'bkav.minh03', NULL, NULL, NULL, NULL),
(830, '046200000830', 'BKAV-CA', 'app', 'active', '2023-10-28T03:05:00Z', '2023-10-28T03:15:00Z', '2025-12-31', NULL, 'bkav.minh03', NULL, NULL, NULL, NULL),
(831, '046200000831', 'VNPT-CA', 'door_to_door', 'active', '2023-10-28T03:06:00Z', '2023-10-28T03:16:00Z', '2025-12-31', NULL, 'bkav.minh03', NULL, NULL, NULL, NULL),
(832, '046200000832', 'BKAV-CA', 'door_to_door', 'active', '2023-10-28T03:07:00Z', '2023-10-28T03:17:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(833, '046200000833', 'BKAV-CA', 'door_to_door', 'active', '2023-10-28T03:08:00Z', '2024-07-01T00:00:00Z', '2025-12-31', NULL, 'bkav.minh03', NULL, NULL, NULL, NULL);

-- ============================================================================================
-- 9. FREE_PERIOD.
-- ============================================================================================

-- Without a switch: free_until must not be earlier than the UTC date of activation + 364 days.
-- 9.1 activated 2023-08-20 (UTC), free until 2024-08-18 = + 364 days: no finding.
-- 9.2 free until 2024-08-17, one day short: FREE_PERIOD on 902, expected 2024-08-18.
-- 9.3 no free period: FREE_PERIOD on 903, free_until null.
-- 9.4 activated 2023-08-19T20:30:00Z, i.e. 03:30 on 20 August in Huế: the UTC date (19 August)
--     counts, so 2024-08-17 is enough. No finding.
INSERT INTO citizens VALUES
('046200000901', 'Công dân 0901', '1970-01-01', '474', NULL),
('046200000902', 'Công dân 0902', '1970-01-01', '474', NULL),
('046200000903', 'Công dân 0903', '1970-01-01', '474', NULL),
('046200000904', 'Công dân 0904', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(901, 'BKAV-CA', NULL, '046200000901', '2023-08-20T00:50:00Z', '0'),
(902, 'BKAV-CA', NULL, '046200000902', '2023-08-20T00:50:00Z', '0'),
(903, 'BKAV-CA', NULL, '046200000903', '2023-08-20T00:50:00Z', '0'),
(904, 'BKAV-CA', NULL, '046200000904', '2023-08-19T20:20:00Z', '0');
INSERT INTO certificates VALUES
(901, '046200000901', 'BKAV-CA', 'app', 'active', '2023-08-20T01:00:00Z', '2023-08-20T01:05:00Z', '2024-08-18', NULL, NULL, NULL, NULL, NULL, NULL),
(902, '046200000902', 'BKAV-CA', 'app', 'active', '2023-08-20T01:00:00Z', '2023-08-20T01:05:00Z', '2024-08-17', NULL, NULL, NULL, NULL, NULL, NULL),
(903, '046200000903', 'BKAV-CA', 'app', 'active', '2023-08-20T01:00:00Z', '2023-08-20T01:05:00Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(904, '046200000904', 'BKAV-CA', 'app', 'active', '2023-08-19T20:30:00Z', '2023-08-19T20:35:00Z', '2024-08-17', NULL, NULL, NULL, NULL, NULL, NULL);

-- Switches: the old certificate P (VNPT-CA, activated 2024-01-15, free until 2025-01-14, revoked
-- 2024-04-01T00:00:00Z) and the new X (VIETTEL-CA, activated 2024-04-01T01:00:00Z, replacing P).
-- X's free period is compared with P's only (a switch does not restart the free year, so X's own
-- activation + 364 days does not apply: 2025-01-15 is fine although it is less than a year away).
-- 9.11 X one day later than P: tolerated. 9.13 one day earlier: tolerated.
-- 9.15 two days later: FREE_PERIOD on 916, evidence 915. 9.17 two days earlier: FREE_PERIOD on 918.
-- 9.19 X has no free period: FREE_PERIOD on 920, free_until null.
-- 9.21 P has no free period: the switch cannot be judged, nothing on 922; but P itself was
--      activated without one: FREE_PERIOD on 921 (no switch; expected 2024-01-15 + 364 days).
-- 9.23 P was recorded only after T: it does not exist yet, the switch cannot be judged, no finding.
INSERT INTO citizens VALUES
('046200000911', 'Công dân 0911', '1970-01-01', '474', NULL),
('046200000913', 'Công dân 0913', '1970-01-01', '474', NULL),
('046200000915', 'Công dân 0915', '1970-01-01', '474', NULL),
('046200000917', 'Công dân 0917', '1970-01-01', '474', NULL),
('046200000919', 'Công dân 0919', '1970-01-01', '474', NULL),
('046200000921', 'Công dân 0921', '1970-01-01', '474', NULL),
('046200000923', 'Công dân 0923', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(911, 'VNPT-CA', NULL, '046200000911', '2024-01-15T01:50:00Z', '0'),
(912, 'VIETTEL-CA', NULL, '046200000911', '2024-04-01T00:50:00Z', '0'),
(913, 'VNPT-CA', NULL, '046200000913', '2024-01-15T01:50:00Z', '0'),
(914, 'VIETTEL-CA', NULL, '046200000913', '2024-04-01T00:50:00Z', '0'),
(915, 'VNPT-CA', NULL, '046200000915', '2024-01-15T01:50:00Z', '0'),
(916, 'VIETTEL-CA', NULL, '046200000915', '2024-04-01T00:50:00Z', '0'),
(917, 'VNPT-CA', NULL, '046200000917', '2024-01-15T01:50:00Z', '0'),
(918, 'VIETTEL-CA', NULL, '046200000917', '2024-04-01T00:50:00Z', '0'),
(919, 'VNPT-CA', NULL, '046200000919', '2024-01-15T01:50:00Z', '0'),
(920, 'VIETTEL-CA', NULL, '046200000919', '2024-04-01T00:50:00Z', '0'),
(921, 'VNPT-CA', NULL, '046200000921', '2024-01-15T01:50:00Z', '0'),
(922, 'VIETTEL-CA', NULL, '046200000921', '2024-04-01T00:50:00Z', '0'),
(924, 'VIETTEL-CA', NULL, '046200000923', '2024-04-01T00:50:00Z', '0');
INSERT INTO certificates VALUES
(911, '046200000911', 'VNPT-CA', 'app', 'revoked', '2024-01-15T02:00:00Z', '2024-01-15T02:05:00Z', '2025-01-14', NULL, NULL, NULL, NULL, '2024-04-01T00:00:00Z', 'switch_provider'),
(912, '046200000911', 'VIETTEL-CA', 'app', 'active', '2024-04-01T01:00:00Z', '2024-04-01T01:03:00Z', '2025-01-15', NULL, NULL, NULL, 911, NULL, NULL),
(913, '046200000913', 'VNPT-CA', 'app', 'revoked', '2024-01-15T02:00:00Z', '2024-01-15T02:05:00Z', '2025-01-14', NULL, NULL, NULL, NULL, '2024-04-01T00:00:00Z', 'switch_provider'),
(914, '046200000913', 'VIETTEL-CA', 'app', 'active', '2024-04-01T01:00:00Z', '2024-04-01T01:03:00Z', '2025-01-13', NULL, NULL, NULL, 913, NULL, NULL),
(915, '046200000915', 'VNPT-CA', 'app', 'revoked', '2024-01-15T02:00:00Z', '2024-01-15T02:05:00Z', '2025-01-14', NULL, NULL, NULL, NULL, '2024-04-01T00:00:00Z', 'switch_provider'),
(916, '046200000915', 'VIETTEL-CA', 'app', 'active', '2024-04-01T01:00:00Z', '2024-04-01T01:03:00Z', '2025-01-16', NULL, NULL, NULL, 915, NULL, NULL),
(917, '046200000917', 'VNPT-CA', 'app', 'revoked', '2024-01-15T02:00:00Z', '2024-01-15T02:05:00Z', '2025-01-14', NULL, NULL, NULL, NULL, '2024-04-01T00:00:00Z', 'switch_provider'),
(918, '046200000917', 'VIETTEL-CA', 'app', 'active', '2024-04-01T01:00:00Z', '2024-04-01T01:03:00Z', '2025-01-12', NULL, NULL, NULL, 917, NULL, NULL),
(919, '046200000919', 'VNPT-CA', 'app', 'revoked', '2024-01-15T02:00:00Z', '2024-01-15T02:05:00Z', '2025-01-14', NULL, NULL, NULL, NULL, '2024-04-01T00:00:00Z', 'switch_provider'),
(920, '046200000919', 'VIETTEL-CA', 'app', 'active', '2024-04-01T01:00:00Z', '2024-04-01T01:03:00Z', NULL, NULL, NULL, NULL, 919, NULL, NULL),
(921, '046200000921', 'VNPT-CA', 'app', 'revoked', '2024-01-15T02:00:00Z', '2024-01-15T02:05:00Z', NULL, NULL, NULL, NULL, NULL, '2024-04-01T00:00:00Z', 'switch_provider'),
(922, '046200000921', 'VIETTEL-CA', 'app', 'active', '2024-04-01T01:00:00Z', '2024-04-01T01:03:00Z', '2025-04-01', NULL, NULL, NULL, 921, NULL, NULL),
(923, '046200000923', 'VNPT-CA', 'app', 'active', '2024-01-15T02:00:00Z', '2024-07-02T00:00:00Z', '2025-01-14', NULL, NULL, NULL, NULL, NULL, NULL),
(924, '046200000923', 'VIETTEL-CA', 'app', 'active', '2024-04-01T01:00:00Z', '2024-04-01T01:03:00Z', '2025-06-01', NULL, NULL, NULL, 923, NULL, NULL);

-- ============================================================================================
-- 10. EXCLUDED_PROVIDER: the provider's exclusion time E is not after T and not after t(X).
--     CA2: E = 2024-02-15T01:00:00Z. FPT-CA: E = 2024-06-30T17:01:40Z, 100 s after T.
-- ============================================================================================

-- 10.1 activated in the second of exclusion: EXCLUDED_PROVIDER on 1001.
-- 10.2 activated one second before E and recorded twenty minutes after it: t is the activation,
--      no finding.
-- 10.3 a legacy import of CA2 recorded after E: not a programme certificate, no finding.
-- 10.4 status active, never activated, recorded after E: t is its recorded_at, so
--      EXCLUDED_PROVIDER on 1004, and PREMATURE_CONFIRMATION form b as well.
-- 10.5 FPT-CA activated after its exclusion time, but that time is after T: as of T FPT-CA was
--      not excluded, no finding (its activation 300 s after its record is clock skew).
INSERT INTO citizens VALUES
('046200001001', 'Công dân 1001', '1970-01-01', '474', NULL),
('046200001002', 'Công dân 1002', '1970-01-01', '474', NULL),
('046200001003', 'Công dân 1003', '1970-01-01', '474', NULL),
('046200001004', 'Công dân 1004', '1970-01-01', '474', NULL),
('046200001005', 'Công dân 1005', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(1001, 'CA2', NULL, '046200001001', '2024-02-15T00:50:00Z', '0'),
(1002, 'CA2', NULL, '046200001002', '2024-02-15T00:50:00Z', '0'),
(1004, 'CA2', NULL, '046200001004', '2024-02-29T23:50:00Z', '0'),
(1005, 'FPT-CA', NULL, '046200001005', '2024-06-30T16:50:00Z', '0');
INSERT INTO certificates VALUES
(1001, '046200001001', 'CA2', 'app', 'active', '2024-02-15T01:00:00Z', '2024-02-15T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1002, '046200001002', 'CA2', 'app', 'active', '2024-02-15T00:59:59Z', '2024-02-15T01:20:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1003, '046200001003', 'CA2', 'legacy_import', 'active', '2022-02-15T00:00:00Z', '2024-02-20T00:00:00Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(1004, '046200001004', 'CA2', 'app', 'active', NULL, '2024-03-01T00:00:00Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(1005, '046200001005', 'FPT-CA', 'app', 'active', '2024-06-30T17:03:20Z', '2024-06-30T16:58:20Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- ============================================================================================
-- 11. LEGACY_MISLABEL: a legacy import activated at or after programme_start
--     (2023-07-27T17:00:00Z), or never activated. Legacy imports have no look-up and no free
--     period here: no other rule judges them.
-- ============================================================================================

-- 11.1 activated one second before the programme started: a genuine import, no finding.
-- 11.2 activated in the programme's first second: LEGACY_MISLABEL on 1102.
-- 11.3 never activated, status active: LEGACY_MISLABEL on 1103, at its recorded_at (not a
--      PREMATURE_CONFIRMATION: not a programme certificate).
-- 11.4 never activated, status technical_error, recorded long before T: LEGACY_MISLABEL on 1104
--      (not a STALE_TECHNICAL_ERROR: not a programme certificate).
-- 11.5 activated during the programme but recorded after T: does not exist yet, no finding.
INSERT INTO citizens VALUES
('046200001101', 'Công dân 1101', '1970-01-01', '474', NULL),
('046200001102', 'Công dân 1102', '1970-01-01', '474', NULL),
('046200001103', 'Công dân 1103', '1970-01-01', '474', NULL),
('046200001104', 'Công dân 1104', '1970-01-01', '474', NULL),
('046200001105', 'Công dân 1105', '1970-01-01', '474', NULL);
INSERT INTO certificates VALUES
(1101, '046200001101', 'VNPT-CA', 'legacy_import', 'active', '2023-07-27T16:59:59Z', '2023-08-05T00:00:00Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(1102, '046200001102', 'VIETTEL-CA', 'legacy_import', 'active', '2023-07-27T17:00:00Z', '2023-08-05T00:00:00Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(1103, '046200001103', 'MISA-CA', 'legacy_import', 'active', NULL, '2023-08-05T00:00:00Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(1104, '046200001104', 'BKAV-CA', 'legacy_import', 'technical_error', NULL, '2023-08-05T00:00:00Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(1105, '046200001105', 'FPT-CA', 'legacy_import', 'active', '2023-09-01T00:00:00Z', '2024-07-03T00:00:00Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL);

-- ============================================================================================
-- 12. IDENTITY_NEAR_DUPLICATE: two citizens with equal birth dates, equal name keys and 12-digit
--     ids one digit or one adjacent swap apart, each holding a certificate not revoked at T. The
--     later (Hue-S order) of their first such certificates is the subject, the earlier evidence.
--     These citizens have their own ids and names.
-- ============================================================================================

-- 12.1 Three spellings of one name (diacritics; capitals; doubled space, a tab and a trailing space)
--      on ids ending 45, 46, 49: every two differ in one digit. 1202 is later than 1201; 1203 is
--      later than both and is the subject of two pairs: one finding, evidence 1201 and 1202.
INSERT INTO citizens VALUES
('046185012345', 'Trần Thị Ngọc Ánh', '1985-06-12', '474', NULL),
('046185012346', 'TRAN THI NGOC ANH', '1985-06-12', '475', NULL),
('046185012349', 'trần  thị ngọc	ánh ', '1985-06-12', '476', NULL);
INSERT INTO lookups VALUES
(1201, 'VNPT-CA', NULL, '046185012345', '2023-08-10T01:50:00Z', '0'),
(1202, 'MISA-CA', NULL, '046185012346', '2023-09-10T01:50:00Z', '0'),
(1203, 'FPT-CA', NULL, '046185012349', '2023-10-10T01:50:00Z', '0');
INSERT INTO certificates VALUES
(1201, '046185012345', 'VNPT-CA', 'app', 'active', '2023-08-10T02:00:00Z', '2023-08-10T02:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1202, '046185012346', 'MISA-CA', 'app', 'active', '2023-09-10T02:00:00Z', '2023-09-10T02:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1203, '046185012349', 'FPT-CA', 'app', 'active', '2023-10-10T02:00:00Z', '2023-10-10T02:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- 12.2 Adjacent swaps of 046190034567: 046190043567 (digits 8 and 9 swapped) named with đ written as
--      d and a no-break space (U+00A0) between the first two words; 046190034576 (the last two
--      swapped) named in decomposed form, the marks typed as combining characters. Both pair with
--      the first (subjects 1205 and 1206, evidence 1204); they are not near each other (four
--      digits differ).
INSERT INTO citizens VALUES
('046190034567', 'Đỗ Văn Đức', '1990-02-28', '474', NULL),
('046190043567', 'Do Van Duc', '1990-02-28', '474', NULL),
('046190034576', 'Đỗ Văn Đức', '1990-02-28', '474', NULL);
INSERT INTO lookups VALUES
(1204, 'VIETTEL-CA', NULL, '046190034567', '2023-08-15T02:50:00Z', '0'),
(1205, 'BKAV-CA', NULL, '046190043567', '2023-09-15T02:50:00Z', '0'),
(1206, 'FPT-CA', NULL, '046190034576', '2023-10-15T02:50:00Z', '0');
INSERT INTO certificates VALUES
(1204, '046190034567', 'VIETTEL-CA', 'app', 'active', '2023-08-15T03:00:00Z', '2023-08-15T03:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1205, '046190043567', 'BKAV-CA', 'app', 'active', '2023-09-15T03:00:00Z', '2023-09-15T03:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1206, '046190034576', 'FPT-CA', 'app', 'active', '2023-10-15T03:00:00Z', '2023-10-15T03:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- 12.3 Not the same person, no finding for any of these pairs:
--      two digits differ (…55501 / …55512); two digits swapped that are not adjacent
--      (046171012345 / 046171032145); birth dates a day apart; both birth dates unknown; one name
--      has a word more; ids of 11 digits one digit apart; the second citizen's only certificate
--      revoked before T.
INSERT INTO citizens VALUES
('046170055501', 'Lê Văn Cường', '1970-03-03', '474', NULL),
('046170055512', 'Lê Văn Cường', '1970-03-03', '474', NULL),
('046171012345', 'Bùi Thị Hoa', '1971-04-04', '474', NULL),
('046171032145', 'Bùi Thị Hoa', '1971-04-04', '474', NULL),
('046172033333', 'Phan Văn Khải', '1972-05-05', '474', NULL),
('046172033334', 'Phan Văn Khải', '1972-05-06', '474', NULL),
('046173044444', 'Võ Thị Lan', NULL, '474', NULL),
('046173044445', 'Võ Thị Lan', NULL, '474', NULL),
('046174055555', 'Hồ Văn Nam', '1974-01-01', '474', NULL),
('046174055556', 'Hồ Văn Nam Anh', '1974-01-01', '474', NULL),
('04617506666', 'Đào Thị Yến', '1975-02-02', '474', NULL),
('04617506667', 'Đào Thị Yến', '1975-02-02', '474', NULL),
('046177088888', 'Ngô Thị Mai', '1977-07-07', '474', NULL),
('046177088889', 'Ngô Thị Mai', '1977-07-07', '474', NULL);
INSERT INTO lookups VALUES
(1207, 'VNPT-CA', NULL, '046170055501', '2023-08-05T00:50:00Z', '0'),
(1208, 'BKAV-CA', NULL, '046170055512', '2023-08-06T00:50:00Z', '0'),
(1209, 'VNPT-CA', NULL, '046171012345', '2023-08-05T00:50:00Z', '0'),
(1210, 'BKAV-CA', NULL, '046171032145', '2023-08-06T00:50:00Z', '0'),
(1211, 'VNPT-CA', NULL, '046172033333', '2023-08-05T00:50:00Z', '0'),
(1212, 'BKAV-CA', NULL, '046172033334', '2023-08-06T00:50:00Z', '0'),
(1213, 'VNPT-CA', NULL, '046173044444', '2023-08-05T00:50:00Z', '0'),
(1214, 'BKAV-CA', NULL, '046173044445', '2023-08-06T00:50:00Z', '0'),
(1215, 'VNPT-CA', NULL, '046174055555', '2023-08-05T00:50:00Z', '0'),
(1216, 'BKAV-CA', NULL, '046174055556', '2023-08-06T00:50:00Z', '0'),
(1217, 'VNPT-CA', NULL, '04617506666', '2023-08-05T00:50:00Z', '0'),
(1218, 'BKAV-CA', NULL, '04617506667', '2023-08-06T00:50:00Z', '0'),
(1219, 'VNPT-CA', NULL, '046177088888', '2023-08-05T00:50:00Z', '0'),
(1220, 'BKAV-CA', NULL, '046177088889', '2023-08-06T00:50:00Z', '0');
INSERT INTO certificates VALUES
(1207, '046170055501', 'VNPT-CA', 'app', 'active', '2023-08-05T01:00:00Z', '2023-08-05T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1208, '046170055512', 'BKAV-CA', 'app', 'active', '2023-08-06T01:00:00Z', '2023-08-06T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1209, '046171012345', 'VNPT-CA', 'app', 'active', '2023-08-05T01:00:00Z', '2023-08-05T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1210, '046171032145', 'BKAV-CA', 'app', 'active', '2023-08-06T01:00:00Z', '2023-08-06T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1211, '046172033333', 'VNPT-CA', 'app', 'active', '2023-08-05T01:00:00Z', '2023-08-05T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1212, '046172033334', 'BKAV-CA', 'app', 'active', '2023-08-06T01:00:00Z', '2023-08-06T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1213, '046173044444', 'VNPT-CA', 'app', 'active', '2023-08-05T01:00:00Z', '2023-08-05T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1214, '046173044445', 'BKAV-CA', 'app', 'active', '2023-08-06T01:00:00Z', '2023-08-06T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1215, '046174055555', 'VNPT-CA', 'app', 'active', '2023-08-05T01:00:00Z', '2023-08-05T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1216, '046174055556', 'BKAV-CA', 'app', 'active', '2023-08-06T01:00:00Z', '2023-08-06T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1217, '04617506666', 'VNPT-CA', 'app', 'active', '2023-08-05T01:00:00Z', '2023-08-05T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1218, '04617506667', 'BKAV-CA', 'app', 'active', '2023-08-06T01:00:00Z', '2023-08-06T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1219, '046177088888', 'VNPT-CA', 'app', 'active', '2023-08-05T01:00:00Z', '2023-08-05T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1220, '046177088889', 'BKAV-CA', 'app', 'revoked', '2023-08-06T01:00:00Z', '2023-08-06T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, '2024-05-01T00:00:00Z', 'citizen_request');

-- 12.4 The second certificate is revoked only after T: as of T not revoked, the pair counts.
--      IDENTITY_NEAR_DUPLICATE on 1222, evidence 1221.
-- 12.5 The second citizen's only certificate was recorded one second after T: it does not exist
--      yet, no finding.
-- 12.6 "First certificate not revoked at T": 1225 (the earliest of the pair) was revoked in
--      September, so the first citizen's certificate that counts is 1226 of December, later than
--      the other citizen's 1227. IDENTITY_NEAR_DUPLICATE on 1226, evidence 1227.
-- 12.7 The two first certificates reached Hue-S in the same second: Hue-S order falls back to the
--      id, so 1229 is the later one (although activated first). IDENTITY_NEAR_DUPLICATE on 1229,
--      evidence 1228.
-- 12.8 The earlier citizen holds only a legacy import (a certificate all the same):
--      IDENTITY_NEAR_DUPLICATE on 1231, evidence the import 1230.
INSERT INTO citizens VALUES
('046178099990', 'Ngô Văn Hải', '1978-08-08', '474', NULL),
('046178099991', 'NGÔ VĂN HẢI', '1978-08-08', '474', NULL),
('046179011110', 'Lý Thị Thu', '1979-09-09', '474', NULL),
('046179011111', 'Lý Thị Thu', '1979-09-09', '474', NULL),
('046180022220', 'Trịnh Văn Long', '1980-10-10', '474', NULL),
('046180022221', 'Trịnh Văn Long', '1980-10-10', '474', NULL),
('046181033330', 'Mai Văn Tâm', '1981-11-11', '474', NULL),
('046181033331', 'Mai Van Tam', '1981-11-11', '474', NULL),
('046182044440', 'Đinh Thị Hằng', '1982-12-12', '474', NULL),
('046182044441', 'Dinh Thi Hang', '1982-12-12', '474', NULL);
INSERT INTO lookups VALUES
(1221, 'VNPT-CA', NULL, '046178099990', '2023-08-20T00:50:00Z', '0'),
(1222, 'MISA-CA', NULL, '046178099991', '2023-09-20T00:50:00Z', '0'),
(1223, 'VNPT-CA', NULL, '046179011110', '2023-08-25T00:50:00Z', '0'),
(1225, 'VNPT-CA', NULL, '046180022220', '2023-08-05T00:50:00Z', '0'),
(1226, 'MISA-CA', NULL, '046180022220', '2023-12-01T00:50:00Z', '0'),
(1227, 'BKAV-CA', NULL, '046180022221', '2023-10-01T00:50:00Z', '0'),
(1228, 'FPT-CA', NULL, '046181033331', '2023-11-11T04:50:00Z', '0'),
(1229, 'VIETTEL-CA', NULL, '046181033330', '2023-11-11T04:50:00Z', '0'),
(1231, 'BKAV-CA', NULL, '046182044441', '2023-10-01T00:50:00Z', '0');
INSERT INTO certificates VALUES
(1221, '046178099990', 'VNPT-CA', 'app', 'active', '2023-08-20T01:00:00Z', '2023-08-20T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1222, '046178099991', 'MISA-CA', 'app', 'revoked', '2023-09-20T01:00:00Z', '2023-09-20T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, '2024-07-10T00:00:00Z', 'citizen_request'),
(1223, '046179011110', 'VNPT-CA', 'app', 'active', '2023-08-25T01:00:00Z', '2023-08-25T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1224, '046179011111', 'MISA-CA', 'app', 'active', '2024-06-30T16:00:00Z', '2024-06-30T17:00:01Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1225, '046180022220', 'VNPT-CA', 'app', 'revoked', '2023-08-05T01:00:00Z', '2023-08-05T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, '2023-09-01T00:00:00Z', 'citizen_request'),
(1226, '046180022220', 'MISA-CA', 'app', 'active', '2023-12-01T01:00:00Z', '2023-12-01T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1227, '046180022221', 'BKAV-CA', 'app', 'active', '2023-10-01T01:00:00Z', '2023-10-01T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1228, '046181033331', 'FPT-CA', 'app', 'active', '2023-11-11T04:58:00Z', '2023-11-11T05:00:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1229, '046181033330', 'VIETTEL-CA', 'app', 'active', '2023-11-11T04:55:00Z', '2023-11-11T05:00:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1230, '046182044440', 'VNPT-CA', 'legacy_import', 'active', '2022-03-01T00:00:00Z', '2023-08-01T00:00:00Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(1231, '046182044441', 'BKAV-CA', 'app', 'active', '2023-10-01T01:00:00Z', '2023-10-01T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- 12.9 A spacing combining mark (category Mc: U+0903, after "Tú") in one of the names; 12.10 an
--      enclosing mark (category Me: U+20DD, after "Hà"). Both are removed from the name key like
--      the accents: IDENTITY_NEAR_DUPLICATE on 1233 (evidence 1232) and on 1235 (evidence 1234).
INSERT INTO citizens VALUES
('046183055550', 'Phùng Văn Tú', '1983-03-03', '474', NULL),
('046183055551', 'Phùng Văn Túः', '1983-03-03', '474', NULL),
('046184066660', 'Hà⃝ Thị Xuân', '1984-04-04', '474', NULL),
('046184066661', 'Hà Thị Xuân', '1984-04-04', '474', NULL);
INSERT INTO lookups VALUES
(1232, 'VNPT-CA', NULL, '046183055550', '2023-08-21T00:50:00Z', '0'),
(1233, 'MISA-CA', NULL, '046183055551', '2023-09-21T00:50:00Z', '0'),
(1234, 'BKAV-CA', NULL, '046184066660', '2023-08-22T00:50:00Z', '0'),
(1235, 'VIETTEL-CA', NULL, '046184066661', '2023-09-22T00:50:00Z', '0');
INSERT INTO certificates VALUES
(1232, '046183055550', 'VNPT-CA', 'app', 'active', '2023-08-21T01:00:00Z', '2023-08-21T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1233, '046183055551', 'MISA-CA', 'app', 'active', '2023-09-21T01:00:00Z', '2023-09-21T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1234, '046184066660', 'BKAV-CA', 'app', 'active', '2023-08-22T01:00:00Z', '2023-08-22T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1235, '046184066661', 'VIETTEL-CA', 'app', 'active', '2023-09-22T01:00:00Z', '2023-09-22T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- ============================================================================================
-- 13. DATA_QUALITY: rows the rules cannot read, one finding each (at null, provider and citizen
--     as stored), and no part in any other rule. None of these certificates has a look-up or
--     (1309) a free period: had any been judged, MISSING_LOOKUP or FREE_PERIOD would show it.
--     (Malformed times and `found` other than 0 and 1 cannot be stored in PostgreSQL's typed
--     columns; tst_dataquality covers them on SQLite.)
-- ============================================================================================

-- 13.1 unknown channel. 13.2 unknown status. 13.3 unknown revoke_reason.
-- 13.4 a citizen that is not in citizens. 13.5 a provider that is not in providers.
-- 13.6 a request that does not exist. 13.7 a replaced certificate that does not exist.
-- 13.8 unknown channel, recorded after T: reported all the same (the check comes before the cut).
-- 13.9 1309 (unknown status) was on Hue-S before 1310 was issued: as unreadable it holds nothing,
--      so 1310 is no DUPLICATE_ISSUANCE (and no SUPERSEDED). Only 1309 is reported.
INSERT INTO citizens VALUES
('046200001301', 'Công dân 1301', '1970-01-01', '474', NULL),
('046200001302', 'Công dân 1302', '1970-01-01', '474', NULL),
('046200001303', 'Công dân 1303', '1970-01-01', '474', NULL),
('046200001305', 'Công dân 1305', '1970-01-01', '474', NULL),
('046200001306', 'Công dân 1306', '1970-01-01', '474', NULL),
('046200001307', 'Công dân 1307', '1970-01-01', '474', NULL),
('046200001308', 'Công dân 1308', '1970-01-01', '474', NULL),
('046200001309', 'Công dân 1309', '1970-01-01', '474', NULL);
INSERT INTO lookups VALUES
(1310, 'BKAV-CA', NULL, '046200001309', '2023-10-01T00:50:00Z', '0');
INSERT INTO certificates VALUES
(1301, '046200001301', 'VNPT-CA', 'kiosk', 'active', '2023-09-01T01:00:00Z', '2023-09-01T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1302, '046200001302', 'VNPT-CA', 'app', 'suspended', '2023-09-01T01:00:00Z', '2023-09-01T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1303, '046200001303', 'VNPT-CA', 'app', 'revoked', '2023-09-01T01:00:00Z', '2023-09-01T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, '2023-10-01T00:00:00Z', 'lost'),
(1304, '046299999999', 'VNPT-CA', 'app', 'active', '2023-09-01T01:00:00Z', '2023-09-01T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1305, '046200001305', 'HUE-CA', 'app', 'active', '2023-09-01T01:00:00Z', '2023-09-01T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1306, '046200001306', 'VNPT-CA', 'hues_request', 'active', '2023-09-01T01:00:00Z', '2023-09-01T01:05:00Z', '2025-12-31', NULL, NULL, 9999, NULL, NULL, NULL),
(1307, '046200001307', 'VIETTEL-CA', 'app', 'active', '2023-09-01T01:00:00Z', '2023-09-01T01:05:00Z', '2025-12-31', NULL, NULL, NULL, 8888, NULL, NULL),
(1308, '046200001308', 'VNPT-CA', 'kiosk', 'active', '2024-07-04T00:00:00Z', '2024-07-05T00:00:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL),
(1309, '046200001309', 'MISA-CA', 'app', 'pending', '2023-09-01T01:00:00Z', '2023-09-01T01:05:00Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
(1310, '046200001309', 'BKAV-CA', 'app', 'active', '2023-10-01T01:00:00Z', '2023-10-01T01:05:00Z', '2025-12-31', NULL, NULL, NULL, NULL, NULL, NULL);

-- 13.10 look-up 1301 by a provider that does not exist: DATA_QUALITY. Look-up 1302 of a citizen
--       that is not in citizens: allowed (only a look-up's provider must exist), no finding.
INSERT INTO lookups VALUES
(1301, 'HUE-CA', NULL, '046200001301', '2023-09-01T00:50:00Z', '0'),
(1302, 'VNPT-CA', NULL, '046299999997', '2023-09-01T00:50:00Z', '0');

-- 13.11 requests with an unknown mode (1301), a citizen that does not exist (1302) and a provider
--       that does not exist (1303). All three were open long past their deadline: had they been
--       read, each would be a REQUEST_EXPIRED.
INSERT INTO service_requests VALUES
(1301, '046200001301', 'VNPT-CA', 'email', '2024-01-01T00:00:00Z', NULL, NULL),
(1302, '046299999998', 'VNPT-CA', 'home', '2024-01-01T00:00:00Z', NULL, NULL),
(1303, '046200001303', 'HUE-CA', 'home', '2024-01-01T00:00:00Z', NULL, NULL);
