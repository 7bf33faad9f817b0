#include "server/seats/SeatLedger.h"

#include "server/ApiSupport.h"
#include "server/Principal.h"
#include "server/ServerContext.h"
#include "server/api/Serializers.h"
#include "server/db/SqlConnection.h"
#include "server/events/EventHub.h"
#include "server/metrics/ServerMetrics.h"
#include "server/store/AuditStore.h"
#include "server/store/DeviceStore.h"
#include "server/store/LicenseStore.h"
#include "server/store/Transaction.h"
#include "server/store/UsageStore.h"
#include "server/store/UserStore.h"
#include "server/webhooks/WebhookOutbox.h"

#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMap>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcLedger, "clm.server.seats")

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

// Sessions ended per transaction. SQLite's one write lock is held for the
// whole batch and every heartbeat waits for it, so its batches are smaller.
constexpr int kReapBatch = 5000;
constexpr int kSqliteReapBatch = 1000;
// Above this many sessions ended at once in one organization, listeners get
// one summary event instead of one event per session.
constexpr int kMaxEventsPerBatch = 200;

QJsonObject sessionEvent(const QString& type, const SessionRecord& s, qint64 now)
{
    return QJsonObject{{u"type"_s, type}, {u"session"_s, api::toJson(s, now)}};
}

QJsonObject endedEvent(const QString& sessionId, const QString& licenseId, const QString& reason)
{
    return QJsonObject{{u"type"_s, u"session.ended"_s},
                       {u"session_id"_s, sessionId},
                       {u"license_id"_s, licenseId},
                       {u"end_reason"_s, reason}};
}

// The caller's own session, or nothing (another's, another organization's,
// unknown: all the same to the caller).
std::optional<SessionRecord> callersSession(SeatStore& seats, const SeatCaller& caller,
                                            const QString& id)
{
    auto s = seats.find(id);
    const bool mine =
            s && (caller.isDevice() ? s->deviceId == caller.deviceId
                                    : s->userId == caller.userId && s->deviceId.isEmpty());
    if (!mine)
        return std::nullopt;
    return s;
}

SeatOutcome outcome(SeatOutcome::Kind kind)
{
    SeatOutcome o;
    o.kind = kind;
    return o;
}

} // namespace

// ---- the caller -----------------------------------------------------------

SeatCaller SeatCaller::of(const Principal& p, const QString& clientAddress)
{
    SeatCaller caller;
    caller.organizationId = p.organizationId;
    caller.ipAddress = clientAddress;
    if (p.kind == Principal::Kind::Device) {
        caller.deviceId = p.deviceId;
        caller.hardwareId = p.hardwareId;
        caller.hostname = p.hostname;
    } else {
        caller.userId = p.userId;
        caller.email = p.email;
    }
    return caller;
}

SeatStore::Owner SeatCaller::owner() const
{
    return isDevice() ? SeatStore::Owner{deviceId, QString()} : SeatStore::Owner{QString(), userId};
}

QString SeatCaller::actorType() const
{
    return isDevice() ? u"device"_s : u"user"_s;
}

QString SeatCaller::actorId() const
{
    return isDevice() ? deviceId : userId;
}

// ---- the ledger -----------------------------------------------------------

SeatLedger::SeatLedger(const ServerContext& context)
    : m_context(context)
{}

qint64 SeatLedger::ttlMs() const
{
    return m_context.settings.sessionTtlSeconds * 1000;
}

void SeatLedger::renewTimes(SessionRecord& s, const LicenseRecord& license, qint64 ttlMs,
                            qint64 now)
{
    s.lastHeartbeatAt = now;
    if (s.borrowedUntil && license.expiresAt)
        s.borrowedUntil = std::min(*s.borrowedUntil, *license.expiresAt);
    s.leaseExpiresAt = now + license.offlineLeaseSeconds * 1000;
    if (s.borrowedUntil && *s.borrowedUntil > s.leaseExpiresAt)
        s.leaseExpiresAt = *s.borrowedUntil;
    if (license.expiresAt)
        s.leaseExpiresAt = std::min(s.leaseExpiresAt, *license.expiresAt);
    s.holdsUntil = std::max(now + ttlMs, s.leaseExpiresAt);
}

void SeatLedger::audit(Transaction& tx, const SeatCaller& caller, const QString& action,
                       const QString& targetId, const QJsonObject& details, qint64 at)
{
    AuditEntry entry;
    entry.actorType = caller.actorType();
    entry.actorId = caller.actorId();
    entry.action = action;
    entry.targetType = u"session"_s;
    entry.targetId = targetId;
    entry.ipAddress = caller.ipAddress;
    entry.details = details;
    AuditStore(tx).append(entry, api::newId(), at);
}

