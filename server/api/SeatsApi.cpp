#include "server/api/SeatsApi.h"

#include "core/JsonWriter.h"
#include "core/Jwt.h"
#include "server/ApiError.h"
#include "server/ApiSupport.h"
#include "server/Failures.h"
#include "server/RequestContext.h"
#include "server/Router.h"
#include "server/api/Responses.h"
#include "server/api/Serializers.h"
#include "server/seats/HeartbeatBatcher.h"
#include "server/seats/SeatCombiner.h"
#include "server/seats/SeatLedger.h"
#include "server/seats/SeatStore.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

// HTTP in, SeatLedger's outcome out: this file only translates.

QString signLease(const ServerContext& server, const SeatOutcome& o)
{
    const LicenseRecord& license = o.license;
    const SessionRecord& s = o.session;
    // Written directly (json::JsonWriter): a lease is signed for every
    // heartbeat, and a QJsonObject cost more than the text it became.
    json::JsonWriter claims(512);
    claims.add("iss"_L1, server.settings.issuer)
            .add("sub"_L1, s.id)
            .add("org"_L1, license.organizationId)
            .add("lic"_L1, license.id)
            .add("key"_L1, license.licenseKey)
            .add("prd"_L1, license.product)
            .add("feat"_L1, license.features)
            .add("seats"_L1, qint64(license.maxConcurrentSeats))
            .add("hwid"_L1, s.hardwareId)
            .add("usr"_L1, o.leaseUser)
            .add("iat"_L1, o.at / 1000)
            .add("exp"_L1, s.leaseExpiresAt / 1000);
    if (license.expiresAt)
        claims.add("lexp"_L1, *license.expiresAt / 1000);
    else
        claims.addNull("lexp"_L1);
    return QString::fromLatin1(
            jwt::issue(claims.take(), server.keys.leaseKey(), u"clm-lease+jwt"_s));
}

// The answer for an outcome that is not a success of its own call.
HttpResponse refusal(const SeatOutcome& o)
{
    using Kind = SeatOutcome::Kind;
    ApiError error = ApiError::notFound(u"no such session"_s);
    switch (o.kind) {
    case Kind::NoSeats:
        error = ApiError(409, u"no_seats"_s, u"all %1 seats are in use"_s.arg(o.seats),
                         {{u"max_concurrent_seats"_s, o.seats}, {u"active_sessions"_s, o.active}});
        break;
    case Kind::NoLicense:
        error = ApiError::notFound(u"no such license"_s);
        break;
    case Kind::LicenseInactive:
        error = ApiError(403, u"license_inactive"_s, u"the license is not active"_s);
        break;
    case Kind::LicenseExpired:
        error = ApiError(403, u"license_expired"_s, u"the license has expired"_s);
        break;
    case Kind::SessionExpired:
        error = ApiError::sessionExpired();
        break;
    case Kind::BorrowNotAllowed:
        error = ApiError(403, u"borrow_not_allowed"_s, u"this license does not allow borrowing"_s);
        break;
    case Kind::BorrowTooLong:
        error = ApiError::validation(u"seconds"_s, u"must be at most %1"_s.arg(o.maxBorrowSeconds));
        break;
    case Kind::Granted:
    case Kind::Renewed:
    case Kind::Borrowed:
    case Kind::Released:
    case Kind::NotFound:
        break;
    }
    return Failures::response(std::make_exception_ptr(error));
}

HttpResponse acquireAnswer(const ServerContext& server, const SeatOutcome& o)
{
    using Kind = SeatOutcome::Kind;
    if (o.kind != Kind::Granted && o.kind != Kind::Renewed)
        return refusal(o);
    const LicenseRecord& license = o.license;
    return jsonResponse(
            o.kind == Kind::Granted ? 201 : 200,
            {
                    {u"session_id"_s, o.session.id},
                    {u"signed_license"_s, signLease(server, o)},
                    {u"lease_expires_at"_s, api::timestamp(o.session.leaseExpiresAt)},
                    {u"expires_at"_s, api::timestampOrNull(license.expiresAt)},
                    {u"heartbeat_interval_seconds"_s, server.settings.heartbeatIntervalSeconds},
                    {u"session_ttl_seconds"_s, server.settings.sessionTtlSeconds},
                    {u"license"_s,
                     QJsonObject{{u"id"_s, license.id},
                                 {u"name"_s, license.name},
                                 {u"product"_s, license.product},
                                 {u"expires_at"_s, api::timestampOrNull(license.expiresAt)},
                                 {u"features"_s, QJsonArray::fromStringList(license.features)}}},
            });
}

