#pragma once

#include "server/db/SqlConnection.h"

#include <QHash>

struct sqlite3;
struct sqlite3_stmt;

namespace clm::server {

// SQLite through its C API: WAL journal, a busy timeout, foreign keys on,
// statements cached per SQL text, and a Unicode-aware lower() so search
// folds case the same way as on PostgreSQL.
class SqliteConnection final : public SqlConnection
{
public:
    SqliteConnection(const QString& path, int timeoutMs = kDefaultTimeoutMs);
    ~SqliteConnection() override;

    Dialect dialect() const override { return Dialect::SQLite; }
    SqlResult exec(const QString& sql, const QVariantList& params = {}) override;
    void begin(TransactionMode mode) override;
    void commit() override;
    void rollback() noexcept override;
    bool reconnect() override { return m_db != nullptr; }
    void setTimeoutMs(int timeoutMs) override;

private:
    sqlite3_stmt* prepare(const QString& sql);
    [[noreturn]] void fail(int rc, const QString& context);

    sqlite3* m_db = nullptr;
    QHash<QString, sqlite3_stmt*> m_statements;
};

} // namespace clm::server
