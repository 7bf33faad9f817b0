#include "server/api/OrganizationApi.h"

#include "server/ApiError.h"
#include "server/ApiSupport.h"
#include "server/RequestContext.h"
#include "server/Router.h"
#include "server/api/Responses.h"
#include "server/api/Serializers.h"
#include "server/store/OrganizationStore.h"

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

HttpResponse show(RequestContext& ctx)
{
    const Principal& me = ctx.requireUser();
    Transaction tx(ctx.db, Transaction::Mode::Read, me.organizationId);
    const auto organization = OrganizationStore(tx).current();
    tx.commit();
    if (!organization)
        throw ApiError::notFound();
    return jsonResponse(200, api::toJson(*organization));
}

HttpResponse update(RequestContext& ctx)
{
    const Principal& me = ctx.requireUser();
    const QJsonObject body = api::jsonBody(ctx.request, {u"name"_s, u"version"_s});
    if (!me.isOwner())
        throw ApiError::forbidden(u"only an owner may change the organization"_s);
    api::Validator v(body);
    const auto name = v.string(u"name"_s, false);
    v.check();
    const auto expected = api::expectedVersion(ctx.request, body);

    Transaction tx(ctx.db, Transaction::Mode::Write, me.organizationId);
    OrganizationStore organizations(tx);
    auto before = organizations.current();
    if (!before)
        throw ApiError::notFound();
    if (expected && *expected != before->version)
        throw ApiError::conflict(
                u"the organization was changed by someone else (version %1)"_s.arg(before->version),
                412);
    if (name && *name != before->name) {
        if (!organizations.rename(name->trimmed(), expected, ctx.now()))
            throw ApiError::conflict(u"the organization was changed by someone else"_s, 412);
        ctx.audit(
                tx, u"organization.update"_s, u"organization"_s, me.organizationId,
                {{u"name"_s, QJsonObject{{u"from"_s, before->name}, {u"to"_s, name->trimmed()}}}});
    }
    const auto after = organizations.current();
    tx.commit();
    return jsonResponse(200, api::toJson(*after));
}

} // namespace

void OrganizationApi::registerRoutes(Router& router)
{
    router.add("GET", u"/api/v1/tenants/me"_s, show);
    router.add("PATCH", u"/api/v1/tenants/me"_s, update);
}

} // namespace clm::server
