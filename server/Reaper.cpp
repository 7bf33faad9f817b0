#include "server/Reaper.h"

#include "server/ServerContext.h"
#include "server/db/SqlConnection.h"
#include "server/db/SqlError.h"
#include "server/seats/SeatLedger.h"
#include "server/store/AttemptStore.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcReaper, "clm.server.reaper")

using namespace Qt::StringLiterals;

namespace clm::server {

Reaper::Reaper(const ServerContext& context)
    : m_context(context)
{}

Reaper::~Reaper()
{
    stop();
}

void Reaper::start()
{
    m_thread = std::thread([this] { run(); });
}

void Reaper::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void Reaper::run()
{
    std::unique_ptr<SqlConnection> db;
    const auto interval = std::chrono::seconds(m_context.settings.reaperIntervalSeconds);
    for (;;) {
        try {
            if (!db)
                db = SqlConnection::open(m_context.settings.databaseUrl,
                                         m_context.settings.databaseRole,
                                         static_cast<int>(m_context.settings.databaseTimeoutMs));
            QElapsedTimer pass;
            pass.start();
            const qint64 ended = reapOnce(*db, m_context);
            if (ended > 0)
                qCInfo(lcReaper).noquote()
                        << u"ended %1 lapsed sessions in %2 ms"_s.arg(ended).arg(pass.elapsed());
            sampleUsage(*db, m_context);
            AttemptStore(*db).prune(m_context.clock->nowMsecs() - 3600 * 1000);
        } catch (const std::exception& e) {
            qCWarning(lcReaper) << "reaper pass failed:" << e.what();
        }
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, interval, [this] { return m_stopping; }))
            return;
    }
}

qint64 Reaper::reapOnce(SqlConnection& db, const ServerContext& context)
{
    return SeatLedger(context).reap(db);
}

void Reaper::sampleUsage(SqlConnection& db, const ServerContext& context)
{
    SeatLedger(context).sampleUsage(db);
}

} // namespace clm::server
