#pragma once

#include "server/db/SqlConnection.h"

#include <QByteArray>
#include <QHash>

class QDeadlineTimer;

struct pg_conn;
struct pg_result;

namespace clm::server {

// PostgreSQL through libpq: real bind parameters and server-side prepared
// statements (one per distinct SQL text, per connection).
class PgConnection final : public SqlConnection
{
public:
    // Every wait (connecting, each query) is bounded by `timeoutMs`; past it
    // the connection is dropped and SqlError(Unavailable) thrown, so a
    // stalled database yields errors, never hung callers.
    PgConnection(const QString& url, const QString& role, int timeoutMs = kDefaultTimeoutMs);
    ~PgConnection() override;

    Dialect dialect() const override { return Dialect::PostgreSQL; }
    SqlResult exec(const QString& sql, const QVariantList& params = {}) override;
    void execLater(const QString& sql, const QVariantList& params = {}) override;
    QList<SqlResult> execEach(const QList<SqlStatement>& statements) override;
    void begin(TransactionMode mode) override;
    void beginScoped(TransactionMode mode, const QString& organizationId) override;
    void commit() override;
    void rollback() noexcept override;
    bool reconnect() override;
    void setTimeoutMs(int timeoutMs) override;
    bool isCitus() override;
    void setLocal(const QString& name, const QString& value) override;

    pg_conn* handle() const { return m_conn; }

private:
    void connect();
    // Sends the statements in one pipeline (one round trip) and returns
    // their results; throws the first failure.
    QList<SqlResult> pipeline(const QList<SqlStatement>& statements);
    // The prepared statement's name for `sql` (prepared now if new), or
    // empty when `sql` is to be sent unnamed.
    QByteArray preparedName(const QString& sql);
    // Sends one statement with the extended protocol: prepared as `name`,
    // or unnamed when `name` is empty.
    void send(const QByteArray& name, const QString& sql, const QVariantList& params);
    SqlResult resultOf(pg_result* raw);
    void ensureConnected();
    [[noreturn]] void fail(pg_result* result, const QString& context);
    [[noreturn]] void abandon(const QString& what);
    // A quoted string literal of `value` for this connection.
    QString literal(const QString& value);
    // Waits for the socket (POLLIN/POLLOUT) until `deadline`, else abandons.
    void waitFor(short events, const QDeadlineTimer& deadline, const QString& what);
    pg_result* takeResult(const QString& what);

    QByteArray m_url;
    QString m_role;
    pg_conn* m_conn = nullptr;
    QHash<QString, QByteArray> m_statements;
    int m_nextStatement = 0;
    bool m_inTransaction = false;
    // Statements of the open transaction not sent yet (its BEGIN too, until
    // its first statement goes): they go with the next exec() or commit().
    QList<SqlStatement> m_later;
    bool m_citus = false;
    // What setLocal() set in the open transaction (cleared when one begins).
    QHash<QString, QString> m_localSettings;
    int m_timeoutMs;
};

} // namespace clm::server
