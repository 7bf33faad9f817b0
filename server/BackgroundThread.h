#pragma once

#include <QString>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace clm::server {

struct ServerContext;
class SqlConnection;

// A thread of background work with its own database connection (opened,
// and opened again after a failure, when a pass needs it): runs `pass`
// every `interval`, or again at once while it returns true (more to do),
// until stopped. A pass that throws is logged and retried next interval.
class BackgroundThread
{
public:
    using Pass = std::function<bool(SqlConnection& db)>;

    BackgroundThread(const ServerContext& context, QString name, std::chrono::milliseconds interval,
                     Pass pass);
    ~BackgroundThread();
    BackgroundThread(const BackgroundThread&) = delete;
    BackgroundThread& operator=(const BackgroundThread&) = delete;

    void start();
    void stop();

private:
    void run();

    const ServerContext& m_context;
    const QString m_name;
    const std::chrono::milliseconds m_interval;
    const Pass m_pass;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};

} // namespace clm::server
