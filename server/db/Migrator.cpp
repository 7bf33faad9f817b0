#include "server/db/Migrator.h"

#include "server/db/SqlConnection.h"
#include "server/db/SqlError.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

// Conventions of every schema version:
// - every tenant table has organization_id, and its primary key, unique
//   constraints and foreign keys to other tenant tables include it, so a
//   Citus cluster can distribute the tables by organization_id;
// - timestamps are BIGINT milliseconds since the Unix epoch (UTC), so the
//   server's clock (injectable in tests) decides what "now" is, and the SQL
//   is the same on both backends;
// - ids are UUIDs (uuid on PostgreSQL, text on SQLite).
struct Migration
{
    int version;
    QStringList postgres;
    QStringList sqlite;
};

// Tenant tables under row-level security on PostgreSQL.
const QStringList kTenantTables = {u"users"_s, u"refresh_tokens"_s, u"audit_log"_s,
                                   u"audit_heads"_s};

QStringList rlsStatements(const QString& table, const QString& column = u"organization_id"_s)
{
    return {
            u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table),
            u"ALTER TABLE %1 FORCE ROW LEVEL SECURITY"_s.arg(table),
            u"CREATE POLICY tenant_isolation ON %1 USING (%2 = clm_current_org()) "
            "WITH CHECK (%2 = clm_current_org())"_s.arg(table, column),
            // Maintenance commands (verify-audit) run as the schema owner and
            // say so explicitly; request connections run as the app role, to
            // which this policy does not apply.
            u"CREATE POLICY maintenance ON %1 TO CURRENT_USER "
            "USING (current_setting('app.maintenance', true) = 'on') "
            "WITH CHECK (current_setting('app.maintenance', true) = 'on')"_s.arg(table),
    };
}

