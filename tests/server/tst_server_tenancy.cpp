#include "ServerFixture.h"
#include "TestPostgres.h"

#include <QTest>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;
using namespace clm::test;

namespace {

// A libpq session that behaves like the server's request connections:
// SET ROLE to the app role, organization set per transaction.
class AppRoleSession
{
public:
    explicit AppRoleSession(const QString& url)
        : m_conn(PQconnectdb(url.toUtf8().constData()))
    {
        exec(u"SET ROLE clm_app"_s);
        // As the server does on Citus (PgConnection::connect): SET LOCAL
        // reaches the workers, one connection per worker.
        if (exec(u"SELECT count(*) FROM pg_extension WHERE extname = 'citus'"_s) ==
            QStringList{u"1"_s}) {
            exec(u"SET citus.propagate_set_commands = 'local'"_s);
            exec(u"SET citus.multi_shard_modify_mode = 'sequential'"_s);
        }
    }

    // The server's way to scope a transaction (PgConnection::setLocal).
    void setLocal(const QString& name, const QString& value)
    {
        const QByteArray utf8 = value.toUtf8();
        char* quoted = PQescapeLiteral(m_conn, utf8.constData(), static_cast<size_t>(utf8.size()));
        exec(u"SET LOCAL %1 = %2"_s.arg(name, QString::fromUtf8(quoted)));
        PQfreemem(quoted);
    }
    ~AppRoleSession() { PQfinish(m_conn); }

    bool ok() const { return PQstatus(m_conn) == CONNECTION_OK; }
    QString lastError() const { return m_error; }

    // First column of every row; sets lastError() on failure.
    QStringList exec(const QString& sql, const QStringList& params = {})
    {
        QList<QByteArray> storage;
        std::vector<const char*> values;
        for (const auto& p : params) {
            storage.append(p.toUtf8());
            values.push_back(storage.last().constData());
        }
        PGresult* result =
                PQexecParams(m_conn, sql.toUtf8().constData(), static_cast<int>(values.size()),
                             nullptr, values.data(), nullptr, nullptr, 0);
        QStringList out;
        m_error.clear();
        const auto status = PQresultStatus(result);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
            m_error = QString::fromUtf8(PQresultErrorMessage(result));
        for (int r = 0; r < PQntuples(result); ++r)
            out.append(QString::fromUtf8(PQgetvalue(result, r, 0)));
        PQclear(result);
        return out;
    }

private:
    PGconn* m_conn;
    QString m_error;
};

} // namespace

class TestServerTenancy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_a;
    ServerFixture::Account m_aMember;
    ServerFixture::Account m_b;

