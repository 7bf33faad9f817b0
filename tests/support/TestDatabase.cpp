#include "TestDatabase.h"

#include "TestPostgres.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrl>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace clm::test {

namespace {

QStringList pgQuery(const QString& url, const QString& sql, QString* error)
{
    PGconn* conn = PQconnectdb(url.toUtf8().constData());
    QStringList out;
    if (PQstatus(conn) != CONNECTION_OK) {
        *error = QString::fromUtf8(PQerrorMessage(conn));
        PQfinish(conn);
        return out;
    }
    PGresult* result = PQexec(conn, sql.toUtf8().constData());
    const auto status = PQresultStatus(result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        *error = QString::fromUtf8(PQresultErrorMessage(result));
    } else {
        for (int r = 0; r < PQntuples(result); ++r)
            out.append(QString::fromUtf8(PQgetvalue(result, r, 0)));
    }
    PQclear(result);
    PQfinish(conn);
    return out;
}

QString withDatabase(const QString& url, const QString& name)
{
    // postgresql://user@host:port/dbname[?params]
    const qsizetype query = url.indexOf(u'?');
    const QString base = query < 0 ? url : url.left(query);
    const QString params = query < 0 ? QString() : url.mid(query);
    const qsizetype slash = base.lastIndexOf(u'/');
    return base.left(slash + 1) + name + params;
}

} // namespace

TestDatabase::Backend TestDatabase::backend()
{
    const QString name = qEnvironmentVariable("CLM_TEST_BACKEND");
    return name == "postgres"_L1 || name == "citus"_L1 ? Backend::PostgreSQL : Backend::SQLite;
}

bool TestDatabase::isCitus()
{
    return qEnvironmentVariable("CLM_TEST_BACKEND") == "citus"_L1;
}

QString TestDatabase::backendName()
{
    if (isCitus())
        return u"citus"_s;
    return backend() == Backend::PostgreSQL ? u"postgres"_s : u"sqlite"_s;
}

namespace {

// The "host:port" of each Citus worker, and a URL of database `name` on it.
QStringList citusWorkers()
{
    return qEnvironmentVariable("CLM_TEST_CITUS_WORKERS").split(u' ', Qt::SkipEmptyParts);
}

QString workerUrl(const QString& worker, const QString& name)
{
    return u"postgresql://postgres@%1/%2"_s.arg(worker, name);
}

} // namespace

TestDatabase::TestDatabase()
{
    if (backend() == Backend::SQLite) {
        QTemporaryDir dir;
        dir.setAutoRemove(false);
        m_directory = dir.path();
        m_url = u"sqlite://"_s + m_directory + u"/clm.db"_s;
        return;
    }
    const QString admin = TestPostgres::url();
    if (admin.isEmpty()) {
        m_error = u"CLM_TEST_PG_URL is not set"_s;
        return;
    }
    m_name = u"clm_t_%1"_s.arg(QRandomGenerator::system()->generate64(), 0, 16);
    pgQuery(admin, u"CREATE DATABASE "_s + m_name, &m_error);
    if (!m_error.isEmpty())
        return;
    const QString url = withDatabase(admin, m_name);
    if (isCitus()) {
        const QStringList workers = citusWorkers();
        if (workers.isEmpty()) {
            m_error = u"CLM_TEST_CITUS_WORKERS is not set"_s;
            return;
        }
        // One test database at a time: adding the workers copies the
        // cluster's roles to them, and two such copies at once fail with
        // "tuple concurrently updated". The lock ends with its connection.
        const std::unique_ptr<PGconn, decltype(&PQfinish)> lock(
                PQconnectdb(admin.toUtf8().constData()), &PQfinish);
        PQclear(PQexec(lock.get(), "SELECT pg_advisory_lock(7263001)"));
        for (const QString& worker : workers) {
            pgQuery(workerUrl(worker, u"postgres"_s), u"CREATE DATABASE "_s + m_name, &m_error);
            if (m_error.isEmpty())
                pgQuery(workerUrl(worker, m_name), u"CREATE EXTENSION citus"_s, &m_error);
            if (!m_error.isEmpty())
                return;
        }
        const QUrl coordinator(url);
        // pg_stat_statements: citus_stat_statements tells which statements
        // Citus routed to one node (tst_server_seats).
        QString setup = u"CREATE EXTENSION citus; CREATE EXTENSION pg_stat_statements; "
                        "SELECT citus_set_coordinator_host('%1', %2)"_s.arg(coordinator.host())
                                .arg(coordinator.port(5432));
        for (const QString& worker : workers) {
            const qsizetype colon = worker.lastIndexOf(u':');
            setup += u"; SELECT citus_add_node('%1', %2)"_s.arg(worker.left(colon),
                                                                worker.mid(colon + 1));
        }
        pgQuery(url, setup, &m_error);
        if (!m_error.isEmpty())
            return;
    }
    m_url = url;
}

TestDatabase::~TestDatabase()
{
    if (!m_directory.isEmpty())
        QDir(m_directory).removeRecursively();
    if (!m_name.isEmpty()) {
        QString ignored;
        pgQuery(TestPostgres::url(), u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name),
                &ignored);
        if (isCitus()) {
            for (const QString& worker : citusWorkers())
                pgQuery(workerUrl(worker, u"postgres"_s),
                        u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name), &ignored);
        }
    }
}

QStringList TestDatabase::queryAt(const QString& url, const QString& sql, QString* error)
{
    error->clear();
    return pgQuery(url, sql, error);
}

QStringList TestDatabase::query(const QString& sql)
{
    m_error.clear();
    if (backend() == Backend::PostgreSQL)
        return pgQuery(m_url, sql, &m_error);
    sqlite3* db = nullptr;
    QStringList out;
    if (sqlite3_open(QFile::encodeName(m_url.mid(9)).constData(), &db) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return out;
    }
    sqlite3_busy_timeout(db, 10000);
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), -1, &statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            out.append(QString::fromUtf8(
                    reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))));
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return out;
}

} // namespace clm::test
