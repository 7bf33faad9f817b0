#pragma once

#include "core/Metrics.h"
#include "server/seats/SeatStore.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <mutex>

namespace clm::server {

// What clm-server counts for `GET /metrics` (docs/monitoring/README.md):
// requests per route template, heartbeat batches, acquire decisions, the
// reaper, the database, and, sampled every few seconds, seats per license.
// One per process; everything may be recorded from any thread.
class ServerMetrics
{
public:
    ServerMetrics();

    // One answered request: `route` is the router's pattern ("unmatched"
    // for none), `status` the HTTP status.
    void request(const QString& route, const QByteArray& method, int status, double seconds);
    void heartbeatBatch(qsizetype size, double commitSeconds);
    // `reason`: empty when granted, else why not ("no_seats", ...).
    void acquire(const QString& reason);
    void reaperPass(qint64 ended, double seconds, qint64 finishedAtMs);
    // One webhook delivery attempt: "delivered", "retried" or "failed".
    void webhookAttempt(const QString& outcome, double seconds);
    void databaseError();
    void databaseWait(double seconds);
    void databaseWaitExpired();

    // Seats of every active license, as the sampler last read them.
    void setSeats(QList<SeatStore::Seats> seats, qint64 sampledAtMs);
    // Seats summed per organization instead of per license (series: one per
    // organization rather than one per license).
    void setSeatsPerOrganization(bool aggregate) { m_perOrganization = aggregate; }

    // Sources read when the text is made.
    std::function<int()> subscribers; // open WebSocket listeners

    // The exposition text; `databaseUp`: the health probe's answer.
    QByteArray render(bool databaseUp) const;

private:
    metrics::Family<metrics::Counter> m_requests;
    metrics::Family<metrics::Histogram> m_requestSeconds;
    metrics::Histogram m_batchSize;
    metrics::Histogram m_batchCommitSeconds;
    metrics::Family<metrics::Counter> m_acquires;
    metrics::Family<metrics::Counter> m_webhookAttempts;
    metrics::Histogram m_webhookSeconds;
    metrics::Counter m_reaperPasses;
    metrics::Counter m_reaperEnded;
    metrics::Histogram m_reaperSeconds;
    std::atomic<qint64> m_reaperLastMs{0};
    metrics::Counter m_databaseErrors;
    metrics::Histogram m_databaseWaitSeconds;
    metrics::Counter m_databaseWaitsExpired;

    mutable std::mutex m_seatsMutex;
    QList<SeatStore::Seats> m_seats;
    qint64 m_seatsSampledMs = 0;
    std::atomic<bool> m_perOrganization{false};
    const qint64 m_startedMs;
};

} // namespace clm::server