private slots:
    void initTestCase()
    {
        CLM_START_FIXTURE(m_fixture);
        m_a = m_fixture->createOrganization(u"Org A"_s, u"owner@a.test"_s);
        m_b = m_fixture->createOrganization(u"Org B"_s, u"owner@b.test"_s);
        QVERIFY(!m_a.access.isEmpty() && !m_b.access.isEmpty());
        m_aMember = m_fixture->createUser(m_a, u"member@a.test"_s, u"member"_s);
        QVERIFY(!m_aMember.access.isEmpty());
        // Some history in A for the audit checks.
        QCOMPARE(m_fixture->client(m_a.access)
                         .patch(u"/api/v1/users/%1/"_s.arg(m_aMember.userId),
                                {{u"full_name"_s, u"Secret A"_s}})
                         .status,
                 200);
        // A row in every tenant table of both organizations: a license, an
        // enrollment token, a device, seat sessions, their usage bucket and
        // a refused acquire.
        for (const auto* owner : {&m_a, &m_b}) {
            HttpClient c = m_fixture->client(owner->access);
            QCOMPARE(c.post(u"/api/v1/licenses/"_s, {{u"name"_s, u"Tool"_s},
                                                     {u"product"_s, u"tool"_s},
                                                     {u"max_concurrent_seats"_s, 2}})
                             .status,
                     201);
            const QString device = m_fixture->enrollDevice(
                    m_fixture->createEnrollmentToken(*owner, u"fleet"_s), u"ws"_s);
            QVERIFY2(!device.isEmpty(), qPrintable(m_fixture->error()));
            QCOMPARE(m_fixture->client(device)
                             .post(u"/api/v1/licenses/acquire"_s,
                                   {{u"product"_s, u"tool"_s}, {u"os_user"_s, u"u"_s}})
                             .status,
                     201);
            for (const QString& osUser : {u"v"_s, u"w"_s})
                QCOMPARE(m_fixture->client(device)
                                 .post(u"/api/v1/licenses/acquire"_s,
                                       {{u"product"_s, u"tool"_s}, {u"os_user"_s, osUser}})
                                 .status,
                         osUser == "v"_L1 ? 201 : 409);
        }
    }

    void otherOrganizationsResourcesAreNotFound()
    {
        HttpClient b = m_fixture->client(m_b.access);
        for (const QString& id : {m_a.userId, m_aMember.userId}) {
            const QString path = u"/api/v1/users/%1/"_s.arg(id);
            const HttpReply read = b.get(path);
            QCOMPARE(read.status, 404);
            QCOMPARE(read.error(), u"not_found"_s);
            QCOMPARE(b.patch(path, {{u"full_name"_s, u"pwned"_s}}).status, 404);
            QCOMPARE(b.patch(path, {{u"role"_s, u"guest"_s}}).status, 404);
            QCOMPARE(b.del(path).status, 404);
        }
        // Nothing of A changed.
        const HttpReply member =
                m_fixture->client(m_a.access).get(u"/api/v1/users/%1/"_s.arg(m_aMember.userId));
        QCOMPARE(member.json.value("full_name"_L1).toString(), u"Secret A"_s);
        QCOMPARE(member.json.value("is_active"_L1).toBool(), true);
        QCOMPARE(member.json.value("role"_L1).toString(), u"member"_s);
    }

    void listsNeverShowOtherOrganizations()
    {
        HttpClient b = m_fixture->client(m_b.access);
        const HttpReply users = b.get(u"/api/v1/users/?page_size=500"_s);
        QCOMPARE(users.json.value("count"_L1).toInt(), 1);
        QCOMPARE(users.results().first().toObject().value("email"_L1).toString(),
                 u"owner@b.test"_s);
        QCOMPARE(b.get(u"/api/v1/users/?search=a.test"_s).json.value("count"_L1).toInt(), 0);
        QCOMPARE(b.get(u"/api/v1/tenants/me/"_s).json.value("name"_L1).toString(), u"Org B"_s);

        const HttpReply audit = b.get(u"/api/v1/audit/?page_size=500"_s);
        QCOMPARE(audit.status, 200);
        QVERIFY(audit.json.value("count"_L1).toInt() >= 1);
        for (const auto& entry : audit.results()) {
            const QJsonObject e = entry.toObject();
            QVERIFY(e.value("actor_id"_L1).toString() != m_a.userId);
            QVERIFY(e.value("target_id"_L1).toString() != m_aMember.userId);
        }
        QCOMPARE(b.get(u"/api/v1/audit/?actor_id=%1"_s.arg(m_a.userId))
                         .json.value("count"_L1)
                         .toInt(),
                 0);
    }

    void sameEmailInTwoOrganizations()
    {
        // An email is unique per organization, not across them: creating it
        // in B must not reveal that A has it.
        HttpClient b = m_fixture->client(m_b.access);
        const HttpReply created =
                b.post(u"/api/v1/users/"_s,
                       {{u"email"_s, u"member@a.test"_s}, {u"password"_s, u"b-side-password"_s}});
        QCOMPARE(created.status, 201);
        // Each signs in to their own organization by their own password.
        const auto inA = m_fixture->login(u"member@a.test"_s, u"user-password-1"_s);
        const auto inB = m_fixture->login(u"member@a.test"_s, u"b-side-password"_s);
        QVERIFY(!inA.access.isEmpty() && !inB.access.isEmpty());
        QCOMPARE(m_fixture->client(inA.access)
                         .get(u"/api/v1/tenants/me/"_s)
                         .json.value("name"_L1)
                         .toString(),
                 u"Org A"_s);
        QCOMPARE(m_fixture->client(inB.access)
                         .get(u"/api/v1/tenants/me/"_s)
                         .json.value("name"_L1)
                         .toString(),
                 u"Org B"_s);
    }

    void rowLevelSecurityBacksUpAnUnscopedQuery()
    {
        if (!m_fixture->database().isPostgres())
            QSKIP("row-level security is PostgreSQL's");
        AppRoleSession session(m_fixture->database().url());
        QVERIFY(session.ok());
        QVERIFY2(session.lastError().isEmpty(), qPrintable(session.lastError()));

        // The role neither owns the tables nor bypasses RLS.
        QCOMPARE(
                session.exec(
                        u"SELECT rolsuper::text || rolbypassrls::text FROM pg_roles WHERE rolname = current_user"_s),
                QStringList{u"falsefalse"_s});
        QCOMPARE(
                session.exec(
                        u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user"_s),
                QStringList{u"0"_s});
        // Every table with tenant rows is under forced row-level security;
        // only the sign-in attempt counter and the schema version, which hold
        // no tenant's rows, are not.
        const QStringList tenantTables{
                u"organizations"_s,    u"users"_s,         u"refresh_tokens"_s,    u"audit_log"_s,
                u"audit_heads"_s,      u"licenses"_s,      u"enrollment_tokens"_s, u"devices"_s,
                u"license_sessions"_s, u"usage_buckets"_s, u"usage_denials"_s};
        QStringList unprotected = session.exec(
                u"SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND c.relkind = 'r' "
                "AND NOT (c.relrowsecurity AND c.relforcerowsecurity) ORDER BY 1"_s);
        QCOMPARE(unprotected, (QStringList{u"auth_attempts"_s, u"schema_migrations"_s}));

        // No organization set: nothing at all, in any table.
        for (const QString& table : tenantTables)
            QCOMPARE(session.exec(u"SELECT count(*) FROM %1"_s.arg(table)), QStringList{u"0"_s});

        // Organization A set for one transaction: a query that "forgot" its
        // WHERE clause still sees only A's rows.
        session.exec(u"BEGIN"_s);
        session.setLocal(u"app.org"_s, m_a.organizationId);
        QCOMPARE(session.exec(u"SELECT DISTINCT organization_id::text FROM users"_s),
                 QStringList{m_a.organizationId});
        QCOMPARE(session.exec(u"SELECT DISTINCT organization_id::text FROM audit_log"_s),
                 QStringList{m_a.organizationId});
        QCOMPARE(session.exec(u"SELECT DISTINCT organization_id::text FROM refresh_tokens"_s),
                 QStringList{m_a.organizationId});
        QCOMPARE(session.exec(u"SELECT id::text FROM organizations"_s),
                 QStringList{m_a.organizationId});
        for (const QString& table : tenantTables) {
            if (table == "organizations"_L1)
                continue;
            // Rows of both exist (see initTestCase); A's scope sees only A's.
            QCOMPARE(session.exec(u"SELECT DISTINCT organization_id::text FROM %1"_s.arg(table)),
                     QStringList{m_a.organizationId});
            QVERIFY2(session.lastError().isEmpty(), qPrintable(session.lastError()));
            // Moving A's rows into B is refused by the policy's check.
            if (table == "audit_log"_L1)
                continue; // no UPDATE at all, see below
            session.exec(u"SAVEPOINT move"_s);
            session.exec(
                    u"UPDATE %1 SET organization_id = $1 WHERE organization_id = $2"_s.arg(table),
                    {m_b.organizationId, m_a.organizationId});
            // (Citus refuses to move a row to another shard before the
            // policy is asked.)
            const bool refused = session.lastError().contains(u"row-level security"_s) ||
                                 (TestDatabase::isCitus() &&
                                  session.lastError().contains(u"modifying the partition value"_s));
            QVERIFY2(refused, qPrintable(table + u": "_s + session.lastError()));
            session.exec(u"ROLLBACK TO SAVEPOINT move"_s);
            // And B's rows cannot even be touched.
            QCOMPARE(session.exec(u"DELETE FROM %1 WHERE organization_id = $1 "
                                  "RETURNING organization_id"_s.arg(table),
                                  {m_b.organizationId}),
                     QStringList());
            QVERIFY2(session.lastError().isEmpty(), qPrintable(session.lastError()));
        }
        QCOMPARE(session.exec(
                         u"UPDATE organizations SET name = 'pwned' WHERE id = $1 RETURNING id"_s,
                         {m_b.organizationId}),
                 QStringList());
        QVERIFY2(session.lastError().isEmpty(), qPrintable(session.lastError()));
        // Writing into B from A's scope is refused, and so is touching B.
        session.exec(u"UPDATE users SET full_name = 'x' WHERE organization_id = $1"_s,
                     {m_b.organizationId});
        QVERIFY2(session.lastError().isEmpty(), qPrintable(session.lastError()));
        session.exec(u"INSERT INTO users (organization_id, id, email, role, password_hash, "
                     u"created_at, updated_at) "
                     "VALUES ($1, gen_random_uuid(), 'evil@b.test', 'owner', 'x', 0, 0)"_s,
                     {m_b.organizationId});
        QVERIFY2(session.lastError().contains(u"row-level security"_s),
                 qPrintable(session.lastError()));
        session.exec(u"ROLLBACK"_s);

        // SET LOCAL ended with the transaction.
        QCOMPARE(session.exec(u"SELECT count(*) FROM users"_s), QStringList{u"0"_s});
        QCOMPARE(m_fixture->client(m_b.access)
                         .get(u"/api/v1/users/me/"_s)
                         .json.value("full_name"_L1)
                         .toString(),
                 QString());

        // The sign-in exception shows exactly the named email, nothing more.
        session.exec(u"BEGIN"_s);
        session.setLocal(u"app.login_email"_s, u"owner@b.test"_s);
        QCOMPARE(session.exec(u"SELECT email FROM users"_s), QStringList{u"owner@b.test"_s});
        QCOMPARE(session.exec(u"SELECT count(*) FROM audit_log"_s), QStringList{u"0"_s});
        session.exec(u"ROLLBACK"_s);

        // The app role may not rewrite history.
        session.exec(u"BEGIN"_s);
        session.setLocal(u"app.org"_s, m_a.organizationId);
        session.exec(u"UPDATE audit_log SET details = '{}'"_s);
        QVERIFY2(session.lastError().contains(u"permission denied"_s),
                 qPrintable(session.lastError()));
        session.exec(u"ROLLBACK"_s);
        // It writes a row's seal once, after commit (AuditSealer), and can
        // never rewrite a seal.
        QTRY_COMPARE_WITH_TIMEOUT(
                m_fixture->database()
                        .query(u"SELECT count(*) FROM audit_log WHERE hash IS NULL"_s)
                        .value(0),
                u"0"_s, 5000);
        session.exec(u"BEGIN"_s);
        session.setLocal(u"app.org"_s, m_a.organizationId);
        QVERIFY(session.exec(u"SELECT count(*) FROM audit_log"_s).value(0).toInt() > 0);
        QCOMPARE(session.exec(u"UPDATE audit_log SET hash = repeat('0', 64), seq = seq + 1000 "
                              "RETURNING id"_s),
                 QStringList());
        QVERIFY2(session.lastError().isEmpty(), qPrintable(session.lastError()));
        session.exec(u"ROLLBACK"_s);
        // Nor switch on maintenance mode to see everything.
        session.exec(u"BEGIN"_s);
        session.setLocal(u"app.maintenance"_s, u"on"_s);
        QCOMPARE(session.exec(u"SELECT count(*) FROM users"_s), QStringList{u"0"_s});
        session.exec(u"ROLLBACK"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerTenancy)
#include "tst_server_tenancy.moc"
