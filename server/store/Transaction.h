#pragma once

#include "server/db/SqlConnection.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace clm::server {

// A database transaction bound to one organization. Every store query takes
// its organization from here, so no handler can forget the scope; on
// PostgreSQL the organization is also set for row-level security with
// set_config(..., true), which ends with the transaction. A transaction with
// no organization sees no tenant rows at all on PostgreSQL.
class Transaction
{
public:
    using Mode = SqlConnection::TransactionMode;

    Transaction(SqlConnection& db, Mode mode, const QString& organizationId);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();
    // Runs after a successful commit (live events); dropped on rollback.
    void afterCommit(std::function<void()> action) { m_afterCommit.push_back(std::move(action)); }
    SqlResult exec(const QString& sql, const QVariantList& params = {});
    // A write whose result nobody reads, sent with the next statement or the
    // commit (SqlConnection::execLater).
    void execLater(const QString& sql, const QVariantList& params = {});
    // Lookups independent of each other's answers, in one round trip
    // (SqlConnection::execEach).
    QList<SqlResult> execEach(const QList<SqlStatement>& statements);

    const QString& organizationId() const { return m_org; }
    // The organizations a background pass works on, across tenants: on
    // PostgreSQL from `postgres`, a maintenance function (the request role
    // sees one organization only), on SQLite from `sqlite`; each query's
    // first column. In a transaction of its own: on Citus the function's
    // SET LOCAL of its maintenance setting reaches the workers only inside
    // one.
    static QStringList organizations(SqlConnection& db, const QString& postgres,
                                     const QString& sqlite, const QVariantList& params);
    // SqlConnection::now(): the database's clock on PostgreSQL.
    qint64 now(const Clock& clock) { return m_db.now(clock); }
    bool isPostgres() const { return m_db.isPostgres(); }
    // " FOR UPDATE" on PostgreSQL; SQLite's write transactions already hold
    // the database's write lock.
    QString forUpdate() const;
    // Narrow exceptions to the tenant scope (see Migrator's policies).
    void allowLoginLookup(const QString& email);
    void enableMaintenance();

private:
    SqlConnection& m_db;
    QString m_org;
    bool m_done = false;
    std::vector<std::function<void()>> m_afterCommit;
};

} // namespace clm::server
