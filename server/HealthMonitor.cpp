#include "server/HealthMonitor.h"

#include "server/api/Responses.h"
#include "server/db/SqlConnection.h"
#include "server/db/SqlError.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHealth, "clm.server.health")

using namespace Qt::StringLiterals;

namespace clm::server {

HealthMonitor::HealthMonitor(QString url, QString role, int probeTimeoutMs, int freshMs)
    : m_url(std::move(url))
    , m_role(std::move(role))
    , m_probeTimeoutMs(probeTimeoutMs)
    , m_fresh(freshMs)
{}

HealthMonitor::~HealthMonitor()
{
    stop();
}

void HealthMonitor::start()
{
    m_thread = std::thread([this] { run(); });
}

void HealthMonitor::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

HttpResponse HealthMonitor::answer(bool healthy)
{
    HttpResponse response = jsonResponse(healthy ? 200 : 503,
                                         {{u"status"_s, healthy ? u"healthy"_s : u"unhealthy"_s},
                                          {u"database"_s, healthy ? u"ok"_s : u"error"_s},
                                          {u"version"_s, QStringLiteral(CLM_VERSION)}});
    if (!healthy)
        response.setHeader("Retry-After", "5");
    return response;
}

void HealthMonitor::respond(std::shared_ptr<DeferredResponse> waiter)
{
    bool healthy = false;
    {
        std::lock_guard lock(m_mutex);
        const bool fresh =
                m_probed && std::chrono::steady_clock::now() - m_probedAt <= m_fresh && !m_stopping;
        if (!fresh) {
            m_waiting.push_back(std::move(waiter));
            m_wake.notify_one();
            return;
        }
        healthy = m_healthy;
    }
    waiter->complete(answer(healthy));
}

void HealthMonitor::run()
{
    std::unique_ptr<SqlConnection> db;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_waiting.empty(); });
            if (m_stopping && m_waiting.empty())
                return;
        }
        bool healthy = false;
        try {
            if (!db)
                db = SqlConnection::open(m_url, m_role, m_probeTimeoutMs);
            healthy = db->exec(u"SELECT 1"_s).first().int64(0) == 1;
        } catch (const SqlError& e) {
            // The connection drops itself when it timed out; a fresh try next.
            qCWarning(lcHealth).noquote() << "health probe failed:" << e.message();
        }
        std::vector<std::shared_ptr<DeferredResponse>> waiting;
        {
            std::lock_guard lock(m_mutex);
            m_probed = true;
            m_healthy = healthy;
            m_probedAt = std::chrono::steady_clock::now();
            waiting.swap(m_waiting);
        }
        const HttpResponse result = answer(healthy);
        for (const auto& waiter : waiting)
            waiter->complete(result);
    }
}

} // namespace clm::server
