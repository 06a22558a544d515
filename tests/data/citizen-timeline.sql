-- One citizen's history for the citizen look-up page (both engines: times as ISO text, found as '0'/'1').
-- A (046190001234) is looked up by VNPT-CA and VIETTEL-CA, gets a door-to-door certificate from
-- VNPT-CA, switches to VIETTEL-CA through a Hue-S request (the old certificate revoked first), then
-- MISA-CA issues again without a look-up and records it two days late; a request to CA2 expires.
-- B has the same name key and birth date as A; C is someone else.
INSERT INTO providers (code, name, excluded_at) VALUES
('VNPT-CA', 'VNPT Thừa Thiên Huế', NULL), ('VIETTEL-CA', 'Viettel Thừa Thiên Huế', NULL),
('MISA-CA', 'Công ty Cổ phần MISA', NULL), ('BKAV-CA', 'Công ty Cổ phần BKAV', NULL),
('FPT-CA', 'Công ty TNHH Hệ thống thông tin FPT', NULL), ('CA2', 'Công ty Cổ phần Công nghệ Thẻ Nacencomm', NULL);
INSERT INTO citizens (citizen_id, full_name, birth_date, district_code, phone) VALUES
('046190001234', 'Nguyễn Văn Án', '1990-05-04', '474', NULL),
('046190009999', 'Nguyễn Văn An', '1990-05-04', '478', NULL),
('046085000111', 'Lê Thị Hoa', '1985-02-14', '481', NULL);
INSERT INTO lookups (id, provider_code, staff_id, citizen_id, looked_up_at, found) VALUES
(1, 'VNPT-CA', 'vnpt.nv01', '046190001234', '2023-08-01T02:00:00Z', '0'),
(2, 'VIETTEL-CA', NULL, '046190001234', '2023-08-01T03:00:00Z', '1'),
(3, 'VIETTEL-CA', 'vtl.hue07', '046190001234', '2023-10-10T00:20:00Z', '1');
INSERT INTO service_requests (id, citizen_id, provider_code, mode, registered_at, completed_at, cancelled_at) VALUES
(1, '046190001234', 'VIETTEL-CA', 'phone', '2023-10-09T01:00:00Z', '2023-10-10T01:00:00Z', NULL),
(2, '046190001234', 'CA2', 'home', '2024-01-01T00:00:00Z', NULL, NULL);
INSERT INTO certificates (id, citizen_id, provider_code, channel, status, activated_at, recorded_at, free_until,
                          serial, staff_id, request_id, replaces_id, revoked_at, revoke_reason) VALUES
(1, '046190001234', 'VNPT-CA', 'door_to_door', 'revoked', '2023-08-01T02:10:00Z', '2023-08-01T02:15:00Z',
 '2024-08-01', '5403A1', 'vnpt.nv01', NULL, NULL, '2023-10-10T00:00:00Z', 'switch_provider'),
(2, '046190001234', 'VIETTEL-CA', 'hues_request', 'active', '2023-10-10T00:30:00Z', '2023-10-10T00:40:00Z',
 '2024-08-01', '7781F0', 'vtl.hue07', 1, 1, NULL, NULL),
(3, '046190001234', 'MISA-CA', 'app', 'active', '2023-11-01T00:00:00Z', '2023-11-03T00:00:00Z',
 NULL, 'MS0093', NULL, NULL, NULL, NULL, NULL),
(4, '046085000111', 'BKAV-CA', 'app', 'active', '2023-09-01T00:00:00Z', '2023-09-01T00:00:00Z',
 '2024-09-01', 'BK1', NULL, NULL, NULL, NULL, NULL);
