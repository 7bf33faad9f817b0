#include "core/Time.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace clm;

class TestTime : public QObject
{
    Q_OBJECT

private slots:
    void httpDatesRoundTrip()
    {
        // 2026-12-05T06:58:08Z, a Saturday.
        const qint64 at = 1796453888000;
        QCOMPARE(time::httpDate(at), "Sat, 05 Dec 2026 06:58:08 GMT"_ba);
        QCOMPARE(time::parseHttpDate("Sat, 05 Dec 2026 06:58:08 GMT"_ba), std::optional(at));
        QCOMPARE(time::parseHttpDate(time::httpDate(at + 999)), std::optional(at));
        QCOMPARE(time::parseHttpDate("Sat, 05 Dec 2026 06:58:08 +0000"_ba), std::optional(at));
        QCOMPARE(time::parseHttpDate("  Sat, 05 Dec 2026 06:58:08 GMT\r\n"_ba), std::optional(at));
    }

    void malformedHttpDatesAreRefused()
    {
        for (const QByteArray& text :
             {""_ba, "GMT"_ba, "yesterday GMT"_ba, "Sat, 35 Dec 2026 06:58:08 GMT"_ba,
              "Sat, 05 Foo 2026 06:58:08 GMT"_ba})
            QVERIFY2(!time::parseHttpDate(text), text.constData());
    }

    void rfc3339RoundTrip()
    {
        const qint64 at = 1796453888000;
        QCOMPARE(time::rfc3339(at), u"2026-12-05T06:58:08Z"_s);
        QCOMPARE(time::parseRfc3339(u"2026-12-05T06:58:08Z"_s), std::optional(at));
        QCOMPARE(time::parseRfc3339(u"2026-12-05T07:58:08+01:00"_s), std::optional(at));
        QVERIFY(!time::parseRfc3339(u"2026-12-05 06:58"_s));
    }

    void rfc3339OutsideWhatCanBeWrittenBackIsRefused()
    {
        // Found by fuzz_time: an offset moved the instant into year 0, which
        // rfc3339() cannot write (Qt has no year 0), so it did not round-trip.
        QVERIFY(!time::parseRfc3339(u"0001-01-01T00:00:00+01:30"_s));
        QVERIFY(!time::parseRfc3339(u"9999-12-31T23:59:59-00:01"_s));
        // The first and last instants that can be written are read.
        const auto first = time::parseRfc3339(u"0001-01-01T00:00:00Z"_s);
        QVERIFY(first);
        QCOMPARE(time::rfc3339(*first), u"0001-01-01T00:00:00Z"_s);
        const auto last = time::parseRfc3339(u"9999-12-31T23:59:59Z"_s);
        QVERIFY(last);
        QCOMPARE(time::rfc3339(*last), u"9999-12-31T23:59:59Z"_s);
    }
};

QTEST_GUILESS_MAIN(TestTime)
#include "tst_time.moc"
