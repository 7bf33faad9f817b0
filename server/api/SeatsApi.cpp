#include "server/api/SeatsApi.h"

#include "core/Jwt.h"
#include "server/ApiError.h"
#include "server/ApiSupport.h"
#include "server/HeartbeatBatcher.h"
#include "server/RequestContext.h"
#include "server/Router.h"
#include "server/api/Responses.h"
#include "server/api/Serializers.h"
#include "server/store/DeviceStore.h"
#include "server/store/LicenseStore.h"
#include "server/store/SessionStore.h"
#include "server/store/UsageStore.h"
#include "server/store/UserStore.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

ApiError seatError(int status, const QString& code, const QString& message,
                   const QJsonObject& details = {})
{
    return ApiError(status, code, message, details);
}

// The times of a session renewed at `now`: the lease runs offline_lease
// seconds past the heartbeat (or to the end of a borrow), never past the
// license's expiry, and the seat is held until max(heartbeat + TTL, lease
// expiry).
void renewTimes(SessionRecord& s, const LicenseRecord& license, qint64 ttlSeconds, qint64 now)
{
    s.lastHeartbeatAt = now;
    if (s.borrowedUntil && license.expiresAt)
        s.borrowedUntil = std::min(*s.borrowedUntil, *license.expiresAt);
    s.leaseExpiresAt = now + license.offlineLeaseSeconds * 1000;
    if (s.borrowedUntil && *s.borrowedUntil > s.leaseExpiresAt)
        s.leaseExpiresAt = *s.borrowedUntil;
    if (license.expiresAt)
        s.leaseExpiresAt = std::min(s.leaseExpiresAt, *license.expiresAt);
    s.holdsUntil = std::max(now + ttlSeconds * 1000, s.leaseExpiresAt);
}

// Who may find, renew or end a session (API.md: "the same caller").
SessionStore::Owner ownerOf(const Principal& p)
{
    if (p.kind == Principal::Kind::Device)
        return {p.deviceId, QString()};
    return {QString(), p.userId};
}

QString leaseUser(Transaction& tx, const SessionRecord& s, const Principal& caller)
{
    if (!s.osUser.isEmpty() || s.userId.isEmpty())
        return s.osUser;
    if (s.userId == caller.userId && !caller.email.isEmpty())
        return caller.email; // known from authentication: no query on the hot path
    const auto user = UserStore(tx).find(s.userId);
    return user ? user->email : QString();
}

QString signLease(RequestContext& ctx, const LicenseRecord& license, const SessionRecord& s,
                  const QString& user, qint64 now)
{
    const QJsonObject claims{
            {u"iss"_s, ctx.server.settings.issuer},
            {u"sub"_s, s.id},
            {u"org"_s, license.organizationId},
            {u"lic"_s, license.id},
            {u"key"_s, license.licenseKey},
            {u"prd"_s, license.product},
            {u"feat"_s, QJsonArray::fromStringList(license.features)},
            {u"seats"_s, license.maxConcurrentSeats},
            {u"hwid"_s, s.hardwareId},
            {u"usr"_s, user},
            {u"iat"_s, now / 1000},
            {u"exp"_s, s.leaseExpiresAt / 1000},
            {u"lexp"_s, license.expiresAt ? QJsonValue(*license.expiresAt / 1000)
                                          : QJsonValue(QJsonValue::Null)},
    };
    return QString::fromLatin1(jwt::issue(claims, ctx.server.keys.leaseKey(), u"clm-lease+jwt"_s));
}

QJsonObject acquireAnswer(RequestContext& ctx, const LicenseRecord& license, const SessionRecord& s,
                          const QString& lease)
{
    return QJsonObject{
            {u"session_id"_s, s.id},
            {u"signed_license"_s, lease},
            {u"lease_expires_at"_s, api::timestamp(s.leaseExpiresAt)},
            {u"expires_at"_s, api::timestampOrNull(license.expiresAt)},
            {u"heartbeat_interval_seconds"_s, ctx.server.settings.heartbeatIntervalSeconds},
            {u"session_ttl_seconds"_s, ctx.server.settings.sessionTtlSeconds},
            {u"license"_s,
             QJsonObject{{u"id"_s, license.id},
                         {u"name"_s, license.name},
                         {u"product"_s, license.product},
                         {u"expires_at"_s, api::timestampOrNull(license.expiresAt)},
                         {u"features"_s, QJsonArray::fromStringList(license.features)}}},
    };
}

