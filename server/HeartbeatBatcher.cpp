#include "server/HeartbeatBatcher.h"

#include "server/ApiError.h"
#include "server/Failures.h"
#include "server/ServerContext.h"
#include "server/db/SqlConnection.h"
#include "server/db/SqlError.h"
#include "server/events/EventHub.h"

#include <QLoggingCategory>
#include <QMap>
#include <QSet>

Q_LOGGING_CATEGORY(lcHeartbeat, "clm.server.heartbeat")

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

// A PostgreSQL array literal of plain tokens (UUIDs, integers).
QString arrayLiteral(const QStringList& items)
{
    return u'{' + items.join(u',') + u'}';
}

} // namespace

HeartbeatBatcher::HeartbeatBatcher(const ServerContext& context, int maxBatch)
    : m_context(context)
    , m_maxBatch(maxBatch)
{}

HeartbeatBatcher::~HeartbeatBatcher()
{
    stop();
}

void HeartbeatBatcher::start()
{
    m_thread = std::thread([this] { run(); });
}

void HeartbeatBatcher::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
        if (m_batches > 0)
            qCInfo(lcHeartbeat, "wrote %llu heartbeats in %llu batches",
                   static_cast<unsigned long long>(m_written.load()),
                   static_cast<unsigned long long>(m_batches.load()));
    }
}

void HeartbeatBatcher::submit(Item item)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(item));
    }
    m_wake.notify_one();
}

void HeartbeatBatcher::run()
{
    for (;;) {
        std::vector<Item> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty() && m_stopping)
                return;
            while (!m_queue.empty() && static_cast<int>(batch.size()) < m_maxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        flush(batch);
    }
}

void HeartbeatBatcher::flush(std::vector<Item>& batch)
{
    QSet<QString> written;
    std::exception_ptr failure;
    try {
        if (!m_db)
            m_db = SqlConnection::open(m_context.settings.databaseUrl,
                                       m_context.settings.databaseRole,
                                       static_cast<int>(m_context.settings.databaseTimeoutMs));
        SqlConnection& db = *m_db;
        const bool pg = db.isPostgres();
        QMap<QString, std::vector<const Item*>> byOrganization;
        for (const Item& item : batch)
            byOrganization[item.organizationId].push_back(&item);

        db.begin(SqlConnection::TransactionMode::Write);
        try {
            for (auto it = byOrganization.cbegin(); it != byOrganization.cend(); ++it) {
                const QString& org = it.key();
                const auto& items = it.value();
                if (pg) {
                    db.exec(u"SELECT set_config('app.org', $1, true)"_s, {org});
                    QStringList licenses;
                    QStringList ids, beats, leases, holds, devices;
                    for (const Item* item : items) {
                        if (!licenses.contains(item->licenseId))
                            licenses.append(item->licenseId);
                        ids.append(item->sessionId);
                        beats.append(QString::number(item->heartbeatAt));
                        leases.append(QString::number(item->leaseExpiresAt));
                        holds.append(QString::number(item->holdsUntil));
                        if (!item->deviceId.isEmpty() && !devices.contains(item->deviceId))
                            devices.append(item->deviceId);
                    }
                    licenses.sort();
                    // Share-lock the licenses: an acquire (which locks them
                    // for update) either sees these renewals or runs after
                    // this commit and then finds lapsed sessions ended below.
                    db.exec(u"SELECT id FROM licenses WHERE organization_id = $1 "
                            "AND id = ANY($2::uuid[]) ORDER BY id FOR SHARE"_s,
                            {org, arrayLiteral(licenses)});
                    // After the share lock, by the database's clock: a
                    // session that lapsed meanwhile is not revived.
                    const qint64 now = db.now(*m_context.clock);
                    const SqlResult updated = db.exec(
                            u"UPDATE license_sessions s SET last_heartbeat_at = v.hb, "
                            "lease_expires_at = v.le, holds_until = v.hu "
                            "FROM unnest($2::uuid[], $3::bigint[], $4::bigint[], $5::bigint[]) "
                            "AS v(id, hb, le, hu) WHERE s.organization_id = $1 AND s.id = v.id "
                            "AND s.ended_at IS NULL AND s.holds_until > $6 RETURNING s.id"_s,
                            {org, arrayLiteral(ids), arrayLiteral(beats), arrayLiteral(leases),
                             arrayLiteral(holds), now});
                    for (qsizetype i = 0; i < updated.size(); ++i)
                        written.insert(updated.row(i).text(0));
                    if (!devices.isEmpty())
                        db.exec(u"UPDATE devices SET last_seen_at = $3 WHERE organization_id = $1 "
                                "AND id = ANY($2::uuid[])"_s,
                                {org, arrayLiteral(devices), now});
                    if (m_context.events) {
                        for (const Item* item : items) {
                            if (written.contains(item->sessionId))
                                m_context.events->publishRaw(db, org, item->event);
                        }
                    }
                } else {
                    const qint64 now = m_context.clock->nowMsecs();
                    for (const Item* item : items) {
                        const SqlResult updated =
                                db.exec(u"UPDATE license_sessions SET last_heartbeat_at = $3, "
                                        "lease_expires_at = $4, holds_until = $5 WHERE "
                                        "organization_id = $1 "
                                        "AND id = $2 AND ended_at IS NULL AND holds_until > $6"_s,
                                        {org, item->sessionId, item->heartbeatAt,
                                         item->leaseExpiresAt, item->holdsUntil, now});
                        if (updated.affectedRows == 1)
                            written.insert(item->sessionId);
                        if (!item->deviceId.isEmpty())
                            db.exec(u"UPDATE devices SET last_seen_at = $3 WHERE organization_id = "
                                    u"$1 "
                                    "AND id = $2"_s,
                                    {org, item->deviceId, now});
                    }
                }
            }
            db.commit();
        } catch (...) {
            db.rollback();
            throw;
        }
        if (!pg && m_context.events) {
            for (const Item& item : batch) {
                if (written.contains(item.sessionId))
                    m_context.events->publishRaw(db, item.organizationId, item.event);
            }
        }
    } catch (...) {
        failure = std::current_exception();
    }
    ++m_batches;
    m_written += static_cast<quint64>(written.size());
    // Every heartbeat of a failed batch gets the answer its failure maps to.
    const HttpResponse failed = failure ? Failures::response(failure) : HttpResponse();
    const HttpResponse expired =
            Failures::response(std::make_exception_ptr(ApiError::sessionExpired()));
    for (Item& item : batch) {
        if (failure)
            item.deferred->complete(failed);
        else if (written.contains(item.sessionId))
            item.deferred->complete(std::move(item.answer));
        else
            item.deferred->complete(expired);
    }
}

} // namespace clm::server
