#pragma once

#include "server/Principal.h"
#include "server/Router.h"
#include "server/ServerContext.h"
#include "server/http/HttpServer.h"

#include <functional>

namespace clm::server {

class DatabaseWorkers;
class ServerMetrics;
class SqlConnection;

// clm-server's request pipeline: routing, one database connection per worker
// thread, error mapping in one place, security headers, and one structured
// log line per request.
class Application
{
public:
    // `database` runs the handlers that need the database (null: they
    // answer 503, for tools that only read the routes).
    explicit Application(ServerContext& context, DatabaseWorkers* database = nullptr);
    ~Application();

    // Handles a request on an HTTP worker thread (HttpServer::Handler): the
    // answer is usually deferred to a database thread.
    HttpResponse handle(HttpRequest& request, int worker);

    // WebSocket GET /api/v1/events: checks the admin's access token (header
    // or ?access_token=) on a database thread and grants the organization's
    // channel, with a recheck that closes the socket once the token expires
    // or the user is no longer an active owner or admin (API.md).
    void authorizeEvents(HttpRequest& request, int worker, HttpServer::AuthorizeDone done);
    // How often an open events socket is checked again at most (API.md: at
    // least every 30 s).
    void setEventsRecheckMs(qint64 ms) { m_eventsRecheckMs = ms; }
    const Router& router() const { return m_router; }

private:
    // The route's handler with failures mapped (Failures), for `db`.
    HttpResponse dispatch(HttpRequest& request, const Router::Match& match, SqlConnection& db,
                          QString* organization);
    // Security headers and the access log line, once the answer is known
    // (for a deferred answer: when it comes).
    // `route`: the matched pattern, for the metrics.
    HttpResponse finished(HttpResponse response, const HttpRequest& request,
                          const QString& organization, qint64 started, const QString& route) const;
    static void finish(HttpResponse& response, const QByteArray& method, const QString& path,
                       const QString& requestId, const QString& client, const QString& organization,
                       qint64 startedNs, ServerMetrics* metrics, const QString& route);
    // The public URL and the client's address (through trusted proxies).
    void prepare(HttpRequest& request) const;
    // 0: close now; else milliseconds until the next check.
    qint64 checkListener(const Principal& listener, SqlConnection& db) const;
    void recheckEvents(const Principal& listener, std::function<void(qint64)> done);

    ServerContext& m_context;
    DatabaseWorkers* m_database;
    Router m_router;
    qint64 m_eventsRecheckMs = 30000;
};

} // namespace clm::server
