#pragma once

#include <QString>

namespace clm::test {

// A fresh, empty database for one test: on PostgreSQL a new database in the
// cluster of CLM_TEST_PG_URL (dropped again by the destructor), on SQLite a
// file in a temporary directory. The backend comes from CLM_TEST_BACKEND
// ("sqlite" or "postgres"; CTest registers every server suite for both, and
// the suites that prove distribution for "citus" too). Citus is PostgreSQL
// to the tests: a database of that name on the coordinator of
// CLM_TEST_CITUS_URL and on each worker of CLM_TEST_CITUS_WORKERS, with the
// extension and the workers added, as an operator sets one up; the server
// distributes its tables when it migrates.
class TestDatabase
{
public:
    enum class Backend
    {
        SQLite,
        PostgreSQL
    };

    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    static Backend backend();
    static QString backendName();
    static bool isCitus();

    bool isValid() const { return !m_url.isEmpty(); }
    QString error() const { return m_error; }
    QString url() const { return m_url; }
    bool isPostgres() const { return backend() == Backend::PostgreSQL; }

    // Runs SQL as the database owner (superuser on the test cluster, which
    // bypasses row-level security) and returns the first column of every
    // row, or an empty list and a message in error() on failure.
    QStringList query(const QString& sql);
    // The same on any PostgreSQL database (a Citus node a test started).
    static QStringList queryAt(const QString& url, const QString& sql, QString* error);

private:
    QString m_url;
    QString m_name;
    QString m_directory;
    QString m_error;
};

} // namespace clm::test
