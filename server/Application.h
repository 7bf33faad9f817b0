#pragma once

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
    // or ?access_token=) and answers the organization to listen to.
    std::optional<HttpResponse> authorizeEvents(HttpRequest& request, int worker, QString* channel);
    const Router& router() const { return m_router; }

private:
    SqlConnection& connection(int worker);
    // Security headers and the access log line, once the answer is known.
    static void finish(HttpResponse& response, const QByteArray& method, const QString& path,
                       const QString& requestId, const QString& client, const QString& organization,
                       qint64 startedNs);

    ServerContext& m_context;
    Router m_router;
    std::vector<std::unique_ptr<SqlConnection>> m_connections;
};

} // namespace clm::server
