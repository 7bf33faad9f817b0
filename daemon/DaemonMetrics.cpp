#include "daemon/DaemonMetrics.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace clm::daemon {

DaemonMetrics::DaemonMetrics()
    : m_checkouts({u"result"_s, u"reason"_s})
    , m_serverSeconds(metrics::latencyBuckets())
    , m_serverRequests({u"outcome"_s})
    , m_startedSeconds(static_cast<double>(QDateTime::currentMSecsSinceEpoch()) / 1000.0)
{}

void DaemonMetrics::checkout(const QJsonObject& answer)
{
    if (answer.value("ok"_L1).toBool()) {
        m_checkouts.at({u"granted"_s, QString()}).add();
        if (answer.value("offline"_L1).toBool())
            m_offlineGrants.add();
        return;
    }
    const QString reason = answer.value("reason"_L1).toString();
    m_checkouts.at({u"denied"_s, reason.isEmpty() ? u"error"_s : reason}).add();
}

void DaemonMetrics::serverRequest(double seconds, bool answered)
{
    m_serverSeconds.observe(seconds);
    m_serverRequests.at({answered ? u"answered"_s : u"unreachable"_s}).add();
}

QByteArray DaemonMetrics::render(const State& state) const
{
    metrics::TextWriter out;
    out.header("clmd_build_info", "gauge", "Version of this clmd; always 1.");
    out.sample("clmd_build_info", {u"version"_s}, {QStringLiteral(CLM_VERSION)}, 1);
    out.family("clmd_checkouts_total", "counter",
               "Checkouts answered: granted, or denied with the reason code (CLI.md).",
               m_checkouts);
    out.counter("clmd_offline_grants_total",
                "Checkouts granted from a cached lease while the server was unreachable.",
                m_offlineGrants.value());
    out.header("clmd_server_request_duration_seconds", "histogram",
               "Round trip of one request to the license server (answered or not).");
    out.histogram("clmd_server_request_duration_seconds", {}, {}, m_serverSeconds);
    out.family("clmd_server_requests_total", "counter",
               "Requests to the license server: answered, or no server reachable.",
               m_serverRequests);
    out.gauge("clmd_enrolled", "1 when this machine is enrolled, else 0.", state.enrolled);
    out.gauge("clmd_server_reachable", "1 when the last request reached a server, else 0.",
              state.serverReachable);
    out.gauge("clmd_seats_held", "Server sessions (seats) this machine holds, borrowed included.",
              state.seatsHeld);
    out.gauge("clmd_local_holders", "Open checkouts of tools on this machine.", state.localHolders);
    out.gauge("clmd_cached_leases", "Signed leases in the offline cache.", state.cachedLeases);
    out.gauge("clmd_local_connections", "Open connections to the daemon's socket.",
              state.connections);
    metrics::writeProcessMetrics(out, "clmd_process_", m_startedSeconds);
    return out.text();
}

} // namespace clm::daemon
