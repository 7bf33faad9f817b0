// The dashboard's model against a real clm-server: seats in use and today's
// denials per active license, the usage history per range, reloads that
// keep the rows, nothing of another organization; and the license view's
// overview (who holds the seats, refusals, expiry).

#include "AdminClient.h"
#include "HttpClient.h"
#include "ServerFixture.h"
#include "TestData.h"
#include "TestPostgres.h"
#include "app/ApiClient.h"
#include "app/DashboardModel.h"
#include "app/LicenseOverview.h"
#include "core/Time.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace clm;
using namespace clm::app;
using namespace clm::test;

class TestDashboardModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_owner;
    ServerFixture::Account m_other;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_api;
    QString m_licenseId; // 1 seat, product "solo-cad"
    QString m_otherLicenseId;
    QStringList m_deviceTokens;

    HttpClient admin() const { return test::admin(*m_fixture, m_owner); }

    std::unique_ptr<ApiClient> signedInClient(const ServerFixture::Account& account)
    {
        return test::signedInClient(&m_network, m_fixture->server().baseUrl(), account);
    }

    // A reload from idle, waited for; false when it failed or took too long.
    static bool reloadAndWait(DashboardModel& model)
    {
        if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 20000))
            return false;
        QSignalSpy loaded(&model, &DashboardModel::loaded);
        QSignalSpy failed(&model, &DashboardModel::errorOccurred);
        model.reload();
        (void)QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 20000);
        return !loaded.isEmpty();
    }

    static bool waitForHistory(DashboardModel& model, const std::function<void()>& trigger)
    {
        QSignalSpy changed(&model, &DashboardModel::historyChanged);
        trigger();
        return changed.wait(15000);
    }

    static QString cell(const DashboardModel& model, int row, int column)
    {
        return model.data(model.index(row, column)).toString();
    }

    HttpReply acquire(int device, const QString& product)
    {
        return test::acquire(*m_fixture, m_deviceTokens.at(device), product, u"tester"_s);
    }