QList<Migration> migrations()
{
    Migration v1{1, {}, {}};
    v1.postgres = {
            u"CREATE FUNCTION clm_current_org() RETURNS uuid LANGUAGE sql STABLE AS "
            "$$ SELECT nullif(current_setting('app.org', true), '')::uuid $$"_s,
            u"CREATE TABLE organizations ("
            " id uuid PRIMARY KEY,"
            " name text NOT NULL,"
            " slug text NOT NULL UNIQUE,"
            " subscription_tier text NOT NULL DEFAULT 'free',"
            " max_concurrent_seats integer NOT NULL DEFAULT 5,"
            " is_active boolean NOT NULL DEFAULT true,"
            " created_at bigint NOT NULL,"
            " updated_at bigint NOT NULL,"
            " version integer NOT NULL DEFAULT 1)"_s,
            u"CREATE TABLE users ("
            " organization_id uuid NOT NULL REFERENCES organizations(id),"
            " id uuid NOT NULL,"
            " email text NOT NULL,"
            " full_name text NOT NULL DEFAULT '',"
            " role text NOT NULL CHECK (role IN ('owner','admin','member','guest')),"
            " password_hash text NOT NULL,"
            " is_active boolean NOT NULL DEFAULT true,"
            " created_at bigint NOT NULL,"
            " updated_at bigint NOT NULL,"
            " last_login_at bigint,"
            " version integer NOT NULL DEFAULT 1,"
            " PRIMARY KEY (organization_id, id),"
            " UNIQUE (organization_id, email))"_s,
            u"CREATE INDEX users_email ON users (email)"_s,
            u"CREATE TABLE refresh_tokens ("
            " organization_id uuid NOT NULL,"
            " id uuid NOT NULL,"
            " family_id uuid NOT NULL,"
            " user_id uuid NOT NULL,"
            " token_hash text NOT NULL,"
            " created_at bigint NOT NULL,"
            " expires_at bigint NOT NULL,"
            " used_at bigint,"
            " revoked_at bigint,"
            " PRIMARY KEY (organization_id, id),"
            " UNIQUE (organization_id, token_hash),"
            " FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id))"_s,
            u"CREATE INDEX refresh_tokens_family ON refresh_tokens (organization_id, family_id)"_s,
            u"CREATE INDEX refresh_tokens_user ON refresh_tokens (organization_id, user_id)"_s,
            u"CREATE TABLE audit_log ("
            " organization_id uuid NOT NULL REFERENCES organizations(id),"
            " seq bigint NOT NULL,"
            " id uuid NOT NULL,"
            " at bigint NOT NULL,"
            " actor_type text NOT NULL,"
            " actor_id text,"
            " action text NOT NULL,"
            " target_type text,"
            " target_id text,"
            " ip_address text,"
            " details text NOT NULL DEFAULT '{}',"
            " prev_hash text NOT NULL,"
            " hash text NOT NULL,"
            " PRIMARY KEY (organization_id, seq),"
            " UNIQUE (organization_id, id))"_s,
            u"CREATE INDEX audit_log_action ON audit_log (organization_id, action, seq)"_s,
            u"CREATE INDEX audit_log_at ON audit_log (organization_id, at)"_s,
            u"CREATE TABLE audit_heads ("
            " organization_id uuid PRIMARY KEY REFERENCES organizations(id),"
            " seq bigint NOT NULL,"
            " hash text NOT NULL)"_s,
            // Not tenant data: failed sign-ins by account and by address, for
            // the rate limit that must hold across server processes.
            u"CREATE TABLE auth_attempts ("
            " id uuid PRIMARY KEY,"
            " key text NOT NULL,"
            " at bigint NOT NULL)"_s,
            u"CREATE INDEX auth_attempts_key ON auth_attempts (key, at)"_s,
    };
    v1.postgres += rlsStatements(u"organizations"_s, u"id"_s);
    for (const auto& table : kTenantTables)
        v1.postgres += rlsStatements(table);
    // Sign-in knows only an email: this policy lets the app role see exactly
    // the user rows with the email it names for this transaction, nothing else.
    v1.postgres += u"CREATE POLICY login_lookup ON users FOR SELECT "
                   "USING (email = nullif(current_setting('app.login_email', true), ''))"_s;

    v1.sqlite = {
            u"CREATE TABLE organizations ("
            " id text PRIMARY KEY,"
            " name text NOT NULL,"
            " slug text NOT NULL UNIQUE,"
            " subscription_tier text NOT NULL DEFAULT 'free',"
            " max_concurrent_seats integer NOT NULL DEFAULT 5,"
            " is_active integer NOT NULL DEFAULT 1,"
            " created_at integer NOT NULL,"
            " updated_at integer NOT NULL,"
            " version integer NOT NULL DEFAULT 1)"_s,
            u"CREATE TABLE users ("
            " organization_id text NOT NULL REFERENCES organizations(id),"
            " id text NOT NULL,"
            " email text NOT NULL,"
            " full_name text NOT NULL DEFAULT '',"
            " role text NOT NULL CHECK (role IN ('owner','admin','member','guest')),"
            " password_hash text NOT NULL,"
            " is_active integer NOT NULL DEFAULT 1,"
            " created_at integer NOT NULL,"
            " updated_at integer NOT NULL,"
            " last_login_at integer,"
            " version integer NOT NULL DEFAULT 1,"
            " PRIMARY KEY (organization_id, id),"
            " UNIQUE (organization_id, email))"_s,
            u"CREATE INDEX users_email ON users (email)"_s,
            u"CREATE TABLE refresh_tokens ("
            " organization_id text NOT NULL,"
            " id text NOT NULL,"
            " family_id text NOT NULL,"
            " user_id text NOT NULL,"
            " token_hash text NOT NULL,"
            " created_at integer NOT NULL,"
            " expires_at integer NOT NULL,"
            " used_at integer,"
            " revoked_at integer,"
            " PRIMARY KEY (organization_id, id),"
            " UNIQUE (organization_id, token_hash),"
            " FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id))"_s,
            u"CREATE INDEX refresh_tokens_family ON refresh_tokens (organization_id, family_id)"_s,
            u"CREATE INDEX refresh_tokens_user ON refresh_tokens (organization_id, user_id)"_s,
            u"CREATE TABLE audit_log ("
            " organization_id text NOT NULL REFERENCES organizations(id),"
            " seq integer NOT NULL,"
            " id text NOT NULL,"
            " at integer NOT NULL,"
            " actor_type text NOT NULL,"
            " actor_id text,"
            " action text NOT NULL,"
            " target_type text,"
            " target_id text,"
            " ip_address text,"
            " details text NOT NULL DEFAULT '{}',"
            " prev_hash text NOT NULL,"
            " hash text NOT NULL,"
            " PRIMARY KEY (organization_id, seq),"
            " UNIQUE (organization_id, id))"_s,
            u"CREATE INDEX audit_log_action ON audit_log (organization_id, action, seq)"_s,
            u"CREATE INDEX audit_log_at ON audit_log (organization_id, at)"_s,
            u"CREATE TABLE audit_heads ("
            " organization_id text PRIMARY KEY REFERENCES organizations(id),"
            " seq integer NOT NULL,"
            " hash text NOT NULL)"_s,
            u"CREATE TABLE auth_attempts (id text PRIMARY KEY, key text NOT NULL, at integer NOT NULL)"_s,
            u"CREATE INDEX auth_attempts_key ON auth_attempts (key, at)"_s,
    };
    Migration v2{2, {}, {}};
    // Licenses, enrollment, devices, seat sessions, usage history.
    const QString uuid = u"uuid"_s;
    auto tables = [](const QString& id, const QString& boolean, const QString& bigint) {
        QStringList statements{
                u"CREATE TABLE licenses ("
                " organization_id {id} NOT NULL REFERENCES organizations(id),"
                " id {id} NOT NULL,"
                " name text NOT NULL,"
                " product text NOT NULL,"
                " license_key text NOT NULL,"
                " max_concurrent_seats integer NOT NULL CHECK (max_concurrent_seats >= 0),"
                " expires_at {time},"
                " is_active {bool} NOT NULL DEFAULT true,"
                " offline_lease_seconds integer NOT NULL,"
                " max_borrow_seconds integer NOT NULL,"
                " features text NOT NULL DEFAULT '[]',"
                " created_at {time} NOT NULL,"
                " updated_at {time} NOT NULL,"
                " version integer NOT NULL DEFAULT 1,"
                " PRIMARY KEY (organization_id, id),"
                " UNIQUE (organization_id, license_key))"_s,
                u"CREATE INDEX licenses_product ON licenses (organization_id, product)"_s,
                u"CREATE TABLE enrollment_tokens ("
                " organization_id {id} NOT NULL REFERENCES organizations(id),"
                " id {id} NOT NULL,"
                " label text NOT NULL,"
                " token_hash text NOT NULL,"
                " uses integer NOT NULL DEFAULT 0,"
                " max_uses integer,"
                " expires_at {time},"
                " created_at {time} NOT NULL,"
                " revoked_at {time},"
                " PRIMARY KEY (organization_id, id),"
                " UNIQUE (organization_id, token_hash))"_s,
                u"CREATE TABLE devices ("
                " organization_id {id} NOT NULL REFERENCES organizations(id),"
                " id {id} NOT NULL,"
                " hardware_id text NOT NULL,"
                " hostname text NOT NULL,"
                " os text NOT NULL,"
                " token_hash text NOT NULL,"
                " enrolled_at {time} NOT NULL,"
                " last_seen_at {time},"
                " is_active {bool} NOT NULL DEFAULT true,"
                " PRIMARY KEY (organization_id, id),"
                " UNIQUE (organization_id, hardware_id))"_s,
                u"CREATE INDEX devices_token ON devices (organization_id, token_hash)"_s,
                u"CREATE TABLE license_sessions ("
                " organization_id {id} NOT NULL,"
                " id {id} NOT NULL,"
                " license_id {id} NOT NULL,"
                " device_id {id},"
                " user_id {id},"
                " hardware_id text NOT NULL,"
                " hostname text NOT NULL DEFAULT '',"
                " os_user text NOT NULL DEFAULT '',"
                " ip_address text,"
                " client text,"
                " started_at {time} NOT NULL,"
                " last_heartbeat_at {time} NOT NULL,"
                " lease_expires_at {time} NOT NULL,"
                " borrowed_until {time},"
                // max(last_heartbeat_at + TTL, lease_expires_at), written with
                // every change: the seat is held until then.
                " holds_until {time} NOT NULL,"
                " ended_at {time},"
                " end_reason text,"
                " PRIMARY KEY (organization_id, id),"
                " FOREIGN KEY (organization_id, license_id) REFERENCES licenses (organization_id, id))"_s,
                u"CREATE INDEX sessions_license ON license_sessions (organization_id, license_id, holds_until) WHERE ended_at IS NULL"_s,
                u"CREATE INDEX sessions_machine ON license_sessions (organization_id, hardware_id, os_user) WHERE ended_at IS NULL"_s,
                u"CREATE INDEX sessions_lapse ON license_sessions (holds_until) WHERE ended_at IS NULL"_s,
                u"CREATE INDEX sessions_started ON license_sessions (organization_id, started_at)"_s,
                u"CREATE TABLE usage_buckets ("
                " organization_id {id} NOT NULL,"
                " license_id {id} NOT NULL,"
                " bucket_start {time} NOT NULL,"
                " max_sessions integer NOT NULL DEFAULT 0,"
                " denials integer NOT NULL DEFAULT 0,"
                " PRIMARY KEY (organization_id, license_id, bucket_start),"
                " FOREIGN KEY (organization_id, license_id) REFERENCES licenses (organization_id, id))"_s,
        };
        for (auto& statement : statements)
            statement.replace(u"{id}"_s, id)
                    .replace(u"{bool}"_s, boolean)
                    .replace(u"{time}"_s, bigint);
        return statements;
    };
    v2.postgres = tables(uuid, u"boolean"_s, u"bigint"_s);
    v2.sqlite = tables(u"text"_s, u"integer"_s, u"integer"_s);
    for (const auto& table : {u"licenses"_s, u"enrollment_tokens"_s, u"devices"_s,
                              u"license_sessions"_s, u"usage_buckets"_s})
        v2.postgres += rlsStatements(table);
    // The reaper and the usage sampler must see lapsed sessions of every
    // organization; these two functions, run as the schema owner in
    // maintenance mode, return exactly that and nothing else.
    v2.postgres +=
            u"CREATE FUNCTION clm_lapsed_sessions(now_ms bigint, max_rows integer) "
            "RETURNS TABLE (organization_id uuid, id uuid, license_id uuid) "
            "LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ BEGIN "
            "PERFORM set_config('app.maintenance', 'on', true); "
            "RETURN QUERY SELECT s.organization_id, s.id, s.license_id FROM license_sessions s "
            "WHERE s.ended_at IS NULL AND s.holds_until <= now_ms "
            "ORDER BY s.organization_id, s.id LIMIT max_rows; "
            "PERFORM set_config('app.maintenance', '', true); END $$"_s;
    v2.postgres +=
            u"CREATE FUNCTION clm_active_counts(now_ms bigint) "
            "RETURNS TABLE (organization_id uuid, license_id uuid, active bigint) "
            "LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ BEGIN "
            "PERFORM set_config('app.maintenance', 'on', true); "
            "RETURN QUERY SELECT s.organization_id, s.license_id, count(*) FROM license_sessions s "
            "WHERE s.ended_at IS NULL AND s.holds_until > now_ms "
            "GROUP BY s.organization_id, s.license_id; "
            "PERFORM set_config('app.maintenance', '', true); END $$"_s;
    v2.postgres += u"REVOKE ALL ON FUNCTION clm_lapsed_sessions(bigint, integer) FROM PUBLIC"_s;
    v2.postgres += u"REVOKE ALL ON FUNCTION clm_active_counts(bigint) FROM PUBLIC"_s;

    // The audit chain sealed after commit on PostgreSQL (docs/seats.md,
    // "The audit chain"): a row is written with its place in the
    // organization's log (entry_no, from one sequence, so no lock is held
    // until commit) and no hash; the sealer gives it its seq and hash in
    // commit order. SQLite, which has one writer anyway, seals as it writes.
    Migration v3{3, {}, {}};
    v3.postgres = {
            u"SELECT set_config('app.maintenance', 'on', true)"_s,
            u"ALTER TABLE audit_log DROP CONSTRAINT audit_log_pkey"_s,
            u"ALTER TABLE audit_log ALTER COLUMN seq DROP NOT NULL, "
            "ALTER COLUMN prev_hash DROP NOT NULL, ALTER COLUMN hash DROP NOT NULL, "
            "ADD COLUMN entry_no bigint"_s,
            u"UPDATE audit_log SET entry_no = seq"_s,
            u"CREATE SEQUENCE audit_entry_no"_s,
            u"SELECT setval('audit_entry_no', (SELECT coalesce(max(seq), 0) + 1 FROM audit_log), "
            "false)"_s,
            u"ALTER TABLE audit_log ALTER COLUMN entry_no SET DEFAULT nextval('audit_entry_no'), "
            "ALTER COLUMN entry_no SET NOT NULL, ADD PRIMARY KEY (organization_id, entry_no), "
            "ADD CONSTRAINT audit_log_seq UNIQUE (organization_id, seq)"_s,
            u"DROP INDEX audit_log_action"_s,
            u"CREATE INDEX audit_log_action ON audit_log (organization_id, action, entry_no)"_s,
            u"CREATE INDEX audit_log_unsealed ON audit_log (organization_id, entry_no) "
            "WHERE hash IS NULL"_s,
            // The app role may write a row's seal once, and nothing else of it
            // (its column privileges: Migrator::ensureAppRole).
            u"CREATE POLICY seal_once ON audit_log AS RESTRICTIVE FOR UPDATE "
            "USING (hash IS NULL OR current_setting('app.maintenance', true) = 'on') "
            "WITH CHECK (true)"_s,
            u"CREATE FUNCTION clm_unsealed_organizations(max_rows integer) "
            "RETURNS TABLE (organization_id uuid) "
            "LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ BEGIN "
            "PERFORM set_config('app.maintenance', 'on', true); "
            "RETURN QUERY SELECT DISTINCT a.organization_id FROM audit_log a "
            "WHERE a.hash IS NULL LIMIT max_rows; "
            "PERFORM set_config('app.maintenance', '', true); END $$"_s,
            u"REVOKE ALL ON FUNCTION clm_unsealed_organizations(integer) FROM PUBLIC"_s,
    };
    v3.sqlite = {
            u"ALTER TABLE audit_log ADD COLUMN entry_no integer"_s,
            u"UPDATE audit_log SET entry_no = seq"_s,
            u"CREATE UNIQUE INDEX audit_log_entry ON audit_log (organization_id, entry_no)"_s,
            u"DROP INDEX audit_log_action"_s,
            u"CREATE INDEX audit_log_action ON audit_log (organization_id, action, entry_no)"_s,
    };

    // The maintenance functions set app.maintenance with SET LOCAL, which
    // Citus passes on to the workers (set_config is not), for the rest of
    // the caller's transaction block and then clear it.
    const auto maintenanceFunction = [](const QString& signature, const QString& returns,
                                        const QString& query) {
        return u"CREATE OR REPLACE FUNCTION %1 RETURNS TABLE (%2) "
               "LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ BEGIN "
               "SET LOCAL app.maintenance = 'on'; RETURN QUERY %3; "
               "SET LOCAL app.maintenance = ''; END $$"_s.arg(signature, returns, query);
    };
    // The reaper asks once per pass which organizations have lapsed
    // sessions; clm_lapsed_sessions returned every such session, sorted, to
    // be reduced to those few organizations by the caller (a third of a pass
    // over 100,000 sessions, docs/performance.md).
    Migration v4{4, {}, {}};
    v4.postgres = {
            maintenanceFunction(u"clm_lapsed_organizations(now_ms bigint)"_s,
                                u"organization_id uuid"_s,
                                u"SELECT DISTINCT s.organization_id FROM license_sessions s "
                                "WHERE s.ended_at IS NULL AND s.holds_until <= now_ms"_s),
            u"REVOKE ALL ON FUNCTION clm_lapsed_organizations(bigint) FROM PUBLIC"_s,
            u"DROP FUNCTION clm_lapsed_sessions(bigint, integer)"_s,
            maintenanceFunction(u"clm_active_counts(now_ms bigint)"_s,
                                u"organization_id uuid, license_id uuid, active bigint"_s,
                                u"SELECT s.organization_id, s.license_id, count(*) "
                                "FROM license_sessions s "
                                "WHERE s.ended_at IS NULL AND s.holds_until > now_ms "
                                "GROUP BY s.organization_id, s.license_id"_s),
            // The audit log's rule "a seal is written once" was a restrictive
            // policy beside tenant_isolation; Citus (13.2.2) copies policies
            // to the shards as permissive ones, where it then allowed every
            // seal to be rewritten. The same rules as permissive policies per
            // command: read and append in the tenant, seal an unsealed row.
            u"DROP POLICY seal_once ON audit_log"_s,
            u"DROP POLICY tenant_isolation ON audit_log"_s,
            u"CREATE POLICY tenant_read ON audit_log FOR SELECT "
            "USING (organization_id = clm_current_org())"_s,
            u"CREATE POLICY tenant_append ON audit_log FOR INSERT "
            "WITH CHECK (organization_id = clm_current_org())"_s,
            u"CREATE POLICY tenant_seal ON audit_log FOR UPDATE "
            "USING (organization_id = clm_current_org() AND hash IS NULL) "
            "WITH CHECK (organization_id = clm_current_org())"_s,
            maintenanceFunction(u"clm_unsealed_organizations(max_rows integer)"_s,
                                u"organization_id uuid"_s,
                                u"SELECT DISTINCT a.organization_id FROM audit_log a "
                                "WHERE a.hash IS NULL LIMIT max_rows"_s),
    };
    // GET /metrics: the seats and seats in use of every active license, read
    // every few seconds by the metrics sampler (ServerMetrics).
    Migration v5{5, {}, {}};
    v5.postgres = {
            maintenanceFunction(u"clm_license_seats(now_ms bigint)"_s,
                                u"organization_id uuid, license_id uuid, seats integer, "
                                "in_use bigint"_s,
                                u"SELECT l.organization_id, l.id, l.max_concurrent_seats, "
                                "coalesce(c.active, 0) FROM licenses l LEFT JOIN "
                                "(SELECT s.organization_id, s.license_id, count(*) AS active "
                                "FROM license_sessions s "
                                "WHERE s.ended_at IS NULL AND s.holds_until > now_ms "
                                "GROUP BY s.organization_id, s.license_id) c "
                                "ON c.organization_id = l.organization_id AND c.license_id = l.id "
                                "WHERE l.is_active"_s),
            u"REVOKE ALL ON FUNCTION clm_license_seats(bigint) FROM PUBLIC"_s,
    };
    // Webhooks (docs/webhooks.md): endpoints, the outbox of events written
    // in the transaction of the change they describe, one delivery per
    // (event, endpoint) numbered per endpoint for ordering, and the
    // license.expiring notices already sent. No foreign keys: the tables
    // are distributed on Citus after organizations became a reference table.
    Migration v6{6, {}, {}};
    auto webhookTables = [](const QString& id, const QString& boolean, const QString& bigint) {
        QStringList statements{
                u"CREATE TABLE webhooks ("
                " organization_id {id} NOT NULL,"
                " id {id} NOT NULL,"
                " url text NOT NULL,"
                " description text NOT NULL DEFAULT '',"
                " events text NOT NULL,"
                " secret text NOT NULL,"
                " is_active {bool} NOT NULL DEFAULT true,"
                " disabled_reason text,"
                " failing_since {time},"
                " last_seq {time} NOT NULL DEFAULT 0,"
                " created_at {time} NOT NULL,"
                " updated_at {time} NOT NULL,"
                " version integer NOT NULL DEFAULT 1,"
                " PRIMARY KEY (organization_id, id))"_s,
                u"CREATE TABLE webhook_events ("
                " organization_id {id} NOT NULL,"
                " id {id} NOT NULL,"
                " type text NOT NULL,"
                " payload text NOT NULL,"
                " created_at {time} NOT NULL,"
                " PRIMARY KEY (organization_id, id))"_s,
                u"CREATE TABLE webhook_deliveries ("
                " organization_id {id} NOT NULL,"
                " id {id} NOT NULL,"
                " webhook_id {id} NOT NULL,"
                " event_id {id} NOT NULL,"
                " seq {time} NOT NULL,"
                " status text NOT NULL DEFAULT 'pending',"
                " attempts integer NOT NULL DEFAULT 0,"
                " next_attempt_at {time} NOT NULL,"
                " locked_until {time} NOT NULL DEFAULT 0,"
                " last_attempt_at {time},"
                " response_status integer,"
                " latency_ms integer,"
                " response_body text,"
                " error text,"
                " created_at {time} NOT NULL,"
                " delivered_at {time},"
                " PRIMARY KEY (organization_id, id),"
                " UNIQUE (organization_id, webhook_id, seq))"_s,
                u"CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) "
                "WHERE status = 'pending'"_s,
                u"CREATE INDEX webhook_deliveries_list ON webhook_deliveries "
                "(organization_id, webhook_id, created_at)"_s,
                u"CREATE TABLE license_expiry_notices ("
                " organization_id {id} NOT NULL,"
                " license_id {id} NOT NULL,"
                " expires_at {time} NOT NULL,"
                " days integer NOT NULL,"
                " PRIMARY KEY (organization_id, license_id, expires_at, days))"_s,
        };
        for (auto& statement : statements)
            statement.replace(u"{id}"_s, id)
                    .replace(u"{bool}"_s, boolean)
                    .replace(u"{time}"_s, bigint);
        return statements;
    };
    v6.postgres = webhookTables(uuid, u"boolean"_s, u"bigint"_s);
    v6.sqlite = webhookTables(u"text"_s, u"integer"_s, u"integer"_s);
    for (const auto& table :
         {u"webhooks"_s, u"webhook_events"_s, u"webhook_deliveries"_s, u"license_expiry_notices"_s})
        v6.postgres += rlsStatements(table);
    v6.postgres += {
            // The dispatcher's pass: organizations with a delivery due.
            maintenanceFunction(u"clm_webhook_due_organizations(now_ms bigint)"_s,
                                u"organization_id uuid"_s,
                                u"SELECT DISTINCT d.organization_id FROM webhook_deliveries d "
                                "WHERE d.status = 'pending' AND d.next_attempt_at <= now_ms "
                                "AND d.locked_until <= now_ms"_s),
            u"REVOKE ALL ON FUNCTION clm_webhook_due_organizations(bigint) FROM PUBLIC"_s,
            // Organizations with an active webhook and a license that expires
            // within `horizon_ms` (license.expiring).
            maintenanceFunction(
                    u"clm_expiring_organizations(now_ms bigint, horizon_ms bigint)"_s,
                    u"organization_id uuid"_s,
                    u"SELECT DISTINCT l.organization_id FROM licenses l JOIN webhooks w "
                    "ON w.organization_id = l.organization_id AND w.is_active "
                    "WHERE l.is_active AND l.expires_at > now_ms "
                    "AND l.expires_at <= now_ms + horizon_ms"_s),
            u"REVOKE ALL ON FUNCTION clm_expiring_organizations(bigint, bigint) FROM PUBLIC"_s,
    };
    // Delivered and given-up webhook deliveries are kept for a while, then
    // pruned: the organizations that have such older than a time.
    Migration v7{7, {}, {}};
    v7.postgres = {
            maintenanceFunction(u"clm_webhook_prunable_organizations(before_ms bigint)"_s,
                                u"organization_id uuid"_s,
                                u"SELECT DISTINCT d.organization_id FROM webhook_deliveries d "
                                "WHERE d.status <> 'pending' AND d.created_at < before_ms"_s),
            u"REVOKE ALL ON FUNCTION clm_webhook_prunable_organizations(bigint) FROM PUBLIC"_s,
    };
    // Who was refused a seat: per license, hour, machine and OS user, for
    // the seat advice ("who was denied most"); kept as long as the usage
    // history (API.md: at least 400 days).
    Migration v8{8, {}, {}};
    auto denialTable = [](const QString& id, const QString& bigint) {
        return u"CREATE TABLE usage_denials ("
               " organization_id %1 NOT NULL,"
               " license_id %1 NOT NULL,"
               " bucket_start %2 NOT NULL,"
               " hardware_id text NOT NULL,"
               " os_user text NOT NULL,"
               " hostname text NOT NULL DEFAULT '',"
               " denials integer NOT NULL DEFAULT 0,"
               " last_at %2 NOT NULL,"
               " PRIMARY KEY (organization_id, license_id, bucket_start, hardware_id, os_user))"_s
                       .arg(id, bigint);
    };
    v8.postgres = QStringList{denialTable(uuid, u"bigint"_s)} + rlsStatements(u"usage_denials"_s);
    v8.sqlite = {denialTable(u"text"_s, u"integer"_s)};
    // A renewal changes no indexed column (docs/seats.md, "A renewal is
    // written in place"): holds_until, which every heartbeat moves, leaves
    // the two indexes that held it, so that PostgreSQL can renew a session
    // in place (a HOT update: no new index entries), on pages kept a fifth
    // free for it. A seat count reads its license's open sessions from the
    // table, and the reaper finds lapsed sessions among the open ones.
    Migration v9{9, {}, {}};
    v9.sqlite = {
            u"DROP INDEX sessions_lapse"_s,
            u"DROP INDEX sessions_license"_s,
            u"CREATE INDEX sessions_license ON license_sessions (organization_id, license_id) "
            "WHERE ended_at IS NULL"_s,
    };
    v9.postgres = v9.sqlite;
    v9.postgres += u"ALTER TABLE license_sessions SET (fillfactor = 80)"_s;
    return {v1, v2, v3, v4, v5, v6, v7, v8, v9};
}

