#pragma once

#include "server/db/SqlConnection.h"

#include <QHash>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace clm::server {

// SQLite through its C API: WAL journal, a busy timeout, foreign keys on,
// statements cached per SQL text, and a Unicode-aware lower() so search
// folds case the same way as on PostgreSQL. Write transactions of one
// process take turns in the order they asked (WriterTurns): SQLite's own
// busy handler polls, so a writer that takes the lock again at once (a
// batcher, batch after batch) would starve one that waits.
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

    void endTurn() noexcept;

    sqlite3* m_db = nullptr;
    QHash<QString, sqlite3_stmt*> m_statements;
    int m_timeoutMs = kDefaultTimeoutMs;
    std::shared_ptr<class WriterTurns> m_turns; // shared by the database's connections
    bool m_hasTurn = false;
};

} // namespace clm::server