void SeatLedger::publish(Transaction& tx, const QJsonObject& event)
{
    if (m_context.events)
        m_context.events->publish(tx, tx.organizationId(), event);
    recordWebhookOf(m_context, tx, event);
}

QString SeatLedger::leaseUser(Transaction& tx, const SessionRecord& s, const SeatCaller& caller)
{
    if (!s.osUser.isEmpty() || s.userId.isEmpty())
        return s.osUser;
    if (s.userId == caller.userId && !caller.email.isEmpty())
        return caller.email; // known from authentication: no query on the hot path
    const auto user = UserStore(tx).find(s.userId);
    return user ? user->email : QString();
}

namespace {

// The reason label of clm_acquires_total; empty for a seat held.
QString denialReason(SeatOutcome::Kind kind)
{
    switch (kind) {
    case SeatOutcome::Kind::NoSeats:
        return u"no_seats"_s;
    case SeatOutcome::Kind::NoLicense:
        return u"no_license"_s;
    case SeatOutcome::Kind::LicenseInactive:
        return u"license_inactive"_s;
    case SeatOutcome::Kind::LicenseExpired:
        return u"license_expired"_s;
    default:
        return QString();
    }
}

} // namespace

QList<SeatOutcome> SeatLedger::acquire(SqlConnection& db, const QList<AcquireRequest>& requests)
{
    if (requests.isEmpty())
        return {};
    Transaction tx(db, Transaction::Mode::Write, requests.first().caller.organizationId);
    QList<SeatOutcome> outcomes = decide(tx, requests);
    tx.commit();
    if (m_context.metrics) {
        for (const SeatOutcome& outcome : std::as_const(outcomes))
            m_context.metrics->acquire(denialReason(outcome.kind));
    }
    return outcomes;
}

