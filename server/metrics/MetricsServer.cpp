#include "server/metrics/MetricsServer.h"

#include "server/Failures.h"
#include "server/HealthMonitor.h"
#include "server/ServerContext.h"
#include "server/db/SqlConnection.h"
#include "server/metrics/ServerMetrics.h"
#include "server/seats/SeatStore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace clm::server {

MetricsServer::MetricsServer(const ServerContext& context, ServerMetrics& metrics, QString host,
                             quint16 port, std::chrono::milliseconds sampleInterval)
    : m_context(context)
    , m_metrics(metrics)
    , m_sampler(context, u"metrics sampler"_s, sampleInterval,
                [&context, &metrics](SqlConnection& db) {
                    metrics.setSeats(SeatStore::seatsOfEveryLicense(db, db.now(*context.clock)),
                                     QDateTime::currentMSecsSinceEpoch());
                    return false;
                })
{
    HttpServer::Options options;
    options.host = std::move(host);
    options.port = port;
    options.workers = 1;
    options.maxConnections = 64;
    options.bodyLimit = 4096;
    m_http = std::make_unique<HttpServer>(
            options, [this](HttpRequest& request, int) { return answer(request); },
            [](int status, const QString& code, const QString& message) {
                return Failures::error(status, code, message);
            });
}

MetricsServer::~MetricsServer()
{
    stop();
}

void MetricsServer::start()
{
    m_http->start();
    m_sampler.start();
}

quint16 MetricsServer::port() const
{
    return m_http->port();
}

void MetricsServer::stop()
{
    m_http->stop();
    m_http->wait();
    m_sampler.stop();
}

HttpResponse MetricsServer::answer(const HttpRequest& request) const
{
    if (request.path != "/metrics"_L1)
        return Failures::error(404, u"not_found"_s, u"only /metrics is served here"_s);
    if (request.method != "GET" && request.method != "HEAD")
        return Failures::error(405, u"method_not_allowed"_s, u"GET /metrics"_s);
    auto text = [this](bool databaseUp) {
        HttpResponse response;
        response.body = m_metrics.render(databaseUp);
        response.contentType = metrics::kContentType;
        response.setHeader("Cache-Control", "no-store");
        return response;
    };
    if (!m_context.health)
        return text(false);
    // The database's health from the probe /health shares (at most half a
    // second old, answered within its timeout).
    auto probe = std::make_shared<DeferredResponse>();
    auto out = std::make_shared<DeferredResponse>();
    probe->onComplete(
            [out, text](HttpResponse health) { out->complete(text(health.status == 200)); });
    m_context.health->respond(probe);
    HttpResponse deferred;
    deferred.deferred = out;
    return deferred;
}

} // namespace clm::server
