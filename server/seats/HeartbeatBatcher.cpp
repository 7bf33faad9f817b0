#include "server/seats/HeartbeatBatcher.h"

#include "core/JsonWriter.h"
#include "server/ApiSupport.h"
#include "server/ServerContext.h"
#include "server/db/SqlConnection.h"
#include "server/db/SqlError.h"
#include "server/events/EventHub.h"
#include "server/metrics/ServerMetrics.h"

#include <QLoggingCategory>
#include <QMap>
#include <QSet>

Q_LOGGING_CATEGORY(lcHeartbeat, "clm.server.heartbeat")

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

constexpr auto kHeartbeatEvent = "session.heartbeat"_L1;

// The live event of a renewal, written as text: one for every heartbeat,
// and mostly read by no one (EventHub).
QByteArray heartbeatEvent(const SeatOutcome& o)
{
    json::JsonWriter event(224);
    event.add("type"_L1, u"session.heartbeat")
            .add("session_id"_L1, o.session.id)
            .add("license_id"_L1, o.session.licenseId)
            .add("last_heartbeat_at"_L1, api::timestamp(o.session.lastHeartbeatAt))
            .add("lease_expires_at"_L1, api::timestamp(o.session.leaseExpiresAt));
    return event.take();
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
            m_writing = true;
        }
        flush(batch);
        m_writing = false;
    }
}

void HeartbeatBatcher::waitForTurn(std::chrono::milliseconds limit)
{
    const auto deadline = std::chrono::steady_clock::now() + limit;
    const quint64 before = m_batches;
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_queue.empty() && !m_writing)
                return; // nobody waiting
        }
        if (m_batches > before || std::chrono::steady_clock::now() >= deadline)
            return; // one batch written: the others' turn again
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

void HeartbeatBatcher::flush(std::vector<Item>& batch)
{
    std::vector<SeatOutcome> outcomes(batch.size());
    std::exception_ptr failure;
    try {
        if (!m_db)
            m_db = SqlConnection::open(m_context.settings.databaseUrl,
                                       m_context.settings.databaseRole,
                                       static_cast<int>(m_context.settings.databaseTimeoutMs));
        SqlConnection& db = *m_db;
        QMap<QString, std::vector<size_t>> byOrganization;
        for (size_t i = 0; i < batch.size(); ++i)
            byOrganization[batch[i].caller.organizationId].push_back(i);
        SeatLedger ledger(m_context);
        // Begun scoped to the first organization (mostly the only one): its
        // tenant setting goes with BEGIN, one round trip fewer (each is a
        // wake-up of two processes on cores shared with the database).
        const auto began = std::chrono::steady_clock::now();
        db.beginScoped(SqlConnection::TransactionMode::Write, byOrganization.firstKey());
        try {
            for (auto it = byOrganization.cbegin(); it != byOrganization.cend(); ++it) {
                QList<SeatLedger::RenewRequest> requests;
                for (const size_t i : it.value())
                    requests.append({batch[i].caller, batch[i].sessionId});
                const QList<SeatOutcome> renewed = ledger.renew(db, it.key(), requests);
                for (qsizetype k = 0; k < renewed.size(); ++k)
                    outcomes[it.value()[static_cast<size_t>(k)]] = renewed.at(k);
            }
            db.commit();
        } catch (...) {
            db.rollback();
            throw;
        }
        if (m_context.metrics)
            m_context.metrics->heartbeatBatch(
                    static_cast<qsizetype>(batch.size()),
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - began)
                            .count());
        // Live updates of what committed (EventHub: not inside the batch's
        // transaction, whose commit a NOTIFY would serialize with others).
        if (m_context.events) {
            for (size_t i = 0; i < batch.size(); ++i) {
                if (outcomes[i].kind == SeatOutcome::Kind::Renewed)
                    m_context.events->publishCommitted(batch[i].caller.organizationId,
                                                       kHeartbeatEvent,
                                                       heartbeatEvent(outcomes[i]));
            }
        }
    } catch (...) {
        failure = std::current_exception();
    }
    ++m_batches;
    for (size_t i = 0; i < batch.size(); ++i) {
        if (!failure && outcomes[i].kind == SeatOutcome::Kind::Renewed)
            ++m_written;
        batch[i].done(outcomes[i], failure);
    }
}

} // namespace clm::server
