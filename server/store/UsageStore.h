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
    static constexpr qint64 kDenialResolutionMs = 3'600'000;

    explicit UsageStore(Transaction& tx)
        : m_tx(tx)
    {}

    void recordPeak(const QString& licenseId, qint64 at, qint64 sessions);
    // Refused acquires of one license at one moment, `count` each, counted
    // per minute for the history and per hour, machine and OS user for who
    // was refused: two statements however many callers.
    struct Refusal
    {
        QString hardwareId;
        QString osUser;
        QString hostname;
        qint64 count = 0;
    };
    void recordDenials(const QString& licenseId, qint64 at, const QList<Refusal>& refusals);

    struct Point
    {
        qint64 start = 0;
        qint64 maxSessions = 0;
        qint64 denials = 0;
    };
    // Every bucket of `bucketMs` from the one containing `from` up to `to`,
    // aligned to multiples of `bucketMs` since the epoch; empty ones zero.
    QList<Point> series(const QString& licenseId, qint64 from, qint64 to, qint64 bucketMs);

    struct Denied
    {
        QString hardwareId;
        QString osUser;
        QString hostname;
        qint64 denials = 0;
        qint64 lastAt = 0;
    };
    // Who was refused a seat of the license from `from` to `to` (by the
    // hour), most refused first, at most `limit` of them.
    QList<Denied> denied(const QString& licenseId, qint64 from, qint64 to, int limit);
    struct DeniedHour
    {
        qint64 start = 0;
        qint64 callers = 0; // distinct machine and OS user pairs refused
        qint64 denials = 0;
    };
    // The hours from `from` to `to` with refusals, oldest first.
    QList<DeniedHour> deniedHours(const QString& licenseId, qint64 from, qint64 to);

private:
    Transaction& m_tx;
};

} // namespace clm::server
