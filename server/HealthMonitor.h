#pragma once

#include "server/http/HttpRequest.h"

#include <QString>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace clm::server {

// Answers GET /health from a connection of its own with a short deadline,
// so that a load balancer learns within about a second that the database
// does not answer, however busy or stuck the request connections are.
// Health checks that arrive together share one probe; a probe at most
// `freshMs` old answers at once.
class HealthMonitor
{
public:
    HealthMonitor(QString url, QString role, int probeTimeoutMs = 1000, int freshMs = 500);
    ~HealthMonitor();
    HealthMonitor(const HealthMonitor&) = delete;
    HealthMonitor& operator=(const HealthMonitor&) = delete;

    void start();
    void stop();
    // Completes `answer` with 200 healthy or 503 unhealthy (Retry-After).
    void respond(std::shared_ptr<DeferredResponse> answer);

    static HttpResponse answer(bool healthy);

private:
    void run();

    const QString m_url;
    const QString m_role;
    const int m_probeTimeoutMs;
    const std::chrono::milliseconds m_fresh;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<std::shared_ptr<DeferredResponse>> m_waiting;
    std::chrono::steady_clock::time_point m_probedAt;
    bool m_probed = false;
    bool m_healthy = false;
    bool m_stopping = false;
};

} // namespace clm::server
