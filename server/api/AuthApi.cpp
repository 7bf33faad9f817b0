#include "server/api/AuthApi.h"

#include "core/Crypto.h"
#include "core/Jwt.h"
#include "server/ApiError.h"
#include "server/ApiSupport.h"
#include "server/RequestContext.h"
#include "server/Router.h"
#include "server/api/Responses.h"
#include "server/api/Serializers.h"
#include "server/api/SignInLimits.h"
#include "server/db/SqlError.h"
#include "server/store/OrganizationStore.h"
#include "server/store/RefreshTokenStore.h"
#include "server/store/UserStore.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

// `sid` names the sign-in (the refresh token family) the access token
// belongs to, so that a password change can end every other sign-in.
QString accessToken(const RequestContext& ctx, const UserRecord& user, const QString& familyId)
{
    const qint64 now = ctx.now() / 1000;
    const QJsonObject claims{
            {u"sid"_s, familyId},
            {u"sub"_s, user.id},
            {u"org"_s, user.organizationId},
            {u"role"_s, user.role},
            {u"email"_s, user.email},
            {u"iss"_s, ctx.server.settings.issuer},
            {u"aud"_s, ctx.server.settings.audience},
            {u"iat"_s, now},
            {u"exp"_s, now + ctx.server.settings.accessTokenSeconds},
            {u"jti"_s, api::newId()},
    };
    return QString::fromLatin1(jwt::issue(claims, ctx.server.keys.accessKey(), u"at+jwt"_s));
}

// A refresh token is "<organization id>.<secret>": the organization lets the
// server look the token up inside its tenant; only a hash of the secret is
// stored.
QString refreshToken(RequestContext& ctx, Transaction& tx, const QString& userId,
                     const QString& familyId)
{
    const QString secret = crypto::randomToken(32);
    RefreshTokenStore(tx).insert(api::newId(), familyId, userId,
                                 crypto::sha256Hex(secret.toLatin1()), ctx.now(),
                                 ctx.now() + ctx.server.settings.refreshTokenSeconds * 1000);
    return tx.organizationId() + u'.' + secret;
}

QString slugFor(const QString& name)
{
    QString slug;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
        if (slug.size() >= 40)
            break;
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (slug.isEmpty())
        slug = u"org"_s;
    // A random suffix: slugs are unique without revealing other tenants'.
    return slug + u'-' + QString::fromLatin1(crypto::randomBytes(4).toHex());
}