QJsonObject sessionEvent(const QString& type, const SessionRecord& s, qint64 now)
{
    return QJsonObject{{u"type"_s, type}, {u"session"_s, api::toJson(s, now)}};
}

struct Machine
{
    QString hardwareId;
    QString hostname;
};

Machine callerMachine(const Principal& p, api::Validator& v)
{
    const auto hardwareId = v.string(u"hardware_id"_s, p.kind != Principal::Kind::Device, 255);
    if (p.kind == Principal::Kind::Device) {
        if (hardwareId && *hardwareId != p.hardwareId)
            v.fail(u"hardware_id"_s, u"is not this device's"_s);
        return {p.hardwareId, p.hostname};
    }
    return {hardwareId.value_or(QString()), QString()};
}

HttpResponse acquire(RequestContext& ctx)
{
    const Principal& p = ctx.requireCaller();
    const QJsonObject body =
            api::jsonBody(ctx.request, {u"license_key"_s, u"product"_s, u"hardware_id"_s,
                                        u"os_user"_s, u"client"_s});
    api::Validator v(body);
    const auto key = v.string(u"license_key"_s, false, 255);
    const auto product = v.string(u"product"_s, false, 255);
    if (!body.contains("license_key"_L1) && !body.contains("product"_L1))
        v.fail(u"license_key"_s, u"license_key or product is required"_s);
    const Machine machine = callerMachine(p, v);
    const QString osUser = v.string(u"os_user"_s, false, 255, true).value_or(QString());
    const QString client = v.string(u"client"_s, false, 255, true).value_or(QString());
    v.check();

    const qint64 ttl = ctx.server.settings.sessionTtlSeconds;
    QString deniedLicense;
    QString deniedProduct;
    {
        Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
        // The licenses' rows are locked first; "now" is read after the lock
        // was granted (a waiter's session must not start in the past) and
        // from the database's clock on PostgreSQL.
        LicenseStore locking(tx, ctx.now());
        const QList<LicenseRecord> candidates =
                key ? [&] {
                    const auto found = locking.findByKey(*key, true);
                    return found ? QList<LicenseRecord>{*found} : QList<LicenseRecord>{};
                }()
                    : locking.findByProduct(*product, true);
        if (candidates.isEmpty())
            throw ApiError::notFound(u"no such license"_s);
        const qint64 now = tx.now(*ctx.server.clock);
        LicenseStore licenses(tx, now);
        QList<LicenseRecord> valid;
        bool anyActive = false;
        for (const auto& license : candidates) {
            anyActive = anyActive || license.isActive;
            if (license.isValid(now))
                valid.append(license);
        }
        if (valid.isEmpty()) {
            if (anyActive)
                throw seatError(403, u"license_expired"_s, u"the license has expired"_s);
            throw seatError(403, u"license_inactive"_s, u"the license is not active"_s);
        }

        SessionStore sessions(tx);
        QStringList ids;
        for (const auto& license : valid)
            ids.append(license.id);
        // The same caller, machine and OS user again: their session, not a
        // second seat. Another caller's session is never handed out.
        if (auto existing =
                    sessions.findHolding(ids, ownerOf(p), machine.hardwareId, osUser, now)) {
            const LicenseRecord& license =
                    *std::find_if(valid.cbegin(), valid.cend(), [&](const LicenseRecord& l) {
                        return l.id == existing->licenseId;
                    });
            renewTimes(*existing, license, ttl, now);
            sessions.renew(*existing, now);
            const QString lease =
                    signLease(ctx, license, *existing, leaseUser(tx, *existing, p), now);
            tx.commit();
            return jsonResponse(200, acquireAnswer(ctx, license, *existing, lease));
        }

        for (const auto& license : valid) {
            // Counted by a statement of its own, after the row lock was
            // granted: on PostgreSQL the locking SELECT's own snapshot predates
            // the sessions committed by whoever held the lock before us.
            qint64 startsAt = now;
            const qint64 active = licenses.activeSessions(license.id, &startsAt);
            if (active >= license.maxConcurrentSeats)
                continue;
            SessionRecord s;
            s.organizationId = p.organizationId;
            s.id = api::newId();
            s.licenseId = license.id;
            s.licenseName = license.name;
            s.product = license.product;
            s.deviceId = p.deviceId;
            s.userId = p.kind == Principal::Kind::User ? p.userId : QString();
            s.hardwareId = machine.hardwareId;
            s.hostname = machine.hostname;
            s.osUser = osUser;
            s.ipAddress = ctx.request.clientAddress;
            s.client = client;
            s.startedAt = startsAt;
            renewTimes(s, license, ttl, startsAt);
            sessions.insert(s);
            UsageStore(tx).recordPeak(license.id, startsAt, active + 1);
            if (p.kind == Principal::Kind::Device)
                DeviceStore(tx).touch(p.deviceId, startsAt);
            ctx.audit(tx, u"session.acquire"_s, u"session"_s, s.id,
                      {{u"license_id"_s, license.id},
                       {u"hardware_id"_s, s.hardwareId},
                       {u"os_user"_s, s.osUser}});
            ctx.publish(tx, sessionEvent(u"session.started"_s, s, startsAt));
            const QString lease = signLease(ctx, license, s, leaseUser(tx, s, p), startsAt);
            tx.commit();
            return jsonResponse(201, acquireAnswer(ctx, license, s, lease));
        }
        deniedLicense = valid.first().id;
        deniedProduct = valid.first().product;
        // Falls through: the transaction rolls back, the denial is counted
        // in a transaction of its own.
    }
    qint64 seats = 0;
    qint64 active = 0;
    {
        Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
        const qint64 now = tx.now(*ctx.server.clock);
        const auto license = LicenseStore(tx, now).find(deniedLicense);
        if (license) {
            seats = license->maxConcurrentSeats;
            active = license->activeSessions;
        }
        UsageStore(tx).recordDenial(deniedLicense, now);
        // Once per refused acquire, so the admin's dashboard counts live.
        ctx.publish(tx, {{u"type"_s, u"session.denied"_s},
                         {u"license_id"_s, deniedLicense},
                         {u"product"_s, deniedProduct},
                         {u"hardware_id"_s, machine.hardwareId},
                         {u"os_user"_s, osUser},
                         {u"at"_s, api::timestamp(now)}});
        tx.commit();
    }
    throw seatError(409, u"no_seats"_s, u"all %1 seats are in use"_s.arg(seats),
                    {{u"max_concurrent_seats"_s, seats}, {u"active_sessions"_s, active}});
}

