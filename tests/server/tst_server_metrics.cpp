#include "MetricsText.h"
#include "ServerFixture.h"
#include "TestData.h"
#include "TestPostgres.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clm::test;

// GET /metrics on its own address (--metrics-listen): what it counts, that
// Prometheus's own checker accepts it, and that it never shows on the API.
class TestServerMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        CLM_START_FIXTURE(m_fixture, QStringList{u"--metrics-listen"_s, u"127.0.0.1:0"_s,
                                                 u"--metrics-interval"_s, u"1"_s,
                                                 u"--reaper-interval"_s, u"1"_s});
        QVERIFY(m_fixture->server().metricsUrl().isValid());
        m_owner = m_fixture->createOrganization(u"Metrics Org"_s, u"owner@metrics.test"_s);
        QVERIFY(!m_owner.access.isEmpty());
    }

    void servedApartFromTheApi()
    {
        const QUrl metricsUrl = m_fixture->server().metricsUrl();
        QVERIFY(metricsUrl.port() != m_fixture->server().port());
        QCOMPARE(m_fixture->client().get(u"/metrics"_s).status, 404);
        HttpClient metrics(metricsUrl.adjusted(QUrl::RemovePath));
        QCOMPARE(metrics.get(u"/api/v1/licenses/"_s).status, 404);
        const HttpReply reply = metrics.get(u"/metrics"_s);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("text/plain; version=0.0.4"));
    }

    void countsSeatsAndRequests()
    {
        HttpClient admin = clm::test::admin(*m_fixture, m_owner);
        const QString license = createLicense(admin, u"One seat"_s, u"solo"_s, 1);
        QVERIFY(!license.isEmpty());
        const QString enrollment = m_fixture->createEnrollmentToken(m_owner, u"fleet"_s);
        const QString first = m_fixture->enrollDevice(enrollment, u"ws-1"_s);
        const QString second = m_fixture->enrollDevice(enrollment, u"ws-2"_s);
        QVERIFY(!first.isEmpty() && !second.isEmpty());

        const HttpReply granted = acquire(*m_fixture, first, u"solo"_s, u"alice"_s);
        QCOMPARE(granted.status, 201);
        QCOMPARE(acquire(*m_fixture, second, u"solo"_s, u"bob"_s).status, 409);
        QCOMPARE(acquire(*m_fixture, second, u"no-such-product"_s, u"bob"_s).status, 404);
        const QString session = granted.json.value("session_id"_L1).toString();
        QCOMPARE(m_fixture->client(first)
                         .post(u"/api/v1/licenses/heartbeat"_s, {{u"session_id"_s, session}})
                         .status,
                 200);

        const QString seatLabels = u"{organization_id=\"%1\",license_id=\"%2\"}"_s.arg(
                m_owner.organizationId, license);
        // The seat figures are sampled every second (--metrics-interval 1).
        QHash<QString, double> seen;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 20000) {
            seen = metricSamples(scrape());
            if (seen.value(u"clm_license_seats_in_use"_s + seatLabels) == 1 &&
                seen.value(u"clm_reaper_passes_total"_s) >= 1)
                break;
            QTest::qWait(200);
        }
        QCOMPARE(seen.value(u"clm_license_seats_in_use"_s + seatLabels), 1.0);
        QCOMPARE(seen.value(u"clm_license_seats"_s + seatLabels), 1.0);
        QVERIFY(seen.value(u"clm_reaper_passes_total"_s) >= 1);
        QVERIFY(seen.value(u"clm_reaper_last_pass_timestamp_seconds"_s) > 1.7e9);

        QCOMPARE(seen.value(u"clm_acquires_total{result=\"granted\",reason=\"\"}"_s), 1.0);
        QCOMPARE(seen.value(u"clm_acquires_total{result=\"denied\",reason=\"no_seats\"}"_s), 1.0);
        QCOMPARE(seen.value(u"clm_acquires_total{result=\"denied\",reason=\"no_license\"}"_s), 1.0);
        QCOMPARE(seen.value(u"clm_heartbeat_batch_size_count"_s), 1.0);
        QCOMPARE(seen.value(u"clm_heartbeat_batch_size_sum"_s), 1.0);
        QCOMPARE(seen.value(u"clm_heartbeat_batch_commit_seconds_count"_s), 1.0);
        const QString acquireRoute = u"route=\"/api/v1/licenses/acquire\",method=\"POST\""_s;
        QCOMPARE(seen.value(u"clm_http_requests_total{%1,code=\"2xx\"}"_s.arg(acquireRoute)), 1.0);
        QCOMPARE(seen.value(u"clm_http_requests_total{%1,code=\"4xx\"}"_s.arg(acquireRoute)), 2.0);
        QCOMPARE(seen.value(u"clm_http_request_duration_seconds_count{%1}"_s.arg(acquireRoute)),
                 3.0);
        QCOMPARE(seen.value(u"clm_http_request_duration_seconds_bucket{%1,le=\"+Inf\"}"_s.arg(
                         acquireRoute)),
                 3.0);
        // Paths that match no route share one label: no series per URL.
        const QString unmatched =
                u"clm_http_requests_total{route=\"unmatched\",method=\"GET\",code=\"4xx\"}"_s;
        m_fixture->client().get(u"/no/such/path/"_s + QString::number(waited.elapsed()));
        QCOMPARE(metricSamples(scrape()).value(unmatched), seen.value(unmatched) + 1);
        QCOMPARE(seen.value(u"clm_database_up"_s), 1.0);
        QCOMPARE(seen.value(u"clm_database_errors_total"_s), 0.0);
        QVERIFY(seen.value(u"clm_database_connection_wait_seconds_count"_s) > 0);
        QCOMPARE(seen.value(u"clm_events_subscribers"_s), 0.0);
        QCOMPARE(seen.value(u"clm_build_info{version=\"%1\"}"_s.arg(QStringLiteral(CLM_VERSION))),
                 1.0);
        QVERIFY(seen.value(u"process_resident_memory_bytes"_s) > 1e6);
        QVERIFY(seen.value(u"process_open_fds"_s) > 3);
        QVERIFY(seen.value(u"process_start_time_seconds"_s) > 1.7e9);
        QVERIFY(seen.contains(u"process_cpu_seconds_total"_s));
    }

    // `promtool check metrics` (Prometheus's own linter of the format and
    // its naming rules) finds nothing to say.
    void promtoolAcceptsTheText()
    {
        const QByteArray text = scrape();
        QVERIFY(text.contains("clm_http_requests_total"));
        CLM_VERIFY_PROMTOOL_ACCEPTS(text);
    }

    // The alert rules and the dashboard of docs/monitoring/ only name
    // figures the server serves.
    void monitoringDocsNameServedMetrics()
    {
        QSet<QString> served;
        static const QRegularExpression type(u"^# TYPE (\\w+) "_s,
                                             QRegularExpression::MultilineOption);
        const QByteArray text = scrape();
        for (auto it = type.globalMatch(QString::fromUtf8(text)); it.hasNext();)
            served.insert(it.next().captured(1));
        QVERIFY(served.contains(u"clm_acquires_total"_s));
        static const QRegularExpression name(u"\\b(clm_[a-z_]+|process_[a-z_]+)"_s);
        static const QRegularExpression suffix(u"_(bucket|sum|count)$"_s);
        int named = 0;
        for (const QString& file : {u"alerts.yml"_s, u"grafana-dashboard.json"_s}) {
            QFile document(QStringLiteral(CLM_SOURCE_DIR "/docs/monitoring/") + file);
            QVERIFY2(document.open(QIODevice::ReadOnly), qPrintable(file));
            const QString content = QString::fromUtf8(document.readAll());
            for (auto it = name.globalMatch(content); it.hasNext();) {
                QString metric = it.next().captured(1);
                if (!served.contains(metric))
                    metric.remove(suffix);
                QVERIFY2(served.contains(metric),
                         qPrintable(file + u" names "_s + metric + u", which is not served"_s));
                ++named;
            }
        }
        QVERIFY(named > 20);
    }

    // --metrics-per-organization: one series per organization instead of
    // one per license.
    void seatsPerOrganization()
    {
        HttpClient admin = clm::test::admin(*m_fixture, m_owner);
        QVERIFY(!createLicense(admin, u"Ten seats"_s, u"ten"_s, 10).isEmpty());
        ServerProcess other(m_fixture->database().url(),
                            {u"--metrics-listen"_s, u"127.0.0.1:0"_s, u"--metrics-interval"_s,
                             u"1"_s, u"--metrics-per-organization"_s},
                            m_fixture->server().keyDir());
        QVERIFY2(other.start(), qPrintable(other.error()));
        const QString labels = u"{organization_id=\"%1\"}"_s.arg(m_owner.organizationId);
        QHash<QString, double> seen;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 20000) {
            seen = metricSamples(scrape(other.metricsUrl()));
            if (seen.value(u"clm_seats_sampled_timestamp_seconds"_s) > 0)
                break;
            QTest::qWait(200);
        }
        QCOMPARE(seen.value(u"clm_organization_seats"_s + labels), 11.0);
        QCOMPARE(seen.value(u"clm_organization_seats_in_use"_s + labels), 1.0);
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QVERIFY2(!it.key().startsWith("clm_license_seats"_L1), qPrintable(it.key()));
    }

    void cleanupTestCase() { m_fixture.reset(); }

private:
    QByteArray scrape(QUrl url = {})
    {
        if (url.isEmpty())
            url = m_fixture->server().metricsUrl();
        HttpClient client(url.adjusted(QUrl::RemovePath));
        const HttpReply reply = client.get(url.path());
        return reply.status == 200 ? reply.body : QByteArray();
    }

    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_owner;
};

QTEST_GUILESS_MAIN(TestServerMetrics)
#include "tst_server_metrics.moc"