private slots:
    void initTestCase()
    {
        CLM_START_FIXTURE(m_fixture);
        m_owner = m_fixture->createOrganization(u"Dash Org"_s, u"owner@dash.example"_s);
        QVERIFY2(!m_owner.access.isEmpty(), qPrintable(m_fixture->error()));
        m_other = m_fixture->createOrganization(u"Other Org"_s, u"owner@other.example"_s);
        QVERIFY2(!m_other.access.isEmpty(), qPrintable(m_fixture->error()));

        m_licenseId = createLicense(admin(), u"Solo CAD"_s, u"solo-cad"_s, 1);
        QVERIFY(!m_licenseId.isEmpty());
        // Same product name in the other organization: must never show up.
        m_otherLicenseId = createLicense(m_fixture->client(m_other.access), u"Foreign CAD"_s,
                                         u"solo-cad"_s, 50);
        QVERIFY(!m_otherLicenseId.isEmpty());

        const QString enrollment = m_fixture->createEnrollmentToken(m_owner, u"Test machines"_s);
        QVERIFY2(!enrollment.isEmpty(), qPrintable(m_fixture->error()));
        for (const QString& host : {u"ws-one"_s, u"ws-two"_s}) {
            m_deviceTokens.append(m_fixture->enrollDevice(enrollment, host));
            QVERIFY2(!m_deviceTokens.last().isEmpty(), qPrintable(m_fixture->error()));
        }

        m_api = signedInClient(m_owner);
        QVERIFY(m_api);
    }

    void init()
    {
        if (m_fixture && m_fixture->server().pid() == 0)
            QVERIFY2(m_fixture->server().start(), qPrintable(m_fixture->server().error()));
    }

    void seatsInUseAndDenialsToday()
    {
        DashboardModel model(m_api.get());
        QVERIFY(reloadAndWait(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.licenseId(0), m_licenseId);
        QCOMPARE(cell(model, 0, DashboardModel::LicenseColumn), u"Solo CAD"_s);
        QCOMPARE(cell(model, 0, DashboardModel::ProductColumn), u"solo-cad"_s);
        QCOMPARE(cell(model, 0, DashboardModel::SeatsColumn), u"0 of 1"_s);
        QCOMPARE(cell(model, 0, DashboardModel::DenialsColumn), u"0"_s);

        QCOMPARE(acquire(0, u"solo-cad"_s).status, 201);
        const HttpReply denied = acquire(1, u"solo-cad"_s);
        QCOMPARE(denied.status, 409);
        QCOMPARE(denied.error(), u"no_seats"_s);

        QVERIFY(reloadAndWait(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, DashboardModel::SeatsColumn), u"1 of 1"_s);
        const QModelIndex seats = model.index(0, DashboardModel::SeatsColumn);
        QCOMPARE(model.data(seats, DashboardModel::kSeatsUsedRole).toInt(), 1);
        QCOMPARE(model.data(seats, DashboardModel::kSeatsTotalRole).toInt(), 1);
        QCOMPARE(cell(model, 0, DashboardModel::DenialsColumn), u"1"_s);
        QCOMPARE(model.denialsToday(0), 1);
        QVERIFY(model.lastError().isEmpty());
    }

    void historyFollowsTheRange()
    {
        DashboardModel model(m_api.get());
        QVERIFY(reloadAndWait(model));
        QCOMPARE(model.range(), DashboardModel::Range::Last24Hours);
        QVERIFY(waitForHistory(model, [&] { model.setHistoryLicense(m_licenseId); }));

        QMap<int, qsizetype> counts;
        for (const auto range :
             {DashboardModel::Range::Last24Hours, DashboardModel::Range::Last7Days,
              DashboardModel::Range::Last30Days, DashboardModel::Range::LastHour}) {
            if (range != model.range())
                QVERIFY(waitForHistory(model, [&] { model.setRange(range); }));
            const int bucket = DashboardModel::bucketSeconds(range);
            QCOMPARE(model.historyBucketSeconds(m_licenseId), bucket);
            const QList<DashboardModel::Point> points = model.history(m_licenseId);
            // Every bucket of the span is listed, aligned to the bucket width.
            const qint64 expected = DashboardModel::spanSeconds(range) / bucket;
            QVERIFY2(points.size() >= expected && points.size() <= expected + 2,
                     qPrintable(u"%1 buckets of %2 s"_s.arg(points.size()).arg(bucket)));
            int peak = 0;
            int denials = 0;
            for (qsizetype i = 0; i < points.size(); ++i) {
                QCOMPARE(points.at(i).t % (bucket * 1000LL), 0);
                if (i > 0)
                    QCOMPARE(points.at(i).t - points.at(i - 1).t, bucket * 1000LL);
                peak = std::max(peak, points.at(i).maxSessions);
                denials += points.at(i).denials;
            }
            QVERIFY(points.last().t <= QDateTime::currentMSecsSinceEpoch());
            QVERIFY(peak >= 1);
            QCOMPARE(denials, 1);
            counts.insert(bucket, points.size());
        }
        // Four ranges, four different bucket counts.
        QCOMPARE(QSet<qsizetype>(counts.cbegin(), counts.cend()).size(), 4);
    }

    void reloadKeepsTheRowsUntilNewDataArrives()
    {
        DashboardModel model(m_api.get());
        QVERIFY(reloadAndWait(model));
        QCOMPARE(cell(model, 0, DashboardModel::SeatsColumn), u"1 of 1"_s);

        // Free the seat; the next reload changes the row in place.
        const QString session = acquire(0, u"solo-cad"_s).json.value("session_id"_L1).toString();
        QVERIFY(!session.isEmpty());
        QCOMPARE(release(*m_fixture, m_deviceTokens.at(0), session).status, 200);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy loaded(&model, &DashboardModel::loaded);
        model.reload();
        // While the answers are out, the table still shows what it had.
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, DashboardModel::SeatsColumn), u"1 of 1"_s);
        // Bursts of live events collapse into one more reload.
        model.reload();
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 && !model.isLoading(), 15000);
        QCOMPARE(loaded.count(), 2);
        QCOMPARE(cell(model, 0, DashboardModel::SeatsColumn), u"0 of 1"_s);
        QCOMPARE(model.denialsToday(0), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QVERIFY(changed.count() >= 1);
    }

    void onlyActiveLicensesOfAllPages()
    {
        QStringList created;
        for (int i = 0; i < 4; ++i) {
            created.append(createLicense(admin(), u"Extra %1"_s.arg(i), u"extra-%1"_s.arg(i), 3));
            QVERIFY(!created.last().isEmpty());
        }
        DashboardModel model(m_api.get());
        model.setPageSize(2); // five licenses: three pages
        QVERIFY(reloadAndWait(model));
        QCOMPARE(model.rowCount(), 5);
        for (const QString& id : std::as_const(created))
            QVERIFY(model.rowOf(id) >= 0);
        QCOMPARE(model.rowOf(m_otherLicenseId), -1);

        // A deactivated license leaves the table; the rest stay in place.
        QCOMPARE(admin().del(u"/api/v1/licenses/%1/"_s.arg(created.takeLast())).status, 204);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const QString firstId = model.licenseId(0);
        QVERIFY(reloadAndWait(model));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.licenseId(0), firstId);
        for (const QString& id : std::as_const(created))
            QCOMPARE(admin().del(u"/api/v1/licenses/%1/"_s.arg(id)).status, 204);
        QVERIFY(reloadAndWait(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.licenseId(0), m_licenseId);
    }

    void anotherOrganizationIsNeverSeen()
    {
        auto otherApi = signedInClient(m_other);
        QVERIFY(otherApi);
        DashboardModel theirs(otherApi.get());
        QVERIFY(reloadAndWait(theirs));
        QCOMPARE(theirs.rowCount(), 1);
        QCOMPARE(theirs.licenseId(0), m_otherLicenseId);
        QCOMPARE(theirs.data(theirs.index(0, DashboardModel::SeatsColumn)).toString(),
                 u"0 of 50"_s);
        QCOMPARE(theirs.denialsToday(0), 0); // our denial was on our license

        DashboardModel ours(m_api.get());
        QVERIFY(reloadAndWait(ours));
        QCOMPARE(ours.rowOf(m_otherLicenseId), -1);
        // Asking for their history by id gives nothing.
        QVERIFY(waitForHistory(ours, [&] { ours.setHistoryLicense(m_otherLicenseId); }));
        QVERIFY(ours.history(m_otherLicenseId).isEmpty());
        QCOMPARE(ours.historyBucketSeconds(m_otherLicenseId), 0);
    }

    void anOrganizationWithoutLicensesLoadsEmpty()
    {
        const ServerFixture::Account empty =
                m_fixture->createOrganization(u"Empty Org"_s, u"owner@empty.example"_s);
        QVERIFY(!empty.access.isEmpty());
        auto api = signedInClient(empty);
        QVERIFY(api);
        DashboardModel model(api.get());
        QVERIFY(!model.hasLoaded());
        QVERIFY(reloadAndWait(model));
        QVERIFY(model.hasLoaded());
        QCOMPARE(model.rowCount(), 0);
    }

    void serverAwayKeepsTheRowsAndReportsIt()
    {
        DashboardModel model(m_api.get());
        QVERIFY(reloadAndWait(model));
        QVERIFY(waitForHistory(model, [&] { model.setHistoryLicense(m_licenseId); }));
        const qsizetype points = model.history(m_licenseId).size();
        QVERIFY(points > 0);

        m_fixture->server().stop();
        QSignalSpy errors(&model, &DashboardModel::errorOccurred);
        QSignalSpy loaded(&model, &DashboardModel::loaded);
        model.reload();
        QVERIFY(errors.wait(20000));
        QVERIFY(!errors.first().first().toString().isEmpty());
        QVERIFY(!model.lastError().isEmpty());
        QVERIFY(!model.isLoading());
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.licenseId(0), m_licenseId);
        QCOMPARE(cell(model, 0, DashboardModel::SeatsColumn), u"0 of 1"_s);
        QCOMPARE(model.denialsToday(0), 1);

        // A range change that cannot load keeps the last history.
        errors.clear();
        model.setRange(DashboardModel::Range::Last7Days);
        QVERIFY(errors.wait(20000));
        QCOMPARE(model.history(m_licenseId).size(), points);

        // Back: the next reload clears the error.
        QVERIFY2(m_fixture->server().start(), qPrintable(m_fixture->server().error()));
        QVERIFY(reloadAndWait(model));
        QVERIFY(model.lastError().isEmpty());
        QCOMPARE(model.rowCount(), 1);
    }

    void licenseOverviewTellsWhoHoldsTheSeats()
    {
        const QString expires = QDateTime::currentDateTimeUtc().addDays(10).toString(Qt::ISODate);
        const QString id = createLicense(admin(), u"Overview CAD"_s, u"overview-cad"_s, 2,
                                         {{u"expires_at"_s, expires}});
        QVERIFY(!id.isEmpty());
        const HttpReply one = acquire(0, u"overview-cad"_s);
        const HttpReply two = acquire(1, u"overview-cad"_s);
        QCOMPARE(one.status, 201);
        QCOMPARE(two.status, 201);
        // The owner's tool on a third machine is refused: every seat is taken.
        QCOMPARE(test::acquire(*m_fixture, m_owner.access, u"overview-cad"_s, u"olivia"_s,
                               u"owner-laptop"_s)
                         .status,
                 409);

        LicenseOverview overview(m_api.get());
        QSignalSpy changed(&overview, &LicenseOverview::changed);
        overview.setLicense(admin().get(u"/api/v1/licenses/%1/"_s.arg(id)).json);
        QTRY_VERIFY_WITH_TIMEOUT(!overview.isLoading(), 10000);
        QVERIFY2(overview.lastError().isEmpty(), qPrintable(overview.lastError()));
        QCOMPARE(overview.holders().size(), 2);
        QStringList hosts;
        for (const QJsonObject& session : overview.holders()) {
            hosts.append(session.value("hostname"_L1).toString());
            QCOMPARE(session.value("os_user"_L1).toString(), u"tester"_s);
            QCOMPARE(session.value("license_id"_L1).toString(), id);
        }
        hosts.sort();
        QCOMPARE(hosts, (QStringList{u"ws-one"_s, u"ws-two"_s}));
        QCOMPARE(overview.denialsToday(), 1);
        QVERIFY(overview.lastDenialMs().has_value());
        QVERIFY(*overview.lastDenialMs() <= QDateTime::currentMSecsSinceEpoch());
        QVERIFY(QDateTime::currentMSecsSinceEpoch() - *overview.lastDenialMs() < 3 * 60'000);

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(LicenseOverview::expiry(overview.license(), now), LicenseOverview::Expiry::Soon);
        const int days = *LicenseOverview::daysLeft(overview.license(), now);
        QVERIFY2(days == 10 || days == 11, qPrintable(QString::number(days)));

        // A live denial counts at once and names who was refused, by the
        // machine's host name (one later than the load, which counted the
        // refusals up to its answer).
        const qint64 later = now + 2000;
        QCOMPARE(test::acquire(*m_fixture, m_owner.access, u"overview-cad"_s, u"olivia"_s,
                               u"owner-laptop"_s)
                         .status,
                 409); // the server counts it too
        overview.handleEvent({{u"type"_s, u"session.denied"_s},
                              {u"license_id"_s, id},
                              {u"product"_s, u"overview-cad"_s},
                              {u"hardware_id"_s, u"ws-one-hw"_s},
                              {u"os_user"_s, u"carol"_s},
                              {u"at"_s, time::rfc3339(later)}});
        QCOMPARE(overview.denialsToday(), 2);
        QCOMPARE(*overview.lastDenialMs(), later / 1000 * 1000); // RFC 3339 keeps seconds
        QTRY_COMPARE_WITH_TIMEOUT(overview.lastDenialBy(), u"carol on ws-one"_s, 10000);
        // Another license's denial changes nothing here.
        overview.handleEvent({{u"type"_s, u"session.denied"_s}, {u"license_id"_s, m_licenseId}});
        QCOMPARE(overview.denialsToday(), 2);

        // A seat given back leaves the holders when its event arrives.
        QCOMPARE(release(*m_fixture, m_deviceTokens.at(0),
                         one.json.value("session_id"_L1).toString())
                         .status,
                 200);
        overview.handleEvent({{u"type"_s, u"session.ended"_s},
                              {u"session"_s, QJsonObject{{u"license_id"_s, id}}}});
        QTRY_COMPARE_WITH_TIMEOUT(overview.holders().size(), 1, 10000);
        QCOMPARE(overview.holders().first().value("hostname"_L1).toString(), u"ws-two"_s);

        // Expiry in words of state: never, later, expired.
        QCOMPARE(LicenseOverview::expiry({{u"expires_at"_s, QJsonValue()}}, now),
                 LicenseOverview::Expiry::Never);
        QCOMPARE(LicenseOverview::expiry(
                         {{u"expires_at"_s, time::rfc3339(now + 31 * 86'400'000LL)}}, now),
                 LicenseOverview::Expiry::Later);
        QCOMPARE(LicenseOverview::expiry(
                         {{u"expires_at"_s, time::rfc3339(now + 29 * 86'400'000LL)}}, now),
                 LicenseOverview::Expiry::Soon);
        QCOMPARE(LicenseOverview::expiry({{u"expires_at"_s, time::rfc3339(now - 1000)}}, now),
                 LicenseOverview::Expiry::Expired);

        // Out of the way of the other tests.
        QCOMPARE(admin().del(u"/api/v1/licenses/%1/"_s.arg(id)).status, 204);
    }

    void cleanupTestCase()
    {
        m_api.reset();
        m_fixture.reset();
    }
};

QTEST_GUILESS_MAIN(TestDashboardModel)
#include "tst_dashboard_model.moc"