QString sessionIdFromBody(const QJsonObject& body)
{
    api::Validator v(body);
    const auto id = v.string(u"session_id"_s, true, 64);
    v.check();
    if (!api::isUuid(*id))
        throw ApiError::notFound(u"no such session"_s);
    return id->toLower();
}

// The caller's session, or 404 not_found (unknown, another organization's or
// another machine's).
SessionRecord callersSession(const Principal& p, SessionStore& sessions, const QString& id)
{
    const auto s = sessions.find(id);
    const SessionStore::Owner owner = ownerOf(p);
    const bool mine =
            s && (!owner.deviceId.isEmpty() ? s->deviceId == owner.deviceId
                                            : s->userId == owner.userId && s->deviceId.isEmpty());
    if (!mine)
        throw ApiError::notFound(u"no such session"_s);
    return *s;
}

HttpResponse heartbeat(RequestContext& ctx)
{
    const Principal& p = ctx.requireCaller();
    const QJsonObject body = api::jsonBody(ctx.request, {u"session_id"_s});
    const QString id = sessionIdFromBody(body);
    HeartbeatBatcher* batcher = ctx.server.heartbeats;
    // With the batcher, this transaction only reads; the write is grouped
    // with other heartbeats and the answer waits for its commit.
    Transaction tx(ctx.db, batcher ? Transaction::Mode::Read : Transaction::Mode::Write,
                   p.organizationId);
    const qint64 now = tx.now(*ctx.server.clock);
    SessionStore sessions(tx);
    SessionRecord s = callersSession(p, sessions, id);
    if (!s.holdsSeat(now))
        throw ApiError::sessionExpired();
    const auto license = LicenseStore(tx, now).find(s.licenseId, false, false);
    if (!license || !license->isValid(now))
        throw ApiError::sessionExpired();
    renewTimes(s, *license, ctx.server.settings.sessionTtlSeconds, now);
    const QString lease = signLease(ctx, *license, s, leaseUser(tx, s, p), now);
    const QJsonObject event{{u"type"_s, u"session.heartbeat"_s},
                            {u"session_id"_s, s.id},
                            {u"license_id"_s, s.licenseId},
                            {u"last_heartbeat_at"_s, api::timestamp(s.lastHeartbeatAt)},
                            {u"lease_expires_at"_s, api::timestamp(s.leaseExpiresAt)}};
    HttpResponse answer =
            jsonResponse(200, {{u"status"_s, u"ok"_s},
                               {u"lease_expires_at"_s, api::timestamp(s.leaseExpiresAt)},
                               {u"signed_license"_s, lease}});
    if (batcher) {
        tx.commit();
        HeartbeatBatcher::Item item;
        item.organizationId = p.organizationId;
        item.sessionId = s.id;
        item.licenseId = s.licenseId;
        item.deviceId = p.deviceId;
        item.heartbeatAt = s.lastHeartbeatAt;
        item.leaseExpiresAt = s.leaseExpiresAt;
        item.holdsUntil = s.holdsUntil;
        item.answer = std::move(answer);
        item.event = event;
        item.deferred = std::make_shared<DeferredResponse>();
        HttpResponse later;
        later.deferred = item.deferred;
        batcher->submit(std::move(item));
        return later;
    }
    if (!sessions.renew(s, now))
        throw ApiError::sessionExpired();
    if (p.kind == Principal::Kind::Device)
        DeviceStore(tx).touch(p.deviceId, now);
    ctx.publish(tx, event);
    tx.commit();
    return answer;
}