QList<SeatOutcome> SeatLedger::decide(Transaction& tx, const QList<AcquireRequest>& requests)
{
    // Each request names a license key or a product; the same name means
    // the same licenses for every request that uses it.
    auto nameOf = [](const AcquireRequest& r) {
        return r.licenseKey.isEmpty() ? u"p:"_s + r.product : u"k:"_s + r.licenseKey;
    };
    QStringList keys, products;
    for (const AcquireRequest& r : requests) {
        QStringList& names = r.licenseKey.isEmpty() ? products : keys;
        const QString& name = r.licenseKey.isEmpty() ? r.product : r.licenseKey;
        if (!names.contains(name))
            names.append(name);
    }

    // Every license the batch names is locked first, all in one statement
    // in id order (as heartbeat and release batches lock theirs); "now" is
    // read after the lock was granted (a waiter's session must not start in
    // the past), from the database's clock on PostgreSQL. Their seats are
    // counted below, after the lock, not by this read.
    const QList<LicenseRecord> locked = LicenseStore(tx, m_context.clock->nowMsecs())
                                                .findByKeysOrProducts(keys, products, true);
    const qint64 now = tx.now(*m_context.clock);
    struct Named
    {
        SeatOutcome::Kind refusal = SeatOutcome::Kind::Granted; // Granted: none
        QList<LicenseRecord> valid;                             // in id order
    };
    QHash<QString, Named> named;
    QStringList counted; // every valid license named, once
    for (const AcquireRequest& r : requests) {
        const QString name = nameOf(r);
        if (named.contains(name))
            continue;
        Named& n = named[name];
        bool any = false;
        bool anyActive = false;
        for (const LicenseRecord& license : locked) {
            if (r.licenseKey.isEmpty() ? license.product != r.product
                                       : license.licenseKey != r.licenseKey)
                continue;
            any = true;
            anyActive = anyActive || license.isActive;
            if (!license.isValid(now))
                continue;
            n.valid.append(license);
            if (!counted.contains(license.id))
                counted.append(license.id);
        }
        if (!any)
            n.refusal = SeatOutcome::Kind::NoLicense;
        else if (n.valid.isEmpty())
            n.refusal = anyActive ? SeatOutcome::Kind::LicenseExpired
                                  : SeatOutcome::Kind::LicenseInactive;
    }

    SeatStore seats(tx);
    // Each license is counted once, after the lock, by a statement of its
    // own (they go together): on PostgreSQL the locking SELECT's snapshot
    // predates the sessions committed by whoever held the lock before.
    struct Count
    {
        qint64 holding = 0;
        qint64 countedAt = 0;
    };
    QHash<QString, Count> counts;
    {
        const QList<SeatStore::Holding> holding = seats.countHoldingEach(counted, now);
        for (qsizetype i = 0; i < counted.size(); ++i)
            counts.insert(counted.at(i), {holding.at(i).count, holding.at(i).countedAt});
    }
    auto countOf = [&](const LicenseRecord& license) -> Count& {
        return counts[license.id];
    };
    QList<SeatOutcome> outcomes;
    QMap<QString, QPair<qint64, qint64>> peaks; // license id -> (instant, seats held)
    QMap<QString, qint64> touched;              // device id -> seen at

    // Refusals are counted once per caller after the decisions: two
    // statements for a batch however many were refused.
    QMap<QString, QList<UsageStore::Refusal>> refused; // license id -> callers
    auto refuse = [&refused](const QString& licenseId, const SeatCaller& caller,
                             const QString& osUser) {
        QList<UsageStore::Refusal>& callers = refused[licenseId];
        for (UsageStore::Refusal& r : callers) {
            if (r.hardwareId == caller.hardwareId && r.osUser == osUser) {
                ++r.count;
                return;
            }
        }
        callers.append({caller.hardwareId, osUser, caller.hostname, 1});
    };

    // The same caller, machine and OS user again: their session, not a
    // second seat. Another caller's session is never handed out. Looked up
    // for every request at once; a session started or renewed by an earlier
    // request of this batch is the one a later request of the same caller
    // finds, as if it had looked after it.
    QList<SeatStore::Holder> holders;
    for (const AcquireRequest& r : requests) {
        QStringList ids;
        for (const LicenseRecord& license : std::as_const(named[nameOf(r)].valid))
            ids.append(license.id);
        holders.append({r.caller.owner(), r.caller.hardwareId, r.osUser, ids});
    }
    const QList<std::optional<SessionRecord>> holding = seats.findHolding(holders, now);
    QHash<QString, SessionRecord> heldInBatch;
    auto holderKey = [](const SeatCaller& caller, const QString& osUser) {
        const SeatStore::Owner owner = caller.owner();
        return QStringList{owner.deviceId, owner.userId, caller.hardwareId, osUser}.join(u'\n');
    };

    for (qsizetype index = 0; index < requests.size(); ++index) {
        const AcquireRequest& r = requests.at(index);
        const SeatCaller& caller = r.caller;
        const Named& n = named[nameOf(r)];
        if (n.refusal != SeatOutcome::Kind::Granted) {
            outcomes.append(outcome(n.refusal));
            continue;
        }
        const QList<LicenseRecord>& valid = n.valid;
        const QString key = holderKey(caller, r.osUser);
        // The caller's session on the first of these licenses that has one:
        // started or renewed earlier in this batch, or found before it. A
        // batch may hold the same caller's requests for other licenses.
        std::optional<SessionRecord> existing;
        const LicenseRecord* existingLicense = nullptr;
        for (const LicenseRecord& license : valid) {
            if (const auto earlier = heldInBatch.constFind(key + u'\n' + license.id);
                earlier != heldInBatch.cend())
                existing = *earlier;
            else if (holding.at(index) && holding.at(index)->licenseId == license.id)
                existing = holding.at(index);
            if (existing) {
                existingLicense = &license;
                break;
            }
        }
        if (existing) {
            renewTimes(*existing, *existingLicense, ttlMs(), now);
            // Ended since it was found (a revocation, the reaper: neither
            // waits for the license's lock): no longer the caller's seat,
            // so one is decided for the request below like for anyone's.
            if (seats.renew(*existing, now)) {
                SeatOutcome o = outcome(SeatOutcome::Kind::Renewed);
                o.license = *existingLicense;
                o.session = *existing;
                o.leaseUser = leaseUser(tx, *existing, caller);
                o.at = now;
                outcomes.append(o);
                heldInBatch.insert(key + u'\n' + existingLicense->id, *existing);
                continue;
            }
        }
        bool granted = false;
        for (const auto& license : valid) {
            Count& count = countOf(license);
            if (count.holding >= license.maxConcurrentSeats)
                continue;
            // A session starts at the instant its seat was counted free.
            const qint64 at = count.countedAt;
            SessionRecord s;
            s.organizationId = caller.organizationId;
            s.id = api::newId();
            s.licenseId = license.id;
            s.licenseName = license.name;
            s.product = license.product;
            s.deviceId = caller.deviceId;
            s.userId = caller.isDevice() ? QString() : caller.userId;
            s.hardwareId = caller.hardwareId;
            s.hostname = caller.hostname;
            s.osUser = r.osUser;
            s.ipAddress = caller.ipAddress;
            s.client = r.client;
            s.startedAt = at;
            renewTimes(s, license, ttlMs(), at);
            seats.insert(s);
            ++count.holding;
            peaks.insert(license.id, {at, count.holding});
            if (caller.isDevice())
                touched.insert(caller.deviceId, at);
            audit(tx, caller, u"session.acquire"_s, s.id,
                  {{u"license_id"_s, license.id},
                   {u"hardware_id"_s, s.hardwareId},
                   {u"os_user"_s, s.osUser}},
                  at);
            publish(tx, sessionEvent(u"session.started"_s, s, at));
            if (count.holding == license.maxConcurrentSeats)
                recordWebhook(m_context, tx, u"license.seats_exhausted"_s,
                              {{u"license_id"_s, license.id},
                               {u"product"_s, license.product},
                               {u"seats"_s, license.maxConcurrentSeats},
                               {u"at"_s, api::timestamp(at)}});
            SeatOutcome o = outcome(SeatOutcome::Kind::Granted);
            o.license = license;
            o.session = s;
            o.leaseUser = leaseUser(tx, s, caller);
            o.at = at;
            outcomes.append(o);
            heldInBatch.insert(key + u'\n' + license.id, s);
            granted = true;
            break;
        }
        if (granted)
            continue;
        // Refused: counted as a denial, and told to the admins at once.
        const LicenseRecord& license = valid.first();
        refuse(license.id, caller, r.osUser);
        publish(tx, {{u"type"_s, u"session.denied"_s},
                     {u"license_id"_s, license.id},
                     {u"product"_s, license.product},
                     {u"hardware_id"_s, caller.hardwareId},
                     {u"os_user"_s, r.osUser},
                     {u"at"_s, api::timestamp(now)}});
        SeatOutcome o = outcome(SeatOutcome::Kind::NoSeats);
        o.license = license;
        o.seats = license.maxConcurrentSeats;
        o.active = countOf(license).holding;
        o.at = now;
        outcomes.append(o);
    }
    // Rows that other transactions write too are written in key order (so
    // that two writers never wait for each other in a cycle): the devices
    // seen, as a heartbeat batch touches them, and per license its usage
    // row, as sampleUsage writes them. A license's grants in this batch all
    // started at its count's instant, each with one more seat held: the
    // last is its peak.
    for (auto it = touched.cbegin(); it != touched.cend(); ++it)
        DeviceStore(tx).touch(it.key(), it.value());
    QStringList used = peaks.keys() + refused.keys();
    std::sort(used.begin(), used.end());
    used.erase(std::unique(used.begin(), used.end()), used.end());
    for (const QString& license : std::as_const(used)) {
        if (const auto peak = peaks.constFind(license); peak != peaks.cend())
            UsageStore(tx).recordPeak(license, peak->first, peak->second);
        if (const auto callers = refused.constFind(license); callers != refused.cend())
            UsageStore(tx).recordDenials(license, now, callers.value());
    }
    return outcomes;
}

