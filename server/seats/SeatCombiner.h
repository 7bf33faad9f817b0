#pragma once

#include "server/seats/SeatLedger.h"

#include <QHash>
#include <QList>
#include <QString>

#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <utility>
#include <vector>

namespace clm::server {

struct ServerContext;
class SqlConnection;

// Seat requests that would queue one behind another (for one license's row
// lock, for one commit each) gathered and decided together, one transaction
// for a batch. No thread of its own: whichever database thread finds nobody
// deciding for a key decides that key's whole queue, batch after batch, its
// own request among them; the other threads go on to other work, and each
// request's answer comes through its `Done`.
template<typename Request>
class SeatCombiner
{
public:
    // The outcome, or the failure that prevented it; called once, on the
    // database thread that decided.
    using Done = std::function<void(const SeatOutcome& outcome, std::exception_ptr failure)>;
    // Decides a batch in one transaction: one outcome per request, in order.
    using Decide = std::function<QList<SeatOutcome>(SqlConnection& db, const QList<Request>&)>;

    SeatCombiner(Decide decide, int maxBatch)
        : m_decide(std::move(decide))
        , m_maxBatch(maxBatch)
    {}

    // Requests decided so far, and in how many transactions.
    quint64 decided() const
    {
        std::lock_guard lock(m_mutex);
        return m_decided;
    }
    quint64 transactions() const
    {
        std::lock_guard lock(m_mutex);
        return m_transactions;
    }

protected:
    // Called on a database thread, with its connection. Requests of one key
    // are decided together; each key's batches one after another.
    void submit(SqlConnection& db, const QString& key, Request request, Done done)
    {
        std::unique_lock lock(m_mutex);
        Queue& queue = m_queues[key];
        queue.waiting.push_back({std::move(request), std::move(done)});
        if (queue.deciding)
            return; // the thread deciding for this key answers it
        queue.deciding = true;
        for (;;) {
            std::vector<Pending> batch;
            Queue& current = m_queues[key];
            while (!current.waiting.empty() && static_cast<int>(batch.size()) < m_maxBatch) {
                batch.push_back(std::move(current.waiting.front()));
                current.waiting.pop_front();
            }
            lock.unlock();
            // Whatever fails fails this batch's requests, never the queue:
            // every request is answered once, and the key stays usable.
            QList<SeatOutcome> outcomes;
            std::exception_ptr failure;
            try {
                QList<Request> requests;
                requests.reserve(static_cast<qsizetype>(batch.size()));
                for (const Pending& pending : batch)
                    requests.append(pending.request);
                outcomes = m_decide(db, requests);
                if (outcomes.size() != static_cast<qsizetype>(batch.size()))
                    throw std::logic_error("a seat batch decided a different number of requests");
            } catch (...) {
                failure = std::current_exception();
            }
            for (size_t i = 0; i < batch.size(); ++i) {
                try {
                    batch[i].done(failure ? SeatOutcome() : outcomes.at(static_cast<qsizetype>(i)),
                                  failure);
                } catch (...) {
                    // An answer that could not be handed on; the others still are.
                }
            }
            lock.lock();
            m_decided += batch.size();
            ++m_transactions;
            if (m_queues[key].waiting.empty()) {
                m_queues.remove(key);
                return;
            }
        }
    }

private:
    struct Pending
    {
        Request request;
        Done done;
    };
    struct Queue
    {
        std::deque<Pending> waiting;
        bool deciding = false;
    };

    const Decide m_decide;
    const int m_maxBatch;
    mutable std::mutex m_mutex;
    QHash<QString, Queue> m_queues;
    quint64 m_decided = 0;
    quint64 m_transactions = 0;
};

// Acquires of one license queue behind its row lock, and each costs a
// transaction and a commit. The acquires of one organization are decided
// together (SeatLedger::acquire: every license they name locked at once,
// each counted once, seats granted in order, the rest refused), with the
// same exactness.
class AcquireCombiner : public SeatCombiner<SeatLedger::AcquireRequest>
{
public:
    explicit AcquireCombiner(const ServerContext& context, int maxBatch = 64);
    void acquire(SqlConnection& db, SeatLedger::AcquireRequest request, Done done);
};

// Releases of one organization ended together (SeatLedger::release: their
// sessions read in one statement, ended in another, one commit), instead of
// a transaction and a commit each.
class ReleaseCombiner : public SeatCombiner<SeatLedger::ReleaseRequest>
{
public:
    explicit ReleaseCombiner(const ServerContext& context, int maxBatch = 256);
    void release(SqlConnection& db, SeatLedger::ReleaseRequest request, Done done);
};

} // namespace clm::server
