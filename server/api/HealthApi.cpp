#include "server/api/HealthApi.h"

#include "server/RequestContext.h"
#include "server/Router.h"
#include "server/api/Responses.h"
#include "server/db/SqlConnection.h"

#include <exception>

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

HttpResponse health(RequestContext& ctx)
{
    bool ok = false;
    try {
        ok = ctx.db.exec(u"SELECT 1"_s).first().int64(0) == 1;
    } catch (const std::exception&) {
        // A broken connection gets a fresh try on the next request.
        ctx.db.reconnect();
    }
    return jsonResponse(ok ? 200 : 503, {{u"status"_s, ok ? u"healthy"_s : u"unhealthy"_s},
                                         {u"database"_s, ok ? u"ok"_s : u"error"_s},
                                         {u"version"_s, QStringLiteral(CLM_VERSION)}});
}

HttpResponse jwks(RequestContext& ctx)
{
    HttpResponse response = jsonResponse(200, ctx.server.keys.publishedKeys().toJson());
    response.setHeader("Cache-Control", "public, max-age=300");
    return response;
}

} // namespace

void HealthApi::registerRoutes(Router& router)
{
    router.add("GET", u"/health"_s, health);
    router.add("GET", u"/.well-known/jwks.json"_s, jwks);
}

} // namespace clm::server
