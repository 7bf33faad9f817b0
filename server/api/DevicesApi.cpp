#include "server/api/DevicesApi.h"

#include "core/Crypto.h"
#include "server/ApiError.h"
#include "server/ApiSupport.h"
#include "server/RequestContext.h"
#include "server/Router.h"
#include "server/api/Responses.h"
#include "server/api/Serializers.h"
#include "server/seats/SeatLedger.h"
#include "server/store/DeviceStore.h"
#include "server/webhooks/WebhookOutbox.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

// Live listeners (and every process's authentication cache) learn of every
// change of a device.
void publishDevice(RequestContext& ctx, Transaction& tx, const DeviceRecord& device)
{
    ctx.publish(tx, {{u"type"_s, u"device.updated"_s}, {u"device"_s, api::toJson(device)}});
}

HttpResponse createToken(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const QJsonObject body =
            api::jsonBody(ctx.request, {u"label"_s, u"max_uses"_s, u"expires_at"_s});
    api::Validator v(body);
    EnrollmentTokenRecord token;
    token.label = v.string(u"label"_s, true).value_or(QString()).trimmed();
    if (body.contains("max_uses"_L1) && !body.value("max_uses"_L1).isNull())
        token.maxUses = v.integer(u"max_uses"_s, false, 1, 1'000'000);
    if (body.contains("expires_at"_L1) && !body.value("expires_at"_L1).isNull()) {
        token.expiresAt = api::parseTimestamp(body.value("expires_at"_L1).toString());
        if (!token.expiresAt)
            v.fail(u"expires_at"_s, u"must be an RFC 3339 timestamp or null"_s);
        else if (*token.expiresAt <= ctx.now())
            v.fail(u"expires_at"_s, u"must be in the future"_s);
    }
    v.check();
    token.organizationId = p.organizationId;
    token.id = api::newId();
    token.createdAt = ctx.now();
    QString hash;
    const QString secret = api::newScopedSecret(p.organizationId, &hash);

    Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
    DeviceStore(tx).insertToken(token, hash);
    ctx.audit(tx, u"enrollment_token.create"_s, u"enrollment_token"_s, token.id,
              {{u"label"_s, token.label}});
    tx.commit();
    QJsonObject answer = api::toJson(token);
    answer.insert(u"token"_s, secret); // shown this once, never again
    return jsonResponse(201, answer);
}

HttpResponse listTokens(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const auto params = api::listParams(ctx.request, {}, u"created_at DESC, id DESC"_s);
    Transaction tx(ctx.db, Transaction::Mode::Read, p.organizationId);
    qint64 count = 0;
    const auto tokens = DeviceStore(tx).listTokens(params.pageSize, params.offset(), &count);
    tx.commit();
    QJsonArray results;
    for (const auto& token : tokens)
        results.append(api::toJson(token));
    return jsonResponse(200, api::page(ctx.request, params, count, results));
}

HttpResponse revokeToken(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const QString id = ctx.idParam();
    Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
    DeviceStore devices(tx);
    if (!devices.tokenExists(id))
        throw ApiError::notFound();
    if (devices.revokeToken(id, ctx.now()))
        ctx.audit(tx, u"enrollment_token.revoke"_s, u"enrollment_token"_s, id);
    tx.commit();
    return noContent();
}

HttpResponse enroll(RequestContext& ctx)
{
    const QJsonObject body = api::jsonBody(
            ctx.request, {u"enrollment_token"_s, u"hardware_id"_s, u"hostname"_s, u"os"_s});
    api::Validator v(body);
    const auto tokenText = v.string(u"enrollment_token"_s, true, 200);
    const auto hardwareId = v.string(u"hardware_id"_s, true, 255);
    const auto hostname = v.string(u"hostname"_s, false, 255, true);
    const auto os = v.string(u"os"_s, false, 255, true);
    v.check();
    const auto parsed = api::parseScopedSecret(*tokenText);
    if (!parsed)
        throw ApiError::unauthorized(u"invalid enrollment token"_s);

    Transaction tx(ctx.db, Transaction::Mode::Write, parsed->organizationId);
    DeviceStore devices(tx);
    const auto token = devices.findTokenByHash(parsed->hash, true);
    const qint64 now = ctx.now();
    if (!token || token->revokedAt || (token->expiresAt && *token->expiresAt <= now) ||
        (token->maxUses && token->uses >= *token->maxUses))
        throw ApiError::unauthorized(u"invalid, used up, expired or revoked enrollment token"_s);
    const auto existing = devices.findByHardwareId(*hardwareId);
    // An admin disabled this machine: an enrollment token must not undo that.
    if (existing && !existing->isActive)
        throw ApiError(403, u"device_disabled"_s,
                       u"this device was disabled by an administrator; it can enroll again once "
                       "an administrator re-enables it"_s);
    devices.countTokenUse(token->id);

    QString deviceHash;
    const QString deviceToken = api::newScopedSecret(parsed->organizationId, &deviceHash);
    DeviceRecord device;
    device.organizationId = parsed->organizationId;
    device.hardwareId = *hardwareId;
    device.hostname = hostname.value_or(QString());
    device.os = os.value_or(QString());
    device.enrolledAt = now;
    if (existing) {
        // The same machine again (reinstalled, state lost): same device, new
        // token; the previous token stops working now.
        device.id = existing->id;
        devices.reenroll(device, deviceHash);
    } else {
        device.id = api::newId();
        devices.insert(device, deviceHash);
    }
    ctx.principal.organizationId = parsed->organizationId;
    QJsonObject details{{u"hostname"_s, device.hostname},
                        {u"os"_s, device.os},
                        {u"enrollment_token_id"_s, token->id},
                        {u"reenrolled"_s, existing.has_value()}};
    if (existing && existing->hostname != device.hostname)
        details.insert(u"previous_hostname"_s, existing->hostname);
    ctx.auditAs(tx, u"device"_s, device.id, u"device.enroll"_s, u"device"_s, device.id, details);
    recordWebhook(ctx.server, tx, u"device.enrolled"_s,
                  {{u"device"_s, api::toJson(*devices.find(device.id))},
                   {u"reenrolled"_s, existing.has_value()}});
    if (existing) // its previous token stops working: callers who knew it forget it
        publishDevice(ctx, tx, *devices.find(device.id));
    tx.commit();
    return jsonResponse(201, {{u"device_id"_s, device.id},
                              {u"device_token"_s, deviceToken},
                              {u"organization_id"_s, parsed->organizationId},
                              {u"jwks"_s, ctx.server.keys.publishedKeys().toJson()}});
}

