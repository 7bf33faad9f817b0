#include "server/RequestContext.h"

#include "core/Crypto.h"
#include "core/Jwt.h"
#include "server/ApiError.h"
#include "server/ApiSupport.h"
#include "server/AuthCache.h"
#include "server/events/EventHub.h"
#include "server/store/AuditStore.h"
#include "server/store/DeviceStore.h"
#include "server/store/UserStore.h"
#include "server/webhooks/WebhookOutbox.h"

using namespace Qt::StringLiterals;

namespace clm::server {

QString roleName(Role role)
{
    switch (role) {
    case Role::Owner:
        return u"owner"_s;
    case Role::Admin:
        return u"admin"_s;
    case Role::Member:
        return u"member"_s;
    case Role::Guest:
        return u"guest"_s;
    }
    return u"guest"_s;
}

bool parseRole(const QString& text, Role* role)
{
    for (const Role candidate : {Role::Owner, Role::Admin, Role::Member, Role::Guest}) {
        if (roleName(candidate) == text) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

QString RequestContext::idParam(const QString& name) const
{
    const QString id = params.value(name);
    if (!api::isUuid(id))
        throw ApiError::notFound();
    return id.toLower();
}

const Principal& RequestContext::requireUser()
{
    if (principal.kind != Principal::Kind::None)
        return principal;
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        throw ApiError::unauthorized();
    const QByteArray token = authorization.mid(7).trimmed();
    if (server.auth && mayUseAuthCache) {
        if (auto known = server.auth->user(token, now())) {
            principal = *known;
            return principal;
        }
    }
    const quint64 generation = server.auth ? server.auth->generation() : 0;

    jwt::Rules rules;
    rules.type = u"at+jwt"_s;
    rules.issuer = server.settings.issuer;
    rules.audience = server.settings.audience;
    const jwt::Result result = jwt::validate(token, server.keys.accessKeys(), rules, *server.clock);
    if (!result.ok())
        throw ApiError::unauthorized(u"invalid access token: "_s + jwt::errorString(result.error));
    const QString org = result.claims.value("org"_L1).toString();
    const QString userId = result.claims.value("sub"_L1).toString();
    if (!api::isUuid(org) || !api::isUuid(userId))
        throw ApiError::unauthorized(u"invalid access token"_s);

    // The token proves who signed in; the database says whether they still
    // may, and with which role (a demotion applies at once).
    // One statement: the user's state and the organization's.
    Transaction tx(db, Transaction::Mode::Read, org);
    const SqlResult row = tx.exec(
            u"SELECT u.email, u.role, u.is_active, o.is_active FROM users u JOIN organizations o "
            "ON o.id = u.organization_id WHERE u.organization_id = $1 AND u.id = $2"_s,
            {org, userId});
    tx.commit();
    if (row.isEmpty() || !row.first().boolean(2) || !row.first().boolean(3))
        throw ApiError::unauthorized(u"the account is no longer active"_s);
    Principal p;
    p.kind = Principal::Kind::User;
    p.organizationId = org;
    p.userId = userId;
    p.email = row.first().text(0);
    parseRole(row.first().text(1), &p.role);
    const QString signIn = result.claims.value("sid"_L1).toString();
    p.signInId = api::isUuid(signIn) ? signIn : QString();
    p.tokenExpiresAt = result.claims.value("exp"_L1).toInteger() * 1000;
    principal = p;
    if (server.auth)
        server.auth->rememberUser(token, p, generation);
    return principal;
}

const Principal& RequestContext::requireCaller()
{
    if (principal.kind != Principal::Kind::None)
        return principal;
    const QByteArray authorization = request.header("authorization");
    const QByteArray token = authorization.mid(7).trimmed();
    // A device token is "<organization id>.<secret>"; a JWT has two dots.
    if (authorization.size() > 7 && token.count('.') == 1) {
        const auto secret = api::parseScopedSecret(QString::fromLatin1(token));
        if (!secret)
            throw ApiError::unauthorized(u"invalid device token"_s);
        if (server.auth && mayUseAuthCache) {
            if (auto known = server.auth->device(secret->hash, now())) {
                principal = *known;
                return principal;
            }
        }
        const quint64 generation = server.auth ? server.auth->generation() : 0;
        Transaction tx(db, Transaction::Mode::Read, secret->organizationId);
        const auto device = DeviceStore(tx).findByTokenHash(secret->hash);
        tx.commit();
        if (!device || !device->isActive)
            throw ApiError::unauthorized(u"invalid or disabled device token"_s);
        Principal p;
        p.kind = Principal::Kind::Device;
        p.organizationId = device->organizationId;
        p.deviceId = device->id;
        p.hardwareId = device->hardwareId;
        p.hostname = device->hostname;
        principal = p;
        if (server.auth)
            server.auth->rememberDevice(secret->hash, p, now(), generation);
        return principal;
    }
    return requireUser();
}

void RequestContext::publish(Transaction& tx, const QJsonObject& event, const QString& webhookType)
{
    if (server.events)
        server.events->publish(tx, tx.organizationId(), event);
    recordWebhookOf(server, tx, event, webhookType);
}

const Principal& RequestContext::requireAdmin()
{
    requireUser();
    if (!principal.isAdmin())
        throw ApiError::forbidden();
    return principal;
}

const Principal& RequestContext::requireOwner()
{
    requireUser();
    if (!principal.isOwner())
        throw ApiError::forbidden(u"only an owner may do this"_s);
    return principal;
}

void RequestContext::audit(Transaction& tx, const QString& action, const QString& targetType,
                           const QString& targetId, const QJsonObject& details)
{
    auditAs(tx, principal.actorType(), principal.actorId(), action, targetType, targetId, details);
}

void RequestContext::auditAs(Transaction& tx, const QString& actorType, const QString& actorId,
                             const QString& action, const QString& targetType,
                             const QString& targetId, const QJsonObject& details)
{
    AuditEntry entry;
    entry.actorType = actorType;
    entry.actorId = actorId;
    entry.action = action;
    entry.targetType = targetType;
    entry.targetId = targetId;
    entry.ipAddress = request.clientAddress;
    entry.details = details;
    AuditStore(tx).append(entry, api::newId(), now());
}

} // namespace clm::server
