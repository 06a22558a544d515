-- A small registry whose overview is known by hand (tst_overview). Works on both engines:
-- timestamps are ISO text, `found` is written '0'/'1' so PostgreSQL reads it as boolean.
INSERT INTO providers VALUES ('VNPT-CA', 'VNPT Thừa Thiên Huế', NULL);
INSERT INTO providers VALUES ('VIETTEL-CA', 'Viettel Thừa Thiên Huế', NULL);
INSERT INTO providers VALUES ('CA2', 'Công ty Cổ phần Công nghệ Thẻ Nacencomm', '2024-01-15T01:00:00Z');
INSERT INTO citizens VALUES ('046090000001', 'Nguyễn Văn An', '1970-01-01', '474', NULL);
INSERT INTO citizens VALUES ('046190000002', 'Trần Thị Bình', '1980-02-02', '476', '0912345678');
INSERT INTO citizens VALUES ('046090000003', 'Lê Văn Cường', NULL, '478', NULL);
INSERT INTO citizens VALUES ('046190000004', 'Phạm Thị Dung', '1990-04-04', '481', NULL);
INSERT INTO citizens VALUES ('046090000005', 'Hoàng Văn Em', '1960-05-05', '483', NULL);
INSERT INTO citizens VALUES ('046090000006', 'Võ Văn Phúc', '1975-06-06', '474', NULL);
-- VNPT-CA: two door-to-door, one app (revoked on a switch), one legacy import.
INSERT INTO certificates VALUES (1, '046090000001', 'VNPT-CA', 'door_to_door', 'active', '2023-08-01T01:30:00Z', '2023-08-01T01:40:00Z', '2024-08-01', 'SN1', 'vnpt.nv001', NULL, NULL, NULL, NULL);
INSERT INTO certificates VALUES (2, '046190000002', 'VNPT-CA', 'door_to_door', 'technical_error', NULL, '2023-08-02T01:40:00Z', NULL, 'SN2', 'vnpt.nv001', NULL, NULL, NULL, NULL);
INSERT INTO certificates VALUES (3, '046090000003', 'VNPT-CA', 'app', 'revoked', '2023-09-01T01:00:00Z', '2023-09-01T01:05:00Z', '2024-09-01', 'SN3', NULL, NULL, NULL, '2023-10-01T01:00:00Z', 'switch_provider');
INSERT INTO certificates VALUES (4, '046190000004', 'VNPT-CA', 'legacy_import', 'active', '2022-05-01T01:00:00Z', '2023-08-01T00:00:00Z', '2023-05-01', 'SN4', NULL, NULL, NULL, NULL, NULL);
-- VIETTEL-CA: the switch, and one from a Hue-S request.
INSERT INTO certificates VALUES (5, '046090000003', 'VIETTEL-CA', 'app', 'active', '2023-10-01T02:00:00Z', '2023-10-01T02:05:00Z', '2024-09-01', 'SN5', NULL, NULL, 3, NULL, NULL);
INSERT INTO certificates VALUES (6, '046090000005', 'VIETTEL-CA', 'hues_request', 'active', '2023-12-02T01:00:00Z', '2023-12-02T01:10:00Z', '2024-12-02', 'SN6', NULL, 1, NULL, NULL, NULL);
-- An unknown provider and an unknown channel: still counted, under their own names.
INSERT INTO certificates VALUES (7, '046090000005', 'XYZ-CA', 'kiosk', 'active', '2023-12-03T01:00:00Z', '2023-12-03T01:10:00Z', '2024-12-03', 'SN7', NULL, NULL, NULL, NULL, NULL);
INSERT INTO service_requests VALUES (1, '046090000005', 'VIETTEL-CA', 'home', '2023-12-01T01:00:00Z', '2023-12-02T01:10:00Z', NULL);
INSERT INTO service_requests VALUES (2, '046190000004', 'VIETTEL-CA', 'phone', '2023-12-05T01:00:00Z', NULL, '2023-12-05T05:00:00Z');
INSERT INTO service_requests VALUES (3, '046190000002', 'CA2', 'home', '2024-01-05T01:00:00Z', NULL, NULL);
INSERT INTO lookups VALUES (1, 'VNPT-CA', 'vnpt.nv001', '046090000001', '2023-08-01T01:20:00Z', '0');
INSERT INTO lookups VALUES (2, 'VNPT-CA', 'vnpt.nv001', '046190000002', '2023-08-02T01:20:00Z', '0');
INSERT INTO lookups VALUES (3, 'VNPT-CA', NULL, '046090000003', '2023-09-01T00:50:00Z', '0');
INSERT INTO lookups VALUES (4, 'VIETTEL-CA', NULL, '046090000003', '2023-10-01T01:50:00Z', '1');
INSERT INTO lookups VALUES (5, 'CA2', NULL, '046190000002', '2024-01-05T02:00:00Z', '1');
