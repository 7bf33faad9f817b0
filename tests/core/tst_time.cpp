#include "core/Time.h"

#include <QDateTime>
#include <QLocale>
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

    // The formatters count the calendar by hand: they write what QDateTime
    // writes for every instant they can write, across leap days, century
    // years, the epoch's either side and the milliseconds before a second.
    void formattersAgreeWithQDateTime()
    {
        QList<qint64> instants{0,
                               -1,
                               999,
                               -999,
                               -1000,
                               -1001,
                               951782400000,    // 2000-02-29
                               951868799999,    // 2000-02-29T23:59:59.999
                               -2203891200000,  // 1900-03-01
                               4107542400000,   // 2100-03-01
                               -62135596800000, // 0001-01-01
                               253402300799999, // 9999-12-31T23:59:59.999
                               -30610224000000, // 1000-01-01
                               1796453888000};
        quint64 state = 0x9e3779b97f4a7c15ULL; // fixed: the same instants every run
        for (int i = 0; i < 20000; ++i) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            instants.append(-62135596800000 +
                            static_cast<qint64>(state % 315537897600000ULL)); // to 9999
        }
        for (const qint64 at : std::as_const(instants)) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
            QCOMPARE(time::rfc3339(at), t.toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s));
            QCOMPARE(time::rfc3339Millis(at), t.toString(Qt::ISODateWithMs));
            QCOMPARE(time::rfc3339Millis(at).chopped(5) + u'Z', time::rfc3339(at));
            const QByteArray http = time::httpDate(at);
            QCOMPARE(QString::fromLatin1(http), QLocale::c().toString(t, u"ddd, dd MMM "_s) +
                                                        QString::number(t.date().year()) +
                                                        t.toString(u" HH:mm:ss 'GMT'"_s));
        }
    }

    void millisecondsOutsideTheYearsQtNamesStillGetATime()
    {
        // A clock wildly wrong still stamps its log lines with something.
        for (const qint64 at : {-62135596800001LL, 253402300800000LL}) {
            const QString text = time::rfc3339Millis(at);
            QVERIFY2(text.endsWith(u'Z') && text.size() > 20, qPrintable(text));
            QCOMPARE(text.chopped(5) + u'Z', time::rfc3339(at));
        }
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