HttpResponse heartbeatAnswer(const ServerContext& server, const SeatOutcome& o)
{
    if (o.kind != SeatOutcome::Kind::Renewed)
        return refusal(o);
    return jsonResponse(200, {{u"status"_s, u"ok"_s},
                              {u"lease_expires_at"_s, api::timestamp(o.session.leaseExpiresAt)},
                              {u"signed_license"_s, signLease(server, o)}});
}

// The caller and the machine a request is for: a device's own, or the
// hardware_id a user names.
SeatCaller callerOf(RequestContext& ctx, api::Validator& v)
{
    const Principal& p = ctx.principal;
    SeatCaller caller = SeatCaller::of(p, ctx.request.clientAddress);
    const auto hardwareId = v.string(u"hardware_id"_s, !caller.isDevice(), 255);
    if (caller.isDevice()) {
        if (hardwareId && *hardwareId != p.hardwareId)
            v.fail(u"hardware_id"_s, u"is not this device's"_s);
    } else {
        caller.hardwareId = hardwareId.value_or(QString());
    }
    return caller;
}

// The completion of a batched seat request whose answer (a signed lease) is
// made by `make` on the connection's own thread once the batch committed,
// not on the thread that decides the next batch.
template<typename Make>
auto answeredOnConnection(std::shared_ptr<DeferredResponse> answer, Make make)
{
    return [answer = std::move(answer), make](const SeatOutcome& o, std::exception_ptr failure) {
        if (failure) {
            answer->complete(Failures::response(failure));
            return;
        }
        HttpResponse signLater;
        signLater.finalize = [make, o](HttpResponse& out) {
            out = make(o);
        };
        answer->complete(std::move(signLater));
    };
}

HttpResponse later(std::shared_ptr<DeferredResponse> deferred)
{
    HttpResponse response;
    response.deferred = std::move(deferred);
    return response;
}

