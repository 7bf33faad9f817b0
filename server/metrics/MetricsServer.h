#pragma once

#include "server/BackgroundThread.h"
#include "server/http/HttpServer.h"

#include <memory>

namespace clm::server {

class ServerMetrics;
struct ServerContext;

// `GET /metrics` on an address of its own (--metrics-listen), so that the
// figures are never served with the API: one HTTP thread, no database
// connection on it (the seat gauges come from a sampler thread that reads
// every active license every `sampleInterval`; the database's health from
// the /health probe). Any other path is 404.
class MetricsServer
{
public:
    MetricsServer(const ServerContext& context, ServerMetrics& metrics, QString host, quint16 port,
                  std::chrono::milliseconds sampleInterval);
    ~MetricsServer();

    // Binds and starts; throws std::runtime_error with a reason.
    void start();
    quint16 port() const;
    void stop();

private:
    HttpResponse answer(const HttpRequest& request) const;

    const ServerContext& m_context;
    ServerMetrics& m_metrics;
    std::unique_ptr<HttpServer> m_http;
    BackgroundThread m_sampler;
};

} // namespace clm::server
