#pragma once

#include "server/seats/SeatLedger.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace clm::server {

struct ServerContext;
class SqlConnection;

// Group commit for heartbeats, the hot path (every machine, every minute).
//
// A heartbeat is handed to this batcher with its caller and session; the
// batcher's thread writes everything that has queued up while its previous
// commit ran, in one transaction (per organization one statement that checks
// the caller, the seat and the license and renews: SeatLedger::renew), and
// only after the commit hands each heartbeat its outcome. So throughput is
// not capped by one commit per heartbeat, nothing is read before the write,
// and an acknowledged heartbeat is always durable: a client never holds a
// lease that the database does not back with a seat.
class HeartbeatBatcher
{
public:
    // The outcome once durable, or the failure that prevented it; called on
    // the batcher's thread.
    using Done = std::function<void(const SeatOutcome& outcome, std::exception_ptr failure)>;

    struct Item
    {
        SeatCaller caller;
        QString sessionId;
        Done done;
    };

    explicit HeartbeatBatcher(const ServerContext& context, int maxBatch = 2000);
    ~HeartbeatBatcher();

    void start();
    // Writes what is queued, then stops.
    void stop();
    void submit(Item item);

    // Returns once no heartbeat is queued or being written, or one batch
    // has been written, or after `limit`. SQLite's write lock is not fair: a
    // writer that takes it again at once (the reaper, batch after batch)
    // can starve the batcher, so the reaper gives it a turn between batches.
    void waitForTurn(std::chrono::milliseconds limit);

    quint64 batches() const { return m_batches; }
    quint64 written() const { return m_written; }

private:
    void run();
    void flush(std::vector<Item>& batch);

    const ServerContext& m_context;
    const int m_maxBatch;
    std::unique_ptr<SqlConnection> m_db;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Item> m_queue;
    bool m_stopping = false;
    std::atomic<bool> m_writing{false};
    std::atomic<quint64> m_batches{0};
    std::atomic<quint64> m_written{0};
};

} // namespace clm::server