HttpResponse login(RequestContext& ctx)
{
    const QJsonObject body = api::jsonBody(ctx.request, {u"email"_s, u"password"_s});
    api::Validator v(body);
    const auto emailText = v.string(u"email"_s, true, 254);
    const auto password = v.string(u"password"_s, true, 1024, true);
    v.check();
    const QString email = emailText->trimmed().toLower();

    const QStringList reserved = SignInLimits::attempt(ctx, email);

    QList<UserRecord> candidates;
    {
        Transaction tx(ctx.db, Transaction::Mode::Read, QString());
        candidates = UserStore::loginCandidates(tx, email);
        tx.commit();
    }
    // One Argon2 computation whatever the number of accounts: the accounts
    // of one email share a salt (UserStore::saltFor), and an unknown email
    // is checked against a dummy hash, so timing tells nothing.
    std::optional<UserRecord> match;
    if (candidates.isEmpty()) {
        PasswordHasher::verify(*password, ctx.server.dummyPasswordHash);
    } else {
        QStringList hashes;
        for (const auto& candidate : candidates)
            hashes.append(candidate.passwordHash);
        const QList<qsizetype> matching = PasswordHasher::verifyAll(*password, hashes);
        // The same password in several organizations: the first active one.
        for (const qsizetype i : matching) {
            if (!match || (!match->isActive && candidates.at(i).isActive))
                match = candidates.at(i);
        }
    }

    bool organizationActive = false;
    if (match) {
        Transaction tx(ctx.db, Transaction::Mode::Read, match->organizationId);
        const auto organization = OrganizationStore(tx).current();
        organizationActive = organization && organization->isActive;
        tx.commit();
    }
    if (!match || !match->isActive || !organizationActive) {
        // Recorded in each organization where this email has an account.
        for (const auto& candidate : candidates) {
            Transaction tx(ctx.db, Transaction::Mode::Write, candidate.organizationId);
            ctx.auditAs(tx, u"user"_s, candidate.id, u"auth.login_failed"_s, u"user"_s,
                        candidate.id,
                        {{u"email"_s, email},
                         {u"reason"_s, match ? u"inactive"_s : u"bad_password"_s}});
            tx.commit();
        }
        throw ApiError::unauthorized(u"wrong email or password"_s);
    }
    SignInLimits::succeeded(ctx, reserved);

    // Older parameters, or a salt of its own (an account made before its
    // email's accounts shared one): hashed anew while the password is known.
    QString rehashed;
    const QByteArray salt = UserStore::sharedSalt(candidates, ctx.server.hasher.parameters());
    if (ctx.server.hasher.needsRehash(match->passwordHash) ||
        (!salt.isEmpty() && PasswordHasher::saltOf(match->passwordHash) != salt))
        rehashed = ctx.server.hasher.hash(*password, salt);

    Transaction tx(ctx.db, Transaction::Mode::Write, match->organizationId);
    UserStore users(tx);
    users.recordLogin(match->id, ctx.now());
    if (!rehashed.isEmpty()) {
        UserRecord updated = *match;
        updated.passwordHash = rehashed;
        users.update(updated, std::nullopt, ctx.now());
    }
    const QString family = api::newId();
    const QString refresh = refreshToken(ctx, tx, match->id, family);
    ctx.auditAs(tx, u"user"_s, match->id, u"auth.login"_s, u"user"_s, match->id);
    const UserRecord user = *users.find(match->id);
    tx.commit();
    ctx.principal.organizationId = user.organizationId;
    return jsonResponse(200, {{u"access"_s, accessToken(ctx, user, family)},
                              {u"refresh"_s, refresh},
                              {u"user"_s, api::toJson(user)}});
}

HttpResponse refresh(RequestContext& ctx)
{
    const QJsonObject body = api::jsonBody(ctx.request, {u"refresh"_s});
    api::Validator v(body);
    const auto token = v.string(u"refresh"_s, true, 200);
    v.check();
    const auto parsed = api::parseScopedSecret(*token);
    if (!parsed)
        throw ApiError::unauthorized(u"invalid refresh token"_s);

    Transaction tx(ctx.db, Transaction::Mode::Write, parsed->organizationId);
    RefreshTokenStore tokens(tx);
    const auto stored = tokens.findByHash(parsed->hash);
    if (!stored)
        throw ApiError::unauthorized(u"invalid refresh token"_s);
    ctx.principal.organizationId = parsed->organizationId;
    const bool spent =
            stored->usedAt || stored->revokedAt || !tokens.markUsed(stored->id, ctx.now());
    if (spent) {
        if (!stored->revokedAt || stored->usedAt) {
            // A used token presented again: someone has a copy. End the
            // whole sign-in, for the thief and the owner alike.
            tokens.revokeFamily(stored->familyId, ctx.now());
            ctx.auditAs(tx, u"user"_s, stored->userId, u"auth.refresh_reuse"_s, u"user"_s,
                        stored->userId, {{u"family_id"_s, stored->familyId}});
            tx.commit();
        }
        throw ApiError::unauthorized(u"refresh token already used or revoked"_s);
    }
    if (stored->expiresAt <= ctx.now())
        throw ApiError::unauthorized(u"refresh token expired"_s);
    const auto user = UserStore(tx).find(stored->userId);
    const auto organization = OrganizationStore(tx).current();
    if (!user || !user->isActive || !organization || !organization->isActive)
        throw ApiError::unauthorized(u"the account is no longer active"_s);
    const QString next = refreshToken(ctx, tx, user->id, stored->familyId);
    tx.commit();
    return jsonResponse(
            200, {{u"access"_s, accessToken(ctx, *user, stored->familyId)}, {u"refresh"_s, next}});
}