QList<SeatOutcome> SeatLedger::renew(SqlConnection& db, const QString& organizationId,
                                     const QList<RenewRequest>& requests)
{
    QList<SeatStore::RenewRequest> rows;
    for (const auto& r : requests)
        rows.append({r.sessionId, r.caller.deviceId,
                     r.caller.isDevice() ? QString() : r.caller.userId});
    const SeatStore::RenewBatch batch =
            SeatStore::renewAll(db, organizationId, rows, ttlMs(), *m_context.clock);
    QHash<QString, const SeatStore::Renewed*> renewed;
    for (const auto& r : batch.renewed)
        renewed.insert(r.session.id, &r);
    QList<SeatOutcome> outcomes;
    for (const auto& r : requests) {
        if (const auto* done = renewed.value(r.sessionId)) {
            SeatOutcome o = outcome(SeatOutcome::Kind::Renewed);
            o.session = done->session;
            o.license = done->license;
            // The caller owns the session: its email names a user session.
            o.leaseUser = done->session.osUser.isEmpty() && !done->session.userId.isEmpty()
                                  ? r.caller.email
                                  : done->session.osUser;
            o.at = batch.now;
            outcomes.append(o);
        } else if (batch.expired.contains(r.sessionId)) {
            outcomes.append(outcome(SeatOutcome::Kind::SessionExpired));
        } else {
            outcomes.append(outcome(SeatOutcome::Kind::NotFound));
        }
    }
    return outcomes;
}

