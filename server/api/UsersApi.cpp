#include "server/api/UsersApi.h"

#include "server/ApiError.h"
#include "server/ApiSupport.h"
#include "server/RequestContext.h"
#include "server/Router.h"
#include "server/api/Responses.h"
#include "server/api/Serializers.h"
#include "server/api/SignInLimits.h"
#include "server/db/SqlError.h"
#include "server/store/RefreshTokenStore.h"
#include "server/store/UserStore.h"

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

const QStringList kRoles = {u"owner"_s, u"admin"_s, u"member"_s, u"guest"_s};

// Live listeners learn of every change of a user; the events socket of that
// user checks its right to listen again (API.md).
void publishUser(RequestContext& ctx, Transaction& tx, const UserRecord& user,
                 const QString& webhookType = {})
{
    ctx.publish(tx, {{u"type"_s, u"user.updated"_s}, {u"user"_s, api::toJson(user)}}, webhookType);
}

// A hash of `password` for `email`'s account, sharing the salt of the
// email's other accounts (UserStore::saltFor); hashed outside any write
// transaction, since Argon2 takes tens of milliseconds.
QString hashPassword(RequestContext& ctx, const QString& organizationId, const QString& email,
                     const QString& password)
{
    Transaction tx(ctx.db, Transaction::Mode::Read, organizationId);
    const QByteArray salt = UserStore(tx).saltFor(email, ctx.server.hasher.parameters());
    tx.commit();
    return ctx.server.hasher.hash(password, salt);
}

HttpResponse me(RequestContext& ctx)
{
    const Principal& p = ctx.requireUser();
    Transaction tx(ctx.db, Transaction::Mode::Read, p.organizationId);
    const auto user = UserStore(tx).find(p.userId);
    tx.commit();
    if (!user)
        throw ApiError::notFound();
    return jsonResponse(200, api::toJson(*user));
}

// Any role changes their own name and password; the current password is
// required for both and is guessed no faster than a sign-in (API.md).
HttpResponse updateMe(RequestContext& ctx)
{
    const Principal& p = ctx.requireUser();
    const QJsonObject body = api::jsonBody(
            ctx.request, {u"full_name"_s, u"password"_s, u"current_password"_s, u"version"_s});
    std::optional<UserRecord> me;
    {
        Transaction lookup(ctx.db, Transaction::Mode::Read, p.organizationId);
        me = UserStore(lookup).find(p.userId);
        lookup.commit();
    }
    if (!me)
        throw ApiError::notFound();
    api::Validator v(body);
    const auto fullName = v.string(u"full_name"_s, false, 255, true);
    const auto password = v.password(u"password"_s, false, me->email);
    const auto current = v.string(u"current_password"_s, true, 1024, true);
    v.check();

    const QStringList reserved = SignInLimits::attempt(ctx, me->email);
    if (!PasswordHasher::verify(*current, me->passwordHash)) {
        Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
        ctx.audit(tx, u"auth.login_failed"_s, u"user"_s, me->id,
                  {{u"email"_s, me->email}, {u"reason"_s, u"bad_current_password"_s}});
        tx.commit();
        throw ApiError::validation(u"current_password"_s, u"is not your current password"_s);
    }
    SignInLimits::succeeded(ctx, reserved);
    const QString newHash =
            password ? hashPassword(ctx, p.organizationId, me->email, *password) : QString();

    Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
    UserStore users(tx);
    const auto before = users.find(p.userId);
    if (!before)
        throw ApiError::notFound();
    const auto expected = api::expectedVersion(ctx.request, body);
    if (expected && *expected != before->version)
        throw ApiError::conflict(
                u"your account was changed meanwhile (version %1)"_s.arg(before->version), 412);
    UserRecord after = *before;
    QJsonObject changes;
    if (fullName && fullName->trimmed() != before->fullName) {
        after.fullName = fullName->trimmed();
        changes.insert(u"full_name"_s, after.fullName);
        changes.insert(u"before"_s, QJsonObject{{u"full_name"_s, before->fullName}});
    }
    if (!newHash.isEmpty()) {
        after.passwordHash = newHash;
        changes.insert(u"password"_s, u"changed"_s);
    }
    if (!changes.isEmpty()) {
        if (!users.update(after, expected, ctx.now()))
            throw ApiError::conflict(u"your account was changed meanwhile"_s, 412);
        // Whoever else holds a sign-in of this account is out; this one stays.
        if (!newHash.isEmpty())
            RefreshTokenStore(tx).revokeUser(p.userId, ctx.now(), p.signInId);
        changes.insert(u"self"_s, true);
        ctx.audit(tx, u"user.update"_s, u"user"_s, p.userId, changes);
    }
    const auto result = users.find(p.userId);
    if (!changes.isEmpty())
        publishUser(ctx, tx, *result);
    tx.commit();
    return jsonResponse(200, api::toJson(*result));
}

