#include "server/seats/SeatCombiner.h"

namespace clm::server {

AcquireCombiner::AcquireCombiner(const ServerContext& context, int maxBatch)
    : SeatCombiner(
              [&context](SqlConnection& db, const QList<SeatLedger::AcquireRequest>& requests) {
                  return SeatLedger(context).acquire(db, requests);
              },
              maxBatch)
{}

void AcquireCombiner::acquire(SqlConnection& db, SeatLedger::AcquireRequest request, Done done)
{
    const QString key = request.caller.organizationId;
    submit(db, key, std::move(request), std::move(done));
}

ReleaseCombiner::ReleaseCombiner(const ServerContext& context, int maxBatch)
    : SeatCombiner(
              [&context](SqlConnection& db, const QList<SeatLedger::ReleaseRequest>& requests) {
                  return SeatLedger(context).release(db, requests);
              },
              maxBatch)
{}

void ReleaseCombiner::release(SqlConnection& db, SeatLedger::ReleaseRequest request, Done done)
{
    const QString key = request.caller.organizationId;
    submit(db, key, std::move(request), std::move(done));
}

} // namespace clm::server
