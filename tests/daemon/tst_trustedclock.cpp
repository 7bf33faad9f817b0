#include "core/Clock.h"
#include "core/Time.h"
#include "daemon/TrustedClock.h"

#include <QTest>

using namespace clm;
using namespace clm::daemon;

class TestTrustedClock : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kStart = 1'800'000'000'000;
    static constexpr qint64 kTolerance = 300'000;

    ManualClock m_wall{kStart};
    ManualClock m_monotonic{1000};

    TrustedClock makeClock()
    {
        return TrustedClock(
                m_wall, [this] { return m_monotonic.nowMsecs(); }, kTolerance);
    }

    void advanceBoth(qint64 seconds)
    {
        m_wall.advanceSecs(seconds);
        m_monotonic.advanceSecs(seconds);
    }

private slots:
    void init()
    {
        m_wall.setMsecs(kStart);
        m_monotonic.setMsecs(1000);
    }

    void wallClockGoingBackIsTampering()
    {
        TrustedClock clock = makeClock();
        clock.trustWallClock();
        advanceBoth(600);
        QVERIFY(!clock.tampered());
        // Small steps back (NTP corrections) are within the tolerance.
        m_wall.advanceSecs(-60);
        QVERIFY(!clock.tampered());
        m_wall.advanceSecs(-3600);
        QVERIFY(clock.tampered());
        // Put right again.
        m_wall.advanceSecs(3660);
        QVERIFY(!clock.tampered());
    }

    void suspendJumpsForwardWithoutTampering()
    {
        TrustedClock clock = makeClock();
        clock.trustWallClock();
        // Suspended for a day: the monotonic clock stood still.
        m_wall.advanceSecs(86400);
        QVERIFY(!clock.tampered());
        // Going back to before the suspend is tampering.
        m_wall.advanceSecs(-86400);
        QVERIFY(clock.tampered());
    }

    void leaseTimeNeverBeforeServerTime()
    {
        TrustedClock clock = makeClock();
        // The server said it is an hour later than this machine thinks.
        clock.observeServerTime(kStart + 3'600'000);
        QCOMPARE(clock.nowMs(), kStart + 3'600'000);
        m_monotonic.advanceSecs(10);
        QCOMPARE(clock.nowMs(), kStart + 3'610'000);
        // The wall clock set back changes nothing for leases.
        m_wall.advanceSecs(-86400);
        QCOMPARE(clock.nowMs(), kStart + 3'610'000);
        // A wall clock ahead of everything wins: leases only end sooner.
        m_wall.setMsecs(kStart + 7'200'000);
        QCOMPARE(clock.nowMs(), kStart + 7'200'000);
        // An older server time never moves the anchor back.
        clock.observeServerTime(kStart);
        QCOMPARE(clock.serverAnchorNowMs(), kStart + 3'610'000);
    }

    void anchorsSurviveARestart()
    {
        qint64 serverMs = 0;
        qint64 wallMs = 0;
        {
            TrustedClock clock = makeClock();
            clock.trustWallClock();
            clock.observeServerTime(kStart);
            advanceBoth(120);
            QVERIFY(!clock.tampered());
            serverMs = clock.serverAnchorNowMs();
            wallMs = clock.wallAnchorNowMs();
        }
        QCOMPARE(wallMs, kStart + 120'000);
        // A new process: the monotonic clock starts over; the wall clock
        // was set back a day while the daemon was down.
        m_monotonic.setMsecs(5);
        m_wall.setMsecs(kStart - 86'400'000);
        TrustedClock clock = makeClock();
        clock.restore(serverMs, wallMs);
        QVERIFY(clock.tampered());
        QCOMPARE(clock.nowMs(), serverMs);
        // Reaching the server accepts the wall clock again.
        clock.trustWallClock();
        QVERIFY(!clock.tampered());
    }

    void noHistoryIsNoTampering()
    {
        TrustedClock clock = makeClock();
        m_wall.advanceSecs(-86400);
        QVERIFY(!clock.tampered());
        QCOMPARE(clock.nowMs(), m_wall.nowMsecs());
    }

    void lostHistoryIsTamperingUntilTheServerAnswers()
    {
        // The daemon distrusts a clock whose record vanished while leases
        // were cached: no offline grant, whatever the wall clock says...
        TrustedClock clock = makeClock();
        clock.distrust();
        QVERIFY(clock.tampered());
        advanceBoth(3600);
        QVERIFY(clock.tampered());
        QVERIFY(clock.isDistrusted());
        // ...until the server vouches for the time again.
        clock.trustWallClock();
        QVERIFY(!clock.isDistrusted());
        QVERIFY(!clock.tampered());
    }

    void serverDateHeadersAreUnderstood()
    {
        // The server's Date header (IMF-fixdate, "GMT") is how reaching it
        // re-anchors the clock: it must parse, or nothing ever does.
        const qint64 at = 1'796'450'271'000; // a Saturday
        const QByteArray header = time::httpDate(at);
        QCOMPARE(header, QByteArray("Sat, 05 Dec 2026 05:57:51 GMT"));
        QCOMPARE(time::parseHttpDate(header).value_or(-1), at);
        QCOMPARE(time::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT").value_or(-1),
                 qint64(784111777000));
        QCOMPARE(time::parseHttpDate("Sun, 06 Nov 1994 08:49:37 +0000").value_or(-1),
                 qint64(784111777000));
        QVERIFY(!time::parseHttpDate("Sun, 06 Nov 1994 25:49:37 GMT"));
        QVERIFY(!time::parseHttpDate("yesterday"));
    }
};

QTEST_GUILESS_MAIN(TestTrustedClock)
#include "tst_trustedclock.moc"
