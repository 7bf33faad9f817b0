#include "daemon/TrustedClock.h"

#include "core/Clock.h"

#include <algorithm>

namespace clm::daemon {

TrustedClock::TrustedClock(const Clock& wall, std::function<qint64()> monotonicMs,
                           qint64 toleranceMs)
    : m_wall(wall)
    , m_monotonic(std::move(monotonicMs))
    , m_toleranceMs(toleranceMs)
{
    m_serverMono = m_wallMono = m_monotonic();
}

void TrustedClock::restore(qint64 serverMs, qint64 wallMs)
{
    const qint64 mono = m_monotonic();
    if (serverMs > serverAnchorNowMs()) {
        m_serverMs = serverMs;
        m_serverMono = mono;
    }
    if (wallMs > wallAnchorNowMs()) {
        m_wallMs = wallMs;
        m_wallMono = mono;
    }
}

void TrustedClock::observeServerTime(qint64 serverMs)
{
    if (serverMs > serverAnchorNowMs()) {
        m_serverMs = serverMs;
        m_serverMono = m_monotonic();
    }
}

void TrustedClock::trustWallClock()
{
    m_distrusted = false;
    m_wallMs = m_wall.nowMsecs();
    m_wallMono = m_monotonic();
}

bool TrustedClock::tampered()
{
    if (m_distrusted)
        return true;
    const qint64 wall = m_wall.nowMsecs();
    const qint64 expected = wallAnchorNowMs();
    if (wall < expected - m_toleranceMs)
        return true;
    // Keep the anchor at the later of the two: a suspended machine's wall
    // clock jumps ahead while the monotonic clock stood still.
    m_wallMs = std::max(wall, expected);
    m_wallMono = m_monotonic();
    return false;
}

qint64 TrustedClock::nowMs() const
{
    return std::max(m_wall.nowMsecs(), serverAnchorNowMs());
}

qint64 TrustedClock::wallMs() const
{
    return m_wall.nowMsecs();
}

qint64 TrustedClock::serverAnchorNowMs() const
{
    return m_serverMs == 0 ? 0 : m_serverMs + elapsedSince(m_serverMono);
}

qint64 TrustedClock::wallAnchorNowMs() const
{
    return m_wallMs == 0 ? 0 : m_wallMs + elapsedSince(m_wallMono);
}

qint64 TrustedClock::elapsedSince(qint64 monotonicAnchor) const
{
    return std::max<qint64>(0, m_monotonic() - monotonicAnchor);
}

} // namespace clm::daemon
