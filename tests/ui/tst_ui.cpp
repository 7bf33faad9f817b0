// clm-admin's window against a real server, under the offscreen platform:
// sign in through the real dialog with keys and clicks (no nested event
// loop: the test acts while the window runs), visit every page, create a
// license and a user through their dialogs, resolve a concurrent edit,
// force-release a session, disable and re-enable a device, lose and regain
// the server, and follow the dark palette. Screenshots land in
// build/screenshots/ for reviewers.

#include "AdminClient.h"
#include "DarkPalette.h"
#include "HttpClient.h"
#include "ServerFixture.h"
#include "TestData.h"
#include "TestPostgres.h"
#include "WidgetSteps.h"
#include "app/ApiClient.h"
#include "app/DashboardModel.h"
#include "app/SignInFlow.h"
#include "ui/Icons.h"
#include "ui/ListPage.h"
#include "ui/MainWindow.h"
#include "ui/Prompt.h"
#include "ui/SignInDialog.h"
#include "ui/pages/DashboardPage.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace clm;
using namespace clm::test;

class TestUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_owner;
    QNetworkAccessManager m_network;
    std::unique_ptr<app::ApiClient> m_api;
    std::unique_ptr<ui::MainWindow> m_window;

    HttpClient admin() const { return test::admin(*m_fixture, m_owner); }

    void screenshot(const QString& name, QWidget* widget = nullptr)
    {
        QVERIFY(!test::screenshot(widget ? widget : m_window.get(),
                                  QStringLiteral(CLM_SCREENSHOT_DIR), name)
                         .isEmpty());
    }

    static QAction* action(ui::ListPage* page, const QString& text)
    {
        return findAction(page, text);
    }

    static bool selectRow(ui::ListPage* page, const QString& column, const QString& value)
    {
        auto* model = page->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->item(row).value(column).toString() == value) {
                page->view()->selectRow(row);
                return true;
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        CLM_START_FIXTURE(m_fixture);
        m_owner = m_fixture->createOrganization(u"Acme Tools"_s, u"owner@acme.example"_s);
        QVERIFY(!m_owner.access.isEmpty());
        const QList<std::pair<QString, int>> licenses{
                {u"coditect-cli"_s, 5}, {u"coditect-studio"_s, 2}, {u"render-farm"_s, 20}};
        for (const auto& [product, seats] : licenses)
            QVERIFY(!createLicense(admin(), QString(product + u" team"_s), product, seats)
                             .isEmpty());
        const QList<std::pair<QString, QString>> names{
                {m_owner.userId, u"Olivia Owner"_s},
                {m_fixture->createUser(m_owner, u"ada@acme.example"_s, u"admin"_s).userId,
                 u"Ada Lovelace"_s},
                {m_fixture->createUser(m_owner, u"linus@acme.example"_s, u"member"_s).userId,
                 u"Linus Torvalds"_s}};
        for (const auto& [id, name] : names)
            QCOMPARE(admin().patch(u"/api/v1/users/%1/"_s.arg(id), {{u"full_name"_s, name}}).status,
                     200);
        {
            HttpClient client = admin();
            QVERIFY(!createWebhook(client, u"https://hooks.example.com/clm"_s,
                                   {u"license.updated"_s})
                             .isEmpty());
        }
        const QString enrollment = m_fixture->createEnrollmentToken(m_owner, u"Build machines"_s);
        for (const QString& host : {u"ws-berlin"_s, u"ws-tokyo"_s}) {
            const QString deviceToken = m_fixture->enrollDevice(enrollment, host);
            QVERIFY2(!deviceToken.isEmpty(), qPrintable(m_fixture->error()));
            const HttpReply seat = acquire(*m_fixture, deviceToken, u"coditect-cli"_s, u"alice"_s);
            QCOMPARE(seat.status, 201);
            // The Berlin laptop borrows its seat for three days.
            if (host == u"ws-berlin"_s)
                QCOMPARE(m_fixture->client(deviceToken)
                                 .post(u"/api/v1/licenses/borrow"_s,
                                       {{u"session_id"_s, seat.json.value("session_id"_L1)},
                                        {u"seconds"_s, 3 * 86400}})
                                 .status,
                         200);
        }

        m_api = std::make_unique<app::ApiClient>(&m_network);
        m_window = std::make_unique<ui::MainWindow>(m_api.get(), nullptr);
        m_window->resize(1200, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void helpAndVersionNeedNoDisplay()
    {
        QProcess admin;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        environment.remove(u"QT_QPA_PLATFORM"_s);
        admin.setProcessEnvironment(environment);
        admin.start(QStringLiteral(CLM_ADMIN_BIN), {u"--version"_s});
        QVERIFY(admin.waitForFinished(10000));
        QCOMPARE(admin.exitCode(), 0);
        QVERIFY(admin.readAllStandardOutput().contains(CLM_VERSION));
        admin.start(QStringLiteral(CLM_ADMIN_BIN), {u"--help"_s});
        QVERIFY(admin.waitForFinished(10000));
        QCOMPARE(admin.exitCode(), 0);
        const QByteArray help = admin.readAllStandardOutput();
        QVERIFY(help.contains("--server") && help.contains("--lang"));
    }

    void passwordFromTheEnvironmentSignsIn()
    {
        // scripts/demo opens the GUI signed in: CLM_ADMIN_PASSWORD.
        const auto logins = [this] {
            return admin()
                    .get(u"/api/v1/audit/?action=auth.login"_s)
                    .json.value("count"_L1)
                    .toInt();
        };
        const int before = logins();
        QTemporaryDir config;
        QProcess gui;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
        environment.insert(u"CLM_ADMIN_PASSWORD"_s, m_owner.password);
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        gui.setProcessEnvironment(environment);
        gui.start(QStringLiteral(CLM_ADMIN_BIN),
                  {u"--server"_s, m_fixture->server().baseUrl().toString(), u"--email"_s,
                   m_owner.email, u"--lang"_s, u"en"_s});
        QVERIFY(gui.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(logins() > before, 15000);
        QCOMPARE(gui.state(), QProcess::Running);
        gui.terminate();
        if (!gui.waitForFinished(5000)) {
            gui.kill();
            gui.waitForFinished(5000);
        }
    }

    void signInThroughTheDialog()
    {
        const QString server = m_fixture->server().baseUrl().toString();
        onNextModal(
                [&](QWidget* dialog) {
                    QVERIFY(type(dialog, u"server"_s, server));
                    QVERIFY(type(dialog, u"email"_s, m_owner.email));
                    // A wrong password first: the dialog stays, with what was typed.
                    QVERIFY(type(dialog, u"password"_s, u"wrong password"_s));
                    QVERIFY(click(dialog, u"signIn"_s));
                },
                u"signInDialog"_s);
        m_window->start();
        QTRY_VERIFY_WITH_TIMEOUT(
                m_window->signInDialog() && !m_window->signInDialog()->error().isEmpty(), 10000);
        ui::SignInDialog* dialog = m_window->signInDialog();
        QCOMPARE(dialog->error(), u"Wrong email or password."_s);
        QCOMPARE(dialog->email(), m_owner.email);
        QVERIFY(dialog->isVisible());
        QVERIFY(!m_api->isSignedIn());
        screenshot(u"dialog-sign-in-error"_s, dialog);
        QVERIFY(type(dialog, u"password"_s, m_owner.password));
        QTest::keyClick(dialog->findChild<QLineEdit*>(u"password"_s), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->signInFlow()->isSignedIn(), 10000);
        QVERIFY(m_api->isSignedIn());
        QCOMPARE(m_api->user().value("email"_L1).toString(), m_owner.email);
        QTRY_VERIFY(!m_window->signInDialog());
        // The organization's name, from the first load, titles the window.
        QVERIFY2(m_window->windowTitle().contains(u"Acme Tools"_s),
                 qPrintable(m_window->windowTitle()));
    }

    void everyPageShowsData()
    {
        m_window->showPage(u"dashboard"_s);
        ui::DashboardPage* dashboard = m_window->dashboard();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->model()->rowCount() == 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->chart()->series().isEmpty(), 10000);
        screenshot(u"page-dashboard"_s);
        for (const QString& name : m_window->pageNames()) {
            if (name == "dashboard"_L1)
                continue;
            m_window->showPage(name);
            ui::ListPage* page = m_window->page(name);
            QTRY_VERIFY2_WITH_TIMEOUT(page->model()->rowCount() > 0,
                                      qPrintable(name + u": "_s + page->model()->lastError()),
                                      10000);
            page->view()->selectRow(0);
            screenshot(u"page-"_s + name);
        }
    }

    void keyboardReachesEveryPage()
    {
        // Shortcuts go to the active window.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const QStringList names = m_window->pageNames();
        for (int i = static_cast<int>(names.size()) - 1; i >= 0; --i) {
            QTest::keyClick(m_window.get(), static_cast<Qt::Key>(Qt::Key_1 + i),
                            Qt::ControlModifier);
            QTRY_COMPARE(m_window->currentPageName(), names.at(i));
        }
    }

    void createALicenseThroughTheDialog()
    {
        m_window->showPage(u"licenses"_s);
        ui::ListPage* page = m_window->page(u"licenses"_s);
        QAction* create = action(page, u"&New license..."_s);
        QVERIFY(create);
        bool refusedShown = false;
        onNextModal(
                [&](QWidget* dialog) {
                    // Too long a name: the server's reason appears next to the
                    // field, the dialog stays open.
                    QVERIFY(type(dialog, u"name"_s, QString(300, u'x')));
                    QVERIFY(type(dialog, u"product"_s, u"cad-suite"_s));
                    dialog->findChild<QSpinBox*>(u"max_concurrent_seats"_s)->setValue(12);
                    QVERIFY(click(dialog, u"save"_s));
                    QTRY_VERIFY(!dialog->findChild<QWidget*>(u"name_error"_s)->isHidden());
                    QVERIFY(dialog->isVisible());
                    refusedShown = true;
                    screenshot(u"dialog-license-validation"_s, dialog);
                    QVERIFY(type(dialog, u"name"_s, u"CAD suite"_s));
                    QVERIFY(click(dialog, u"save"_s));
                },
                u"licenseDialog"_s);
        create->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(refusedShown, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
                admin().get(u"/api/v1/licenses/?product=cad-suite"_s).results().size(), 1, 10000);
        const QJsonObject found =
                admin().get(u"/api/v1/licenses/?product=cad-suite"_s).results().first().toObject();
        QCOMPARE(found.value("max_concurrent_seats"_L1).toInt(), 12);
        // Shown at once, and still there after the live event's reload.
        const QString id = found.value("id"_L1).toString();
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowOf(id) >= 0 && !page->model()->isLoading(),
                                 10000);
    }

    void createAUserThroughTheDialog()
    {
        m_window->showPage(u"users"_s);
        ui::ListPage* page = m_window->page(u"users"_s);
        onNextModal(
                [](QWidget* dialog) {
                    QVERIFY(type(dialog, u"email"_s, u"grace@acme.example"_s));
                    QVERIFY(type(dialog, u"full_name"_s, u"Grace Hopper"_s));
                    QVERIFY(type(dialog, u"password"_s, u"a-long-enough-password"_s));
                    QVERIFY(click(dialog, u"save"_s));
                },
                u"userDialog"_s);
        action(page, u"&New user..."_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(admin().get(u"/api/v1/users/?search=grace"_s).results().size(), 1,
                                  10000);
        QTRY_VERIFY(page->model()->rowCount() > 0);
    }

    void sessionEndingWhileEditingLosesNothing()
    {
        m_window->showPage(u"licenses"_s);
        ui::ListPage* page = m_window->page(u"licenses"_s);
        onNextModal(
                [this](QWidget* dialog) {
                    QVERIFY(type(dialog, u"name"_s, u"Typed before the session ended"_s));
                    QVERIFY(type(dialog, u"product"_s, u"kept-product"_s));
                    // The session ends meanwhile: the refresh token is
                    // revoked elsewhere and the access token has run out.
                    QCOMPARE(m_fixture->client()
                                     .post(u"/api/v1/auth/logout"_s,
                                           {{u"refresh"_s, m_api->refreshToken()}})
                                     .status,
                             204);
                    m_api->setTokens(u"expired-access-token"_s, m_api->refreshToken());
                    // Saving asks for the password again; what was typed
                    // goes out after it.
                    onNextModal(
                            [this](QWidget* signIn) {
                                QVERIFY(!signIn->findChild<QLabel*>(u"notice"_s)->isHidden());
                                screenshot(u"dialog-sign-in-again"_s, signIn);
                                QVERIFY(type(signIn, u"password"_s, m_owner.password));
                                QVERIFY(click(signIn, u"signIn"_s));
                            },
                            u"signInDialog"_s);
                    QVERIFY(click(dialog, u"save"_s));
                },
                u"licenseDialog"_s);
        action(page, u"&New license..."_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
                admin().get(u"/api/v1/licenses/?product=kept-product"_s).results().size(), 1,
                15000);
        QCOMPARE(admin().get(u"/api/v1/licenses/?product=kept-product"_s)
                         .results()
                         .first()
                         .toObject()
                         .value("name"_L1)
                         .toString(),
                 u"Typed before the session ended"_s);
        QTRY_VERIFY(m_window->signInFlow()->isSignedIn());
        QVERIFY(m_api->isSignedIn());
    }

    void editALicenseThatSomeoneElseChanged()
    {
        m_window->showPage(u"licenses"_s);
        ui::ListPage* page = m_window->page(u"licenses"_s);
        page->reload();
        QTRY_VERIFY_WITH_TIMEOUT(selectRow(page, u"product"_s, u"coditect-studio"_s), 10000);
        const QString id = page->selectedItem().value("id"_L1).toString();
        onNextModal(
                [this, id](QWidget* dialog) {
                    // Someone else renames it while the dialog is open.
                    QCOMPARE(admin().patch(u"/api/v1/licenses/%1/"_s.arg(id),
                                           {{u"name"_s, u"Studio (renamed elsewhere)"_s}})
                                     .status,
                             200);
                    auto* seats = dialog->findChild<QSpinBox*>(u"max_concurrent_seats"_s);
                    QVERIFY(seats);
                    QCOMPARE(seats->value(), 2);
                    seats->setValue(9);
                    screenshot(u"dialog-license-edit"_s, dialog);
                    // The conflict asks reload-or-overwrite: overwrite with mine.
                    ui::Prompt::setNextChoice(1);
                    QVERIFY(click(dialog, u"save"_s));
                },
                u"licenseEditDialog"_s);
        QAction* edit = action(page, u"&Edit..."_s);
        QVERIFY(edit && edit->isEnabled());
        edit->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(admin().get(u"/api/v1/licenses/%1/"_s.arg(id))
                                          .json.value("max_concurrent_seats"_L1)
                                          .toInt(),
                                  9, 10000);
        // The field I did not touch keeps the other edit.
        QCOMPARE(admin().get(u"/api/v1/licenses/%1/"_s.arg(id)).json.value("name"_L1).toString(),
                 u"Studio (renamed elsewhere)"_s);
        QTRY_COMPARE(page->model()
                             ->item(page->model()->rowOf(id))
                             .value("max_concurrent_seats"_L1)
                             .toInt(),
                     9);
    }

    void newUserOffersOnlyAllowedRoles()
    {
        m_window->showPage(u"users"_s);
        ui::ListPage* page = m_window->page(u"users"_s);
        QStringList offered;
        onNextModal(
                [&offered](QWidget* dialog) {
                    auto* role = dialog->findChild<QComboBox*>(u"role"_s);
                    QVERIFY(role);
                    for (int i = 0; i < role->count(); ++i)
                        offered.append(role->itemData(i).toString());
                    QCOMPARE(role->currentData().toString(), u"member"_s);
                    static_cast<QDialog*>(dialog)->reject();
                },
                u"userDialog"_s);
        action(page, u"&New user..."_s)->trigger();
        // Signed in as the owner: every role, owner included.
        QTRY_COMPARE(offered, (QStringList{u"owner"_s, u"admin"_s, u"member"_s, u"guest"_s}));
    }

    void createAnEnrollmentTokenShownOnce()
    {
        m_window->showPage(u"tokens"_s);
        ui::ListPage* page = m_window->page(u"tokens"_s);
        QString shownToken;
        QString snippet;
        onNextModal(
                [&](QWidget* dialog) {
                    QVERIFY(type(dialog, u"label"_s, u"Laptops"_s));
                    onNextModal(
                            [&](QWidget* shown) {
                                shownToken = shown->findChild<QLineEdit*>()->text();
                                snippet = shown->findChild<QPlainTextEdit*>()->toPlainText();
                                QVERIFY(click(shown, u"copyToken"_s));
                                screenshot(u"dialog-token-created"_s, shown);
                                static_cast<QDialog*>(shown)->accept();
                            },
                            u"tokenShownDialog"_s);
                    QVERIFY(click(dialog, u"save"_s));
                },
                u"tokenDialog"_s);
        action(page, u"&New token..."_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!shownToken.isEmpty(), 10000);
        QCOMPARE(QApplication::clipboard()->text(), shownToken);
        QVERIFY(snippet.contains(u"enrollment_token="_s + shownToken));
        QVERIFY(snippet.contains(m_fixture->server().baseUrl().toString()));
        // The token works: a machine enrolls with it.
        QCOMPARE(m_fixture->client()
                         .post(u"/api/v1/devices/enroll"_s, {{u"enrollment_token"_s, shownToken},
                                                             {u"hardware_id"_s, u"laptop-hw"_s},
                                                             {u"hostname"_s, u"laptop-1"_s},
                                                             {u"os"_s, u"Debian GNU/Linux 12"_s}})
                         .status,
                 201);
        // And the list never shows it.
        const QJsonArray listed = admin().get(u"/api/v1/enrollment-tokens/"_s).results();
        for (const QJsonValue& t : listed)
            QVERIFY(!t.toObject().contains(u"token"_s));
    }

    void forceReleaseASession()
    {
        m_window->showPage(u"sessions"_s);
        ui::ListPage* page = m_window->page(u"sessions"_s);
        page->reload();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 10000);
        QVERIFY(selectRow(page, u"hostname"_s, u"ws-tokyo"_s));
        const QString id = page->selectedItem().value("id"_L1).toString();
        ui::Prompt::setNextAnswer(true);
        action(page, u"&Force release..."_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowOf(id), -1, 10000);
        const QJsonArray active = admin().get(u"/api/v1/sessions/?active=true"_s).results();
        QCOMPARE(active.size(), 1);
        QVERIFY(active.first().toObject().value("id"_L1).toString() != id);
        screenshot(u"page-sessions-after-release"_s);
    }

    void disableAndReenableADevice()
    {
        m_window->showPage(u"devices"_s);
        ui::ListPage* page = m_window->page(u"devices"_s);
        page->reload();
        QTRY_VERIFY_WITH_TIMEOUT(selectRow(page, u"hostname"_s, u"ws-tokyo"_s), 10000);
        const QString id = page->selectedItem().value("id"_L1).toString();
        QAction* disable = action(page, u"&Disable..."_s);
        QAction* reenable = action(page, u"&Re-enable..."_s);
        // Each action offers itself only where it applies.
        QVERIFY(disable->isEnabled());
        QVERIFY(!reenable->isEnabled());

        ui::Prompt::setNextAnswer(true);
        disable->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!page->selectedItem().value("is_active"_L1).toBool(), 10000);
        QVERIFY(!disable->isEnabled());
        QVERIFY(reenable->isEnabled());
        QCOMPARE(admin().get(u"/api/v1/devices/?search=ws-tokyo"_s)
                         .results()
                         .first()
                         .toObject()
                         .value("is_active"_L1)
                         .toBool(),
                 false);
        screenshot(u"page-devices-disabled"_s);

        ui::Prompt::setNextAnswer(true);
        reenable->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page->selectedItem().value("is_active"_L1).toBool(), 10000);
        QCOMPARE(page->selectedItem().value("id"_L1).toString(), id);
        QVERIFY(disable->isEnabled());
        QVERIFY(!reenable->isEnabled());
        QCOMPARE(admin().get(u"/api/v1/audit/?action=device.enable"_s)
                         .json.value("count"_L1)
                         .toInt(),
                 1);
    }

    void serverAwayShowsTheBannerAndKeepsTheData()
    {
        m_window->showPage(u"licenses"_s);
        ui::ListPage* page = m_window->page(u"licenses"_s);
        const int rows = page->model()->rowCount();
        m_fixture->server().stop();
        page->reload();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), 10000);
        // The failed reload leaves what was shown in place.
        QTRY_VERIFY(!page->model()->isLoading());
        QCOMPARE(page->model()->rowCount(), rows);
        screenshot(u"banner-server-away"_s);
        QVERIFY(m_fixture->server().start());
        m_api->get(u"/api/v1/users/me/"_s, this, [](const RestReply&) {});
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->banner()->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), rows, 10000);
    }

    void followsADarkPalette()
    {
        // The system's dark palette: pages, banner and chart follow it.
        const QPalette light = QApplication::palette();
        const QPalette dark = darkPalette();
        // Icons are drawn in the palette's text colour: light on dark.
        const auto inkLightness = [] {
            const QImage icon = ui::icons::get(u"add"_s).pixmap(QSize(24, 24)).toImage();
            int lightest = -1;
            for (int y = 0; y < icon.height(); ++y)
                for (int x = 0; x < icon.width(); ++x)
                    if (qAlpha(icon.pixel(x, y)) > 200)
                        lightest = std::max(lightest, QColor(icon.pixel(x, y)).lightness());
            return lightest;
        };
        const int onLight = inkLightness();
        QApplication::setPalette(dark);
        QVERIFY2(inkLightness() > 180 && onLight >= 0 && onLight < 120,
                 qPrintable(QString::number(onLight)));
        m_window->showPage(u"dashboard"_s);
        // The change reaches top-level windows through a posted event.
        QTRY_VERIFY(m_window->palette().color(QPalette::Window).lightness() < 100);
        // The window's own background really is the dark one.
        const QImage shot = m_window->grab().toImage();
        screenshot(u"dark-dashboard"_s);
        QVERIFY(QColor(shot.pixel(shot.width() / 2, shot.height() - 30)).lightness() < 100);
        m_window->showPage(u"licenses"_s);
        screenshot(u"dark-licenses"_s);
        QApplication::setPalette(light);
    }

    void signOutAsksForThePasswordAgain()
    {
        bool asked = false;
        onNextModal(
                [&](QWidget* dialog) {
                    asked = true;
                    QCOMPARE(dialog->findChild<QLineEdit*>(u"email"_s)->text(), m_owner.email);
                    QVERIFY(type(dialog, u"password"_s, m_owner.password));
                    QVERIFY(click(dialog, u"signIn"_s));
                },
                u"signInDialog"_s);
        QAction* signOut = findAction(m_window.get(), u"Sign &out"_s);
        QVERIFY(signOut);
        signOut->trigger();
        QVERIFY(!m_api->isSignedIn());
        QTRY_VERIFY_WITH_TIMEOUT(asked, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->signInFlow()->isSignedIn(), 10000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_api.reset();
        m_fixture.reset();
    }
};

QTEST_MAIN(TestUi)
#include "tst_ui.moc"