HttpResponse logout(RequestContext& ctx)
{
    const QJsonObject body = api::jsonBody(ctx.request, {u"refresh"_s});
    api::Validator v(body);
    const auto token = v.string(u"refresh"_s, true, 200);
    v.check();
    const auto parsed = api::parseScopedSecret(*token);
    if (!parsed)
        return noContent(); // nothing to revoke; do not tell whether it existed
    Transaction tx(ctx.db, Transaction::Mode::Write, parsed->organizationId);
    RefreshTokenStore tokens(tx);
    const auto stored = tokens.findByHash(parsed->hash);
    if (stored) {
        ctx.principal.organizationId = parsed->organizationId;
        tokens.revokeFamily(stored->familyId, ctx.now());
        ctx.auditAs(tx, u"user"_s, stored->userId, u"auth.logout"_s, u"user"_s, stored->userId);
    }
    tx.commit();
    return noContent();
}

HttpResponse registerOrganization(RequestContext& ctx)
{
    if (!ctx.server.settings.allowRegistration)
        throw ApiError::forbidden(u"self-registration is disabled on this server"_s);
    const QJsonObject body = api::jsonBody(
            ctx.request, {u"organization_name"_s, u"email"_s, u"password"_s, u"full_name"_s});
    api::Validator v(body);
    const auto name = v.string(u"organization_name"_s, true);
    const auto email = v.email(u"email"_s, true);
    const auto fullName = v.string(u"full_name"_s, false, 255, true);
    const auto password = v.password(u"password"_s, true, email.value_or(QString()));
    v.check();
    SignInLimits::registration(ctx);

    OrganizationRecord organization;
    organization.id = api::newId();
    organization.name = name->trimmed();
    organization.slug = slugFor(organization.name);
    organization.createdAt = organization.updatedAt = ctx.now();

    UserRecord user;
    user.organizationId = organization.id;
    user.id = api::newId();
    user.email = *email;
    user.fullName = fullName.value_or(QString());
    user.role = u"owner"_s;
    {
        Transaction lookup(ctx.db, Transaction::Mode::Read, QString());
        const QByteArray salt =
                UserStore(lookup).saltFor(user.email, ctx.server.hasher.parameters());
        lookup.commit();
        user.passwordHash = ctx.server.hasher.hash(*password, salt);
    }
    user.createdAt = user.updatedAt = ctx.now();

    Transaction tx(ctx.db, Transaction::Mode::Write, organization.id);
    OrganizationStore(tx).insert(organization);
    UserStore(tx).insert(user);
    ctx.principal.kind = Principal::Kind::User;
    ctx.principal.organizationId = organization.id;
    ctx.principal.userId = user.id;
    ctx.audit(tx, u"user.create"_s, u"user"_s, user.id,
              {{u"email"_s, user.email}, {u"role"_s, user.role}, {u"registration"_s, true}});
    const QString family = api::newId();
    const QString refresh = refreshToken(ctx, tx, user.id, family);
    tx.commit();
    return jsonResponse(201, {{u"organization"_s, api::toJson(organization)},
                              {u"user"_s, api::toJson(user)},
                              {u"access"_s, accessToken(ctx, user, family)},
                              {u"refresh"_s, refresh}});
}

} // namespace

void AuthApi::registerRoutes(Router& router)
{
    router.add("POST", u"/api/v1/auth/login"_s, login);
    router.add("POST", u"/api/v1/auth/refresh"_s, refresh);
    router.add("POST", u"/api/v1/auth/logout"_s, logout);
    router.add("POST", u"/api/v1/auth/register"_s, registerOrganization);
}

} // namespace clm::server
