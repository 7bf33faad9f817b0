#include "server/seats/AcquireCombiner.h"

#include "server/db/SqlConnection.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace clm::server {

AcquireCombiner::AcquireCombiner(const ServerContext& context, int maxBatch)
    : m_context(context)
    , m_maxBatch(maxBatch)
{}

quint64 AcquireCombiner::decided() const
{
    std::lock_guard lock(m_mutex);
    return m_decided;
}

quint64 AcquireCombiner::transactions() const
{
    std::lock_guard lock(m_mutex);
    return m_transactions;
}

void AcquireCombiner::acquire(SqlConnection& db, SeatLedger::AcquireRequest request, Done done)
{
    const QString key = request.caller.organizationId + u'\n' +
                        (request.licenseKey.isEmpty() ? u"p:"_s + request.product
                                                      : u"k:"_s + request.licenseKey);
    std::unique_lock lock(m_mutex);
    Queue& queue = m_queues[key];
    queue.waiting.push_back({std::move(request), std::move(done)});
    if (queue.deciding)
        return; // the thread deciding for this license answers it
    queue.deciding = true;
    SeatLedger ledger(m_context);
    for (;;) {
        std::vector<Pending> batch;
        Queue& current = m_queues[key];
        while (!current.waiting.empty() && static_cast<int>(batch.size()) < m_maxBatch) {
            batch.push_back(std::move(current.waiting.front()));
            current.waiting.pop_front();
        }
        lock.unlock();
        QList<SeatLedger::AcquireRequest> requests;
        for (const Pending& pending : batch)
            requests.append(pending.request);
        QList<SeatOutcome> outcomes;
        std::exception_ptr failure;
        try {
            outcomes = ledger.acquire(db, requests);
        } catch (...) {
            failure = std::current_exception();
        }
        for (size_t i = 0; i < batch.size(); ++i)
            batch[i].done(failure ? SeatOutcome() : outcomes.at(static_cast<qsizetype>(i)),
                          failure);
        lock.lock();
        m_decided += batch.size();
        ++m_transactions;
        Queue& after = m_queues[key];
        if (after.waiting.empty()) {
            m_queues.remove(key);
            return;
        }
    }
}

} // namespace clm::server
