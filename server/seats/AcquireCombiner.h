#pragma once

#include "server/seats/SeatLedger.h"

#include <QHash>
#include <QString>

#include <deque>
#include <exception>
#include <functional>
#include <mutex>

namespace clm::server {

struct ServerContext;
class SqlConnection;

// Acquires of one license queue behind its row lock; deciding them one
// transaction (and one commit) each is what limits a license fought over.
// The combiner gathers the acquires waiting for the same license key or
// product of one organization and has them decided together
// (SeatLedger::acquire: lock once, count once, grant in order, refuse the
// rest), with the same exactness: whichever database thread finds nobody
// deciding for that license decides the whole queue, batch after batch,
// its own request among them; the others' threads go on to other work.
class AcquireCombiner
{
public:
    // The outcome, or the failure that prevented it; called once, on the
    // database thread that decided.
    using Done = std::function<void(const SeatOutcome& outcome, std::exception_ptr failure)>;

    explicit AcquireCombiner(const ServerContext& context, int maxBatch = 64);

    // Called on a database thread, with its connection.
    void acquire(SqlConnection& db, SeatLedger::AcquireRequest request, Done done);

    // Acquires decided so far, and in how many transactions.
    quint64 decided() const;
    quint64 transactions() const;

private:
    struct Pending
    {
        SeatLedger::AcquireRequest request;
        Done done;
    };
    struct Queue
    {
        std::deque<Pending> waiting;
        bool deciding = false;
    };

    const ServerContext& m_context;
    const int m_maxBatch;
    mutable std::mutex m_mutex;
    QHash<QString, Queue> m_queues;
    quint64 m_decided = 0;
    quint64 m_transactions = 0;
};

} // namespace clm::server
