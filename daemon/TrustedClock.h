#pragma once

#include <QtGlobal>

#include <functional>

namespace clm {
class Clock;
}

namespace clm::daemon {

// Time the daemon can defend when it judges an offline lease.
//
// Two anchors move forward with the monotonic clock (which nobody can set):
// - server time: the latest time the server vouched for (an answer's Date,
//   a lease's "iat"). Leases expire in server time, so "now" for a lease is
//   max(wall clock, server anchor + monotonic time since).
// - wall time: the wall clock as last seen. A wall clock that falls behind
//   this anchor by more than the tolerance was set backwards: offline
//   grants stop with "clock_tampered" until the server is reached again
//   (which re-anchors) or the clock is put right.
// Both anchors are persisted, so a restart cannot undo them; the monotonic
// clock restarts with the process, so across a restart only the wall anchor
// defends, at the value last persisted.
class TrustedClock
{
public:
    TrustedClock(const Clock& wall, std::function<qint64()> monotonicMs, qint64 toleranceMs);

    // Values persisted earlier (0: none).
    void restore(qint64 serverMs, qint64 wallMs);
    // A time the server vouched for.
    void observeServerTime(qint64 serverMs);
    // The server answered: whatever the wall clock says now is accepted
    // (and a distrust() ends).
    void trustWallClock();
    // The persisted history was lost or altered while leases were cached:
    // tampered() until the server is reached again.
    void distrust() { m_distrusted = true; }
    bool isDistrusted() const { return m_distrusted; }

    // True when the wall clock runs behind what it said before by more than
    // the tolerance, or while distrusted. Re-anchors the wall time when not.
    bool tampered();
    // The time to judge leases by (never earlier than the server anchor).
    qint64 nowMs() const;
    qint64 wallMs() const;

    // What to persist.
    qint64 serverAnchorNowMs() const;
    qint64 wallAnchorNowMs() const;

private:
    qint64 elapsedSince(qint64 monotonicAnchor) const;

    const Clock& m_wall;
    std::function<qint64()> m_monotonic;
    qint64 m_toleranceMs;
    qint64 m_serverMs = 0;
    qint64 m_serverMono = 0;
    qint64 m_wallMs = 0;
    qint64 m_wallMono = 0;
    bool m_distrusted = false;
};

} // namespace clm::daemon
