#include "server/BackgroundThread.h"

#include "server/ServerContext.h"
#include "server/db/SqlConnection.h"
#include "server/db/SqlError.h"
#include "server/metrics/ServerMetrics.h"

#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcBackground, "clm.server.background")

namespace clm::server {

BackgroundThread::BackgroundThread(const ServerContext& context, QString name,
                                   std::chrono::milliseconds interval, Pass pass)
    : m_context(context)
    , m_name(std::move(name))
    , m_interval(interval)
    , m_pass(std::move(pass))
{}

BackgroundThread::~BackgroundThread()
{
    stop();
}

void BackgroundThread::start()
{
    m_thread = std::thread([this] { run(); });
}

void BackgroundThread::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void BackgroundThread::run()
{
    std::unique_ptr<SqlConnection> db;
    for (;;) {
        bool more = false;
        try {
            if (!db)
                db = SqlConnection::open(m_context.settings.databaseUrl,
                                         m_context.settings.databaseRole,
                                         static_cast<int>(m_context.settings.databaseTimeoutMs));
            more = m_pass(*db);
        } catch (const SqlError& e) {
            if (m_context.metrics)
                m_context.metrics->databaseError();
            qCWarning(lcBackground).noquote() << m_name << "pass failed:" << e.message();
        } catch (const std::exception& e) {
            qCWarning(lcBackground).noquote() << m_name << "pass failed:" << e.what();
        }
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, more ? std::chrono::milliseconds(0) : m_interval,
                            [this] { return m_stopping; }))
            return;
    }
}

} // namespace clm::server
