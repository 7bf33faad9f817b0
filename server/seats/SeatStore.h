#pragma once

#include "core/Clock.h"
#include "server/db/SqlResult.h"
#include "server/store/Records.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace clm::server {

class SqlConnection;
class Transaction;

// Every line of SQL about seat sessions, for both databases: the seat
// ledger (SeatLedger), the heartbeat batcher and the reaper read and write
// sessions only through it.
class SeatStore
{
public:
    explicit SeatStore(Transaction& tx)
        : m_tx(tx)
    {}

    struct Filter
    {
        QString licenseId;
        QString deviceId;
        QString userId;
        std::optional<bool> active;
        qint64 now = 0;
    };

    std::optional<SessionRecord> find(const QString& id);
    // Locks the licenses of these sessions (PostgreSQL: FOR NO KEY UPDATE,
    // in id order, sent with the next statement), so that a write to several
    // sessions waits for acquire and heartbeat batches on their licenses
    // instead of locking their rows in another order.
    void lockLicensesOf(const QStringList& sessionIds);
    // The sessions of these ids that exist, by id, in one statement; `now`:
    // the instant read with them (the database's clock on PostgreSQL,
    // `clock` on SQLite).
    QHash<QString, SessionRecord> findMany(const QStringList& ids, const Clock& clock, qint64* now);
    // Who opened a session: a device (device token), or a user without a
    // device (user access token).
    struct Owner
    {
        QString deviceId;
        QString userId;
    };
    // Who asks for a seat: the owner, the machine and the OS user, and the
    // licenses it asks one of.
    struct Holder
    {
        Owner owner;
        QString hardwareId;
        QString osUser;
        QStringList licenseIds;
    };
    // For each holder, its session on one of its `licenseIds` (the first in
    // that order) that still holds its seat, if any. Another caller's session
    // is never found, whatever hardware id and OS user it claims. The
    // lookups go together: one round trip on PostgreSQL.
    QList<std::optional<SessionRecord>> findHolding(const QList<Holder>& holders, qint64 now);
    QList<SessionRecord> list(const Filter& filter, qint64 limit, qint64 offset, qint64* count);
    void insert(const SessionRecord& session);
    // Writes heartbeat, lease and hold times of a session that still holds
    // its seat; false if it ended or lapsed meanwhile.
    bool renew(const SessionRecord& session, qint64 now);
    // Ends one session; false if it had already ended.
    bool end(const QString& id, qint64 now, const QString& reason);
    // Ends those of these sessions that had not ended, in one statement on
    // PostgreSQL; returns the ids it ended.
    QSet<QString> endMany(const QStringList& ids, qint64 now, const QString& reason);
    // Ends every seat-holding session matching `column = value`; returns
    // (session id, license id) of those ended.
    QList<QPair<QString, QString>> endAll(const QString& column, const QString& value, qint64 now,
                                          const QString& reason);
    // Sessions of each license holding a seat at `now`, each counted by a
    // statement of its own, with a fresh snapshot (the statements go
    // together: one round trip on PostgreSQL). `countedAt`: the instant a
    // session granted on this count starts at (on PostgreSQL the database's
    // clock after the snapshot, so every session the count saw ended had
    // ended by then).
    struct Holding
    {
        qint64 count = 0;
        qint64 countedAt = 0;
    };
    QList<Holding> countHoldingEach(const QStringList& licenseIds, qint64 now);
    // A SQL expression counting the sessions holding a seat of license `l` at
    // the time bound as `nowParameter` (for license lists); the statement
    // binds the organization as $1.
    static QString countHoldingExpression(const QString& nowParameter);

    // Heartbeats of one organization, written together inside the caller's
    // open transaction: each session renewed if its owner asks, it still
    // holds its seat and its license is valid, at the database's "now";
    // the renewed sessions come back with their licenses (to sign leases).
    struct RenewRequest
    {
        QString sessionId;
        QString deviceId; // the caller: a device ...
        QString userId;   // ... or a user without one
    };
    struct Renewed
    {
        SessionRecord session;
        LicenseRecord license;
    };
    struct RenewBatch
    {
        QList<Renewed> renewed;
        QStringList expired; // the caller's, but ended or lapsed (or its license is not valid)
        QStringList unknown; // no such session of this caller
        qint64 now = 0;
    };
    static RenewBatch renewAll(SqlConnection& db, const QString& organizationId,
                               const QList<RenewRequest>& requests, qint64 ttlMs,
                               const Clock& clock);

    // The reaper's view across organizations (maintenance functions on
    // PostgreSQL): lapsed but open sessions (organization, id, license), and
    // seat-holding counts per license.
    struct Key
    {
        QString organizationId;
        QString id;
        QString licenseId;
    };
    // Organizations that have lapsed but open sessions.
    static QStringList organizationsWithLapsed(SqlConnection& db, qint64 now);
    static QList<Key> holdingCounts(SqlConnection& db, qint64 now, QList<qint64>* counts);
    // Every active license of every organization: (organization, license)
    // with its seats and the sessions holding one at `now`.
    struct Seats
    {
        QString organizationId;
        QString licenseId;
        qint64 seats = 0;
        qint64 inUse = 0;
    };
    static QList<Seats> seatsOfEveryLicense(SqlConnection& db, qint64 now);
    // Ends up to `limit` of the transaction's organization's sessions still
    // open and lapsed at `now` (timeout), in one statement, skipping rows
    // another transaction holds (a heartbeat batch, another reaper: they are
    // looked at again next pass); returns (session id, license id) of those
    // it ended.
    QList<QPair<QString, QString>> endLapsed(qint64 now, int limit);

    static const QString kColumns;
    static SessionRecord fromRow(const SqlRow& row);

private:
    Transaction& m_tx;
};

} // namespace clm::server
