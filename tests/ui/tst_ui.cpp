// clm-admin's widgets against a real server, under the offscreen platform:
// sign in through the real dialog with keys and clicks, visit every page,
// create a license and a user through their dialogs, force-release a
// session, and save a screenshot of every page for reviewers.

#include "DarkPalette.h"
#include "HttpClient.h"
#include "ServerFixture.h"
#include "TestPostgres.h"
#include "app/ApiClient.h"
#include "app/DashboardModel.h"
#include "ui/DashboardPage.h"
#include "ui/Icons.h"
#include "ui/ListPage.h"
#include "ui/MainWindow.h"
#include "ui/Prompt.h"
#include "ui/SignInDialog.h"
#include "ui/TokenDialog.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
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
#include <QTextBrowser>
#include <QTimer>

#include <functional>
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

    HttpClient admin() const { return m_fixture->client(m_owner.access); }

    // Runs `act` on the next modal dialog (named `name`, when given) as soon
    // as it is shown.
    static void onNextModal(std::function<void(QWidget*)> act, const QString& name = {})
    {
        auto* timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, act, name] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible() || (!name.isEmpty() && modal->objectName() != name))
                return;
            timer->stop();
            timer->deleteLater();
            act(modal);
        });
        timer->start();
    }

    static void type(QWidget* dialog, const QString& name, const QString& text)
    {
        auto* edit = dialog->findChild<QLineEdit*>(name);
        QVERIFY2(edit, qPrintable(name));
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static void click(QWidget* dialog, const QString& name)
    {
        auto* button = dialog->findChild<QPushButton*>(name);
        QVERIFY2(button, qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static QAction* action(ui::ListPage* page, const QString& text)
    {
        for (QAction* a : page->findChildren<QAction*>()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    }

    void screenshot(const QString& name, QWidget* widget = nullptr)
    {
        QDir().mkpath(QStringLiteral(CLM_SCREENSHOT_DIR));
        const QString path = QStringLiteral(CLM_SCREENSHOT_DIR) + u'/' + name + u".png"_s;
        QVERIFY((widget ? widget : m_window.get())->grab().save(path));
        qInfo().noquote() << "screenshot:" << path;
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
        // Demo data for the screenshots.
        const QList<std::pair<QString, int>> licenses{
                {u"coditect-cli"_s, 5}, {u"coditect-studio"_s, 2}, {u"render-farm"_s, 20}};
        for (const auto& [product, seats] : licenses)
            QCOMPARE(admin().post(u"/api/v1/licenses/"_s,
                                  {{u"name"_s, QString(product + u" team"_s)},
                                   {u"product"_s, product},
                                   {u"max_concurrent_seats"_s, seats}})
                             .status,
                     201);
        const QList<std::pair<QString, QString>> names{
                {m_owner.userId, u"Olivia Owner"_s},
                {m_fixture->createUser(m_owner, u"ada@acme.example"_s, u"admin"_s).userId,
                 u"Ada Lovelace"_s},
                {m_fixture->createUser(m_owner, u"linus@acme.example"_s, u"member"_s).userId,
                 u"Linus Torvalds"_s}};
        for (const auto& [id, name] : names)
            QCOMPARE(admin().patch(u"/api/v1/users/%1/"_s.arg(id), {{u"full_name"_s, name}}).status,
                     200);
        const QString enrollment = m_fixture->createEnrollmentToken(m_owner, u"Build machines"_s);
        for (const QString& host : {u"ws-berlin"_s, u"ws-tokyo"_s}) {
            const QString deviceToken = m_fixture->enrollDevice(enrollment, host);
            QVERIFY2(!deviceToken.isEmpty(), qPrintable(m_fixture->error()));
            HttpClient machine = m_fixture->client(deviceToken);
            const HttpReply seat =
                    machine.post(u"/api/v1/licenses/acquire"_s,
                                 {{u"product"_s, u"coditect-cli"_s}, {u"os_user"_s, u"alice"_s}});
            QCOMPARE(seat.status, 201);
            // The Berlin laptop borrows its seat for three days.
            if (host == u"ws-berlin"_s)
                QCOMPARE(machine.post(u"/api/v1/licenses/borrow"_s,
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

    void membersAreToldTheGuiIsForAdmins()
    {
        const ServerFixture::Account member =
                m_fixture->createUser(m_owner, u"member@acme.example"_s, u"member"_s);
        QVERIFY(!member.access.isEmpty());
        QCOMPARE(admin().patch(u"/api/v1/users/%1/"_s.arg(member.userId),
                               {{u"full_name"_s, u"Margaret Member"_s}})
                         .status,
                 200);
        app::ApiClient api(&m_network);
        ui::SignInDialog dialog(&api);
        dialog.setServer(m_fixture->server().baseUrl().toString());
        dialog.setEmail(member.email);
        dialog.show();
        type(&dialog, u"password"_s, member.password);
        click(&dialog, u"signIn"_s);
        QTRY_VERIFY(!dialog.findChild<QWidget*>(u"error"_s)->isHidden());
        QVERIFY(dialog.isVisible());
        QVERIFY(!api.isSignedIn());
        QVERIFY(dialog.findChild<QLabel*>(u"error"_s)->text().contains(u"Member"_s));
    }

    void signInThroughTheDialog()
    {
        const QString server = m_fixture->server().baseUrl().toString();
        onNextModal([this, server](QWidget* dialog) {
            type(dialog, u"server"_s, server);
            type(dialog, u"email"_s, m_owner.email);
            // A wrong password first: the dialog stays, with what was typed.
            type(dialog, u"password"_s, u"wrong password"_s);
            click(dialog, u"signIn"_s);
            QTRY_VERIFY(!dialog->findChild<QWidget*>(u"error"_s)->isHidden());
            QCOMPARE(dialog->findChild<QLineEdit*>(u"email"_s)->text(), m_owner.email);
            screenshot(u"dialog-sign-in-error"_s, dialog);
            type(dialog, u"password"_s, m_owner.password);
            QTest::keyClick(dialog->findChild<QLineEdit*>(u"password"_s), Qt::Key_Return);
        });
        QVERIFY(m_window->signIn());
        QVERIFY(m_api->isSignedIn());
        QCOMPARE(m_api->user().value("email"_L1).toString(), m_owner.email);
    }

    void everyPageShowsData()
    {
        m_window->showPage(u"dashboard"_s);
        ui::DashboardPage* dashboard = m_window->dashboard();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->model()->rowCount() == 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->chart()->series().isEmpty(), 10000);
        QTest::qWait(100);
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
            QTest::qWait(50);
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

    void auditLogReadsAsWords()
    {
        m_window->showPage(u"audit"_s);
        ui::ListPage* page = m_window->page(u"audit"_s);
        auto* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
        bool sawLicenseCreate = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->item(row).value("action"_L1).toString() != "license.create"_L1)
                continue;
            sawLicenseCreate = true;
            QCOMPARE(model->data(model->index(row, 1)).toString(), u"License created"_s);
            QCOMPARE(model->data(model->index(row, 2)).toString(), u"User"_s);
        }
        QVERIFY(sawLicenseCreate);
        // The action filter lists the same words and sends the code.
        auto* filter = page->findChild<QComboBox*>(u"filter_action"_s);
        QVERIFY(filter);
        const int index = filter->findText(u"Seat force-released"_s);
        QVERIFY(index > 0);
        QCOMPARE(filter->itemData(index).toString(), u"session.revoke"_s);
        // The detail pane labels fields and shows the action in words.
        page->view()->selectRow(0);
        const QString details = page->findChild<QTextBrowser*>(u"details"_s)->toPlainText();
        QVERIFY2(details.contains(u"Target id"_s) && !details.contains(u"target_id"_s),
                 qPrintable(details));
        QVERIFY(details.contains(model->data(model->index(0, 1)).toString()));
    }

    void createALicenseThroughTheDialog()
    {
        m_window->showPage(u"licenses"_s);
        ui::ListPage* page = m_window->page(u"licenses"_s);
        QAction* create = action(page, u"&New license..."_s);
        QVERIFY(create);
        onNextModal([this](QWidget* dialog) {
            // Too long a name: the server's validation error appears next to
            // the field, the dialog stays open.
            type(dialog, u"name"_s, QString(300, u'x'));
            type(dialog, u"product"_s, u"cad-suite"_s);
            auto* seats = dialog->findChild<QSpinBox*>(u"max_concurrent_seats"_s);
            seats->setValue(12);
            click(dialog, u"save"_s);
            QTRY_VERIFY(!dialog->findChild<QWidget*>(u"name_error"_s)->isHidden());
            QVERIFY(dialog->isVisible());
            screenshot(u"dialog-license-validation"_s, dialog);
            type(dialog, u"name"_s, u"CAD suite"_s);
            click(dialog, u"save"_s);
        });
        create->trigger();
        const QJsonArray found = admin().get(u"/api/v1/licenses/?product=cad-suite"_s).results();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toObject().value("max_concurrent_seats"_L1).toInt(), 12);
        // Shown at once, and still there after the live event's reload.
        const QString id = found.first().toObject().value("id"_L1).toString();
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowOf(id) >= 0 && !page->model()->isLoading(),
                                 10000);
    }

    void createAUserThroughTheDialog()
    {
        m_window->showPage(u"users"_s);
        ui::ListPage* page = m_window->page(u"users"_s);
        onNextModal([](QWidget* dialog) {
            type(dialog, u"email"_s, u"grace@acme.example"_s);
            type(dialog, u"full_name"_s, u"Grace Hopper"_s);
            type(dialog, u"password"_s, u"a-long-enough-password"_s);
            click(dialog, u"save"_s);
        });
        action(page, u"&New user..."_s)->trigger();
        QTRY_VERIFY(page->model()->rowCount() > 0);
        QCOMPARE(admin().get(u"/api/v1/users/?search=grace"_s).results().size(), 1);
    }

    void sessionEndingWhileEditingLosesNothing()
    {
        m_window->showPage(u"licenses"_s);
        ui::ListPage* page = m_window->page(u"licenses"_s);
        onNextModal(
                [this](QWidget* dialog) {
                    type(dialog, u"name"_s, u"Typed before the session ended"_s);
                    type(dialog, u"product"_s, u"kept-product"_s);
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
                                type(signIn, u"password"_s, m_owner.password);
                                click(signIn, u"signIn"_s);
                            },
                            u"signInDialog"_s);
                    click(dialog, u"save"_s);
                },
                u"licenseDialog"_s);
        action(page, u"&New license..."_s)->trigger();
        const QJsonArray found = admin().get(u"/api/v1/licenses/?product=kept-product"_s).results();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toObject().value("name"_L1).toString(),
                 u"Typed before the session ended"_s);
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
                    // The 412 asks reload-or-overwrite: overwrite with mine.
                    ui::Prompt::setNextChoice(1);
                    click(dialog, u"save"_s);
                },
                u"licenseEditDialog"_s);
        QAction* edit = action(page, u"&Edit..."_s);
        QVERIFY(edit && edit->isEnabled());
        edit->trigger();
        const QJsonObject now = admin().get(u"/api/v1/licenses/%1/"_s.arg(id)).json;
        QCOMPARE(now.value("max_concurrent_seats"_L1).toInt(), 9);
        // The field I did not touch keeps the other edit.
        QCOMPARE(now.value("name"_L1).toString(), u"Studio (renamed elsewhere)"_s);
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
        QCOMPARE(offered, (QStringList{u"owner"_s, u"admin"_s, u"member"_s, u"guest"_s}));
    }

    void createAnEnrollmentTokenShownOnce()
    {
        m_window->showPage(u"tokens"_s);
        ui::ListPage* page = m_window->page(u"tokens"_s);
        QString shownToken;
        QString snippet;
        onNextModal(
                [this, &shownToken, &snippet](QWidget* dialog) {
                    type(dialog, u"label"_s, u"Laptops"_s);
                    onNextModal(
                            [this, &shownToken, &snippet](QWidget* shown) {
                                shownToken = shown->findChild<QLineEdit*>()->text();
                                snippet = shown->findChild<QPlainTextEdit*>()->toPlainText();
                                click(shown, u"copyToken"_s);
                                screenshot(u"dialog-token-created"_s, shown);
                                static_cast<QDialog*>(shown)->accept();
                            },
                            u"tokenShownDialog"_s);
                    click(dialog, u"save"_s);
                },
                u"tokenDialog"_s);
        action(page, u"&New token..."_s)->trigger();
        QVERIFY(!shownToken.isEmpty());
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
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 10000);
        QVERIFY(selectRow(page, u"hostname"_s, u"ws-tokyo"_s));
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
        QTest::qWait(100);
        // The window's own background really is the dark one.
        const QImage shot = m_window->grab().toImage();
        QVERIFY(QColor(shot.pixel(shot.width() / 2, shot.height() - 30)).lightness() < 100);
        screenshot(u"dark-dashboard"_s);
        m_window->showPage(u"licenses"_s);
        QTest::qWait(50);
        screenshot(u"dark-licenses"_s);
        QApplication::setPalette(light);
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
