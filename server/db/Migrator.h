#pragma once

#include <QString>

namespace clm::server {

class SqlConnection;

// Versioned schema migrations, applied in order at start. Several server
// processes may start at once: on PostgreSQL they serialize on an advisory
// lock, on SQLite on the write lock.
class Migrator
{
public:
    // The role request connections switch to (PostgreSQL): it owns nothing
    // and has no BYPASSRLS, so row-level security applies to every query.
    static constexpr auto kDefaultAppRole = "clm_app";

    explicit Migrator(SqlConnection& connection,
                      QString appRole = QString::fromLatin1(kDefaultAppRole));

    // Applies what is missing and returns the schema version; on a Citus
    // coordinator also distributes the tables (idempotent). Throws SqlError.
    int migrate();
    // migrate(), refusing a database without Citus (`clm-server distribute`).
    int distribute();
    static int latestVersion();

private:
    void ensureAppRole();
    void distributeTables();
    int appliedVersion();

    SqlConnection& m_db;
    QString m_appRole;
};

} // namespace clm::server
