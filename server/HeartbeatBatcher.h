#pragma once

#include "server/http/HttpRequest.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace clm::server {

struct ServerContext;
class SqlConnection;

// Group commit for heartbeats, the hot path (every machine, every minute).
//
// A heartbeat's handler checks the session and signs the renewed lease, then
// hands the write to this batcher and returns at once; the worker thread is
// free for other connections. The batcher's thread writes everything that
// has queued up while its previous commit ran, in one transaction (on
// PostgreSQL one UPDATE ... FROM unnest(...) per organization), commits, and
// only then releases the answers. So throughput is not capped by one commit
// per heartbeat, and an acknowledged heartbeat is always durable: a client
// never holds a lease that the database does not back with a seat.
class HeartbeatBatcher
{
public:
    struct Item
    {
        QString organizationId;
        QString sessionId;
        QString licenseId;
        QString deviceId; // empty for user tokens
        qint64 heartbeatAt = 0;
        qint64 leaseExpiresAt = 0;
        qint64 holdsUntil = 0;
        HttpResponse answer; // sent when the write committed
        QJsonObject event;   // published when the write committed
        std::shared_ptr<DeferredResponse> deferred;
    };

    explicit HeartbeatBatcher(const ServerContext& context, int maxBatch = 1000);
    ~HeartbeatBatcher();

    void start();
    // Writes what is queued, then stops.
    void stop();
    void submit(Item item);

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
    std::atomic<quint64> m_batches{0};
    std::atomic<quint64> m_written{0};
};

} // namespace clm::server