constexpr qint64 kMigrationLock = 0x636c6d5f6d6967; // "clm_mig"

} // namespace

Migrator::Migrator(SqlConnection& connection, QString appRole)
    : m_db(connection)
    , m_appRole(std::move(appRole))
{}

int Migrator::latestVersion()
{
    return migrations().constLast().version;
}

int Migrator::appliedVersion()
{
    const SqlResult result =
            m_db.exec(u"SELECT coalesce(max(version), 0) FROM schema_migrations"_s);
    return static_cast<int>(result.first().int64(0));
}

void Migrator::ensureAppRole()
{
    // Roles are global to the cluster; several databases (and processes) may
    // race to create the same one, which is harmless.
    const QString role = m_appRole;
    m_db.exec(u"DO $do$ BEGIN "
              "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
              "  CREATE ROLE %2 NOLOGIN NOBYPASSRLS; "
              "END IF; "
              "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; "
              "END $do$"_s.arg(QString(role).replace(u'\'', u"''"_s), role));
    const SqlResult member = m_db.exec(u"SELECT pg_has_role(current_user, $1, 'MEMBER')"_s, {role});
    if (!member.first().boolean(0))
        m_db.exec(u"GRANT %1 TO CURRENT_USER"_s.arg(role));
    m_db.exec(u"GRANT USAGE ON SCHEMA public TO %1"_s.arg(role));
    m_db.exec(u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"_s.arg(
            role));
    // The audit log is append-only for the server: no UPDATE or DELETE.
    m_db.exec(u"REVOKE UPDATE, DELETE ON audit_log FROM %1"_s.arg(role));
    // ... except its seal, written once after commit (policy seal_once).
    m_db.exec(u"GRANT UPDATE (seq, prev_hash, hash) ON audit_log TO %1"_s.arg(role));
    m_db.exec(u"GRANT USAGE ON SEQUENCE audit_entry_no TO %1"_s.arg(role));
    m_db.exec(u"GRANT EXECUTE ON FUNCTION clm_unsealed_organizations(integer) TO %1"_s.arg(role));
    m_db.exec(u"REVOKE ALL ON schema_migrations FROM %1"_s.arg(role));
    m_db.exec(u"GRANT EXECUTE ON FUNCTION clm_lapsed_organizations(bigint) TO %1"_s.arg(role));
    m_db.exec(u"GRANT EXECUTE ON FUNCTION clm_active_counts(bigint) TO %1"_s.arg(role));
    m_db.exec(u"GRANT EXECUTE ON FUNCTION clm_license_seats(bigint) TO %1"_s.arg(role));
    m_db.exec(u"GRANT EXECUTE ON FUNCTION clm_webhook_due_organizations(bigint) TO %1"_s.arg(role));
    m_db.exec(u"GRANT EXECUTE ON FUNCTION clm_expiring_organizations(bigint, bigint) TO %1"_s.arg(
            role));
    m_db.exec(u"GRANT EXECUTE ON FUNCTION clm_webhook_prunable_organizations(bigint) TO %1"_s.arg(
            role));
}

