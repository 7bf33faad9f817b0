#pragma once

#include "server/Principal.h"
#include "server/Router.h"
#include "server/ServerContext.h"
#include "server/http/HttpServer.h"

#include <memory>
#include <optional>
#include <vector>

namespace clm::server {

class SqlConnection;

// clm-server's request pipeline: routing, one database connection per worker
// thread, error mapping in one place, security headers, and one structured
// log line per request.
class Application
{
public:
    explicit Application(ServerContext& context);
    ~Application();

    // Handles a request on worker `worker` (HttpServer::Handler).
    HttpResponse handle(HttpRequest& request, int worker);
    static HttpResponse errorResponse(int status, const QString& code, const QString& message,
                                      const QJsonObject& details = {});

    void setWorkers(int workers);
    // WebSocket GET /api/v1/events: checks the admin's access token (header
    // or ?access_token=) and grants the organization's channel, with a
    // recheck that closes the socket once the token expires or the user is
    // no longer an active owner or admin (API.md).
    std::optional<HttpResponse> authorizeEvents(HttpRequest& request, int worker,
                                                HttpServer::WebSocketGrant* grant);
    // How often an open events socket is checked again at most (API.md: at
    // least every 30 s).
    void setEventsRecheckMs(qint64 ms) { m_eventsRecheckMs = ms; }
    const Router& router() const { return m_router; }

private:
    SqlConnection& connection(int worker);
    // The public URL and the client's address (through trusted proxies).
    void prepare(HttpRequest& request) const;
    // Security headers and the access log line, once the answer is known.
    static void finish(HttpResponse& response, const QByteArray& method, const QString& path,
                       const QString& requestId, const QString& client, const QString& organization,
                       qint64 startedNs);

    // 0: close now; else milliseconds until the next check.
    qint64 recheckEvents(const Principal& listener, int worker);

    ServerContext& m_context;
    Router m_router;
    qint64 m_eventsRecheckMs = 30000;
    std::vector<std::unique_ptr<SqlConnection>> m_connections;
};

} // namespace clm::server