HttpResponse release(RequestContext& ctx)
{
    const Principal& p = ctx.requireCaller();
    const QJsonObject body = api::jsonBody(ctx.request, {u"session_id"_s});
    const QString id = sessionIdFromBody(body);
    Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
    const qint64 now = tx.now(*ctx.server.clock);
    SessionStore sessions(tx);
    SessionRecord s = callersSession(p, sessions, id);
    if (sessions.end(id, now, u"released"_s)) {
        s.endedAt = now;
        s.endReason = u"released"_s;
        ctx.audit(tx, u"session.release"_s, u"session"_s, id, {{u"license_id"_s, s.licenseId}});
        ctx.publish(tx, sessionEvent(u"session.ended"_s, s, now));
    }
    tx.commit();
    return jsonResponse(200, {{u"status"_s, u"released"_s}});
}

HttpResponse borrow(RequestContext& ctx)
{
    const Principal& p = ctx.requireCaller();
    const QJsonObject body = api::jsonBody(ctx.request, {u"session_id"_s, u"seconds"_s});
    const QString id = sessionIdFromBody(body);
    Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
    SessionStore sessions(tx);
    SessionRecord s = callersSession(p, sessions, id);
    // The license's row is locked as acquire locks it; the time is read
    // after the lock (renew() checks again that the seat is still held).
    const auto license = LicenseStore(tx, ctx.now()).find(s.licenseId, true, false);
    const qint64 now = tx.now(*ctx.server.clock);
    if (!s.holdsSeat(now))
        throw ApiError::sessionExpired();
    if (!license || !license->isValid(now))
        throw ApiError::sessionExpired();
    if (license->maxBorrowSeconds == 0)
        throw seatError(403, u"borrow_not_allowed"_s, u"this license does not allow borrowing"_s);
    api::Validator v(body);
    const auto seconds = v.integer(u"seconds"_s, true, 1, license->maxBorrowSeconds);
    v.check();
    // A borrow reaching past the license's expiry is cut to it (renewTimes).
    s.borrowedUntil = now + *seconds * 1000;
    renewTimes(s, *license, ctx.server.settings.sessionTtlSeconds, now);
    // A shorter borrow than the regular lease still ends the borrow then.
    if (!sessions.renew(s, now))
        throw ApiError::sessionExpired();
    ctx.audit(tx, u"session.borrow"_s, u"session"_s, id,
              {{u"license_id"_s, s.licenseId}, {u"seconds"_s, *seconds}});
    ctx.publish(tx, sessionEvent(u"session.heartbeat"_s, s, now));
    const QString lease = signLease(ctx, *license, s, leaseUser(tx, s, p), now);
    tx.commit();
    return jsonResponse(200, {{u"status"_s, u"borrowed"_s},
                              {u"borrowed_until"_s, api::timestamp(*s.borrowedUntil)},
                              {u"lease_expires_at"_s, api::timestamp(s.leaseExpiresAt)},
                              {u"signed_license"_s, lease}});
}

