#include "server/Reaper.h"

#include "server/ApiSupport.h"
#include "server/ServerContext.h"
#include "server/db/SqlConnection.h"
#include "server/db/SqlError.h"
#include "server/events/EventHub.h"
#include "server/store/AttemptStore.h"
#include "server/store/AuditStore.h"
#include "server/store/Transaction.h"
#include "server/store/UsageStore.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QMap>

#include <memory>

Q_LOGGING_CATEGORY(lcReaper, "clm.server.reaper")

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

constexpr int kBatch = 1000;
// Above this many sessions ended at once in one organization, listeners get
// one summary event instead of one event per session.
constexpr int kMaxEventsPerBatch = 200;

QString idList(const QStringList& ids, int firstParameter)
{
    QStringList placeholders;
    for (int i = 0; i < ids.size(); ++i)
        placeholders.append(u'$' + QString::number(firstParameter + i));
    return placeholders.join(u',');
}

} // namespace

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
            const qint64 ended = reapOnce(*db, m_context);
            if (ended > 0)
                qCInfo(lcReaper) << "ended" << ended << "lapsed sessions";
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
    qint64 total = 0;
    for (;;) {
        const qint64 now = db.now(*context.clock);
        const SqlResult lapsed =
                db.isPostgres()
                        ? db.exec(u"SELECT organization_id, id, license_id FROM clm_lapsed_sessions($1, $2)"_s,
                                  {now, kBatch})
                        : db.exec(u"SELECT organization_id, id, license_id FROM license_sessions "
                                  "WHERE ended_at IS NULL AND holds_until <= $1 "
                                  "ORDER BY organization_id, id LIMIT $2"_s,
                                  {now, kBatch});
        if (lapsed.isEmpty())
            return total;
        QMap<QString, QStringList> byOrganization;
        for (qsizetype i = 0; i < lapsed.size(); ++i)
            byOrganization[lapsed.row(i).text(0)].append(lapsed.row(i).text(1));

        for (auto it = byOrganization.cbegin(); it != byOrganization.cend(); ++it) {
            Transaction tx(db, Transaction::Mode::Write, it.key());
            QVariantList params{it.key(), now};
            for (const auto& id : it.value())
                params.append(id);
            // Still open and still lapsed: another process (or a heartbeat)
            // may have got there first, and then this ends nothing.
            const SqlResult ended =
                    tx.exec(u"UPDATE license_sessions SET ended_at = $2, end_reason = 'timeout' "
                            "WHERE organization_id = $1 AND ended_at IS NULL AND holds_until <= $2 "
                            "AND id IN (%1) RETURNING id, license_id"_s.arg(idList(it.value(), 3)),
                            params);
            QMap<QString, QJsonArray> byLicense;
            for (qsizetype i = 0; i < ended.size(); ++i)
                byLicense[ended.row(i).text(1)].append(ended.row(i).text(0));
            for (auto license = byLicense.cbegin(); license != byLicense.cend(); ++license) {
                AuditEntry entry;
                entry.actorType = u"system"_s;
                entry.action = u"session.timeout"_s;
                entry.targetType = u"license"_s;
                entry.targetId = license.key();
                entry.details = {{u"session_ids"_s, license.value()},
                                 {u"count"_s, license.value().size()}};
                AuditStore(tx).append(entry, api::newId(), now);
                if (!context.events)
                    continue;
                if (ended.size() > kMaxEventsPerBatch) {
                    context.events->publish(tx, it.key(),
                                            {{u"type"_s, u"session.ended"_s},
                                             {u"license_id"_s, license.key()},
                                             {u"end_reason"_s, u"timeout"_s},
                                             {u"count"_s, license.value().size()}});
                    continue;
                }
                for (const auto& id : license.value())
                    context.events->publish(tx, it.key(),
                                            {{u"type"_s, u"session.ended"_s},
                                             {u"session_id"_s, id},
                                             {u"license_id"_s, license.key()},
                                             {u"end_reason"_s, u"timeout"_s}});
            }
            tx.commit();
            total += ended.size();
        }
        if (lapsed.size() < kBatch)
            return total;
    }
}

void Reaper::sampleUsage(SqlConnection& db, const ServerContext& context)
{
    const qint64 now = db.now(*context.clock);
    const SqlResult counts =
            db.isPostgres()
                    ? db.exec(u"SELECT organization_id, license_id, active FROM clm_active_counts($1)"_s,
                              {now})
                    : db.exec(u"SELECT organization_id, license_id, count(*) FROM license_sessions "
                              "WHERE ended_at IS NULL AND holds_until > $1 "
                              "GROUP BY organization_id, license_id"_s,
                              {now});
    QMap<QString, QList<QPair<QString, qint64>>> byOrganization;
    for (qsizetype i = 0; i < counts.size(); ++i)
        byOrganization[counts.row(i).text(0)].append(
                {counts.row(i).text(1), counts.row(i).int64(2)});
    for (auto it = byOrganization.cbegin(); it != byOrganization.cend(); ++it) {
        Transaction tx(db, Transaction::Mode::Write, it.key());
        for (const auto& [license, active] : it.value())
            UsageStore(tx).recordPeak(license, now, active);
        tx.commit();
    }
}

} // namespace clm::server
