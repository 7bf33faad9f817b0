#pragma once

#include "core/Clock.h"
#include "server/db/SqlResult.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace clm::server {

struct SqlStatement
{
    QString sql;
    QVariantList params;
};

// One database connection, used by one thread at a time. SQL is written once
// for both backends: parameters are $1..$n, timestamps are integers (ms since
// the epoch, UTC), ids are UUID text, booleans and JSON are bound as values.
class SqlConnection
{
public:
    enum class Dialect
    {
        PostgreSQL,
        SQLite
    };
    enum class TransactionMode
    {
        Read,
        Write
    };

    virtual ~SqlConnection() = default;

    virtual Dialect dialect() const = 0;
    // Throws SqlError.
    virtual SqlResult exec(const QString& sql, const QVariantList& params = {}) = 0;
    // Begins a transaction: on SQLite a write transaction takes the write
    // lock at once (BEGIN IMMEDIATE) so it never fails half-way with "locked".
    virtual void begin(TransactionMode mode) = 0;
    // Begins a transaction scoped to an organization (row-level security's
    // app.org on PostgreSQL, nothing more on SQLite).
    virtual void beginScoped(TransactionMode mode, const QString& organizationId)
    {
        Q_UNUSED(organizationId);
        begin(mode);
    }
    // Runs `sql` in the open transaction, sent with the next statement whose
    // result is wanted (or with the commit) in one round trip where the
    // backend can (PostgreSQL: libpq's pipeline mode; SQLite runs it at
    // once); a failure surfaces there at the latest and aborts the
    // transaction. For statements whose result nobody reads: taking a lock,
    // setting a setting, a write whose count does not matter. Dropped, never
    // run, if the transaction is rolled back first.
    virtual void execLater(const QString& sql, const QVariantList& params = {})
    {
        exec(sql, params);
    }
    // Runs the statements in order and returns each one's result: lookups
    // that do not depend on each other's answers, sent together in one
    // round trip where the backend can. Throws the first failure.
    virtual QList<SqlResult> execEach(const QList<SqlStatement>& statements)
    {
        QList<SqlResult> results;
        for (const SqlStatement& statement : statements)
            results.append(exec(statement.sql, statement.params));
        return results;
    }
    virtual void commit() = 0;
    virtual void rollback() noexcept = 0;
    // Re-establishes a broken connection; true when usable again.
    virtual bool reconnect() = 0;
    // The longest any one call (connecting, a statement, waiting for a lock)
    // may take before it fails with SqlError(Unavailable).
    virtual void setTimeoutMs(int timeoutMs) = 0;
    static constexpr int kDefaultTimeoutMs = 5000;
    virtual bool isPostgres() const { return dialect() == Dialect::PostgreSQL; }
    // A Citus coordinator (the extension is installed in this database;
    // connects to find out): plans are not forced generic, and a modifying
    // statement takes its time as a parameter (docs/scale-out.md).
    virtual bool isCitus() { return false; }
    // Sets a setting for the rest of the open transaction (app.org,
    // app.login_email, app.maintenance: row-level security reads them) with
    // SET LOCAL, so that every node of a distributed database sees it; not
    // sent again when the transaction has it already. Nothing on SQLite.
    virtual void setLocal(const QString& name, const QString& value)
    {
        Q_UNUSED(name);
        Q_UNUSED(value);
    }

    // "Now" for every decision about a seat, in milliseconds since the
    // epoch: PostgreSQL's clock (clock_timestamp()), so that server
    // processes whose clocks differ agree on who holds a seat; on SQLite,
    // which only one process serves, `clock`.
    qint64 now(const Clock& clock);

    // Opens "sqlite:///abs/path.db" or "postgresql://..." (any libpq URI).
    // `role`, for PostgreSQL: the role to SET ROLE to after connecting
    // (empty: stay the connecting user). Throws SqlError.
    static std::unique_ptr<SqlConnection> open(const QString& url, const QString& role = {},
                                               int timeoutMs = kDefaultTimeoutMs);
    static bool isValidUrl(const QString& url, QString* error = nullptr);
};

// A PostgreSQL array literal ("{a,b,NULL}") of plain tokens (UUIDs, numbers,
// hex digests; nothing that needs quoting), NULL for empty ones, to bind as
// one parameter and cast ($1::uuid[]).
QString pgArrayLiteral(const QStringList& tokens);
// A PostgreSQL array literal of any texts (names a client chose): every
// element quoted, so commas, braces, quotes and backslashes stay inside it
// and an empty text stays empty; to bind as one parameter ($1::text[]).
QString pgTextArrayLiteral(const QStringList& texts);

} // namespace clm::server
