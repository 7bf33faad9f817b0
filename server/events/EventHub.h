#pragma once

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace clm::server {

class Transaction;
class SqlConnection;

// Live events for the admin GUI, per organization. Publishing happens inside
// a transaction and is delivered only if it commits. With SQLite (one
// process) delivery is direct; with PostgreSQL every process publishes with
// pg_notify and delivers what its LISTEN connection receives, so a listener
// on any server process sees events from all of them.
//
// PostgreSQL serializes the commits of transactions that NOTIFY (a
// database-wide lock held until the commit is flushed), which made every
// seat change commit one at a time (docs/performance.md). So only the
// events other processes' caches act on (user.updated, device.updated for
// authentication, webhook.updated for the webhook outbox) are notified
// inside their transaction; the others are
// sent after commit, in batches, by the LISTEN thread on its own connection
// without waiting for a flush. They are live updates, not a record: one can
// be lost if the process dies right after the commit (the audit log and the
// tables are the record), and a listener that reconnects reloads.
class EventHub
{
public:
    using Listener = std::function<void(const QJsonObject& event)>;

    EventHub() = default;
    ~EventHub();

    // Starts the LISTEN thread when `databaseUrl` is PostgreSQL.
    void start(const QString& databaseUrl, const QString& role);
    void stop();

    void publish(Transaction& tx, const QString& organizationId, const QJsonObject& event);
    // An event of a change already committed (the heartbeat batcher's).
    void publishCommitted(const QString& organizationId, const QJsonObject& event);
    // The same for an event written as compact JSON text already (one for
    // every heartbeat): `type` is its "type". It is sent as it is, and read
    // back only when someone in this process takes it.
    void publishCommitted(const QString& organizationId, QLatin1StringView type,
                          QByteArrayView eventJson);

    // Listeners are called on the hub's thread or the publisher's; they must
    // only hand the event on (post to their own executor).
    quint64 subscribe(const QString& organizationId, Listener listener);
    void unsubscribe(quint64 id);
    int listenerCount() const;

    // Sees the events other processes' caches act on (user.updated,
    // device.updated, webhook.updated) of every organization: this
    // process's own when they commit, every process's when delivered (so
    // on PostgreSQL its own twice; the authentication cache forgets what
    // changed); it may see other events too. Learns whether events of
    // other processes can arrive at all (the LISTEN connection is up; on
    // SQLite always). Set before start().
    void setObserver(Listener observer, std::function<void(bool hearing)> hearing);

private:
    // Whether anyone in this process takes an event: the observer one of
    // its types, a listener one of its organization. The second reads a
    // notification's payload without parsing it.
    bool wanted(QStringView organizationId, QLatin1StringView type) const;
    bool wanted(QByteArrayView payload) const;
    bool listensTo(QAnyStringView organizationId) const;
    void deliver(const QString& organizationId, const QJsonObject& event);
    void listenLoop(QString url, QString role);
    void enqueue(QByteArray payload);
    void sendQueued(SqlConnection& db);

    mutable std::mutex m_mutex;
    std::map<quint64, std::pair<QString, Listener>> m_listeners;
    Listener m_observer;
    std::function<void(bool)> m_hearing;
    quint64 m_nextId = 1;
    bool m_postgres = false;
    std::atomic<bool> m_stopping{false};
    std::vector<QByteArray> m_queued; // guarded by m_mutex
    std::thread m_thread;
    int m_wakeFd[2] = {-1, -1};
};

} // namespace clm::server
