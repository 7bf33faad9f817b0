#pragma once

#include <QDateTime>

#include <atomic>

namespace clm {

// The time source every component takes by reference, so tests can set the
// clock instead of sleeping (KeePassXC's MockClock idea).
class Clock
{
public:
    virtual ~Clock() = default;

    // Wall-clock time in milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMsecs() const = 0;

    qint64 nowSecs() const { return nowMsecs() / 1000; }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMsecs(), Qt::UTC); }

    // The process-wide real clock.
    static const Clock& system();
};

class SystemClock final : public Clock
{
public:
    qint64 nowMsecs() const override;
};

// A clock that only moves when told to; safe to read from several threads.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 msecsSinceEpoch = 1'700'000'000'000)
        : m_msecs(msecsSinceEpoch)
    {}

    qint64 nowMsecs() const override { return m_msecs.load(); }
    void setMsecs(qint64 msecs) { m_msecs.store(msecs); }
    void advanceSecs(qint64 seconds) { m_msecs.fetch_add(seconds * 1000); }

private:
    std::atomic<qint64> m_msecs;
};

} // namespace clm
