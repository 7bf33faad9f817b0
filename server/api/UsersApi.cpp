#include "server/api/UsersApi.h"

#include "server/ApiError.h"
#include "server/ApiSupport.h"
#include "server/RequestContext.h"
#include "server/Router.h"
#include "server/api/Responses.h"
#include "server/api/Serializers.h"
#include "server/db/SqlError.h"
#include "server/store/RefreshTokenStore.h"
#include "server/store/UserStore.h"

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

const QStringList kRoles = {u"owner"_s, u"admin"_s, u"member"_s, u"guest"_s};

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
    user.passwordHash = ctx.server.hasher.hash(*password);
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
    if (fullName && *fullName != before->fullName) {
        after.fullName = fullName->trimmed();
        changes.insert(u"full_name"_s, after.fullName);
    }
    if (role && *role != before->role) {
        after.role = *role;
        changes.insert(u"role"_s, QJsonObject{{u"from"_s, before->role}, {u"to"_s, *role}});
    }
    if (isActive && *isActive != before->isActive) {
        after.isActive = *isActive;
        changes.insert(u"is_active"_s, *isActive);
    }
    if (password) {
        after.passwordHash = ctx.server.hasher.hash(*password);
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
        ctx.audit(tx, deactivated ? u"user.deactivate"_s : u"user.update"_s, u"user"_s, id,
                  changes);
    }
    const auto result = users.find(id);
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
    }
    tx.commit();
    return noContent();
}

} // namespace

void UsersApi::registerRoutes(Router& router)
{
    router.add("GET", u"/api/v1/users/me"_s, me);
    router.add("GET", u"/api/v1/users"_s, list);
    router.add("POST", u"/api/v1/users"_s, create);
    router.add("GET", u"/api/v1/users/{id}"_s, show);
    router.add("PATCH", u"/api/v1/users/{id}"_s, update);
    router.add("DELETE", u"/api/v1/users/{id}"_s, remove);
}

} // namespace clm::server
