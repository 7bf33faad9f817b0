#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace clm::server {

struct ServerContext;
class SqlConnection;

// Background work of every server process, on its own thread and database
// connection: ends lapsed sessions (end_reason "timeout"), samples seat usage
// for the history, and prunes old sign-in attempts. Safe to run in every
// process at once: a session is ended by exactly one UPDATE that still finds
// it open, and only that process records it.
class Reaper
{
public:
    explicit Reaper(const ServerContext& context);
    ~Reaper();

    void start();
    void stop();

    // One pass (also used by tests and the benchmark); returns the number of
    // sessions ended.
    static qint64 reapOnce(SqlConnection& db, const ServerContext& context);
    static void sampleUsage(SqlConnection& db, const ServerContext& context);

private:
    void run();

    const ServerContext& m_context;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};

} // namespace clm::server