int Migrator::migrate()
{
    const bool pg = m_db.isPostgres();
    static const QRegularExpression identifier(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    if (pg && !identifier.match(m_appRole).hasMatch())
        throw SqlError(
                SqlError::Kind::Other, QString(),
                u"database role \"%1\" is not a plain lower-case identifier"_s.arg(m_appRole));
    if (pg)
        m_db.exec(u"SELECT pg_advisory_lock($1)"_s, {kMigrationLock});
    else
        m_db.begin(SqlConnection::TransactionMode::Write);
    int version = 0;
    try {
        // PostgreSQL answers CREATE TABLE IF NOT EXISTS on an existing table
        // with a notice, which the log would show as a warning at every
        // start: asked first (under the migration lock, so no race).
        const bool exists =
                pg && m_db.exec(u"SELECT to_regclass('schema_migrations') IS NOT NULL"_s)
                              .first()
                              .boolean(0);
        if (!exists)
            m_db.exec(
                    pg ? u"CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at bigint NOT NULL)"_s
                       : u"CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at integer NOT NULL)"_s);
        version = appliedVersion();
        for (const auto& migration : migrations()) {
            if (migration.version <= version)
                continue;
            if (pg)
                m_db.begin(SqlConnection::TransactionMode::Write);
            for (const auto& statement : pg ? migration.postgres : migration.sqlite)
                m_db.exec(statement);
            m_db.exec(u"INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)"_s,
                      {migration.version, QDateTime::currentMSecsSinceEpoch()});
            if (pg)
                m_db.commit();
            version = migration.version;
        }
        if (pg)
            ensureAppRole();
        else
            m_db.commit();
        if (m_db.isCitus())
            distributeTables();
    } catch (...) {
        m_db.rollback();
        if (pg)
            m_db.exec(u"SELECT pg_advisory_unlock($1)"_s, {kMigrationLock});
        throw;
    }
    if (pg)
        m_db.exec(u"SELECT pg_advisory_unlock($1)"_s, {kMigrationLock});
    return version;
}

int Migrator::distribute()
{
    if (!m_db.isCitus()) // asked before anything is changed
        throw SqlError(SqlError::Kind::Other, QString(),
                       u"this database has no Citus extension: run CREATE EXTENSION citus in it "
                       "on the coordinator and on every worker, and add the workers "
                       "(citus_add_node), first (docs/scale-out.md)"_s);
    return migrate(); // distributes too (distributeTables), under the migration lock
}

void Migrator::distributeTables()
{
    // The order and the settings are what Citus needs (docs/scale-out.md):
    // organizations (its slug is unique across tenants) and auth_attempts
    // (keyed by e-mail, before any organization is known) are reference
    // tables, copied to every node; every other table is distributed by
    // organization_id and colocated with users, so that a tenant's rows of
    // every table sit on one node and its statements run there. Without
    // enable_local_reference_table_foreign_keys = off, making organizations
    // a reference table would turn every table referring to it into a
    // coordinator-local table, which can then not be distributed.
    static const QStringList referenceTables{u"organizations"_s, u"auth_attempts"_s};
    static const QStringList tenantTables{u"users"_s,
                                          u"refresh_tokens"_s,
                                          u"licenses"_s,
                                          u"enrollment_tokens"_s,
                                          u"devices"_s,
                                          u"license_sessions"_s,
                                          u"usage_buckets"_s,
                                          u"audit_log"_s,
                                          u"audit_heads"_s,
                                          u"webhooks"_s,
                                          u"webhook_events"_s,
                                          u"webhook_deliveries"_s,
                                          u"license_expiry_notices"_s,
                                          u"usage_denials"_s};
    const SqlResult existing =
            m_db.exec(u"SELECT logicalrelid::regclass::text FROM pg_dist_partition"_s);
    QStringList missing = referenceTables + tenantTables;
    for (qsizetype i = 0; i < existing.size(); ++i)
        missing.removeAll(existing.row(i).text(0));
    if (!missing.isEmpty()) {
        m_db.begin(SqlConnection::TransactionMode::Write);
        try {
            m_db.exec(u"SET LOCAL citus.enable_local_reference_table_foreign_keys = off"_s);
            m_db.exec(u"SET LOCAL citus.multi_shard_modify_mode = 'sequential'"_s);
            // Rows already there are copied to the shards: the schema owner
            // sees them only in maintenance (row-level security is forced).
            m_db.setLocal(u"app.maintenance"_s, u"on"_s);
            for (const QString& table : missing) {
                if (referenceTables.contains(table))
                    m_db.exec(u"SELECT create_reference_table($1)"_s, {table});
                else if (table == u"users"_s)
                    m_db.exec(u"SELECT create_distributed_table($1, 'organization_id')"_s, {table});
                else
                    m_db.exec(u"SELECT create_distributed_table($1, 'organization_id', "
                              "colocate_with => 'users')"_s,
                              {table});
            }
            m_db.commit();
        } catch (...) {
            m_db.rollback();
            throw;
        }
    }
    // Citus opens its connections to the workers as the current user: the
    // request role, after SET ROLE. It must be allowed to log in there (how
    // it authenticates is the operator's: docs/scale-out.md).
    const SqlResult login =
            m_db.exec(u"SELECT rolcanlogin FROM pg_roles WHERE rolname = $1"_s, {m_appRole});
    if (!login.isEmpty() && !login.first().boolean(0))
        m_db.exec(u"ALTER ROLE %1 LOGIN"_s.arg(m_appRole));
}

} // namespace clm::server
