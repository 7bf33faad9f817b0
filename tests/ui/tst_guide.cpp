// The screenshots of docs/admin-guide.md, made from the real window against
// a real server with an organization as the guide describes it. Run three
// ways (tests/ui/CMakeLists.txt): CLM_GUIDE_VARIANT=light (every picture,
// the dark one too), =ja (the Japanese one) and =2x (QT_SCALE_FACTOR=2).
// They land in build/screenshots/guide/; copy them to docs/images/admin/
// after looking at each.

#include "AdminClient.h"
#include "DarkPalette.h"
#include "ScriptedHttpServer.h"
#include "ServerFixture.h"
#include "TestCertificate.h"
#include "TestData.h"
#include "TestPostgres.h"
#include "WidgetSteps.h"
#include "app/ApiClient.h"
#include "app/EventStream.h"
#include "app/SeatAdvice.h"
#include "app/SeatAdviceReport.h"
#include "app/Settings.h"
#include "app/SignInFlow.h"
#include "ui/DeliveriesDialog.h"
#include "ui/FormDialog.h"
#include "ui/Language.h"
#include "ui/LicenseView.h"
#include "ui/ListPage.h"
#include "ui/MainWindow.h"
#include "ui/Prompt.h"
#include "ui/SeatAdviceDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/SignInDialog.h"
#include "ui/UsageChart.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/LicensesPage.h"

#include <QAbstractAxis>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace clm;
using namespace clm::test;

class TestGuide : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_owner;
    QNetworkAccessManager m_network;
    std::unique_ptr<app::ApiClient> m_api;
    std::unique_ptr<app::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    QHash<QString, QString> m_licenses; // product -> id
    ScriptedHttpServer m_receiver;      // the webhook receiver that answers
    QHash<QString, QString> m_devices;  // hostname -> device token
    QString m_variant;

    HttpClient admin() const { return test::admin(*m_fixture, m_owner); }

    void shoot(const QString& name, QWidget* widget = nullptr)
    {
        const QString path = test::screenshot(widget ? widget : m_window.get(),
                                              QStringLiteral(CLM_SCREENSHOT_DIR "/guide"), name);
        QVERIFY(!path.isEmpty());
        // At twice the scale the picture has twice the pixels: nothing drawn blurry at 1x.
        QImage image(path);
        QWidget* shot = widget ? widget : m_window.get();
        const qreal ratio = m_variant == "2x"_L1 ? 2.0 : 1.0;
        QCOMPARE(image.width(), qRound(shot->width() * ratio));
    }

    ui::ListPage* show(const QString& page, const QString& field = {}, const QString& value = {})
    {
        m_window->showPage(page);
        ui::ListPage* list = m_window->page(page);
        if (!list)
            return nullptr;
        if (!QTest::qWaitFor([list] { return list->model()->rowCount() > 0; }, 10000))
            return list;
        for (int row = 0; !field.isEmpty() && row < list->model()->rowCount(); ++row) {
            if (list->model()->item(row).value(field).toString() == value) {
                list->view()->selectRow(row);
                return list;
            }
        }
        list->view()->selectRow(0);
        return list;
    }

    // Every axis title of `chart` is drawn whole, not cut to "..." (a
    // Japanese title is taller than the Latin text Qt Charts leaves room
    // for beside labels of one digit).
    static bool axisTitlesAreWhole(ui::UsageChart* chart, QString* missing)
    {
        QStringList drawn;
        for (QGraphicsItem* item : chart->chartView()->scene()->items())
            if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
                drawn.append(text->toPlainText());
        for (QAbstractAxis* axis : chart->chart()->axes()) {
            if (!drawn.contains(axis->titleText())) {
                *missing = axis->titleText() + u" among "_s + drawn.join(u" | "_s);
                return false;
            }
        }
        return true;
    }

    void waitForLicenseView()
    {
        auto* licenses = static_cast<ui::LicensesPage*>(m_window->page(u"licenses"_s));
        QTRY_VERIFY_WITH_TIMEOUT(licenses->licenseView()->holders()->model()->rowCount() > 0,
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!licenses->licenseView()->chart()->chart()->series().isEmpty(),
                                 10000);
    }