HttpResponse list(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const auto params = api::listParams(ctx.request,
                                        {{u"email"_s, u"email"_s},
                                         {u"full_name"_s, u"full_name"_s},
                                         {u"role"_s, u"role"_s},
                                         {u"created_at"_s, u"created_at"_s},
                                         {u"last_login_at"_s, u"last_login_at"_s},
                                         {u"is_active"_s, u"is_active"_s}},
                                        u"created_at DESC, id DESC"_s);
    UserStore::Filter filter;
    if (ctx.request.query.hasQueryItem(u"role"_s)) {
        filter.role = ctx.request.query.queryItemValue(u"role"_s);
        if (!kRoles.contains(filter.role))
            throw ApiError::validation(u"role"_s, u"must be one of: "_s + kRoles.join(u", "_s));
    }
    filter.isActive = api::boolQuery(ctx.request, u"is_active"_s);
    filter.search = params.search;
    filter.orderBy = params.orderBy;

    Transaction tx(ctx.db, Transaction::Mode::Read, p.organizationId);
    qint64 count = 0;
    const auto users = UserStore(tx).list(filter, params.pageSize, params.offset(), &count);
    tx.commit();
    QJsonArray results;
    for (const auto& user : users)
        results.append(api::toJson(user));
    return jsonResponse(200, api::page(ctx.request, params, count, results));
}

HttpResponse create(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const QJsonObject body =
            api::jsonBody(ctx.request, {u"email"_s, u"full_name"_s, u"role"_s, u"password"_s});
    api::Validator v(body);
    const auto email = v.email(u"email"_s, true);
    const auto fullName = v.string(u"full_name"_s, false, 255, true);
    const auto role = v.oneOf(u"role"_s, false, kRoles);
    const auto password = v.password(u"password"_s, true, email.value_or(QString()));
    v.check();
    UserRecord user;
    user.organizationId = p.organizationId;
    user.id = api::newId();
    user.email = *email;
    user.fullName = fullName.value_or(QString()).trimmed();
    user.role = role.value_or(u"member"_s);
    if (user.role == "owner"_L1 && !p.isOwner())
        throw ApiError::forbidden(u"only an owner may create an owner"_s);
    user.passwordHash = hashPassword(ctx, p.organizationId, user.email, *password);
    user.createdAt = user.updatedAt = ctx.now();

    Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
    UserStore users(tx);
    if (users.findByEmail(user.email))
        throw ApiError::conflict(u"a user with this email already exists"_s);
    try {
        users.insert(user);
    } catch (const SqlError& e) {
        if (e.kind() == SqlError::Kind::UniqueViolation)
            throw ApiError::conflict(u"a user with this email already exists"_s);
        throw;
    }
    ctx.audit(tx, u"user.create"_s, u"user"_s, user.id,
              {{u"email"_s, user.email}, {u"role"_s, user.role}});
    publishUser(ctx, tx, user, u"user.created"_s);
    tx.commit();
    return jsonResponse(201, api::toJson(user));
}

HttpResponse show(RequestContext& ctx)
{
    const Principal& p = ctx.requireUser();
    const QString id = ctx.idParam();
    // Members and guests see themselves only; others' ids are "not found".
    if (!p.isAdmin() && id != p.userId)
        throw ApiError::notFound();
    Transaction tx(ctx.db, Transaction::Mode::Read, p.organizationId);
    const auto user = UserStore(tx).find(id);
    tx.commit();
    if (!user)
        throw ApiError::notFound();
    return jsonResponse(200, api::toJson(*user));
}

// Applies the owner rules to a change of `target`; throws on a violation.
void checkOwnerRules(const Principal& p, UserStore& users, const UserRecord& before,
                     const UserRecord& after)
{
    const bool touchesOwner = before.role == "owner"_L1 || after.role == "owner"_L1;
    if (touchesOwner && !p.isOwner())
        throw ApiError::forbidden(u"only an owner may change an owner or make one"_s);
    const bool wasActiveOwner = before.role == "owner"_L1 && before.isActive;
    const bool staysActiveOwner = after.role == "owner"_L1 && after.isActive;
    if (wasActiveOwner && !staysActiveOwner && users.lockActiveOwners() <= 1)
        throw ApiError::conflict(u"the last active owner cannot be demoted or deactivated"_s);
}

