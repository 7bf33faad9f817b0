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
};

QTEST_GUILESS_MAIN(TestTime)
#include "tst_time.moc"