HttpResponse acquire(RequestContext& ctx)
{
    ctx.requireCaller();
    const QJsonObject body =
            api::jsonBody(ctx.request, {u"license_key"_s, u"product"_s, u"hardware_id"_s,
                                        u"os_user"_s, u"client"_s});
    api::Validator v(body);
    SeatLedger::AcquireRequest request;
    request.licenseKey = v.string(u"license_key"_s, false, 255).value_or(QString());
    request.product = v.string(u"product"_s, false, 255).value_or(QString());
    if (!body.contains("license_key"_L1) && !body.contains("product"_L1))
        v.fail(u"license_key"_s, u"license_key or product is required"_s);
    request.caller = callerOf(ctx, v);
    request.osUser = v.string(u"os_user"_s, false, 255, true).value_or(QString());
    request.client = v.string(u"client"_s, false, 255, true).value_or(QString());
    v.check();

    const ServerContext& server = ctx.server;
    if (!server.acquires)
        return acquireAnswer(server, SeatLedger(server).acquire(ctx.db, {request}).first());
    // Decided with the other acquires of the organization waiting meanwhile;
    // the lease is signed on the connection's own thread (as a heartbeat's),
    // not on the database thread that decides the organization's next batch.
    auto answer = std::make_shared<DeferredResponse>();
    server.acquires->acquire(ctx.db, request,
                             answeredOnConnection(answer, [&server](const SeatOutcome& o) {
                                 return acquireAnswer(server, o);
                             }));
    return later(answer);
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

HttpResponse heartbeat(RequestContext& ctx)
{
    const Principal& p = ctx.requireCaller();
    const QJsonObject body = api::jsonBody(ctx.request, {u"session_id"_s});
    const QString id = sessionIdFromBody(body);
    if (!ctx.server.heartbeats)
        throw ApiError::unavailable(u"heartbeats are not accepted now"_s);
    // No read before the write: the batcher checks caller, seat and license
    // in the statement that renews. The lease is signed on the connection's
    // own thread once the batch committed.
    const ServerContext& server = ctx.server;
    auto answer = std::make_shared<DeferredResponse>();
    server.heartbeats->submit({SeatCaller::of(p, ctx.request.clientAddress), id,
                               answeredOnConnection(answer, [&server](const SeatOutcome& o) {
                                   return heartbeatAnswer(server, o);
                               })});
    return later(answer);
}

HttpResponse releaseAnswer(const SeatOutcome& o)
{
    if (o.kind != SeatOutcome::Kind::Released)
        return refusal(o);
    return jsonResponse(200, {{u"status"_s, u"released"_s}});
}

HttpResponse release(RequestContext& ctx)
{
    const Principal& p = ctx.requireCaller();
    const QJsonObject body = api::jsonBody(ctx.request, {u"session_id"_s});
    SeatLedger::ReleaseRequest request{SeatCaller::of(p, ctx.request.clientAddress),
                                       sessionIdFromBody(body)};
    const ServerContext& server = ctx.server;
    if (!server.releases)
        return releaseAnswer(SeatLedger(server).release(ctx.db, {request}).first());
    // Ended with the other releases of the organization waiting meanwhile.
    auto answer = std::make_shared<DeferredResponse>();
    server.releases->release(
            ctx.db, request, [answer](const SeatOutcome& o, std::exception_ptr failure) {
                answer->complete(failure ? Failures::response(failure) : releaseAnswer(o));
            });
    return later(answer);
}

HttpResponse borrow(RequestContext& ctx)
{
    const Principal& p = ctx.requireCaller();
    const QJsonObject body = api::jsonBody(ctx.request, {u"session_id"_s, u"seconds"_s});
    const QString id = sessionIdFromBody(body);
    api::Validator v(body);
    const auto seconds = v.integer(u"seconds"_s, true, 1, std::numeric_limits<qint32>::max());
    Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
    const SeatCaller caller = SeatCaller::of(p, ctx.request.clientAddress);
    // Whether borrowing is allowed at all is said before what is wrong with
    // the request's seconds (the license decides the limit).
    const SeatOutcome o = SeatLedger(ctx.server).borrow(tx, caller, id, seconds.value_or(1));
    if (o.kind != SeatOutcome::Kind::Borrowed)
        return refusal(o);
    v.check();
    tx.commit();
    return jsonResponse(200, {{u"status"_s, u"borrowed"_s},
                              {u"borrowed_until"_s, api::timestamp(*o.session.borrowedUntil)},
                              {u"lease_expires_at"_s, api::timestamp(o.session.leaseExpiresAt)},
                              {u"signed_license"_s, signLease(ctx.server, o)}});
}

HttpResponse listSessions(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const auto params = api::listParams(ctx.request, {}, QString());
    SeatStore::Filter filter;
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
    const auto list = SeatStore(tx).list(filter, params.pageSize, params.offset(), &count);
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
    const SeatOutcome o =
            SeatLedger(ctx.server).revoke(tx, SeatCaller::of(p, ctx.request.clientAddress), id);
    if (o.kind != SeatOutcome::Kind::Released)
        throw ApiError::notFound();
    tx.commit();
    return noContent();
}

} // namespace

void SeatsApi::registerRoutes(Router& router)
{
    // A machine's seat operations authenticate from the cache (AuthCache).
    using Db = Router::Database;
    constexpr auto cached = Router::Authentication::Cached;
    router.add("POST", u"/api/v1/licenses/acquire"_s, acquire, Db::Needed, cached);
    router.add("POST", u"/api/v1/licenses/heartbeat"_s, heartbeat, Db::Maybe, cached);
    router.add("POST", u"/api/v1/licenses/release"_s, release, Db::Needed, cached);
    router.add("POST", u"/api/v1/licenses/borrow"_s, borrow, Db::Needed, cached);
    router.add("GET", u"/api/v1/sessions"_s, listSessions);
    router.add("DELETE", u"/api/v1/sessions/{id}"_s, revokeSession);
}

} // namespace clm::server
