#pragma once

#include "server/seats/SeatStore.h"
#include "server/store/Records.h"

#include <QList>
#include <QString>

#include <functional>

namespace clm::server {

struct Principal;
struct ServerContext;
class SqlConnection;
class Transaction;

// Who asks the ledger: the owner of the sessions it may find, renew or end
// (a device, or a user without one), and where the request came from.
struct SeatCaller
{
    QString organizationId;
    QString deviceId;
    QString userId;
    QString email;      // a user's: the lease's "usr" when no OS user is named
    QString hardwareId; // a device's own; a user's from the request
    QString hostname;   // a device's
    QString ipAddress;

    static SeatCaller of(const Principal& principal, const QString& clientAddress);
    bool isDevice() const { return !deviceId.isEmpty(); }
    SeatStore::Owner owner() const;
    QString actorType() const;
    QString actorId() const;
};

// What the ledger decided; the HTTP layer turns it into an answer.
struct SeatOutcome
{
    enum class Kind
    {
        Granted,          // a new session holds a seat
        Renewed,          // the caller's session, renewed (acquire again, heartbeat)
        Borrowed,         // held without heartbeats until borrowed_until
        Released,         // ended (or had already ended)
        NoSeats,          // every seat is held (seats, active)
        NoLicense,        // no such license key or product in the organization
        LicenseInactive,  // the license is deactivated
        LicenseExpired,   // the license is past its expiry
        SessionExpired,   // the caller's session ended or lapsed
        NotFound,         // no such session of this caller
        BorrowNotAllowed, // the license's max_borrow_seconds is 0
        BorrowTooLong,    // more than max_borrow_seconds asked
    };

    Kind kind = Kind::NotFound;
    LicenseRecord license;
    SessionRecord session;
    QString leaseUser; // the lease's "usr"
    qint64 at = 0;     // the instant it was decided (the lease's "iat")
    qint64 seats = 0;  // NoSeats: the license's seats and sessions holding one
    qint64 active = 0;
    qint64 maxBorrowSeconds = 0; // BorrowTooLong

    bool holdsSeat() const
    {
        return kind == Kind::Granted || kind == Kind::Renewed || kind == Kind::Borrowed;
    }
};

// The seat rules (API.md "Seat sessions", docs/seats.md) in one place:
// acquire, renew, borrow, release, revoke, the ends that deactivation and
// disabling cause, and reaping. Every session it reads or writes goes
// through SeatStore; it records the audit entries and live events of what
// it decides. It knows nothing of HTTP: handlers translate to it and back.
class SeatLedger
{
public:
    explicit SeatLedger(const ServerContext& context);

    struct AcquireRequest
    {
        SeatCaller caller;
        QString licenseKey; // or
        QString product;
        QString osUser;
        QString client;
    };
    // Requests of one organization, each naming a license key or a product,
    // decided together in one transaction: every license they name locked
    // at once (in id order), each one's sessions counted once, seats given
    // in the requests' order until none is free, the rest refused (each
    // refusal counted as a denial and published). One outcome per request,
    // in order.
    QList<SeatOutcome> acquire(SqlConnection& db, const QList<AcquireRequest>& requests);

    // Heartbeats of one organization inside the batcher's open transaction
    // (SeatStore::renewAll); one outcome per request, in order.
    struct RenewRequest
    {
        SeatCaller caller;
        QString sessionId;
    };
    QList<SeatOutcome> renew(SqlConnection& db, const QString& organizationId,
                             const QList<RenewRequest>& requests);

    SeatOutcome borrow(Transaction& tx, const SeatCaller& caller, const QString& sessionId,
                       qint64 seconds);
    // Releases of one organization, ended together in one transaction: the
    // caller's session ends now (audited, published) if it still ran;
    // Released whether it ran or had already ended, NotFound if it is not
    // the caller's. One outcome per request, in order.
    struct ReleaseRequest
    {
        SeatCaller caller;
        QString sessionId;
    };
    QList<SeatOutcome> release(SqlConnection& db, const QList<ReleaseRequest>& requests);
    // An admin's force-release: NotFound or Released.
    SeatOutcome revoke(Transaction& tx, const SeatCaller& admin, const QString& sessionId);
    // Every seat-holding session of a license (deactivated) or a device
    // (disabled) ends now; (session id, license id) of those ended.
    QList<QPair<QString, QString>> endForLicense(Transaction& tx, const QString& licenseId);
    QList<QPair<QString, QString>> endForDevice(Transaction& tx, const QString& deviceId);

    // Ends lapsed sessions of every organization (timeout), in batches,
    // calling `betweenBatches` (if any) after each commit; returns how many.
    qint64 reap(SqlConnection& db, const std::function<void()>& betweenBatches = {});
    // Records the current seat use of every license for the usage history.
    void sampleUsage(SqlConnection& db);

    // The times of a session renewed at `now` (SeatStore::renewAll does the
    // same in SQL): the lease runs offline_lease_seconds past the heartbeat
    // (or to the end of a borrow), never past the license's expiry; the seat
    // is held until max(heartbeat + TTL, lease expiry).
    static void renewTimes(SessionRecord& s, const LicenseRecord& license, qint64 ttlMs,
                           qint64 now);

private:
    QList<SeatOutcome> decide(Transaction& tx, const QList<AcquireRequest>& requests);
    void audit(Transaction& tx, const SeatCaller& caller, const QString& action,
               const QString& targetId, const QJsonObject& details, qint64 at);
    void publish(Transaction& tx, const QJsonObject& event);
    QString leaseUser(Transaction& tx, const SessionRecord& s, const SeatCaller& caller);
    qint64 ttlMs() const;

    const ServerContext& m_context;
};

} // namespace clm::server
