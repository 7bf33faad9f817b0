#include "server/metrics/ServerMetrics.h"

#include <QDateTime>
#include <QMap>

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

QString statusClass(int status)
{
    return status >= 100 && status < 600 ? QString::number(status / 100) + u"xx"_s : u"other"_s;
}

std::vector<double> batchBuckets()
{
    return {1, 2, 4, 8, 16, 32, 64, 128, 256, 512};
}

} // namespace

ServerMetrics::ServerMetrics()
    : m_requests({u"route"_s, u"method"_s, u"code"_s})
    , m_requestSeconds({u"route"_s, u"method"_s}, metrics::latencyBuckets())
    , m_batchSize(batchBuckets())
    , m_batchCommitSeconds(metrics::latencyBuckets())
    , m_acquires({u"result"_s, u"reason"_s})
    , m_webhookAttempts({u"outcome"_s})
    , m_webhookSeconds(metrics::latencyBuckets())
    , m_reaperSeconds(metrics::latencyBuckets())
    , m_databaseWaitSeconds(metrics::latencyBuckets())
    , m_startedMs(QDateTime::currentMSecsSinceEpoch())
{}

void ServerMetrics::request(const QString& route, const QByteArray& method, int status,
                            double seconds)
{
    const QString methodName = QString::fromLatin1(method);
    m_requests.at({route, methodName, statusClass(status)}).add();
    m_requestSeconds.at({route, methodName}).observe(seconds);
}

void ServerMetrics::heartbeatBatch(qsizetype size, double commitSeconds)
{
    m_batchSize.observe(static_cast<double>(size));
    m_batchCommitSeconds.observe(commitSeconds);
}

void ServerMetrics::acquire(const QString& reason)
{
    if (reason.isEmpty())
        m_acquires.at({u"granted"_s, QString()}).add();
    else
        m_acquires.at({u"denied"_s, reason}).add();
}

void ServerMetrics::reaperPass(qint64 ended, double seconds, qint64 finishedAtMs)
{
    m_reaperPasses.add();
    m_reaperEnded.add(static_cast<double>(ended));
    m_reaperSeconds.observe(seconds);
    m_reaperLastMs.store(finishedAtMs, std::memory_order_relaxed);
}

void ServerMetrics::webhookAttempt(const QString& outcome, double seconds)
{
    m_webhookAttempts.at({outcome}).add();
    m_webhookSeconds.observe(seconds);
}

void ServerMetrics::databaseError()
{
    m_databaseErrors.add();
}

void ServerMetrics::databaseWait(double seconds)
{
    m_databaseWaitSeconds.observe(seconds);
}

void ServerMetrics::databaseWaitExpired()
{
    m_databaseWaitsExpired.add();
}

void ServerMetrics::setSeats(QList<SeatStore::Seats> seats, qint64 sampledAtMs)
{
    std::lock_guard lock(m_seatsMutex);
    m_seats = std::move(seats);
    m_seatsSampledMs = sampledAtMs;
}

