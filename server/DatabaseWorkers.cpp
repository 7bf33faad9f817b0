#include "server/DatabaseWorkers.h"

#include "server/db/SqlConnection.h"
#include "server/db/SqlError.h"
#include "server/metrics/ServerMetrics.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWorkers, "clm.server.db")

namespace clm::server {

DatabaseWorkers::DatabaseWorkers(Options options)
    : m_options(std::move(options))
{}

DatabaseWorkers::~DatabaseWorkers()
{
    stop();
}

void DatabaseWorkers::start()
{
    for (int i = 0; i < std::max(1, m_options.threads); ++i)
        m_threads.emplace_back([this, i] { run(i); });
    m_watchdog = std::thread([this] { watch(); });
}

void DatabaseWorkers::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_work.notify_all();
    m_watch.notify_all();
    for (auto& thread : m_threads) {
        if (thread.joinable())
            thread.join();
    }
    m_threads.clear();
    if (m_watchdog.joinable())
        m_watchdog.join();
}

void DatabaseWorkers::submit(Job job, std::function<void()> expired)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(
                {std::move(job), std::move(expired),
                 std::chrono::steady_clock::now() + std::chrono::milliseconds(m_options.waitMs)});
    }
    m_work.notify_one();
    m_watch.notify_one();
}

void DatabaseWorkers::run(int index)
{
    std::unique_ptr<SqlConnection> db;
    for (;;) {
        Pending pending;
        {
            std::unique_lock lock(m_mutex);
            m_work.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and nothing left to answer
            pending = std::move(m_queue.front());
            m_queue.pop_front();
        }
        if (std::chrono::steady_clock::now() > pending.deadline) {
            pending.expired();
            continue;
        }
        try {
            if (!db)
                db = SqlConnection::open(m_options.url, m_options.role, m_options.timeoutMs);
        } catch (const SqlError& e) {
            // The job still runs: it meets the same error and answers it.
            qCWarning(lcWorkers).noquote()
                    << "database worker" << index << "cannot open its connection:" << e.message();
        }
        if (!db) {
            pending.expired();
            continue;
        }
        if (m_options.metrics) {
            const auto queued = pending.deadline - std::chrono::milliseconds(m_options.waitMs);
            m_options.metrics->databaseWait(
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - queued)
                            .count());
        }
        pending.job(*db);
    }
}

void DatabaseWorkers::watch()
{
    // Jobs still queued at their deadline (every database thread is busy,
    // say with a database that stalls) are answered without waiting longer.
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (m_stopping)
            return;
        if (m_queue.empty()) {
            m_watch.wait(lock);
            continue;
        }
        const auto next = m_queue.front().deadline;
        if (std::chrono::steady_clock::now() < next) {
            m_watch.wait_until(lock, next);
            continue;
        }
        std::vector<std::function<void()>> expired;
        const auto now = std::chrono::steady_clock::now();
        while (!m_queue.empty() && m_queue.front().deadline <= now) {
            expired.push_back(std::move(m_queue.front().expired));
            m_queue.pop_front();
        }
        lock.unlock();
        for (auto& callback : expired)
            callback();
        lock.lock();
    }
}

} // namespace clm::server
