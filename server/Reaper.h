#pragma once

#include "server/BackgroundThread.h"

namespace clm::server {

struct ServerContext;
class SqlConnection;

// Background work of every server process, on its own thread and database
// connection: ends lapsed sessions (end_reason "timeout"), samples seat usage
// for the history, and prunes old sign-in attempts. Safe to run in every
// process at once: a session is ended by exactly one UPDATE that still finds
// it open, and only that process records it.
class Reaper : public BackgroundThread
{
public:
    explicit Reaper(const ServerContext& context);

    // One pass (also used by tests and the benchmark); returns the number of
    // sessions ended.
    static qint64 reapOnce(SqlConnection& db, const ServerContext& context);
    static void sampleUsage(SqlConnection& db, const ServerContext& context);
};

// Seals the audit rows every process writes (AuditStore, PostgreSQL only),
// a few times a second: the tamper-evidence of a row is at most that late.
class AuditSealer : public BackgroundThread
{
public:
    explicit AuditSealer(const ServerContext& context);
};

} // namespace clm::server
