#pragma once

#include <QList>
#include <QString>

namespace clm::server {

class Transaction;

// Seat usage history: per license and per minute, the peak of seat-holding
// sessions seen and the number of "no seats" denials. One row per license
// and minute at most, however many heartbeats there were.
class UsageStore
{
public:
    static constexpr qint64 kResolutionMs = 60'000;

    explicit UsageStore(Transaction& tx)
        : m_tx(tx)
    {}

    void recordPeak(const QString& licenseId, qint64 at, qint64 sessions);
    void recordDenial(const QString& licenseId, qint64 at);

    struct Point
    {
        qint64 start = 0;
        qint64 maxSessions = 0;
        qint64 denials = 0;
    };
    // Every bucket of `bucketMs` from the one containing `from` up to `to`,
    // aligned to multiples of `bucketMs` since the epoch; empty ones zero.
    QList<Point> series(const QString& licenseId, qint64 from, qint64 to, qint64 bucketMs);

private:
    Transaction& m_tx;
};

} // namespace clm::server
