#pragma once

#include "core/Metrics.h"

#include <QByteArray>
#include <QJsonObject>

namespace clm::daemon {

// What clmd counts for `clm metrics` (op "metrics" of the local protocol),
// in the Prometheus text format for node_exporter's textfile collector.
// Every name starts with "clmd_", process figures included, so that the
// text merges into node_exporter's own without a clash.
class DaemonMetrics
{
public:
    DaemonMetrics();

    // A checkout's answer to its tool (CLI.md): granted (online or from a
    // cached lease) or denied with its reason.
    void checkout(const QJsonObject& answer);
    // One request to the server: its round trip, and whether any server
    // answered.
    void serverRequest(double seconds, bool answered);

    // The daemon's state when the text is made.
    struct State
    {
        bool enrolled = false;
        bool serverReachable = false;
        int seatsHeld = 0;    // server sessions this machine holds (borrowed too)
        int localHolders = 0; // open checkouts of tools on this machine
        int cachedLeases = 0; // signed leases in the offline cache
        int connections = 0;  // open local connections
    };
    QByteArray render(const State& state) const;

private:
    metrics::Family<metrics::Counter> m_checkouts;
    metrics::Counter m_offlineGrants;
    metrics::Histogram m_serverSeconds;
    metrics::Family<metrics::Counter> m_serverRequests;
    const double m_startedSeconds;
};

} // namespace clm::daemon
