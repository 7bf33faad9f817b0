// The dashboard page against a real server, under the offscreen platform:
// the seat bars, sorting, the usage chart and its range, the dark palette
// and the empty state, with screenshots for reviewers.

#include "AdminClient.h"
#include "DarkPalette.h"
#include "HttpClient.h"
#include "ServerFixture.h"
#include "TestData.h"
#include "TestPostgres.h"
#include "WidgetSteps.h"
#include "app/ApiClient.h"
#include "app/DashboardModel.h"
#include "ui/UsageChart.h"
#include "ui/pages/DashboardPage.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLineSeries>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>

#include <memory>

using namespace Qt::StringLiterals;
using namespace clm;
using namespace clm::test;
using Model = app::DashboardModel;

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_owner;
    QNetworkAccessManager m_network;
    std::unique_ptr<app::ApiClient> m_api;
    std::unique_ptr<ui::DashboardPage> m_page;
    QHash<QString, QString> m_ids; // product -> license id
    QPalette m_lightPalette;
    int m_pastDenialsToday = 0; // recorded by recordPastUsage()

    HttpClient admin() const { return test::admin(*m_fixture, m_owner); }

    std::unique_ptr<app::ApiClient> signedInClient(const ServerFixture::Account& account)
    {
        return test::signedInClient(&m_network, m_fixture->server().baseUrl(), account);
    }

    void screenshot(const QString& name, QWidget* widget)
    {
        QVERIFY(!test::screenshot(widget, QStringLiteral(CLM_SCREENSHOT_DIR), name).isEmpty());
    }

    QAbstractSeries* series(const QString& namePrefix) const
    {
        for (QAbstractSeries* s : m_page->chart()->series()) {
            if (s->name().startsWith(namePrefix))
                return s;
        }
        return nullptr;
    }

    static int upperCount(QAbstractSeries* s)
    {
        auto* area = qobject_cast<QAreaSeries*>(s);
        return area ? static_cast<int>(area->upperSeries()->count()) : -1;
    }

    // Pixels of `color` inside the seats cell of the license's row.
    int seatBarPixels(const QString& product, const QColor& color)
    {
        QTableView* view = m_page->view();
        const int sourceRow = m_page->model()->rowOf(m_ids.value(product));
        const auto* proxy = qobject_cast<QAbstractProxyModel*>(view->model());
        const QModelIndex index =
                proxy->mapFromSource(m_page->model()->index(sourceRow, Model::SeatsColumn));
        const QImage image = view->viewport()->grab().toImage();
        const QRect rect = view->visualRect(index);
        int count = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            for (int x = rect.left(); x <= rect.right(); ++x) {
                if (QColor(image.pixel(x, y)).rgb() == color.rgb())
                    ++count;
            }
        }
        return count;
    }

    void waitForHistoryOf(const QString& licenseId, int bucketSeconds)
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->historyBucketSeconds(licenseId) == bucketSeconds,
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(upperCount(series(u"Peak seats in use"_s)) > 0, 5000);
    }

    void recordPastUsage(const QString& product, int seats, bool withDenials)
    {
        const int today = recordUsage(m_fixture->database(), m_owner.organizationId,
                                      m_ids.value(product), seats, withDenials);
        QVERIFY2(today >= 0, qPrintable(m_fixture->database().error()));
        m_pastDenialsToday += today;
    }

