#include "core/Metrics.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace clm;

// The Prometheus text the server and the daemon write (promtool checks
// whole outputs in tst_server_metrics and tst_daemon).
class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void histogramBucketsAreCumulative()
    {
        metrics::Histogram histogram({0.1, 1});
        histogram.observe(0.05);
        histogram.observe(0.1); // on a bound: that bucket (le means <=)
        histogram.observe(0.5);
        histogram.observe(7);
        metrics::TextWriter out;
        out.histogram("x_seconds", {u"route"_s}, {u"/a"_s}, histogram);
        QCOMPARE(out.text(), QByteArray("x_seconds_bucket{route=\"/a\",le=\"0.1\"} 2\n"
                                        "x_seconds_bucket{route=\"/a\",le=\"1\"} 3\n"
                                        "x_seconds_bucket{route=\"/a\",le=\"+Inf\"} 4\n"
                                        "x_seconds_sum{route=\"/a\"} 7.65\n"
                                        "x_seconds_count{route=\"/a\"} 4\n"));
    }

    void labelValuesAreEscaped()
    {
        metrics::TextWriter out;
        out.sample("x", {u"v"_s}, {u"a\"b\\c\nd"_s}, 1);
        QCOMPARE(out.text(), QByteArray("x{v=\"a\\\"b\\\\c\\nd\"} 1\n"));
    }

    void familiesKeepOneChildPerLabelSet()
    {
        metrics::Family<metrics::Counter> family({u"code"_s});
        family.at({u"2xx"_s}).add();
        family.at({u"2xx"_s}).add(2);
        family.at({u"4xx"_s}).add();
        metrics::TextWriter out;
        out.family("requests_total", "counter", "Requests.", family);
        QCOMPARE(out.text(), QByteArray("# HELP requests_total Requests.\n"
                                        "# TYPE requests_total counter\n"
                                        "requests_total{code=\"2xx\"} 3\n"
                                        "requests_total{code=\"4xx\"} 1\n"));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