HttpResponse listSessions(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const auto params = api::listParams(ctx.request, {}, QString());
    SessionStore::Filter filter;
    filter.now = ctx.now();
    for (const auto& [name, field] :
         {std::pair{u"license"_s, &filter.licenseId}, std::pair{u"device"_s, &filter.deviceId},
          std::pair{u"user"_s, &filter.userId}}) {
        if (!ctx.request.query.hasQueryItem(name))
            continue;
        const QString value = ctx.request.query.queryItemValue(name, QUrl::FullyDecoded);
        if (!api::isUuid(value))
            throw ApiError::validation(name, u"must be an id"_s);
        *field = value.toLower();
    }
    filter.active = api::boolQuery(ctx.request, u"active"_s);
    Transaction tx(ctx.db, Transaction::Mode::Read, p.organizationId);
    qint64 count = 0;
    const auto list = SessionStore(tx).list(filter, params.pageSize, params.offset(), &count);
    tx.commit();
    QJsonArray results;
    for (const auto& s : list)
        results.append(api::toJson(s, ctx.now()));
    return jsonResponse(200, api::page(ctx.request, params, count, results));
}

HttpResponse revokeSession(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const QString id = ctx.idParam();
    Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
    const qint64 now = tx.now(*ctx.server.clock);
    SessionStore sessions(tx);
    auto s = sessions.find(id);
    if (!s)
        throw ApiError::notFound();
    if (sessions.end(id, now, u"revoked"_s)) {
        s->endedAt = now;
        s->endReason = u"revoked"_s;
        ctx.audit(tx, u"session.revoke"_s, u"session"_s, id,
                  {{u"license_id"_s, s->licenseId}, {u"hardware_id"_s, s->hardwareId}});
        ctx.publish(tx, sessionEvent(u"session.ended"_s, *s, now));
    }
    tx.commit();
    return noContent();
}

} // namespace

void SeatsApi::registerRoutes(Router& router)
{
    router.add("POST", u"/api/v1/licenses/acquire"_s, acquire);
    router.add("POST", u"/api/v1/licenses/heartbeat"_s, heartbeat);
    router.add("POST", u"/api/v1/licenses/release"_s, release);
    router.add("POST", u"/api/v1/licenses/borrow"_s, borrow);
    router.add("GET", u"/api/v1/sessions"_s, listSessions);
    router.add("DELETE", u"/api/v1/sessions/{id}"_s, revokeSession);
}

} // namespace clm::server
