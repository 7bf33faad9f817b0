#include "server/Reaper.h"

#include "server/ServerContext.h"
#include "server/db/SqlConnection.h"
#include "server/metrics/ServerMetrics.h"
#include "server/seats/HeartbeatBatcher.h"
#include "server/seats/SeatLedger.h"
#include "server/store/AttemptStore.h"
#include "server/store/AuditStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReaper, "clm.server.reaper")

using namespace Qt::StringLiterals;

namespace clm::server {

Reaper::Reaper(const ServerContext& context)
    : BackgroundThread(context, u"reaper"_s,
                       std::chrono::seconds(context.settings.reaperIntervalSeconds),
                       [&context](SqlConnection& db) {
                           QElapsedTimer pass;
                           pass.start();
                           const qint64 ended = reapOnce(db, context);
                           if (context.metrics)
                               context.metrics->reaperPass(
                                       ended, static_cast<double>(pass.nsecsElapsed()) / 1e9,
                                       QDateTime::currentMSecsSinceEpoch());
                           if (ended > 0)
                               qCInfo(lcReaper).noquote()
                                       << u"ended %1 lapsed sessions in %2 ms"_s.arg(ended).arg(
                                                  pass.elapsed());
                           sampleUsage(db, context);
                           AttemptStore(db).prune(context.clock->nowMsecs() - 3600 * 1000);
                           return false;
                       })
{}

qint64 Reaper::reapOnce(SqlConnection& db, const ServerContext& context)
{
    // SQLite: let queued heartbeats have the write lock between batches.
    HeartbeatBatcher* heartbeats = db.isPostgres() ? nullptr : context.heartbeats;
    return SeatLedger(context).reap(db, [heartbeats] {
        if (heartbeats)
            heartbeats->waitForTurn(std::chrono::milliseconds(500));
    });
}

void Reaper::sampleUsage(SqlConnection& db, const ServerContext& context)
{
    SeatLedger(context).sampleUsage(db);
}

AuditSealer::AuditSealer(const ServerContext& context)
    : BackgroundThread(context, u"audit sealer"_s, std::chrono::milliseconds(200),
                       [](SqlConnection& db) { return AuditStore::sealPending(db, false) > 0; })
{}

} // namespace clm::server