private slots:
    void initTestCase()
    {
        m_variant = qEnvironmentVariable("CLM_GUIDE_VARIANT", u"light"_s);
        if (m_variant == "ja"_L1)
            QVERIFY(ui::Language::install(u"ja"_s));
        else
            QVERIFY(ui::Language::installEnglishPlurals());
        // One webhook receiver runs on this machine (plain http to loopback
        // is allowed for it); another's name does not resolve here, so its
        // deliveries fail as they would against a receiver that is down.
        CLM_START_FIXTURE(m_fixture, QStringList{u"--webhook-allow-insecure"_s,
                                                 u"--webhook-retry-base"_s, u"500"_s});
        m_owner = m_fixture->createOrganization(u"Acme Tools"_s, u"owner@acme.example"_s);
        QVERIFY(!m_owner.access.isEmpty());
        m_receiver.answer("/acme/clm-events", 200, "{\"received\":true}");
        {
            HttpClient client = admin();
            QVERIFY(!createWebhook(client, m_receiver.baseUrl().toString() + u"/acme/clm-events"_s,
                                   {u"license.created"_s, u"license.updated"_s,
                                    u"license.expiring"_s, u"session.denied"_s})
                             .isEmpty());
            QVERIFY(!createWebhook(client, u"https://chat.acme.example/hooks/licenses"_s,
                                   {u"license.seats_exhausted"_s, u"session.denied"_s})
                             .isEmpty());
        }
        const QList<std::tuple<QString, QString, int, int>> licenses{
                {u"CODITECT CLI team"_s, u"coditect-cli"_s, 5, 0},
                {u"CODITECT Studio team"_s, u"coditect-studio"_s, 2, 21},
                {u"Render farm"_s, u"render-farm"_s, 20, 0}};
        for (const auto& [name, product, seats, days] : licenses) {
            QJsonObject extra;
            if (days > 0)
                extra.insert(u"expires_at"_s,
                             QDateTime::currentDateTimeUtc().addDays(days).toString(Qt::ISODate));
            m_licenses.insert(product, createLicense(admin(), name, product, seats, extra));
            QVERIFY(!m_licenses.value(product).isEmpty());
        }
        QVERIFY(recordUsage(m_fixture->database(), m_owner.organizationId,
                            m_licenses.value(u"coditect-cli"_s), 5, false) >= 0);
        QVERIFY(recordUsage(m_fixture->database(), m_owner.organizationId,
                            m_licenses.value(u"coditect-studio"_s), 2, true) >= 0);
        const QList<std::tuple<QString, QString, QString>> people{
                {u"ada@acme.example"_s, u"admin"_s, u"Ada Lovelace"_s},
                {u"linus@acme.example"_s, u"member"_s, u"Linus Torvalds"_s},
                {u"grace@acme.example"_s, u"member"_s, u"Grace Hopper"_s}};
        QCOMPARE(admin().patch(u"/api/v1/users/%1/"_s.arg(m_owner.userId),
                               {{u"full_name"_s, u"Olivia Owner"_s}})
                         .status,
                 200);
        for (const auto& [email, role, name] : people) {
            const QString id = m_fixture->createUser(m_owner, email, role).userId;
            QCOMPARE(admin().patch(u"/api/v1/users/%1/"_s.arg(id), {{u"full_name"_s, name}}).status,
                     200);
        }
        const QString enrollment = m_fixture->createEnrollmentToken(m_owner, u"Build machines"_s);
        QCOMPARE(admin().post(u"/api/v1/enrollment-tokens/"_s,
                              {{u"label"_s, u"Laptops"_s}, {u"max_uses"_s, 20}})
                         .status,
                 201);
        for (const QString& host :
             {u"ws-berlin"_s, u"ws-tokyo"_s, u"ws-austin"_s, u"build-01"_s, u"ws-lisbon"_s}) {
            m_devices.insert(host, m_fixture->enrollDevice(enrollment, host));
            QVERIFY(!m_devices.value(host).isEmpty());
        }
        // ws-lisbon has not been seen for twelve days.
        m_fixture->database().query(
                u"UPDATE devices SET last_seen_at = %1, enrolled_at = %1 WHERE hostname = "
                "'ws-lisbon'"_s.arg(QDateTime::currentMSecsSinceEpoch() - 12 * 86'400'000LL));
        const QList<std::tuple<QString, QString, QString>> seats{
                {u"ws-berlin"_s, u"coditect-cli"_s, u"alice"_s},
                {u"ws-tokyo"_s, u"coditect-cli"_s, u"bob"_s},
                {u"ws-austin"_s, u"coditect-cli"_s, u"carol"_s},
                {u"ws-berlin"_s, u"coditect-studio"_s, u"alice"_s},
                {u"ws-tokyo"_s, u"coditect-studio"_s, u"bob"_s}};
        QString borrowed;
        for (const auto& [host, product, user] : seats) {
            const HttpReply seat = acquire(*m_fixture, m_devices.value(host), product, user);
            QCOMPARE(seat.status, 201);
            if (host == "ws-berlin"_L1 && product == "coditect-studio"_L1)
                borrowed = seat.json.value("session_id"_L1).toString();
        }
        // Alice's laptop borrows its Studio seat for three days; Carol is
        // refused one.
        QCOMPARE(m_fixture->client(m_devices.value(u"ws-berlin"_s))
                         .post(u"/api/v1/licenses/borrow"_s,
                               {{u"session_id"_s, borrowed}, {u"seconds"_s, 3 * 86400}})
                         .status,
                 200);
        QCOMPARE(acquire(*m_fixture, m_devices.value(u"ws-austin"_s), u"coditect-studio"_s,
                         u"carol"_s)
                         .status,
                 409);

        // Three months of history for the seat advice: Studio is too small,
        // the render farm too big.
        QVERIFY(recordHistory(m_fixture->database(), m_owner.organizationId,
                              m_licenses.value(u"coditect-studio"_s), 2, 2, 89,
                              {u"ws-austin/carol"_s, u"build-01/ci"_s, u"ws-lisbon/dan"_s}));
        QVERIFY(recordHistory(m_fixture->database(), m_owner.organizationId,
                              m_licenses.value(u"render-farm"_s), 20, 12, 89));
        m_api = std::make_unique<app::ApiClient>(&m_network);
        m_settings = std::make_unique<app::Settings>();
        m_settings->setCaFiles({});
        m_settings->setStaleDays(7);
        m_window = std::make_unique<ui::MainWindow>(m_api.get(), nullptr, m_settings.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void signIn()
    {
        const bool all = m_variant == "light"_L1;
        onNextModal(
                [&](QWidget* dialog) {
                    QVERIFY(type(dialog, u"server"_s, m_fixture->server().baseUrl().toString()));
                    QVERIFY(type(dialog, u"email"_s, m_owner.email));
                    QVERIFY(type(dialog, u"password"_s,
                                 all ? u"not-the-password"_s : m_owner.password));
                    QVERIFY(click(dialog, u"signIn"_s));
                },
                u"signInDialog"_s);
        m_window->start();
        if (all) {
            QTRY_VERIFY_WITH_TIMEOUT(m_window->signInDialog() &&
                                             !m_window->signInDialog()->error().isEmpty(),
                                     10000);
            shoot(u"dialog-sign-in-error"_s, m_window->signInDialog());
            QVERIFY(type(m_window->signInDialog(), u"password"_s, m_owner.password));
            QVERIFY(click(m_window->signInDialog(), u"signIn"_s));
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_window->signInFlow()->isSignedIn(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->events()->mode(), app::EventStream::Mode::Live, 10000);
    }

    void dashboard()
    {
        m_window->showPage(u"dashboard"_s);
        ui::DashboardPage* dashboard = m_window->dashboard();
        QTRY_COMPARE_WITH_TIMEOUT(dashboard->model()->rowCount(), 3, 10000);
        dashboard->selectLicense(m_licenses.value(u"coditect-studio"_s));
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->model()->historyBucketSeconds(
                                         m_licenses.value(u"coditect-studio"_s)) == 3600,
                                 10000);
        QString missing;
        QTRY_VERIFY2_WITH_TIMEOUT(axisTitlesAreWhole(dashboard->usageChart(), &missing),
                                  qPrintable(missing), 10000);
        if (m_variant == "light"_L1) {
            shoot(u"page-dashboard"_s);
            shoot(u"dashboard"_s, dashboard);
        } else {
            shoot(m_variant + u"-dashboard"_s);
        }
    }

    void licenses()
    {
        show(u"licenses"_s, u"product"_s, u"coditect-studio"_s);
        waitForLicenseView();
        shoot(m_variant == "light"_L1 ? u"page-licenses"_s : m_variant + u"-licenses"_s);
    }

    void otherPages()
    {
        if (m_variant != "light"_L1)
            QSKIP("the other pages are pictured in English at 1x");
        show(u"sessions"_s, u"os_user"_s, u"alice"_s);
        shoot(u"page-sessions"_s);
        show(u"users"_s, u"email"_s, u"ada@acme.example"_s);
        shoot(u"page-users"_s);
        show(u"devices"_s, u"hostname"_s, u"ws-lisbon"_s);
        shoot(u"page-devices"_s);
        show(u"tokens"_s, u"label"_s, u"Laptops"_s);
        shoot(u"page-tokens"_s);
        ui::ListPage* webhooks = show(u"webhooks"_s);
        QVERIFY(webhooks);
        // The failing one selected, once its first deliveries failed.
        QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    webhooks->reload();
                    QTest::qWait(300);
                    for (int row = 0; row < webhooks->model()->rowCount(); ++row) {
                        const QJsonObject w = webhooks->model()->item(row);
                        if (w.value("url"_L1).toString().contains("chat."_L1) &&
                            !w.value("failing_since"_L1).isNull()) {
                            webhooks->view()->selectRow(row);
                            return true;
                        }
                    }
                    return false;
                }(),
                20000);
        shoot(u"page-webhooks"_s);
        bool shot = false;
        onNextModal(
                [&](QWidget* dialog) {
                    auto* log = static_cast<ui::DeliveriesDialog*>(dialog);
                    QTRY_VERIFY_WITH_TIMEOUT(log->model()->rowCount() >= 1, 10000);
                    // The oldest (the ping): the one failing, the others wait for it.
                    log->view()->selectRow(log->model()->rowCount() - 1);
                    shoot(u"dialog-webhook-deliveries"_s, dialog);
                    static_cast<QDialog*>(dialog)->reject();
                    shot = true;
                },
                u"deliveriesDialog"_s);
        findAction(webhooks, u"&Deliveries..."_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(shot, 10000);
        ui::ListPage* audit = show(u"audit"_s, u"action"_s, u"license.create"_s);
        QVERIFY(audit);
        shoot(u"page-audit"_s);
    }

    void dialogs()
    {
        if (m_variant != "light"_L1)
            QSKIP("the dialogs are pictured in English at 1x");
        ui::ListPage* licenses = show(u"licenses"_s, u"product"_s, u"coditect-studio"_s);
        bool shot = false;
        onNextModal(
                [&](QWidget* dialog) {
                    QVERIFY(type(dialog, u"name"_s, QString(300, u'x')));
                    QVERIFY(type(dialog, u"product"_s, u"cad-suite"_s));
                    QVERIFY(click(dialog, u"save"_s));
                    QTRY_VERIFY(!dialog->findChild<QWidget*>(u"name_error"_s)->isHidden());
                    shoot(u"dialog-license-validation"_s, dialog);
                    static_cast<QDialog*>(dialog)->reject();
                    shot = true;
                },
                u"licenseDialog"_s);
        findAction(licenses, u"&New license..."_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(shot, 10000);

        shot = false;
        onNextModal(
                [&](QWidget* dialog) {
                    dialog->findChild<QSpinBox*>(u"max_concurrent_seats"_s)->setValue(9);
                    shoot(u"dialog-license-edit"_s, dialog);
                    static_cast<QDialog*>(dialog)->reject();
                    shot = true;
                },
                u"licenseEditDialog"_s);
        findAction(licenses, u"&Edit..."_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(shot, 10000);

        ui::ListPage* tokens = show(u"tokens"_s);
        shot = false;
        onNextModal(
                [&](QWidget* dialog) {
                    QVERIFY(type(dialog, u"label"_s, u"Design studio"_s));
                    onNextModal(
                            [&](QWidget* shown) {
                                shoot(u"dialog-token-created"_s, shown);
                                static_cast<QDialog*>(shown)->accept();
                                shot = true;
                            },
                            u"tokenShownDialog"_s);
                    QVERIFY(click(dialog, u"save"_s));
                },
                u"tokenDialog"_s);
        findAction(tokens, u"&New token..."_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(shot, 10000);

        ui::ListPage* webhooks = show(u"webhooks"_s);
        shot = false;
        onNextModal(
                [&](QWidget* dialog) {
                    QVERIFY(type(dialog, u"url"_s, u"https://erp.acme.example/clm"_s));
                    QVERIFY(type(dialog, u"description"_s, u"Purchasing system"_s));
                    onNextModal(
                            [&](QWidget* shown) {
                                shoot(u"dialog-webhook-secret"_s, shown);
                                static_cast<QDialog*>(shown)->accept();
                                shot = true;
                            },
                            u"secretShownDialog"_s);
                    shoot(u"dialog-webhook-new"_s, dialog);
                    QVERIFY(click(dialog, u"save"_s));
                },
                u"webhookDialog"_s);
        findAction(webhooks, u"&New webhook..."_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(shot, 10000);

        ui::ListPage* users = show(u"users"_s, u"email"_s, u"ada@acme.example"_s);
        shot = false;
        onNextModal(
                [&](QWidget* dialog) {
                    shoot(u"dialog-password-set"_s, dialog);
                    onNextModal(
                            [&](QWidget* shown) {
                                shoot(u"dialog-password-shown"_s, shown);
                                static_cast<QDialog*>(shown)->accept();
                                shot = true;
                            },
                            u"passwordShownDialog"_s);
                    QVERIFY(click(dialog, u"save"_s));
                },
                u"passwordDialog"_s);
        findAction(users, u"Set &password..."_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(shot, 10000);

        ui::FormDialog* account = m_window->openAccount();
        QVERIFY(account);
        QVERIFY(QTest::qWaitForWindowExposed(account));
        QVERIFY(type(account, u"current_password"_s, m_owner.password));
        QVERIFY(type(account, u"password"_s, u"a longer passphrase"_s));
        QVERIFY(type(account, u"password_repeat"_s, u"a longer passphrase"_s));
        shoot(u"dialog-my-account"_s, account);
        account->reject();

        ui::SettingsDialog* settings = m_window->openSettings();
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        shoot(u"dialog-settings"_s, settings);
        settings->reject();
    }

    void seatAdvice()
    {
        if (m_variant != "light"_L1)
            QSKIP("pictured in English at 1x");
        auto* licenses = static_cast<ui::LicensesPage*>(
                show(u"licenses"_s, u"product"_s, u"coditect-studio"_s));
        QJsonObject studio;
        for (int row = 0; row < licenses->model()->rowCount(); ++row)
            if (licenses->model()->item(row).value("product"_L1).toString() == "coditect-studio"_L1)
                studio = licenses->model()->item(row);
        QVERIFY(!studio.isEmpty());
        ui::SeatAdviceDialog* dialog = licenses->showAdvice(studio);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->sentence().isEmpty(), 10000);
        QCOMPARE(dialog->report()->advice().verdict, app::SeatAdvice::Verdict::TooFew);
        QTest::qWait(200);
        shoot(u"dialog-seat-advice"_s, dialog);
        // The PDF's first page, as a purchasing department sees it.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"advice.pdf"_s);
        QVERIFY(dialog->writePdf(pdf));
        const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
        QVERIFY2(!pdftoppm.isEmpty(), "poppler-utils is installed by scripts/test");
        QCOMPARE(QProcess::execute(pdftoppm,
                                   {u"-png"_s, u"-r"_s, u"70"_s, u"-singlefile"_s, u"-f"_s, u"1"_s,
                                    pdf,
                                    QStringLiteral(CLM_SCREENSHOT_DIR "/guide/seat-advice-pdf")}),
                 0);
        QVERIFY(QImage(QStringLiteral(CLM_SCREENSHOT_DIR "/guide/seat-advice-pdf.png")).width() >
                400);
        dialog->close();

        QJsonObject farm;
        for (int row = 0; row < licenses->model()->rowCount(); ++row)
            if (licenses->model()->item(row).value("product"_L1).toString() == "render-farm"_L1)
                farm = licenses->model()->item(row);
        ui::SeatAdviceDialog* tooMany = licenses->showAdvice(farm);
        QTRY_VERIFY_WITH_TIMEOUT(!tooMany->sentence().isEmpty(), 10000);
        QCOMPARE(tooMany->report()->advice().verdict, app::SeatAdvice::Verdict::TooMany);
        QCOMPARE(tooMany->report()->advice().peak, 12);
        QCOMPARE(tooMany->sentence(), u"Peak use 12 of 20: 8 seats unused for 30 days."_s);
        tooMany->close();
    }

    void certificate()
    {
        if (m_variant != "light"_L1)
            QSKIP("pictured in English at 1x");
        QTemporaryDir dir;
        const QString cert = dir.filePath(u"server.pem"_s);
        const QString key = dir.filePath(u"server-key.pem"_s);
        QVERIFY(TestCertificate::makeServer(cert, key, {}, {}, u"127.0.0.1"_s));
        ServerProcess tls(m_fixture->database().url(), {u"--tls-cert"_s, cert, u"--tls-key"_s, key},
                          m_fixture->server().keyDir());
        QVERIFY2(tls.start(), qPrintable(tls.error()));
        app::ApiClient api(&m_network);
        app::Settings settings;
        ui::MainWindow window(&api, nullptr, &settings);
        window.resize(1000, 640);
        window.show();
        bool shot = false;
        onNextModal(
                [&](QWidget* dialog) {
                    shoot(u"dialog-certificate"_s, dialog);
                    static_cast<QDialog*>(dialog)->reject();
                    shot = true;
                },
                u"certificateDialog"_s);
        window.start(tls.baseUrl().toString(), m_owner.email, m_owner.password);
        QTRY_VERIFY_WITH_TIMEOUT(shot, 15000);
    }

    void darkPalette()
    {
        if (m_variant != "light"_L1)
            QSKIP("pictured in English at 1x");
        const QPalette light = QApplication::palette();
        QApplication::setPalette(test::darkPalette());
        // The change reaches top-level windows through a posted event.
        QTRY_VERIFY(m_window->palette().color(QPalette::Window).lightness() < 100);
        show(u"licenses"_s, u"product"_s, u"coditect-studio"_s);
        waitForLicenseView();
        shoot(u"dark-licenses"_s);
        QApplication::setPalette(light);
    }

    void emptyDashboard()
    {
        if (m_variant != "light"_L1)
            QSKIP("pictured in English at 1x");
        const ServerFixture::Account empty =
                m_fixture->createOrganization(u"New Co"_s, u"owner@new.example"_s);
        auto api = signedInClient(&m_network, m_fixture->server().baseUrl(), empty);
        QVERIFY(api);
        ui::DashboardPage page(api.get(), nullptr);
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(page.isShowingEmptyState(), 15000);
        shoot(u"dashboard-empty"_s, &page);
    }

    void serverAway()
    {
        if (m_variant != "light"_L1)
            QSKIP("pictured in English at 1x");
        show(u"licenses"_s, u"product"_s, u"coditect-studio"_s);
        m_fixture->server().stop();
        m_window->page(u"licenses"_s)->reload();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), 10000);
        shoot(u"banner-server-away"_s);
        QVERIFY(m_fixture->server().start());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_api.reset();
        m_fixture.reset();
    }
};

QTEST_MAIN(TestGuide)
#include "tst_guide.moc"