SeatOutcome SeatLedger::borrow(Transaction& tx, const SeatCaller& caller, const QString& sessionId,
                               qint64 seconds)
{
    SeatStore seats(tx);
    auto s = callersSession(seats, caller, sessionId);
    if (!s)
        return outcome(SeatOutcome::Kind::NotFound);
    // The license's row is locked as acquire locks it; the time is read
    // after the lock (renew() checks again that the seat is still held).
    const auto license =
            LicenseStore(tx, m_context.clock->nowMsecs()).find(s->licenseId, true, false);
    const qint64 now = tx.now(*m_context.clock);
    if (!s->holdsSeat(now) || !license || !license->isValid(now))
        return outcome(SeatOutcome::Kind::SessionExpired);
    if (license->maxBorrowSeconds == 0)
        return outcome(SeatOutcome::Kind::BorrowNotAllowed);
    if (seconds > license->maxBorrowSeconds) {
        SeatOutcome o = outcome(SeatOutcome::Kind::BorrowTooLong);
        o.maxBorrowSeconds = license->maxBorrowSeconds;
        return o;
    }
    // A borrow reaching past the license's expiry is cut to it (renewTimes);
    // a shorter borrow than the regular lease still ends the borrow then.
    s->borrowedUntil = now + seconds * 1000;
    renewTimes(*s, *license, ttlMs(), now);
    if (!seats.renew(*s, now))
        return outcome(SeatOutcome::Kind::SessionExpired);
    audit(tx, caller, u"session.borrow"_s, sessionId,
          {{u"license_id"_s, s->licenseId}, {u"seconds"_s, seconds}}, now);
    publish(tx, sessionEvent(u"session.heartbeat"_s, *s, now));
    SeatOutcome o = outcome(SeatOutcome::Kind::Borrowed);
    o.license = *license;
    o.session = *s;
    o.leaseUser = leaseUser(tx, *s, caller);
    o.at = now;
    return o;
}

QList<SeatOutcome> SeatLedger::release(SqlConnection& db, const QList<ReleaseRequest>& requests)
{
    if (requests.isEmpty())
        return {};
    Transaction tx(db, Transaction::Mode::Write, requests.first().caller.organizationId);
    SeatStore seats(tx);
    QStringList ids;
    for (const ReleaseRequest& r : requests) {
        if (!ids.contains(r.sessionId))
            ids.append(r.sessionId);
    }
    // One statement reads them all (and "now", from the database's clock on
    // PostgreSQL), one ends those of their callers that still run.
    qint64 now = 0;
    // Their licenses are locked first, in id order, as acquire and heartbeat
    // batches lock them: sessions are only ever locked several at a time
    // behind their licenses' locks, so no two batches wait in a cycle.
    seats.lockLicensesOf(ids);
    const QHash<QString, SessionRecord> found = seats.findMany(ids, *m_context.clock, &now);
    auto mine = [&](const ReleaseRequest& r) -> const SessionRecord* {
        const auto s = found.constFind(r.sessionId);
        if (s == found.cend())
            return nullptr;
        const bool owned = r.caller.isDevice()
                                   ? s->deviceId == r.caller.deviceId
                                   : s->userId == r.caller.userId && s->deviceId.isEmpty();
        return owned ? &*s : nullptr;
    };
    QStringList running;
    for (const ReleaseRequest& r : requests) {
        const SessionRecord* s = mine(r);
        if (s && !s->endedAt && !running.contains(s->id))
            running.append(s->id);
    }
    QSet<QString> ended = seats.endMany(running, now, u"released"_s);
    QList<SeatOutcome> outcomes;
    for (const ReleaseRequest& r : requests) {
        const SessionRecord* s = mine(r);
        if (!s) {
            outcomes.append(outcome(SeatOutcome::Kind::NotFound));
            continue;
        }
        SeatOutcome o = outcome(SeatOutcome::Kind::Released);
        o.session = *s;
        // Ended here (by the first of its releases in this batch), or before.
        if (ended.remove(s->id)) {
            o.session.endedAt = now;
            o.session.endReason = u"released"_s;
            audit(tx, r.caller, u"session.release"_s, s->id, {{u"license_id"_s, s->licenseId}},
                  now);
            publish(tx, sessionEvent(u"session.ended"_s, o.session, now));
        }
        outcomes.append(o);
    }
    tx.commit();
    return outcomes;
}

