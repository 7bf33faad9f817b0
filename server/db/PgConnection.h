#pragma once

#include "server/db/SqlConnection.h"

#include <QByteArray>
#include <QHash>

struct pg_conn;
struct pg_result;

namespace clm::server {

// PostgreSQL through libpq: real bind parameters and server-side prepared
// statements (one per distinct SQL text, per connection).
class PgConnection final : public SqlConnection
{
public:
    PgConnection(const QString& url, const QString& role);
    ~PgConnection() override;

    Dialect dialect() const override { return Dialect::PostgreSQL; }
    SqlResult exec(const QString& sql, const QVariantList& params = {}) override;
    void begin(TransactionMode mode) override;
    void commit() override;
    void rollback() noexcept override;
    bool reconnect() override;

    pg_conn* handle() const { return m_conn; }

private:
    void connect();
    void ensureConnected();
    [[noreturn]] void fail(pg_result* result, const QString& context);

    QByteArray m_url;
    QString m_role;
    pg_conn* m_conn = nullptr;
    QHash<QString, QByteArray> m_statements;
    int m_nextStatement = 0;
    bool m_inTransaction = false;
};

} // namespace clm::server
