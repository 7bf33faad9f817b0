// The list pages' filter bar and CSV export against a real server, under
// the offscreen platform: sessions narrowed by license, machine, user and
// state; the audit log by action, actor and days; lookups typed into and
// loaded only once shown; an export through the toolbar action; and a
// screenshot of the audit page with its filters for reviewers.

#include "AdminClient.h"
#include "HttpClient.h"
#include "ServerFixture.h"
#include "TestData.h"
#include "TestPostgres.h"
#include "WidgetSteps.h"
#include "app/ApiClient.h"
#include "core/Time.h"
#include "ui/ListPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace clm;
using namespace clm::test;

class TestListPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_owner;
    ServerFixture::Account m_ada;
    QNetworkAccessManager m_network;
    std::unique_ptr<app::ApiClient> m_api;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_licenseIds; // product -> id

    HttpClient admin() const { return test::admin(*m_fixture, m_owner); }

    QString enroll(const QString& enrollment, const QString& host)
    {
        const HttpReply device = m_fixture->client().post(
                u"/api/v1/devices/enroll"_s, {{u"enrollment_token"_s, enrollment},
                                              {u"hardware_id"_s, QString(host + u"-hw"_s)},
                                              {u"hostname"_s, host},
                                              {u"os"_s, u"Debian GNU/Linux 12"_s}});
        return device.json.value("device_token"_L1).toString();
    }

    HttpReply acquire(const QString& token, const QString& product, const QString& user,
                      const QString& hardwareId = {})
    {
        return test::acquire(*m_fixture, token, product, user, hardwareId);
    }

    int serverCount(const QString& path) const
    {
        return admin().get(path).json.value("count"_L1).toInt();
    }

    static QComboBox* combo(ui::ListPage* page, const QString& key)
    {
        return page->findChild<QComboBox*>(u"filter_"_s + key);
    }

    // The rows once the model settled after a filter change.
    static bool settled(ui::ListPage* page)
    {
        return !page->model()->isLoading() &&
               page->model()->rowCount() == std::min(page->model()->totalCount(), 100);
    }

    static QStringList column(ui::ListPage* page, const QString& field)
    {
        QStringList values;
        for (int row = 0; row < page->model()->rowCount(); ++row)
            values.append(page->model()->item(row).value(field).toString());
        values.sort();
        return values;
    }

    void screenshot(const QString& name, QWidget* widget)
    {
        QVERIFY(!test::screenshot(widget, QStringLiteral(CLM_SCREENSHOT_DIR), name).isEmpty());
    }

    std::unique_ptr<ui::ListPage> sessionsPage()
    {
        auto page = std::make_unique<ui::ListPage>(
                m_api.get(), u"Live sessions"_s, u"/api/v1/sessions/"_s,
                QList<app::PagedModel::Column>{{u"license_name"_s, u"License"_s, {}, false},
                                               {u"hostname"_s, u"Machine"_s, {}, false},
                                               {u"os_user"_s, u"User"_s, {}, false}});
        // As the window does: live sessions unless asked otherwise.
        page->model()->setFilter(u"active"_s, u"true"_s);
        page->setSearchVisible(false);
        page->addLookupFilter(u"license"_s, u"&License:"_s, u"/api/v1/licenses/"_s, u"name"_s);
        page->addLookupFilter(u"device"_s, u"&Machine:"_s, u"/api/v1/devices/"_s, u"hostname"_s);
        page->addLookupFilter(u"user"_s, u"&User:"_s, u"/api/v1/users/"_s, u"email"_s);
        page->addChoiceFilter(u"active"_s, u"&State:"_s,
                              {{u"true"_s, u"Active"_s}, {u"false"_s, u"Ended"_s}});
        return page;
    }

    std::unique_ptr<ui::ListPage> auditPage()
    {
        auto page = std::make_unique<ui::ListPage>(
                m_api.get(), u"Audit log"_s, u"/api/v1/audit/"_s,
                QList<app::PagedModel::Column>{{u"at"_s, u"When"_s},
                                               {u"action"_s, u"Action"_s, {}, false},
                                               {u"actor_type"_s, u"Actor"_s, {}, false},
                                               {u"target_type"_s, u"Target"_s, {}, false}});
        page->setSearchVisible(false);
        QList<std::pair<QString, QString>> actions;
        for (const QString& action : {u"auth.login"_s, u"license.create"_s, u"user.create"_s,
                                      u"session.acquire"_s, u"session.release"_s})
            actions.append({action, action});
        page->addChoiceFilter(u"action"_s, u"&Action:"_s, actions);
        page->addLookupFilter(u"actor_id"_s, u"Ac&tor:"_s, u"/api/v1/users/"_s, u"email"_s);
        page->addDateRangeFilter(u"from"_s, u"to"_s, u"&Days:"_s);
        page->enableExport({u"at"_s, u"action"_s, u"actor_id"_s, u"details"_s});
        return page;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CLM_START_FIXTURE(m_fixture);
        m_owner = m_fixture->createOrganization(u"Filter Org"_s, u"owner@filter.example"_s);
        QVERIFY(!m_owner.access.isEmpty());
        m_ada = m_fixture->createUser(m_owner, u"ada@filter.example"_s, u"admin"_s);
        QVERIFY(!m_ada.access.isEmpty());
        const QList<std::tuple<QString, QString, QString>> licenses{
                {m_owner.access, u"CLI team"_s, u"cli"_s},
                {m_owner.access, u"Studio team"_s, u"studio"_s},
                {m_ada.access, u"Render farm"_s, u"render"_s}};
        for (const auto& [token, name, product] : licenses) {
            const HttpReply created = m_fixture->client(token).post(
                    u"/api/v1/licenses/"_s,
                    {{u"name"_s, name}, {u"product"_s, product}, {u"max_concurrent_seats"_s, 5}});
            QCOMPARE(created.status, 201);
            m_licenseIds.insert(product, created.json.value("id"_L1).toString());
        }
        const QString enrollment =
                admin().post(u"/api/v1/enrollment-tokens/"_s, {{u"label"_s, u"Lab"_s}})
                        .json.value("token"_L1)
                        .toString();
        const QString berlin = enroll(enrollment, u"ws-berlin"_s);
        const QString tokyo = enroll(enrollment, u"ws-tokyo"_s);
        QVERIFY(!berlin.isEmpty() && !tokyo.isEmpty());
        QCOMPARE(acquire(berlin, u"cli"_s, u"alice"_s).status, 201);
        QCOMPARE(acquire(berlin, u"studio"_s, u"alice"_s).status, 201);
        QCOMPARE(acquire(tokyo, u"cli"_s, u"bob"_s).status, 201);
        const HttpReply ended = acquire(tokyo, u"studio"_s, u"bob"_s);
        QCOMPARE(ended.status, 201);
        QCOMPARE(m_fixture->client(tokyo)
                         .post(u"/api/v1/licenses/release"_s,
                               {{u"session_id"_s, ended.json.value("session_id"_L1).toString()}})
                         .status,
                 200);
        // A tool signed in as the owner, without a daemon: the session has a user.
        QCOMPARE(acquire(m_owner.access, u"cli"_s, u"owner"_s, u"owner-laptop"_s).status, 201);

        m_api = signedInClient(&m_network, m_fixture->server().baseUrl(), m_owner);
        QVERIFY(m_api);
    }

    void sessionFiltersNarrowTheRows()
    {
        auto page = sessionsPage();
        QComboBox* license = combo(page.get(), u"license"_s);
        QComboBox* device = combo(page.get(), u"device"_s);
        QComboBox* user = combo(page.get(), u"user"_s);
        QComboBox* state = combo(page.get(), u"active"_s);
        QVERIFY(license && device && user && state);
        // The state shows the filter the page started with.
        QCOMPARE(state->currentData().toString(), u"true"_s);
        QCOMPARE(state->currentText(), u"Active"_s);
        // Lookups load only once the page is shown: after a reload of the
        // hidden page, the list is in and the lookups are still empty.
        QSignalSpy listed(page->model(), &app::PagedModel::loaded);
        page->reload();
        QVERIFY(listed.wait(10000));
        QCOMPARE(license->count(), 1);

        page->resize(1000, 500);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QVERIFY(page->filterBar()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(license->count(), 4, 10000); // Any + 3 licenses
        QTRY_COMPARE_WITH_TIMEOUT(device->count(), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(user->count(), 3, 10000);
        QCOMPARE(license->itemText(0), u"Any"_s);
        QCOMPARE(license->itemText(1), u"CLI team"_s); // sorted by name
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.get()), 10000);
        QCOMPARE(page->model()->totalCount(), 4);

        // Typed by keyboard: part of a name, then Enter.
        license->setFocus();
        license->lineEdit()->selectAll();
        QTest::keyClicks(license->lineEdit(), u"cli t"_s);
        QTest::keyClick(license->lineEdit(), Qt::Key_Return);
        QCOMPARE(license->currentText(), u"CLI team"_s);
        QCOMPARE(page->model()->filter(u"license"_s), m_licenseIds.value(u"cli"_s));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.get()) && page->model()->totalCount() == 3, 10000);
        QCOMPARE(column(page.get(), u"os_user"_s), QStringList({u"alice"_s, u"bob"_s, u"owner"_s}));

        // A text that names nothing changes nothing and shows the filter again.
        license->lineEdit()->selectAll();
        QTest::keyClicks(license->lineEdit(), u"no such license"_s);
        QTest::keyClick(license->lineEdit(), Qt::Key_Return);
        QCOMPARE(license->currentText(), u"CLI team"_s);
        QCOMPARE(page->model()->filter(u"license"_s), m_licenseIds.value(u"cli"_s));

        device->setCurrentIndex(device->findText(u"ws-tokyo"_s));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.get()) && page->model()->totalCount() == 1, 10000);
        QCOMPARE(column(page.get(), u"os_user"_s), QStringList{u"bob"_s});

        // Emptying the text is "Any".
        license->lineEdit()->clear();
        QTest::keyClick(license->lineEdit(), Qt::Key_Return);
        QCOMPARE(license->currentIndex(), 0);
        QCOMPARE(page->model()->filter(u"license"_s), QString());
        state->setCurrentIndex(0); // Any: ended sessions too
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.get()) && page->model()->totalCount() == 2, 10000);
        QCOMPARE(column(page.get(), u"license_name"_s),
                 QStringList({u"CLI team"_s, u"Studio team"_s}));
        state->setCurrentIndex(state->findData(u"false"_s));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.get()) && page->model()->totalCount() == 1, 10000);
        QCOMPARE(page->model()->item(0).value("is_active"_L1).toBool(), false);
        QCOMPARE(page->model()->item(0).value("license_name"_L1).toString(), u"Studio team"_s);

        // The user filter is the session's signed-in user, not its OS user.
        device->setCurrentIndex(0);
        state->setCurrentIndex(0);
        user->setCurrentIndex(user->findText(m_owner.email));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.get()) && page->model()->totalCount() == 1, 10000);
        QCOMPARE(page->model()->item(0).value("os_user"_L1).toString(), u"owner"_s);
        user->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.get()) && page->model()->totalCount() == 5, 10000);

        // Labels lead to their fields by mnemonic.
        for (QLabel* label : page->filterBar()->findChildren<QLabel*>())
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }

    void auditFiltersNarrowTheRows()
    {
        auto page = auditPage();
        page->resize(1100, 520);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        page->reload();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.get()), 10000);
        QCOMPARE(page->model()->totalCount(), serverCount(u"/api/v1/audit/"_s));

        QComboBox* action = combo(page.get(), u"action"_s);
        QComboBox* actor = combo(page.get(), u"actor_id"_s);
        QVERIFY(action && actor);
        action->setCurrentIndex(action->findData(u"license.create"_s));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.get()) && page->model()->totalCount() == 3, 10000);
        QCOMPARE(column(page.get(), u"action"_s), QStringList(3, u"license.create"_s));

        QTRY_COMPARE_WITH_TIMEOUT(actor->count(), 3, 10000);
        actor->setCurrentIndex(actor->findText(m_ada.email));
        QCOMPARE(page->model()->filter(u"actor_id"_s), m_ada.userId);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.get()) && page->model()->totalCount() == 1, 10000);
        QCOMPARE(page->model()->item(0).value("actor_id"_L1).toString(), m_ada.userId);

        action->setCurrentIndex(0);
        const int byAda = serverCount(u"/api/v1/audit/?actor_id="_s + m_ada.userId);
        QVERIFY(byAda > 1); // her sign-in too
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.get()) && page->model()->totalCount() == byAda,
                                 10000);

        // Days: local midnight to the end of the day, inclusive.
        auto* fromEnabled = page->findChild<QCheckBox*>(u"filter_from_enabled"_s);
        auto* from = page->findChild<QDateEdit*>(u"filter_from"_s);
        auto* toEnabled = page->findChild<QCheckBox*>(u"filter_to_enabled"_s);
        auto* to = page->findChild<QDateEdit*>(u"filter_to"_s);
        QVERIFY(fromEnabled && from && toEnabled && to);
        QVERIFY(!from->isEnabled());
        const QDate today = QDate::currentDate();
        from->setDate(today.addDays(1));
        QCOMPARE(page->model()->filter(u"from"_s), QString()); // not enabled yet
        fromEnabled->setChecked(true);
        QVERIFY(from->isEnabled());
        QCOMPARE(time::parseRfc3339(page->model()->filter(u"from"_s)),
                 today.addDays(1).startOfDay().toMSecsSinceEpoch());
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.get()) && page->model()->totalCount() == 0, 10000);
        from->setDate(today);
        toEnabled->setChecked(true);
        QCOMPARE(time::parseRfc3339(page->model()->filter(u"to"_s)),
                 today.addDays(1).startOfDay().toMSecsSinceEpoch() - 1);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.get()) && page->model()->totalCount() == byAda,
                                 10000);
        to->setDate(today.addDays(-1));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.get()) && page->model()->totalCount() == 0, 10000);
        to->setDate(today);

        // For reviewers: the bar with an action, an actor and days set.
        action->setCurrentIndex(action->findData(u"license.create"_s));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.get()) && page->model()->totalCount() == 1, 10000);
        page->view()->selectRow(0);
        screenshot(u"page-audit-filters"_s, page.get());
    }

    void exportThroughTheAction()
    {
        auto page = auditPage();
        page->resize(1100, 520);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        combo(page.get(), u"action"_s)->setCurrentIndex(2); // license.create
        page->reload();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.get()) && page->model()->totalCount() == 3, 10000);

        QAction* exportCsv = page->findChild<QAction*>(u"exportCsv"_s);
        QVERIFY(exportCsv);
        QVERIFY(exportCsv->isEnabled()); // no row needs to be selected
        const QString path = m_dir.filePath(u"audit.csv"_s);
        ui::ListPage::setNextExportPath(path);
        exportCsv->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page->statusLabel()->text().startsWith("Exported"_L1), 10000);
        QVERIFY2(page->statusLabel()->text().contains("audit.csv"_L1),
                 qPrintable(page->statusLabel()->text()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        // Header, three rows, and the empty rest after the last CRLF.
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.first(), "at,action,actor_id,details\r"_ba);
        for (int i = 1; i <= 3; ++i)
            QVERIFY2(lines.at(i).contains(",license.create,"), lines.at(i).constData());
        QVERIFY(lines.last().isEmpty());

        // A failure says so and leaves the page as it was.
        const int rows = page->model()->rowCount();
        ui::ListPage::setNextExportPath(m_dir.filePath(u"missing/dir/audit.csv"_s));
        exportCsv->trigger();
        QWidget* box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (box = page->findChild<QWidget*>(u"exportError"_s)) && box->isVisible(), 10000);
        QCOMPARE(page->statusLabel()->text(), u"Export failed."_s);
        QCOMPARE(page->model()->rowCount(), rows);
        QCOMPARE(combo(page.get(), u"action"_s)->currentData().toString(), u"license.create"_s);
        QVERIFY(exportCsv->isEnabled());
        box->close();

        // A cancelled file dialog exports nothing.
        ui::ListPage::setNextExportPath(QString());
        exportCsv->trigger();
        QCOMPARE(page->statusLabel()->text(), u"Export failed."_s);
    }

    void cleanupTestCase()
    {
        m_api.reset();
        m_fixture.reset();
    }
};

QTEST_MAIN(TestListPage)
#include "tst_listpage.moc"