SeatOutcome SeatLedger::revoke(Transaction& tx, const SeatCaller& admin, const QString& sessionId)
{
    SeatStore seats(tx);
    auto s = seats.find(sessionId);
    if (!s)
        return outcome(SeatOutcome::Kind::NotFound);
    const qint64 now = tx.now(*m_context.clock);
    if (seats.end(sessionId, now, u"revoked"_s)) {
        s->endedAt = now;
        s->endReason = u"revoked"_s;
        audit(tx, admin, u"session.revoke"_s, sessionId,
              {{u"license_id"_s, s->licenseId}, {u"hardware_id"_s, s->hardwareId}}, now);
        publish(tx, sessionEvent(u"session.ended"_s, *s, now));
    }
    SeatOutcome o = outcome(SeatOutcome::Kind::Released);
    o.session = *s;
    return o;
}

QList<QPair<QString, QString>> SeatLedger::endForLicense(Transaction& tx, const QString& licenseId)
{
    const auto ended = SeatStore(tx).endAll(u"license_id"_s, licenseId, tx.now(*m_context.clock),
                                            u"license_deactivated"_s);
    for (const auto& [sessionId, license] : ended)
        publish(tx, endedEvent(sessionId, license, u"license_deactivated"_s));
    return ended;
}

QList<QPair<QString, QString>> SeatLedger::endForDevice(Transaction& tx, const QString& deviceId)
{
    const auto ended = SeatStore(tx).endAll(u"device_id"_s, deviceId, tx.now(*m_context.clock),
                                            u"device_disabled"_s);
    for (const auto& [sessionId, license] : ended)
        publish(tx, endedEvent(sessionId, license, u"device_disabled"_s));
    return ended;
}

qint64 SeatLedger::reap(SqlConnection& db, const std::function<void()>& betweenBatches)
{
    qint64 total = 0;
    const qint64 now = db.now(*m_context.clock);
    const int batchSize = db.isPostgres() ? kReapBatch : kSqliteReapBatch;
    for (const QString& organization : SeatStore::organizationsWithLapsed(db, now)) {
        for (;;) {
            Transaction tx(db, Transaction::Mode::Write, organization);
            const auto ended = SeatStore(tx).endLapsed(now, batchSize);
            QMap<QString, QJsonArray> byLicense;
            for (const auto& [session, license] : ended)
                byLicense[license].append(session);
            for (auto license = byLicense.cbegin(); license != byLicense.cend(); ++license) {
                AuditEntry entry;
                entry.actorType = u"system"_s;
                entry.action = u"session.timeout"_s;
                entry.targetType = u"license"_s;
                entry.targetId = license.key();
                entry.details = {{u"session_ids"_s, license.value()},
                                 {u"count"_s, license.value().size()}};
                AuditStore(tx).append(entry, api::newId(), now);
                if (ended.size() > kMaxEventsPerBatch) {
                    publish(tx, {{u"type"_s, u"session.ended"_s},
                                 {u"license_id"_s, license.key()},
                                 {u"end_reason"_s, u"timeout"_s},
                                 {u"count"_s, license.value().size()}});
                    continue;
                }
                for (const auto& id : license.value())
                    publish(tx, endedEvent(id.toString(), license.key(), u"timeout"_s));
            }
            tx.commit();
            total += ended.size();
            if (betweenBatches)
                betweenBatches();
            if (ended.size() < batchSize)
                break;
        }
    }
    return total;
}

void SeatLedger::sampleUsage(SqlConnection& db)
{
    const qint64 now = db.now(*m_context.clock);
    QList<qint64> counts;
    const QList<SeatStore::Key> licenses = SeatStore::holdingCounts(db, now, &counts);
    QMap<QString, QList<QPair<QString, qint64>>> byOrganization;
    for (qsizetype i = 0; i < licenses.size(); ++i)
        byOrganization[licenses.at(i).organizationId].append(
                {licenses.at(i).licenseId, counts.at(i)});
    for (auto it = byOrganization.begin(); it != byOrganization.end(); ++it) {
        // In license order, as acquire batches write these rows.
        std::sort(it->begin(), it->end());
        Transaction tx(db, Transaction::Mode::Write, it.key());
        for (const auto& [license, active] : std::as_const(it.value()))
            UsageStore(tx).recordPeak(license, now, active);
        tx.commit();
    }
}

} // namespace clm::server
