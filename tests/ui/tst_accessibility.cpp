// Keyboard and screen readers, in the real window against a real server:
// every visible control that takes focus has an accessible name (this walks
// the widget tree of every page, with a row selected, and of every
// dialog), and Tab reaches the controls of each page.

#include "AdminClient.h"
#include "ServerFixture.h"
#include "TestCertificate.h"
#include "TestData.h"
#include "TestPostgres.h"
#include "WidgetSteps.h"
#include "app/ApiClient.h"
#include "app/CertificateProblem.h"
#include "app/Settings.h"
#include "app/SignInFlow.h"
#include "ui/CertificateDialog.h"
#include "ui/ListPage.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/SignInDialog.h"
#include "ui/TokenDialog.h"
#include "ui/pages/DashboardPage.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSslCertificate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace clm;
using namespace clm::test;

namespace {

QString describe(const QWidget* widget)
{
    QStringList path;
    for (const QWidget* w = widget; w; w = w->parentWidget())
        path.prepend(QString::fromLatin1(w->metaObject()->className()) +
                     (w->objectName().isEmpty() ? QString() : u'#' + w->objectName()));
    return path.join(u" > "_s);
}

bool takesTabFocus(const QWidget* widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() && widget->isEnabled() &&
           !widget->focusProxy();
}

// Every visible control under `root` that Tab can reach but that has no
// accessible name: what a screen reader would announce as nothing.
QStringList unnamed(QWidget* root)
{
    QStringList found;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : std::as_const(widgets)) {
        if (!takesTabFocus(widget))
            continue;
        QAccessibleInterface* face = QAccessible::queryAccessibleInterface(widget);
        const QString name = face ? face->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            found.append(describe(widget));
    }
    return found;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_owner;
    QNetworkAccessManager m_network;
    std::unique_ptr<app::ApiClient> m_api;
    std::unique_ptr<ui::MainWindow> m_window;

    HttpClient admin() const { return test::admin(*m_fixture, m_owner); }

private slots:
    void initTestCase()
    {
        CLM_START_FIXTURE(m_fixture);
        m_owner = m_fixture->createOrganization(u"Access Co"_s, u"owner@access.example"_s);
        QVERIFY(!m_owner.access.isEmpty());
        QVERIFY(!createLicense(admin(), u"Screen reader"_s, u"reader"_s, 1).isEmpty());
        {
            HttpClient client = admin();
            QVERIFY(!createWebhook(client, u"https://hooks.example.com/clm"_s,
                                   {u"license.updated"_s})
                             .isEmpty());
        }
        const QString enrollment = m_fixture->createEnrollmentToken(m_owner, u"Lab"_s);
        const QString device = m_fixture->enrollDevice(enrollment, u"ws-a11y"_s);
        QVERIFY(!device.isEmpty());
        QCOMPARE(acquire(*m_fixture, device, u"reader"_s, u"ann"_s).status, 201);
        QCOMPARE(acquire(*m_fixture, m_owner.access, u"reader"_s, u"bo"_s, u"other-hw"_s).status,
                 409);

        m_api = std::make_unique<app::ApiClient>(&m_network);
        m_window = std::make_unique<ui::MainWindow>(m_api.get(), nullptr);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->start(m_fixture->server().baseUrl().toString(), m_owner.email, m_owner.password);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->signInFlow()->isSignedIn(), 10000);
    }

    void everyFocusableControlHasAName()
    {
        for (const QString& name : m_window->pageNames()) {
            m_window->showPage(name);
            if (ui::ListPage* page = m_window->page(name)) {
                QTRY_VERIFY2_WITH_TIMEOUT(page->model()->rowCount() > 0, qPrintable(name), 10000);
                page->view()->selectRow(0);
                QTRY_VERIFY(!page->model()->isLoading());
            } else {
                QTRY_VERIFY_WITH_TIMEOUT(m_window->dashboard()->model()->rowCount() > 0, 10000);
            }
            const QStringList found = unnamed(m_window.get());
            QVERIFY2(found.isEmpty(), qPrintable(name + u":\n"_s + found.join(u'\n')));
        }
        // The chart as a table too.
        m_window->showPage(u"dashboard"_s);
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::AltModifier);
        const QStringList found = unnamed(m_window.get());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void everyDialogNamesItsControls()
    {
        // The edit dialogs.
        m_window->showPage(u"licenses"_s);
        QStringList found;
        bool looked = false;
        onNextModal(
                [&](QWidget* dialog) {
                    found = unnamed(dialog);
                    looked = true;
                    static_cast<QDialog*>(dialog)->reject();
                },
                u"licenseDialog"_s);
        findAction(m_window->page(u"licenses"_s), u"&New license..."_s)->trigger();
        QTRY_VERIFY(looked);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

        ui::SettingsDialog* settings = m_window->openSettings();
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        found = unnamed(settings);
        settings->reject();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

        ui::SignInDialog signIn;
        signIn.show();
        QVERIFY(QTest::qWaitForWindowExposed(&signIn));
        found = unnamed(&signIn);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

        ui::TokenDialog token(QUrl(u"https://licenses.example.com"_s), u"tok3n"_s);
        token.show();
        QVERIFY(QTest::qWaitForWindowExposed(&token));
        found = unnamed(&token);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

        QTemporaryDir dir;
        QVERIFY(TestCertificate::makeServer(dir.filePath(u"c.pem"_s), dir.filePath(u"k.pem"_s)));
        QFile pem(dir.filePath(u"c.pem"_s));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QSslCertificate cert = QSslCertificate::fromData(pem.readAll()).first();
        ui::CertificateDialog certificate(app::CertificateProblem::describe(
                u"127.0.0.1"_s, {QSslError(QSslError::SelfSignedCertificate, cert)}, {cert}));
        certificate.show();
        QVERIFY(QTest::qWaitForWindowExposed(&certificate));
        found = unnamed(&certificate);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void tabReachesTheControlsOfEachPage()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        for (const QString& name : m_window->pageNames()) {
            m_window->showPage(name);
            QWidget* page = m_window->pageWidget(name);
            QWidget* start = m_window->findChild<QWidget*>(u"navigation"_s);
            start->setFocus();
            QTRY_VERIFY(start->hasFocus());
            // Tab around the window once, noting where the focus lands.
            QSet<QWidget*> reached;
            for (int i = 0; i < 400; ++i) {
                QWidget* focused = QApplication::focusWidget();
                QVERIFY(focused);
                reached.insert(focused);
                QTest::keyClick(focused, Qt::Key_Tab);
                if (QApplication::focusWidget() == start)
                    break;
            }
            QVERIFY2(QApplication::focusWidget() == start, qPrintable(name));
            QStringList missed;
            QList<QWidget*> controls = page->findChildren<QWidget*>();
            for (QWidget* control : std::as_const(controls)) {
                if (takesTabFocus(control) && !reached.contains(control))
                    missed.append(describe(control));
            }
            QVERIFY2(missed.isEmpty(), qPrintable(name + u":\n"_s + missed.join(u'\n')));
        }
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_api.reset();
        m_fixture.reset();
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
