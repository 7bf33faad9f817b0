#include "ui/MainWindow.h"

#include "app/ApiClient.h"
#include "app/EventStream.h"
#include "app/Passwords.h"
#include "app/SeatAlerts.h"
#include "app/ServerTrust.h"
#include "app/Settings.h"
#include "app/SignInFlow.h"
#include "app/TokenStore.h"
#include "core/Clock.h"
#include "ui/CertificateDialog.h"
#include "ui/FormDialog.h"
#include "ui/Icons.h"
#include "ui/Language.h"
#include "ui/Notifier.h"
#include "ui/Prompt.h"
#include "ui/SettingsDialog.h"
#include "ui/SignInDialog.h"
#include "ui/pages/AuditPage.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/DevicesPage.h"
#include "ui/pages/LicensesPage.h"
#include "ui/pages/SessionsPage.h"
#include "ui/pages/TokensPage.h"
#include "ui/pages/UsersPage.h"
#include "ui/pages/WebhooksPage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace clm::ui {

MainWindow::MainWindow(app::ApiClient* api, app::TokenStore* tokens, app::Settings* settings,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_settings(settings ? settings : new app::Settings(this))
    , m_flow(new app::SignInFlow(api, tokens, m_settings, this))
    , m_trust(new app::ServerTrust(api, m_settings, this))
    , m_events(new app::EventStream(api, this))
    , m_alerts(new app::SeatAlerts(Clock::system(), this))
    , m_notifier(new Notifier(this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(m_banner))
    , m_liveIndicator(new QLabel(this))
{
    setWindowTitle(tr("CODITECT License Manager"));
    setWindowIcon(QIcon(u":/icons/clm-admin.svg"_s));

    // The banner: non-modal, the data below stays visible.
    m_banner->setObjectName(u"banner"_s);
    m_banner->setAutoFillBackground(true);
    QPalette warning = m_banner->palette();
    warning.setColor(QPalette::Window, QColor(u"#f2994a"_s));
    warning.setColor(QPalette::WindowText, Qt::black);
    m_banner->setPalette(warning);
    m_bannerText->setWordWrap(true);
    auto* retry = new QPushButton(tr("&Retry"), m_banner);
    connect(retry, &QPushButton::clicked, this, &MainWindow::reloadAll);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(retry);
    m_banner->hide();
    connect(m_api, &app::ApiClient::reachableChanged, this, [this](bool reachable) {
        m_bannerText->setText(tr("The license server does not answer. What you see may be out "
                                 "of date; changes are not saved until it is back."));
        m_banner->setVisible(!reachable);
        if (reachable && m_flow->isSignedIn())
            reloadAll();
    });

    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFixedWidth(190);
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget(this);
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_navigation);
    columns->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);
    setCentralWidget(central);

    m_liveIndicator->setObjectName(u"liveIndicator"_s);
    m_liveIndicator->setText(tr("Offline"));
    statusBar()->addPermanentWidget(m_liveIndicator);
    connect(m_events, &app::EventStream::modeChanged, this, [this](app::EventStream::Mode mode) {
        switch (mode) {
        case app::EventStream::Mode::Live:
            m_liveIndicator->setText(tr("Live updates"));
            break;
        case app::EventStream::Mode::Polling:
            m_liveIndicator->setText(tr("Polling every 15 s"));
            break;
        case app::EventStream::Mode::Off:
            m_liveIndicator->setText(tr("Offline"));
            break;
        }
    });
    connect(m_events, &app::EventStream::eventReceived, this, &MainWindow::onEvent);
    connect(m_events, &app::EventStream::pollDue, this, [this] {
        for (Page* page : std::as_const(m_pages))
            page->pollDue();
    });

    addPage(u"dashboard"_s, m_dashboard = new DashboardPage(api, this));
    addPage(u"licenses"_s, new LicensesPage(api, this));
    addPage(u"sessions"_s, new SessionsPage(api, this));
    addPage(u"users"_s, new UsersPage(api, this));
    addPage(u"devices"_s, new DevicesPage(api, m_settings, this));
    addPage(u"tokens"_s, new TokensPage(api, this));
    addPage(u"webhooks"_s, new WebhooksPage(api, this));
    addPage(u"audit"_s, new AuditPage(api, this));
    m_navigation->setCurrentRow(0);

    // Notifications: seats running out, requests refused (the setting
    // switches them off).
    m_alerts->setEnabled(m_settings->notificationsEnabled());
    connect(m_settings, &app::Settings::notificationsChanged, m_alerts,
            &app::SeatAlerts::setEnabled);
    connect(m_dashboard->model(), &app::DashboardModel::loaded, this,
            [this] { m_alerts->updateLicenses(m_dashboard->model()->licenses()); });
    connect(m_alerts, &app::SeatAlerts::alert, this,
            [this](app::SeatAlerts::Kind, const QString&, const QString& title,
                   const QString& text) { m_notifier->notify(title, text); });
    connect(m_notifier, &Notifier::shownInWindow, this,
            [this](const QString& title, const QString& text) {
                statusBar()->showMessage(tr("%1: %2").arg(title, text), 15000);
            });
    connect(m_trust, &app::ServerTrust::applied, this, [this](const QStringList& problems) {
        if (!problems.isEmpty())
            statusBar()->showMessage(
                    tr("Some trusted CA files could not be read: %1").arg(problems.join(u"; "_s)),
                    15000);
    });

    connect(m_flow, &app::SignInFlow::stateChanged, this, &MainWindow::onFlowState);
    connect(m_flow, &app::SignInFlow::signedIn, this, &MainWindow::onSignedIn);
    connect(m_flow, &app::SignInFlow::abandoned, this, [this] {
        emit startupCancelled();
        close();
    });
    connect(m_flow, &app::SignInFlow::keychainUnavailable, this, [this](const QString& error) {
        statusBar()->showMessage(
                tr("No keychain (%1): you stay signed in only while the app runs.").arg(error),
                10000);
    });

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(icons::get(u"refresh"_s), tr("&Reload"), QKeySequence::Refresh, this,
                    &MainWindow::reloadAll);
    m_signInAction = file->addAction(tr("Sign &in..."), this,
                                     [this] { m_flow->start(m_flow->server(), m_flow->email()); });
    m_signInAction->setEnabled(false);
    m_accountAction = file->addAction(icons::get(u"account"_s), tr("My &account..."), this,
                                      [this] { openAccount(); });
    m_accountAction->setEnabled(false);
    file->addAction(icons::get(u"sign-out"_s), tr("Sign &out"), this, [this] {
        m_events->stop();
        m_flow->signOut();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    // Every page one key away: Ctrl+1 ... Ctrl+7, listed in the Go menu.
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        QAction* page = go->addAction(item->icon(), item->text(), this,
                                      [this, row] { m_navigation->setCurrentRow(row); });
        if (row < 9)
            page->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
    }

    QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(tr("&Preferences..."), QKeySequence::Preferences, this,
                            [this] { openSettings(); });
    QMenu* language = settingsMenu->addMenu(tr("&Language"));
    language->setObjectName(u"languageMenu"_s);
    auto* languages = new QActionGroup(language);
    const QString preferred = Language::preferredLanguage();
    const QStringList codes = QStringList{QString()} + Language::codes();
    for (const QString& code : codes) {
        QAction* choice = language->addAction(Language::nativeName(code));
        choice->setCheckable(true);
        choice->setChecked(code == preferred);
        choice->setData(code);
        languages->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code] {
            Language::setPreferredLanguage(code);
            statusBar()->showMessage(tr("The new language applies the next time clm-admin starts."),
                                     8000);
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(icons::get(u"about"_s), tr("&About"), this, &MainWindow::about);

    QSettings settingsFile;
    restoreGeometry(settingsFile.value(u"window/geometry"_s).toByteArray());
    resize(size().expandedTo(QSize(1100, 700)));
}

void MainWindow::addPage(const QString& name, Page* page)
{
    m_pages.insert(name, page);
    m_order.append(name);
    page->setObjectName(name);
    m_stack->addWidget(page);
    m_navigation->addItem(new QListWidgetItem(icons::get(page->iconName()), page->title()));
    connect(page, &Page::statusMessage, this, [this](const QString& text, int timeoutMs) {
        statusBar()->showMessage(text, timeoutMs);
    });
    connect(page, &Page::linkActivated, this, &MainWindow::followLink);
}

SignInDialog* MainWindow::signInDialog() const
{
    return m_signInDialog;
}

ListPage* MainWindow::page(const QString& name) const
{
    return qobject_cast<ListPage*>(m_pages.value(name));
}

QString MainWindow::currentPageName() const
{
    return m_order.value(m_navigation->currentRow());
}

void MainWindow::showPage(const QString& name)
{
    const auto index = m_order.indexOf(name);
    if (index >= 0)
        m_navigation->setCurrentRow(static_cast<int>(index));
}

void MainWindow::followLink(const QUrl& target)
{
    if (target.scheme() != "clm"_L1)
        return;
    const QString name = target.path().mid(1);
    Page* page = m_pages.value(name);
    if (!page)
        return;
    showPage(name);
    page->open(QUrlQuery(target));
}

void MainWindow::start(const QString& server, const QString& email, const QString& password)
{
    m_startPassword = password;
    m_flow->start(server, email, password);
}

void MainWindow::onFlowState()
{
    using State = app::SignInFlow::State;
    const State state = m_flow->state();
    m_signInAction->setEnabled(state == State::SignedOut);
    m_accountAction->setEnabled(state == State::SignedIn);
    switch (state) {
    case State::ReadingKeychain:
    case State::Resuming:
        statusBar()->showMessage(tr("Signing in to %1...").arg(m_flow->server()));
        break;
    case State::WaitingForPassword:
        showSignInDialog();
        break;
    case State::SigningIn:
    case State::LoadingProfile:
        if (m_signInDialog)
            m_signInDialog->setBusy(true);
        break;
    case State::SignedIn:
        m_startPassword.clear();
        if (m_signInDialog) {
            // Closed as accepted (and so deleted), which does not cancel.
            m_signInDialog->accept();
            m_signInDialog = nullptr;
        }
        break;
    case State::SignedOut:
        m_events->stop();
        statusBar()->showMessage(tr("Signed out. File > Sign in... signs in again."));
        break;
    }
}

void MainWindow::showSignInDialog()
{
    if (!m_signInDialog) {
        m_signInDialog = new SignInDialog(this);
        m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_signInDialog->setServer(m_flow->server());
        m_signInDialog->setEmail(m_flow->email());
        m_signInDialog->setPassword(std::exchange(m_startPassword, QString()));
        connect(m_signInDialog, &SignInDialog::submitted, m_flow, &app::SignInFlow::submit);
        connect(m_signInDialog, &QDialog::rejected, m_flow, &app::SignInFlow::cancel);
        m_signInDialog->open();
    }
    m_signInDialog->setBusy(false);
    m_signInDialog->setNotice(m_flow->notice());
    m_signInDialog->setError(m_flow->error());
    if (!m_flow->certificateProblem().isNull())
        showCertificateProblem();
}

void MainWindow::showCertificateProblem()
{
    const app::CertificateProblem problem = m_flow->certificateProblem();
    auto* dialog = new CertificateDialog(problem, m_signInDialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CertificateDialog::trustRequested, this, [this] {
        SettingsDialog* settings = openSettings();
        // With the file added and saved, the same sign-in goes again.
        connect(settings, &QDialog::accepted, this, [this] {
            if (m_signInDialog && m_flow->state() == app::SignInFlow::State::WaitingForPassword)
                QMetaObject::invokeMethod(m_signInDialog->findChild<QPushButton*>(u"signIn"_s),
                                          &QPushButton::click, Qt::QueuedConnection);
        });
        settings->addCaFile();
    });
    dialog->open();
}

SettingsDialog* MainWindow::openSettings()
{
    QWidget* parent = m_signInDialog ? static_cast<QWidget*>(m_signInDialog) : this;
    auto* dialog = new SettingsDialog(m_settings, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

FormDialog* MainWindow::openAccount()
{
    if (!m_api->isSignedIn())
        return nullptr;
    const QJsonObject me = m_api->user();
    auto* dialog = new FormDialog(
            tr("My account"),
            {{u"full_name"_s, tr("&Name:"), FormDialog::Kind::Text, {}, me.value("full_name"_L1)},
             {u"current_password"_s,
              tr("&Current password:"),
              FormDialog::Kind::Password,
              {},
              {},
              false,
              0,
              0,
              {},
              tr("Needed for any change.")},
             {u"password"_s,
              tr("&New password:"),
              FormDialog::Kind::Password,
              {},
              {},
              true,
              0,
              0,
              {},
              tr("Leave empty to keep it; a new one signs you out elsewhere.")},
             {u"password_repeat"_s, tr("&Repeat:"), FormDialog::Kind::Password, {}, {}, true}},
            [this](const QJsonObject& body, FormDialog::Done done) {
                app::Passwords::saveOwnAccount(m_api, body, this, std::move(done));
            },
            this);
    dialog->setObjectName(u"accountDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::saved, this,
            [this] { statusBar()->showMessage(tr("Your account was saved."), 8000); });
    dialog->open();
    return dialog;
}

void MainWindow::onSignedIn()
{
    m_accountAction->setEnabled(true);
    const QString organization = m_flow->organization().value("name"_L1).toString();
    const QString who = m_api->user().value("email"_L1).toString();
    setWindowTitle(organization.isEmpty()
                           ? tr("CODITECT License Manager")
                           : tr("%1 \u2013 CODITECT License Manager").arg(organization));
    statusBar()->showMessage(
            organization.isEmpty()
                    ? tr("Signed in as %1 at %2").arg(who, m_api->baseUrl().toString())
                    : tr("Signed in as %1 (%2) at %3")
                              .arg(who, organization, m_api->baseUrl().toString()));
    reloadAll();
    m_events->start();
}

void MainWindow::reloadAll()
{
    for (Page* page : std::as_const(m_pages))
        page->reload();
}

void MainWindow::onEvent(const QJsonObject& event)
{
    m_alerts->handleEvent(event);
    for (Page* page : std::as_const(m_pages))
        page->handleEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::about()
{
    Prompt::inform(this, u"aboutBox"_s, tr("About CODITECT License Manager"),
                   tr("<h3>CODITECT License Manager</h3><p>Version %1</p>"
                      "<p>Administration of licenses, seats, users and machines.</p>")
                           .arg(QStringLiteral(CLM_VERSION)));
}

} // namespace clm::ui
