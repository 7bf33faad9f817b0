#pragma once

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace clm::server {

class ServerMetrics;
class SqlConnection;

// The threads that talk to the database, each with its own connection.
// HTTP worker threads never wait for the database: a request that needs it
// is queued here and answered (through a DeferredResponse) when its job ran,
// so requests that need no database (/.well-known/jwks.json) are answered at
// once even while the database stalls. A job that cannot get a connection
// within the wait limit runs its `expired` callback instead (503).
class DatabaseWorkers
{
public:
    struct Options
    {
        QString url;
        QString role;
        int threads = 2;
        int timeoutMs = 5000;             // every database call (SqlConnection::setTimeoutMs)
        int waitMs = 3000;                // the longest a job waits for a free connection
        ServerMetrics* metrics = nullptr; // records each job's wait, when set
    };

    using Job = std::function<void(SqlConnection& db)>;

    explicit DatabaseWorkers(Options options);
    ~DatabaseWorkers();
    DatabaseWorkers(const DatabaseWorkers&) = delete;
    DatabaseWorkers& operator=(const DatabaseWorkers&) = delete;

    void start();
    // Runs what is queued (or expires it), then joins the threads.
    void stop();
    // `job` runs on a database thread; `expired` (on some thread of ours)
    // if no connection became free within waitMs. Exactly one of them runs.
    void submit(Job job, std::function<void()> expired);

    const Options& options() const { return m_options; }

private:
    struct Pending
    {
        Job job;
        std::function<void()> expired;
        std::chrono::steady_clock::time_point deadline;
    };

    void run(int index);
    void watch();

    const Options m_options;
    std::vector<std::thread> m_threads;
    std::thread m_watchdog;
    std::mutex m_mutex;
    std::condition_variable m_work;
    std::condition_variable m_watch;
    std::deque<Pending> m_queue;
    bool m_stopping = false;
};

} // namespace clm::server