private slots:
    void initTestCase()
    {
        CLM_START_FIXTURE(m_fixture);
        m_owner = m_fixture->createOrganization(u"Acme Tools"_s, u"owner@acme.example"_s);
        QVERIFY(!m_owner.access.isEmpty());
        const QList<std::tuple<QString, QString, int>> licenses{
                {u"CODITECT CLI team"_s, u"coditect-cli"_s, 5},
                {u"CODITECT Studio team"_s, u"coditect-studio"_s, 2},
                {u"Render farm"_s, u"render-farm"_s, 20}};
        for (const auto& [name, product, seats] : licenses) {
            const HttpReply reply =
                    admin().post(u"/api/v1/licenses/"_s, {{u"name"_s, name},
                                                          {u"product"_s, product},
                                                          {u"max_concurrent_seats"_s, seats}});
            QCOMPARE(reply.status, 201);
            m_ids.insert(product, reply.json.value("id"_L1).toString());
        }
        recordPastUsage(u"coditect-cli"_s, 5, false);
        recordPastUsage(u"coditect-studio"_s, 2, true);

        // Real seats now: three of the CLI, both of Studio, and one more
        // Studio request refused.
        const QString enrollment = m_fixture->createEnrollmentToken(m_owner, u"Build machines"_s);
        QStringList devices;
        for (const QString& host : {u"ws-berlin"_s, u"ws-tokyo"_s, u"ws-austin"_s}) {
            devices.append(m_fixture->enrollDevice(enrollment, host));
            QVERIFY2(!devices.last().isEmpty(), qPrintable(m_fixture->error()));
        }
        auto acquire = [this, &devices](int device, const QString& product) {
            return m_fixture->client(devices.at(device))
                    .post(u"/api/v1/licenses/acquire"_s,
                          {{u"product"_s, product}, {u"os_user"_s, u"alice"_s}})
                    .status;
        };
        for (int device = 0; device < 3; ++device)
            QCOMPARE(acquire(device, u"coditect-cli"_s), 201);
        QCOMPARE(acquire(0, u"coditect-studio"_s), 201);
        QCOMPARE(acquire(1, u"coditect-studio"_s), 201);
        QCOMPARE(acquire(2, u"coditect-studio"_s), 409);

        m_lightPalette = QApplication::palette();
        m_api = signedInClient(m_owner);
        QVERIFY(m_api);
        m_page = std::make_unique<ui::DashboardPage>(m_api.get(), nullptr);
        m_page->resize(1100, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void showsEveryLicenseWithItsSeats()
    {
        QCOMPARE(m_page->title(), u"Dashboard"_s);
        m_page->reload();
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 3, 15000);
        QVERIFY(!m_page->isShowingEmptyState());
        QTableView* view = m_page->view();
        auto text = [view](int row, int column) {
            return view->model()->index(row, column).data().toString();
        };
        // Sorted by name, the first row chosen for the chart.
        QCOMPARE(text(0, Model::LicenseColumn), u"CODITECT CLI team"_s);
        QCOMPARE(text(0, Model::SeatsColumn), u"3 of 5"_s);
        QCOMPARE(text(1, Model::SeatsColumn), u"2 of 2"_s);
        QCOMPARE(text(1, Model::DenialsColumn), QString::number(m_pastDenialsToday + 1));
        QCOMPARE(text(0, Model::DenialsColumn), u"0"_s);
        QCOMPARE(text(2, Model::SeatsColumn), u"0 of 20"_s);
        QCOMPARE(m_page->selectedLicenseId(), m_ids.value(u"coditect-cli"_s));
        waitForHistoryOf(m_ids.value(u"coditect-cli"_s), 3600);

        // The seat bar is drawn in the palette's highlight colour, as long
        // as the seats in use.
        const QColor highlight = view->palette().color(QPalette::Highlight);
        const int studio = seatBarPixels(u"coditect-studio"_s, highlight);
        const int render = seatBarPixels(u"render-farm"_s, highlight);
        QVERIFY2(studio > 100, qPrintable(QString::number(studio)));
        QCOMPARE(render, 0);
    }

    void chartShowsUseLimitAndDenials()
    {
        const QString studio = m_ids.value(u"coditect-studio"_s);
        m_page->selectLicense(studio);
        QCOMPARE(m_page->selectedLicenseId(), studio);
        waitForHistoryOf(studio, 3600);
        QChart* chart = m_page->chart();
        QVERIFY(chart->title().contains(u"CODITECT Studio team"_s));
        QCOMPARE(chart->animationOptions(), QChart::NoAnimation);

        // The last bucket holds the two real seats.
        auto* peak = qobject_cast<QAreaSeries*>(series(u"Peak seats in use"_s));
        QVERIFY(peak);
        QCOMPARE(peak->upperSeries()->points().last().y(), 2.0);
        auto* limit = qobject_cast<QLineSeries*>(series(u"Seat limit"_s));
        QVERIFY(limit);
        QCOMPARE(limit->name(), u"Seat limit (2)"_s);
        QCOMPARE(limit->count(), 2);
        QCOMPARE(limit->at(0).y(), 2.0);
        QCOMPARE(limit->pen().style(), Qt::DashLine);
        QVERIFY(upperCount(series(u"Denials"_s)) > 0);

        // Times along a local-time axis covering 24 hours.
        QDateTimeAxis* time = nullptr;
        for (QAbstractAxis* axis : chart->axes(Qt::Horizontal))
            time = qobject_cast<QDateTimeAxis*>(axis);
        QVERIFY(time);
        QCOMPARE(time->min().secsTo(time->max()), 24 * 3600);
        QVERIFY(time->max() >= QDateTime::currentDateTime());
        QCOMPARE(time->format(), u"HH:mm"_s);
        QVERIFY(chart->legend()->isVisible());
        screenshot(u"dashboard"_s, m_page.get());
    }

    void rangeSelectorChangesTheHistory()
    {
        const QString studio = m_ids.value(u"coditect-studio"_s);
        QComboBox* range = m_page->rangeSelector();
        range->setCurrentIndex(range->findText(u"Last 7 days"_s));
        QCOMPARE(m_page->model()->range(), Model::Range::Last7Days);
        waitForHistoryOf(studio, 6 * 3600);
        QDateTimeAxis* time = nullptr;
        for (QAbstractAxis* axis : m_page->chart()->axes(Qt::Horizontal))
            time = qobject_cast<QDateTimeAxis*>(axis);
        QVERIFY(time);
        QCOMPARE(time->min().daysTo(time->max()), 7);
        QVERIFY(m_page->chart()->title().contains(u"Last 7 days"_s));
        screenshot(u"dashboard-7-days"_s, m_page.get());

        range->setCurrentIndex(range->findText(u"Last hour"_s));
        waitForHistoryOf(studio, 60);
        QCOMPARE(time->min().secsTo(time->max()), 3600);
        // Minute buckets: the refused request stands alone as a bar.
        QTRY_VERIFY(upperCount(series(u"Denials"_s)) == 4);

        range->setCurrentIndex(range->findText(u"Last 24 hours"_s));
        waitForHistoryOf(studio, 3600);
    }

    void chartDataIsAlsoATable()
    {
        // For the keyboard and screen readers: the same numbers as rows.
        ui::UsageChart* chart = m_page->usageChart();
        QVERIFY(!chart->isShowingTable());
        QToolButton* toggle = chart->tableToggle();
        QVERIFY(!toggle->text().isEmpty());
        QVERIFY(toggle->focusPolicy() & Qt::TabFocus);
        toggle->click();
        QVERIFY(chart->isShowingTable());
        QVERIFY(chart->table()->isVisible());
        QAbstractItemModel* rows = chart->table()->model();
        QCOMPARE(rows->rowCount(), m_page->model()->history(m_page->selectedLicenseId()).size());
        QVERIFY(rows->rowCount() > 0);
        // Newest first: the last bucket holds the two real seats of Studio.
        QCOMPARE(rows->headerData(1, Qt::Horizontal).toString(), u"Peak seats in use"_s);
        QCOMPARE(rows->index(0, 1).data().toString(), u"2"_s);
        QCOMPARE(rows->index(0, 2).data().toString(), u"2"_s); // the seat limit
        int denials = 0;
        for (int row = 0; row < rows->rowCount(); ++row)
            denials += rows->index(row, 3).data().toInt();
        QVERIFY(denials >= 1);
        screenshot(u"dashboard-table"_s, m_page.get());
        toggle->click();
        QVERIFY(!chart->isShowingTable());
    }

    void sortsBySeatUse()
    {
        QTableView* view = m_page->view();
        const QString selected = m_page->selectedLicenseId();
        auto license = [view](int row) {
            return view->model()->index(row, Model::LicenseColumn).data().toString();
        };
        // Fullest first: 2 of 2, 3 of 5, 0 of 20 (not "0" < "2" < "3" as text).
        view->sortByColumn(Model::SeatsColumn, Qt::DescendingOrder);
        QCOMPARE(license(0), u"CODITECT Studio team"_s);
        QCOMPARE(license(1), u"CODITECT CLI team"_s);
        QCOMPARE(license(2), u"Render farm"_s);
        QCOMPARE(m_page->selectedLicenseId(), selected);
        view->sortByColumn(Model::LicenseColumn, Qt::AscendingOrder);
        QCOMPARE(license(0), u"CODITECT CLI team"_s);
    }

    void reloadKeepsTheTable()
    {
        const QString selected = m_page->selectedLicenseId();
        QSignalSpy reset(m_page->model(), &QAbstractItemModel::modelReset);
        QSignalSpy loaded(m_page->model(), &Model::loaded);
        m_page->reload(); // as a live event does
        QCOMPARE(m_page->model()->rowCount(), 3);
        QVERIFY(loaded.wait(15000));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_page->selectedLicenseId(), selected);
        QVERIFY(upperCount(series(u"Peak seats in use"_s)) > 0);
    }

    void followsADarkPalette()
    {
        QVERIFY(m_page->chart()->backgroundBrush().color().lightness() > 128);
        QApplication::setPalette(darkPalette());
        QTRY_COMPARE(m_page->chart()->theme(), QChart::ChartThemeDark);
        QVERIFY(m_page->chart()->backgroundBrush().color().lightness() < 128);
        QCOMPARE(m_page->chart()->titleBrush().color(), m_page->palette().color(QPalette::Text));
        screenshot(u"dashboard-dark"_s, m_page.get());

        QApplication::setPalette(m_lightPalette);
        QTRY_COMPARE(m_page->chart()->theme(), QChart::ChartThemeLight);
        QVERIFY(m_page->chart()->backgroundBrush().color().lightness() > 128);
    }

    void emptyOrganizationShowsTheEmptyState()
    {
        const ServerFixture::Account empty =
                m_fixture->createOrganization(u"New Co"_s, u"owner@new.example"_s);
        QVERIFY(!empty.access.isEmpty());
        auto api = signedInClient(empty);
        QVERIFY(api);
        ui::DashboardPage page(api.get(), nullptr);
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.isShowingEmptyState()); // not before the answer
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(page.isShowingEmptyState(), 15000);
        screenshot(u"dashboard-empty"_s, &page);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_api.reset();
        m_fixture.reset();
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