QByteArray ServerMetrics::render(bool databaseUp) const
{
    metrics::TextWriter out;
    out.header("clm_build_info", "gauge", "Version of this clm-server; always 1.");
    out.sample("clm_build_info", {u"version"_s}, {QStringLiteral(CLM_VERSION)}, 1);

    out.family("clm_http_requests_total", "counter",
               "HTTP requests answered, by route template, method and status class.", m_requests);
    out.family("clm_http_request_duration_seconds", "histogram",
               "Time from a request's arrival to its answer, by route template and method.",
               m_requestSeconds);

    out.header("clm_heartbeat_batch_size", "histogram",
               "Heartbeats written by one batch (one transaction); _count is the batches.");
    out.histogram("clm_heartbeat_batch_size", {}, {}, m_batchSize);
    out.header("clm_heartbeat_batch_commit_seconds", "histogram",
               "Time one heartbeat batch took from its first statement to its commit.");
    out.histogram("clm_heartbeat_batch_commit_seconds", {}, {}, m_batchCommitSeconds);

    out.family("clm_acquires_total", "counter",
               "Acquires decided: granted, or denied with the reason "
               "(no_seats, no_license, license_inactive, license_expired).",
               m_acquires);

    out.counter("clm_reaper_passes_total", "Reaper passes finished by this process.",
                m_reaperPasses.value());
    out.counter("clm_reaper_sessions_ended_total",
                "Lapsed sessions this process's reaper ended (end_reason timeout).",
                m_reaperEnded.value());
    out.header("clm_reaper_pass_duration_seconds", "histogram", "Time one reaper pass took.");
    out.histogram("clm_reaper_pass_duration_seconds", {}, {}, m_reaperSeconds);
    out.gauge("clm_reaper_last_pass_timestamp_seconds",
              "Unix time the last reaper pass finished (0: none yet).",
              static_cast<double>(m_reaperLastMs.load(std::memory_order_relaxed)) / 1000.0);

    out.family("clm_webhook_attempts_total", "counter",
               "Webhook delivery attempts of this process: delivered, retried (will be tried "
               "again) or failed (given up).",
               m_webhookAttempts);
    out.header("clm_webhook_attempt_duration_seconds", "histogram",
               "One webhook delivery attempt, connection to answer.");
    out.histogram("clm_webhook_attempt_duration_seconds", {}, {}, m_webhookSeconds);

    out.gauge("clm_database_up", "1 when the database answered the health probe, else 0.",
              databaseUp ? 1 : 0);
    out.counter("clm_database_errors_total",
                "Requests and background passes that failed on a database error.",
                m_databaseErrors.value());
    out.header("clm_database_connection_wait_seconds", "histogram",
               "Time a request waited for a free database connection.");
    out.histogram("clm_database_connection_wait_seconds", {}, {}, m_databaseWaitSeconds);
    out.counter("clm_database_connection_wait_expired_total",
                "Requests answered 503 because no database connection became free in time.",
                m_databaseWaitsExpired.value());

    out.gauge("clm_events_subscribers", "Open live-event WebSocket listeners of this process.",
              subscribers ? subscribers() : 0);

    {
        std::lock_guard lock(m_seatsMutex);
        out.gauge("clm_seats_sampled_timestamp_seconds",
                  "Unix time the seat figures below were read from the database (0: not yet).",
                  static_cast<double>(m_seatsSampledMs) / 1000.0);
        if (m_perOrganization.load()) {
            QMap<QString, QPair<qint64, qint64>> sums;
            for (const SeatStore::Seats& license : m_seats) {
                auto& sum = sums[license.organizationId];
                sum.first += license.inUse;
                sum.second += license.seats;
            }
            out.header("clm_organization_seats_in_use", "gauge",
                       "Seats held, summed over the organization's active licenses.");
            for (auto it = sums.cbegin(); it != sums.cend(); ++it)
                out.sample("clm_organization_seats_in_use", {u"organization_id"_s}, {it.key()},
                           static_cast<double>(it.value().first));
            out.header("clm_organization_seats", "gauge",
                       "Seats owned, summed over the organization's active licenses.");
            for (auto it = sums.cbegin(); it != sums.cend(); ++it)
                out.sample("clm_organization_seats", {u"organization_id"_s}, {it.key()},
                           static_cast<double>(it.value().second));
        } else {
            const QStringList names = {u"organization_id"_s, u"license_id"_s};
            out.header("clm_license_seats_in_use", "gauge", "Seats held of an active license.");
            for (const SeatStore::Seats& license : m_seats)
                out.sample("clm_license_seats_in_use", names,
                           {license.organizationId, license.licenseId},
                           static_cast<double>(license.inUse));
            out.header("clm_license_seats", "gauge",
                       "Concurrent seats of an active license (its limit).");
            for (const SeatStore::Seats& license : m_seats)
                out.sample("clm_license_seats", names, {license.organizationId, license.licenseId},
                           static_cast<double>(license.seats));
        }
    }
    metrics::writeProcessMetrics(out, "process_", static_cast<double>(m_startedMs) / 1000.0);
    return out.text();
}

} // namespace clm::server