HttpResponse listDevices(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const auto params = api::listParams(ctx.request,
                                        {{u"hostname"_s, u"hostname"_s},
                                         {u"os"_s, u"os"_s},
                                         {u"enrolled_at"_s, u"enrolled_at"_s},
                                         {u"last_seen_at"_s, u"last_seen_at"_s}},
                                        u"enrolled_at DESC, id DESC"_s);
    Transaction tx(ctx.db, Transaction::Mode::Read, p.organizationId);
    qint64 count = 0;
    const auto list = DeviceStore(tx).list(params.search, params.orderBy, params.pageSize,
                                           params.offset(), &count);
    tx.commit();
    QJsonArray results;
    for (const auto& device : list)
        results.append(api::toJson(device));
    return jsonResponse(200, api::page(ctx.request, params, count, results));
}

HttpResponse disableDevice(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const QString id = ctx.idParam();
    Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
    DeviceStore devices(tx);
    const auto device = devices.find(id);
    if (!device)
        throw ApiError::notFound();
    devices.disable(id);
    const auto ended = SeatLedger(ctx.server).endForDevice(tx, id);
    QJsonArray ids;
    for (const auto& [sessionId, licenseId] : ended)
        ids.append(sessionId);
    if (device->isActive || !ended.isEmpty())
        ctx.audit(tx, u"device.disable"_s, u"device"_s, id,
                  {{u"hostname"_s, device->hostname}, {u"ended_sessions"_s, ids}});
    if (device->isActive)
        recordWebhook(ctx.server, tx, u"device.disabled"_s,
                      {{u"device"_s, api::toJson(*devices.find(id))}, {u"ended_sessions"_s, ids}});
    publishDevice(ctx, tx, *devices.find(id));
    tx.commit();
    return noContent();
}

// Re-enables a disabled device ({"is_active": true}); it keeps no token, so
// the machine enrolls again to get one.
HttpResponse updateDevice(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const QString id = ctx.idParam();
    const QJsonObject body = api::jsonBody(ctx.request, {u"is_active"_s});
    api::Validator v(body);
    const auto isActive = v.boolean(u"is_active"_s, true);
    if (isActive && !*isActive)
        v.fail(u"is_active"_s, u"only true (re-enable); DELETE disables a device"_s);
    v.check();
    Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
    DeviceStore devices(tx);
    const auto device = devices.find(id);
    if (!device)
        throw ApiError::notFound();
    if (!device->isActive) {
        devices.enable(id);
        ctx.audit(tx, u"device.enable"_s, u"device"_s, id, {{u"hostname"_s, device->hostname}});
    }
    const auto result = devices.find(id);
    publishDevice(ctx, tx, *result);
    tx.commit();
    return jsonResponse(200, api::toJson(*result));
}

} // namespace

void DevicesApi::registerRoutes(Router& router)
{
    router.add("POST", u"/api/v1/enrollment-tokens"_s, createToken);
    router.add("GET", u"/api/v1/enrollment-tokens"_s, listTokens);
    router.add("DELETE", u"/api/v1/enrollment-tokens/{id}"_s, revokeToken);
    router.add("POST", u"/api/v1/devices/enroll"_s, enroll);
    router.add("GET", u"/api/v1/devices"_s, listDevices);
    router.add("PATCH", u"/api/v1/devices/{id}"_s, updateDevice);
    router.add("DELETE", u"/api/v1/devices/{id}"_s, disableDevice);
}

} // namespace clm::server
