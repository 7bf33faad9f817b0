#include "server/api/AuditApi.h"

#include "server/ApiError.h"
#include "server/ApiSupport.h"
#include "server/RequestContext.h"
#include "server/Router.h"
#include "server/api/Responses.h"
#include "server/store/AuditStore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

HttpResponse list(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const auto params =
            api::listParams(ctx.request, {{u"at"_s, u"entry_no"_s}}, u"entry_no DESC"_s);
    AuditStore::Filter filter;
    filter.action = ctx.request.query.queryItemValue(u"action"_s);
    filter.actorId = ctx.request.query.queryItemValue(u"actor_id"_s);
    filter.from = api::timeQuery(ctx.request, u"from"_s);
    filter.to = api::timeQuery(ctx.request, u"to"_s);
    filter.ascending = params.orderBy.startsWith(u"entry_no ASC"_s);

    Transaction tx(ctx.db, Transaction::Mode::Read, p.organizationId);
    qint64 count = 0;
    const auto entries = AuditStore(tx).list(filter, params.pageSize, params.offset(), &count);
    tx.commit();
    QJsonArray results;
    for (const auto& entry : entries)
        results.append(entry);
    return jsonResponse(200, api::page(ctx.request, params, count, results));
}

} // namespace

void AuditApi::registerRoutes(Router& router)
{
    router.add("GET", u"/api/v1/audit"_s, list);
}

} // namespace clm::server
