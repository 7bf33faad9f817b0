#pragma once

#include "daemon/Lease.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <random>

namespace clm {
struct RestReply;
}

namespace clm::daemon {

class DeviceState;
class LeaseCache;
class ServerLink;
class TrustedClock;

// Holds the server sessions of this machine: one per (product, OS user),
// shared by every local holder (CLI.md, "Local protocol"). It acquires,
// heartbeats with jitter, re-acquires after "session_expired", releases a
// linger time after the last holder leaves, borrows and returns, keeps every
// verified lease in the cache, and answers from a cached lease while the
// server cannot be reached.
class SeatManager : public QObject
{
    Q_OBJECT
public:
    // Delivers an answer to the client; false when its connection is gone,
    // so a seat is not held for a holder that no longer exists.
    using Reply = std::function<bool(const QJsonObject&)>;

    struct Settings
    {
        QString hardwareId;
        int lingerMs = 30000;
        QByteArray clientName;
    };

    SeatManager(ServerLink* link, DeviceState* device, LeaseCache* cache, TrustedClock* clock,
                Settings settings, QObject* parent = nullptr);
    ~SeatManager() override;

    // Takes over the leases of the cache (after a restart): borrowed ones
    // serve again, others linger and are released unless claimed.
    void restore();

    void checkout(quint64 holder, const QString& osUser, const QString& product, Reply reply);
    void release(quint64 holder, const QString& osUser, const QString& product, Reply reply);
    void borrow(const QString& osUser, const QString& product, qint64 seconds, Reply reply);
    void giveBack(const QString& osUser, const QString& product, Reply reply);
    void holderGone(quint64 holder);

    // The "leases" array of the status answer.
    QJsonArray status() const;
    // Releases every session that is not borrowed (the server being
    // reachable), then calls `done`; gives up after `timeoutMs`.
    void shutdown(int timeoutMs, std::function<void()> done);
    // Forgets every seat and lease (the machine enrolled anew).
    void dropAll();
    // Why the machine is not enrolled, when the daemon knows better than
    // "not enrolled" (an admin disabled it); empty: the default.
    void setNotEnrolledMessage(const QString& message) { m_notEnrolledMessage = message; }

    static QJsonObject denial(const QString& reason, const QString& message);

private:
    enum class Outcome
    {
        Online,      // the server confirmed a session
        Refused,     // the server said no (the answer is the denial)
        Unreachable, // no server answered
    };
    using Continuation = std::function<void(Outcome, const QJsonObject& denial)>;
    struct Seat;

    Seat& ensureSeat(const QString& osUser, const QString& product);
    Seat* findSeat(const QString& osUser, const QString& product);
    void removeSeat(Seat& seat);
    void forEachSeat(const std::function<void(Seat&)>& action);

    void ensureSession(Seat& seat, Continuation next);
    void acquire(Seat& seat);
    void onAcquired(const QString& key, const RestReply& reply, bool jwksRefreshed);
    void heartbeat(const QString& key);
    void onHeartbeat(const QString& key, const RestReply& reply, bool jwksRefreshed);
    void endSession(Seat& seat, std::function<void(bool released)> done = {});
    void finishWaiters(Seat& seat, Outcome outcome, const QJsonObject& denial);
    void scheduleHeartbeat(Seat& seat);
    void startLingerIfIdle(Seat& seat);
    void reestablish();
    void refreshJwks(std::function<void(bool)> done);
    // Verifies and stores a lease for `seat`; false (and a message) if the
    // token does not verify.
    bool adoptLease(Seat& seat, const QByteArray& token, const QJsonObject& license,
                    std::optional<qint64> borrowedUntilMs, QString* error);
    void dropLease(Seat& seat);

    QJsonObject grant(Seat& seat, bool offline) const;
    QJsonObject offlineAnswer(Seat& seat);
    QJsonObject refusal(const RestReply& reply) const;
    QJsonObject notEnrolled() const;
    // The lease's license has expired ("lexp"), judged by trusted time.
    bool licenseOver(const Lease& lease) const;
    bool serverHoldsNoSession(const RestReply& reply) const;

    ServerLink* m_link;
    DeviceState* m_device;
    LeaseCache* m_cache;
    TrustedClock* m_clock;
    Settings m_settings;
    std::map<QString, std::unique_ptr<Seat>> m_seats;
    QHash<quint64, QSet<QString>> m_holdings; // holder -> seat keys
    std::mt19937 m_random;
    QString m_notEnrolledMessage;
    bool m_refreshingJwks = false;
    QList<std::function<void(bool)>> m_jwksWaiters;
};

} // namespace clm::daemon
