#include "server/api/HealthApi.h"

#include "server/HealthMonitor.h"
#include "server/RequestContext.h"
#include "server/Router.h"
#include "server/api/Responses.h"

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

// Answered by the health monitor's own connection and deadline, never by
// a request connection that a stalled database may hold up.
HttpResponse health(RequestContext& ctx)
{
    if (!ctx.server.health)
        return HealthMonitor::answer(false);
    HttpResponse later;
    later.deferred = std::make_shared<DeferredResponse>();
    ctx.server.health->respond(later.deferred);
    return later;
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
    router.add("GET", u"/health"_s, health, Router::Database::None);
    router.add("GET", u"/.well-known/jwks.json"_s, jwks, Router::Database::None);
}

} // namespace clm::server