HttpResponse update(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const QString id = ctx.idParam();
    const QJsonObject body = api::jsonBody(
            ctx.request, {u"full_name"_s, u"role"_s, u"is_active"_s, u"password"_s, u"version"_s});
    // A new password is hashed before the write transaction holds its locks.
    QString newHash;
    if (body.contains("password"_L1)) {
        std::optional<UserRecord> target;
        {
            Transaction lookup(ctx.db, Transaction::Mode::Read, p.organizationId);
            target = UserStore(lookup).find(id);
            lookup.commit();
        }
        if (!target)
            throw ApiError::notFound();
        api::Validator check(body);
        if (const auto password = check.password(u"password"_s, false, target->email))
            newHash = hashPassword(ctx, p.organizationId, target->email, *password);
    }
    Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
    UserStore users(tx);
    const auto before = users.find(id);
    if (!before)
        throw ApiError::notFound();
    api::Validator v(body);
    const auto fullName = v.string(u"full_name"_s, false, 255, true);
    const auto role = v.oneOf(u"role"_s, false, kRoles);
    const auto isActive = v.boolean(u"is_active"_s, false);
    const auto password = v.password(u"password"_s, false, before->email);
    v.check();
    const auto expected = api::expectedVersion(ctx.request, body);
    if (expected && *expected != before->version)
        throw ApiError::conflict(
                u"the user was changed by someone else (version %1)"_s.arg(before->version), 412);

    UserRecord after = *before;
    QJsonObject changes;
    QJsonObject was; // what changed fields were, for the audit log
    if (fullName && *fullName != before->fullName) {
        after.fullName = fullName->trimmed();
        changes.insert(u"full_name"_s, after.fullName);
        was.insert(u"full_name"_s, before->fullName);
    }
    if (role && *role != before->role) {
        after.role = *role;
        changes.insert(u"role"_s, QJsonObject{{u"from"_s, before->role}, {u"to"_s, *role}});
    }
    if (isActive && *isActive != before->isActive) {
        after.isActive = *isActive;
        changes.insert(u"is_active"_s, *isActive);
        was.insert(u"is_active"_s, before->isActive);
    }
    if (password && !newHash.isEmpty()) {
        after.passwordHash = newHash;
        changes.insert(u"password"_s, u"changed"_s);
    }
    checkOwnerRules(p, users, *before, after);
    if (!changes.isEmpty()) {
        if (!users.update(after, expected, ctx.now()))
            throw ApiError::conflict(u"the user was changed by someone else"_s, 412);
        // Signing in again is required after deactivation or a new password.
        if ((before->isActive && !after.isActive) || password)
            RefreshTokenStore(tx).revokeUser(id, ctx.now());
        const bool deactivated = before->isActive && !after.isActive;
        if (!was.isEmpty())
            changes.insert(u"before"_s, was);
        ctx.audit(tx, deactivated ? u"user.deactivate"_s : u"user.update"_s, u"user"_s, id,
                  changes);
    }
    const auto result = users.find(id);
    if (!changes.isEmpty())
        publishUser(ctx, tx, *result);
    tx.commit();
    return jsonResponse(200, api::toJson(*result));
}

HttpResponse remove(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const QString id = ctx.idParam();
    Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
    UserStore users(tx);
    const auto before = users.find(id);
    if (!before)
        throw ApiError::notFound();
    if (before->isActive) {
        UserRecord after = *before;
        after.isActive = false;
        checkOwnerRules(p, users, *before, after);
        users.update(after, std::nullopt, ctx.now());
        RefreshTokenStore(tx).revokeUser(id, ctx.now());
        ctx.audit(tx, u"user.deactivate"_s, u"user"_s, id, {{u"email"_s, before->email}});
        publishUser(ctx, tx, *users.find(id));
    }
    tx.commit();
    return noContent();
}

} // namespace

void UsersApi::registerRoutes(Router& router)
{
    router.add("GET", u"/api/v1/users/me"_s, me);
    router.add("PATCH", u"/api/v1/users/me"_s, updateMe);
    router.add("GET", u"/api/v1/users"_s, list);
    router.add("POST", u"/api/v1/users"_s, create);
    router.add("GET", u"/api/v1/users/{id}"_s, show);
    router.add("PATCH", u"/api/v1/users/{id}"_s, update);
    router.add("DELETE", u"/api/v1/users/{id}"_s, remove);
}

} // namespace clm::server
