-- pgbench script of bench/run: the SQL of one acquire and one release, a
-- transaction each, as clm-server sent it on PostgreSQL before it decided an
-- organization's acquires and releases in batches (statement for statement,
-- as the app role under row-level security), with no HTTP, no server and no
-- Ed25519 in the way: what the database alone can do for pairs taken one at
-- a time on this machine. A reference: the server's batches do less per pair.
-- One difference: the server sends BEGIN and set_config in one round trip
-- (a simple query of two statements), which pgbench -M prepared cannot;
-- here they are two, so this limit is a little lower than the real one.
-- Variables (pgbench -D): org, user (the organization and its owner).
\set n random(1, 100)
\set hw random(1, 2000000000)
BEGIN;
SELECT set_config('app.org', :org, true);
SELECT l.id AS lic FROM licenses l WHERE l.organization_id = :org AND l.product = 'pair' || :n ORDER BY l.id FOR UPDATE \gset
SELECT CAST(floor(extract(epoch FROM clock_timestamp()) * 1000) AS bigint) AS now \gset
SELECT count(*) FROM license_sessions WHERE organization_id = :org AND license_id = :lic AND ended_at IS NULL AND holds_until > :now;
SELECT s.id FROM license_sessions s JOIN licenses l ON l.organization_id = s.organization_id AND l.id = s.license_id WHERE s.organization_id = :org AND s.license_id = :lic AND s.hardware_id = 'pgbench-' || :hw AND s.os_user = '' AND s.ended_at IS NULL AND s.holds_until > :now AND s.user_id = :user AND s.device_id IS NULL LIMIT 1;
INSERT INTO license_sessions (organization_id, id, license_id, device_id, user_id, hardware_id, hostname, os_user, ip_address, client, started_at, last_heartbeat_at, lease_expires_at, borrowed_until, holds_until) VALUES (:org, gen_random_uuid(), :lic, NULL, :user, 'pgbench-' || :hw, '', '', '127.0.0.1', NULL, :now, :now, CAST(:now AS bigint) + 3600000, NULL, CAST(:now AS bigint) + 3600000) RETURNING id AS sid \gset
INSERT INTO usage_buckets (organization_id, license_id, bucket_start, max_sessions, denials) VALUES (:org, :lic, CAST(:now AS bigint) - CAST(:now AS bigint) % 60000, 1, 0) ON CONFLICT (organization_id, license_id, bucket_start) DO UPDATE SET max_sessions = CASE WHEN excluded.max_sessions > usage_buckets.max_sessions THEN excluded.max_sessions ELSE usage_buckets.max_sessions END;
INSERT INTO audit_log (organization_id, id, at, actor_type, actor_id, action, target_type, target_id, ip_address, details) VALUES (:org, gen_random_uuid(), :now, 'user', :user, 'session.acquire', 'session', :sid, '127.0.0.1', '{"license_id":"x","hardware_id":"pgbench","os_user":""}');
COMMIT;
BEGIN;
SELECT set_config('app.org', :org, true);
SELECT CAST(floor(extract(epoch FROM clock_timestamp()) * 1000) AS bigint) AS now \gset
SELECT s.id, l.name FROM license_sessions s JOIN licenses l ON l.organization_id = s.organization_id AND l.id = s.license_id WHERE s.organization_id = :org AND s.id = :sid;
UPDATE license_sessions SET ended_at = :now, end_reason = 'released' WHERE organization_id = :org AND id = :sid AND ended_at IS NULL;
INSERT INTO audit_log (organization_id, id, at, actor_type, actor_id, action, target_type, target_id, ip_address, details) VALUES (:org, gen_random_uuid(), :now, 'user', :user, 'session.release', 'session', :sid, '127.0.0.1', '{"license_id":"x"}');
COMMIT;
