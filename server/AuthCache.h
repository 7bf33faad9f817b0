#pragma once

#include "server/Principal.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <mutex>
#include <optional>

namespace clm::server {

// Callers already authenticated, so that a seat operation needs neither an
// Ed25519 verification of its access token nor a database lookup of its
// caller: verified user access tokens until their `exp`, device
// tokens by their hash. What the database said of them (active, role) is
// forgotten within moments of changing on any server process: every change
// of a user or device publishes an event (user.updated; device.updated,
// which goes between server processes only, never to live listeners), which
// reaches every process (LISTEN/NOTIFY on PostgreSQL, directly on SQLite)
// and drops the entries it concerns; the process that made the change drops
// them when it commits. While those events cannot arrive (the LISTEN
// connection is down) the cache is not used at all. Only the seat
// operations read it (acquire, heartbeat, borrow, release: routes marked
// Router::Authentication::Cached): another process may accept one for the
// moment its NOTIFY is in flight; everything else is checked against the
// database each time. Bounded: past its capacity it starts
// empty again.
class AuthCache
{
public:
    explicit AuthCache(qsizetype capacity = 100'000);

    // Lookups; on a miss the caller asks the database and remembers what it
    // said, passing the generation() it read before asking, so that an
    // answer overtaken by a change is not kept.
    std::optional<Principal> user(const QByteArray& accessToken, qint64 now);
    void rememberUser(const QByteArray& accessToken, const Principal& principal,
                      quint64 generation);
    std::optional<Principal> device(const QString& tokenHash, qint64 now);
    void rememberDevice(const QString& tokenHash, const Principal& principal, qint64 now,
                        quint64 generation);
    quint64 generation() const;

    // An event of any organization, as the event hub delivers it.
    void observe(const QJsonObject& event);
    // Whether changes are heard; when not, nothing is answered or kept.
    void setTrusted(bool trusted);

private:
    struct Entry
    {
        Principal principal;
        qint64 expiresAt = 0;
    };
    template<typename Key>
    std::optional<Principal> find(const QHash<Key, Entry>& entries, const Key& key, qint64 now);
    template<typename Key>
    void remember(QHash<Key, Entry>& entries, const Key& key, Entry entry, quint64 generation);
    void forget(const QString& userId, const QString& deviceId);
    void makeRoom();

    const qsizetype m_capacity;
    mutable std::mutex m_mutex;
    QHash<QByteArray, Entry> m_users;
    QHash<QString, Entry> m_devices;
    bool m_trusted = true;
    quint64 m_generation = 0;
};

} // namespace clm::server
