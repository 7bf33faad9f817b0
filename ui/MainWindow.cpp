#include "ui/MainWindow.h"

#include "app/ApiClient.h"
#include "app/AuditActions.h"
#include "app/EditSession.h"
#include "app/Endpoints.h"
#include "app/EventStream.h"
#include "app/Resource.h"
#include "app/Roles.h"
#include "app/TokenStore.h"
#include "core/Time.h"
#include "ui/DashboardPage.h"
#include "ui/FieldNames.h"
#include "ui/FormDialog.h"
#include "ui/Icons.h"
#include "ui/Language.h"
#include "ui/ListPage.h"
#include "ui/Prompt.h"
#include "ui/SignInDialog.h"
#include "ui/TokenDialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEventLoop>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clm::ui {

namespace {

QString ago(const QJsonValue& value)
{
    const auto at = time::parseRfc3339(value.toString());
    if (!at)
        return QString();
    const qint64 seconds = (QDateTime::currentMSecsSinceEpoch() - *at) / 1000;
    if (seconds < 120)
        return QObject::tr("%n s ago", nullptr, static_cast<int>(seconds));
    if (seconds < 7200)
        return QObject::tr("%n min ago", nullptr, static_cast<int>(seconds / 60));
    return QObject::tr("%n h ago", nullptr, static_cast<int>(seconds / 3600));
}

} // namespace

MainWindow::MainWindow(app::ApiClient* api, app::TokenStore* tokens, QWidget* parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_tokens(tokens)
    , m_events(new app::EventStream(api, this))
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
        if (reachable)
            reloadAll();
    });
    connect(m_api, &app::ApiClient::signInRequired, this, &MainWindow::requireSignInAgain);
    connect(m_api, &app::ApiClient::tokensChanged, this, &MainWindow::storeRefreshToken);

    m_navigation->setObjectName(u"navigation"_s);
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
        if (ListPage* sessions = m_pages.value(u"sessions"_s))
            sessions->reload();
        m_dashboard->reload();
    });

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(icons::get(u"refresh"_s), tr("&Reload"), QKeySequence::Refresh, this,
                    &MainWindow::reloadAll);
    file->addAction(icons::get(u"sign-out"_s), tr("Sign &out"), this, [this] {
        m_api->signOut();
        m_events->stop();
        m_resumeAllowed = false; // signed out on purpose: ask for the password
        signIn(m_api->baseUrl().toString());
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
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
    buildPages();
    // Every page one key away: Ctrl+1 ... Ctrl+7, listed in the Go menu.
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        QAction* page = go->addAction(item->icon(), item->text(), this,
                                      [this, row] { m_navigation->setCurrentRow(row); });
        if (row < 9)
            page->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
    }
    menuBar()->insertMenu(settingsMenu->menuAction(), go);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(icons::get(u"about"_s), tr("&About"), this, &MainWindow::about);

    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    resize(size().expandedTo(QSize(1100, 700)));
}

QStringList MainWindow::pageNames() const
{
    return m_order;
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

void MainWindow::buildPages()
{
    auto add = [this](const QString& name, const QString& icon, QWidget* page,
                      const QString& title) {
        if (auto* list = qobject_cast<ListPage*>(page))
            m_pages.insert(name, list);
        m_order.append(name);
        page->setObjectName(name);
        m_stack->addWidget(page);
        auto* item = new QListWidgetItem(icons::get(icon), title);
        m_navigation->addItem(item);
    };
    auto addList = [add](const QString& name, const QString& icon, ListPage* page) {
        add(name, icon, page, page->title());
    };

    m_dashboard = new DashboardPage(m_api, this);
    add(u"dashboard"_s, u"dashboard"_s, m_dashboard, m_dashboard->title());

    auto* licenses = new ListPage(
            m_api, tr("Licenses"), app::endpoints::licenses(),
            {{u"name"_s, tr("Name")},
             {u"product"_s, tr("Product")},
             {u"max_concurrent_seats"_s, tr("Seats")},
             {u"expires_at"_s, tr("Expires"),
              [](const QJsonObject& l) -> QVariant {
                  return l.value("expires_at"_L1).isNull()
                                 ? tr("never")
                                 : fields::localTime(l.value("expires_at"_L1).toString());
              }},
             {u"is_active"_s, tr("Active"), {}, false}},
            this);
    licenses->addAction(
            icons::get(u"add"_s), tr("&New license..."),
            [this, licenses](const QJsonObject&) {
                FormDialog dialog(
                        tr("New license"), licenseFields(),
                        [this, licenses](const QJsonObject& body, auto done) {
                            licenses->resource()->create(body, this, done);
                        },
                        this);
                dialog.setObjectName(u"licenseDialog"_s);
                if (dialog.exec() == QDialog::Accepted)
                    licenses->model()->upsert(dialog.result());
            },
            false);
    licenses->addAction(
            icons::get(u"edit"_s), tr("&Edit..."), [this, licenses](const QJsonObject& l) {
                editItem(licenses, tr("Edit license"), u"licenseEditDialog"_s, l, licenseFields());
            });
    licenses->addAction(icons::get(u"copy"_s), tr("&Copy key"), [this](const QJsonObject& l) {
        copyText(l.value("license_key"_L1).toString());
    });
    licenses->addAction(icons::get(u"delete"_s), tr("&Deactivate..."),
                        [this, licenses](const QJsonObject& l) {
                            if (!Prompt::confirm(this, tr("Deactivate license"),
                                                 tr("Deactivate \"%1\"? Its sessions end at once.")
                                                         .arg(l.value("name"_L1).toString()),
                                                 tr("Deactivate")))
                                return;
                            removeItem(licenses, l, tr("Could not deactivate the license: %1"));
                        });
    licenses->enableExport({u"name"_s, u"product"_s, u"license_key"_s, u"max_concurrent_seats"_s,
                            u"active_sessions"_s, u"expires_at"_s, u"is_active"_s, u"features"_s,
                            u"created_at"_s});
    addList(u"licenses"_s, u"licenses"_s, licenses);

    auto* sessions = new ListPage(
            m_api, tr("Live sessions"), app::endpoints::sessions(),
            {{u"license_name"_s, tr("License"), {}, false},
             {u"hostname"_s, tr("Machine"), {}, false},
             {u"os_user"_s, tr("User"), {}, false},
             {u"last_heartbeat_at"_s, tr("Last heartbeat"),
              [](const QJsonObject& s) -> QVariant { return ago(s.value("last_heartbeat_at"_L1)); },
              false},
             {u"borrowed_until"_s, tr("Borrowed until"),
              [](const QJsonObject& s) -> QVariant {
                  return fields::localTime(s.value("borrowed_until"_L1).toString());
              },
              false},
             {u"started_at"_s, tr("Started"),
              [](const QJsonObject& s) -> QVariant {
                  return fields::localTime(s.value("started_at"_L1).toString());
              },
              false}},
            this);
    sessions->model()->setFilter(u"active"_s, u"true"_s);
    sessions->addChoiceFilter(u"active"_s, tr("S&tate:"),
                              {{u"true"_s, tr("Holding a seat")}, {u"false"_s, tr("Ended")}});
    sessions->addLookupFilter(u"license"_s, tr("&License:"), app::endpoints::licenses(), u"name"_s);
    sessions->addLookupFilter(u"device"_s, tr("&Machine:"), app::endpoints::devices(),
                              u"hostname"_s);
    // The server's user filter matches sessions of signed-in tools only;
    // sessions that clmd holds carry the OS user, shown in the table.
    sessions->addLookupFilter(u"user"_s, tr("&User:"), app::endpoints::users(), u"email"_s);
    sessions->setSearchVisible(false); // the sessions list has no search on the server
    sessions->addAction(
            icons::get(u"release"_s), tr("&Force release..."),
            [this, sessions](const QJsonObject& s) {
                if (!Prompt::confirm(this, tr("Force release"),
                                     tr("End the session of %1 on %2? The seat is free at once.")
                                             .arg(s.value("os_user"_L1).toString(),
                                                  s.value("hostname"_L1).toString()),
                                     tr("Release")))
                    return;
                removeItem(sessions, s, tr("Could not release the seat: %1"));
            });
    addList(u"sessions"_s, u"sessions"_s, sessions);

    auto* users = new ListPage(m_api, tr("Users"), app::endpoints::users(),
                               {{u"email"_s, tr("Email")},
                                {u"full_name"_s, tr("Name")},
                                {u"role"_s, tr("Role"),
                                 [](const QJsonObject& u) -> QVariant {
                                     return app::roles::displayName(u.value("role"_L1).toString());
                                 }},
                                {u"is_active"_s, tr("Active"), {}, false}},
                               this);
    users->addAction(
            icons::get(u"add"_s), tr("&New user..."),
            [this, users](const QJsonObject&) {
                QList<FormDialog::Field> fields{{u"email"_s, tr("&Email:")},
                                                {u"full_name"_s, tr("&Name:")}};
                fields.append(roleField(u"member"_s));
                fields.append({u"password"_s, tr("&Password:"), FormDialog::Kind::Password});
                FormDialog dialog(
                        tr("New user"), fields,
                        [this, users](const QJsonObject& body, auto done) {
                            users->resource()->create(body, this, done);
                        },
                        this);
                dialog.setObjectName(u"userDialog"_s);
                if (dialog.exec() == QDialog::Accepted)
                    users->model()->upsert(dialog.result());
            },
            false);
    users->addAction(icons::get(u"edit"_s), tr("&Edit..."), [this, users](const QJsonObject& u) {
        QList<FormDialog::Field> fields{{u"full_name"_s, tr("&Name:")}};
        fields.append(roleField(u.value("role"_L1).toString()));
        editItem(users, tr("Edit user"), u"userEditDialog"_s, u, fields);
    });
    users->addAction(icons::get(u"delete"_s), tr("&Deactivate..."),
                     [this, users](const QJsonObject& u) {
                         if (!Prompt::confirm(this, tr("Deactivate user"),
                                              tr("Deactivate %1? They are signed out everywhere.")
                                                      .arg(u.value("email"_L1).toString()),
                                              tr("Deactivate")))
                             return;
                         removeItem(users, u, tr("Could not deactivate the user: %1"));
                     });
    addList(u"users"_s, u"users"_s, users);

    auto* devices = new ListPage(m_api, tr("Devices"), app::endpoints::devices(),
                                 {{u"hostname"_s, tr("Machine")},
                                  {u"os"_s, tr("System")},
                                  {u"last_seen_at"_s, tr("Last seen"),
                                   [](const QJsonObject& d) -> QVariant {
                                       return ago(d.value("last_seen_at"_L1));
                                   }},
                                  {u"is_active"_s, tr("Active"), {}, false}},
                                 this);
    devices->addAction(
            icons::get(u"delete"_s), tr("&Disable..."),
            [this, devices](const QJsonObject& d) {
                if (!Prompt::confirm(this, tr("Disable device"),
                                     tr("Disable %1? Its seats end and its token "
                                        "stops working.")
                                             .arg(d.value("hostname"_L1).toString()),
                                     tr("Disable")))
                    return;
                removeItem(devices, d, tr("Could not disable the machine: %1"));
            },
            true, [](const QJsonObject& d) { return d.value("is_active"_L1).toBool(); });
    devices->addAction(
            icons::get(u"enable"_s), tr("&Re-enable..."),
            [this, devices](const QJsonObject& d) {
                if (!Prompt::confirm(this, tr("Re-enable device"),
                                     tr("Re-enable %1? It can enroll again with an enrollment "
                                        "token; until then it holds no seats.")
                                             .arg(d.value("hostname"_L1).toString()),
                                     tr("Re-enable")))
                    return;
                devices->resource()->reactivate(
                        d.value("id"_L1).toString(), this, [this, devices](const RestReply& reply) {
                            if (!reply.isSuccess())
                                Prompt::warn(this, u"actionError"_s, tr("Not done"),
                                             tr("Could not re-enable the machine: %1")
                                                     .arg(reply.message()));
                            devices->reload();
                        });
            },
            true, [](const QJsonObject& d) { return !d.value("is_active"_L1).toBool(); });
    addList(u"devices"_s, u"devices"_s, devices);

    auto* tokens = new ListPage(m_api, tr("Enrollment tokens"), app::endpoints::enrollmentTokens(),
                                {{u"label"_s, tr("Label"), {}, false},
                                 {u"uses"_s, tr("Uses"), {}, false},
                                 {u"max_uses"_s, tr("Max uses"),
                                  [](const QJsonObject& t) -> QVariant {
                                      return t.value("max_uses"_L1).isNull()
                                                     ? tr("no limit")
                                                     : QVariant(t.value("max_uses"_L1).toInt());
                                  },
                                  false},
                                 {u"revoked"_s, tr("Revoked"), {}, false}},
                                this);
    tokens->setSearchVisible(false); // the server does not search tokens
    tokens->addAction(
            icons::get(u"add"_s), tr("&New token..."),
            [this, tokens](const QJsonObject&) {
                FormDialog dialog(
                        tr("New enrollment token"),
                        {{u"label"_s, tr("&Label:")},
                         {u"max_uses"_s,
                          tr("&Uses allowed:"),
                          FormDialog::Kind::Integer,
                          {},
                          {},
                          true,
                          0,
                          1000000,
                          {},
                          tr("How many machines may enroll with it.")}},
                        [this, tokens](const QJsonObject& body, auto done) {
                            tokens->resource()->create(body, this, done);
                        },
                        this);
                dialog.setObjectName(u"tokenDialog"_s);
                if (dialog.exec() != QDialog::Accepted)
                    return;
                tokens->model()->upsert(dialog.result());
                TokenDialog shown(m_api->baseUrl(), dialog.result().value("token"_L1).toString(),
                                  this);
                shown.setObjectName(u"tokenShownDialog"_s);
                connect(&shown, &TokenDialog::copied, this,
                        [this] { statusBar()->showMessage(tr("Copied to the clipboard."), 3000); });
                shown.exec();
            },
            false);
    tokens->addAction(icons::get(u"delete"_s), tr("&Revoke..."),
                      [this, tokens](const QJsonObject& t) {
                          if (!Prompt::confirm(this, tr("Revoke token"),
                                               tr("Revoke \"%1\"? Machines cannot enroll with it "
                                                  "any more.")
                                                       .arg(t.value("label"_L1).toString()),
                                               tr("Revoke")))
                              return;
                          removeItem(tokens, t, tr("Could not revoke the token: %1"));
                      });
    addList(u"tokens"_s, u"tokens"_s, tokens);

    auto* audit =
            new ListPage(m_api, tr("Audit log"), app::endpoints::audit(),
                         {{u"at"_s, tr("When"),
                           [](const QJsonObject& a) -> QVariant {
                               return fields::localTime(a.value("at"_L1).toString());
                           }},
                          {u"action"_s, tr("Action"),
                           [](const QJsonObject& a) -> QVariant {
                               return app::audit::actionName(a.value("action"_L1).toString());
                           },
                           false},
                          {u"actor_type"_s, tr("Actor"),
                           [](const QJsonObject& a) -> QVariant {
                               return app::audit::typeName(a.value("actor_type"_L1).toString());
                           },
                           false},
                          {u"target_type"_s, tr("Target"),
                           [](const QJsonObject& a) -> QVariant {
                               return app::audit::typeName(a.value("target_type"_L1).toString());
                           },
                           false},
                          {u"ip_address"_s, tr("Address"), {}, false}},
                         this);
    QList<std::pair<QString, QString>> actions;
    for (const QString& action : app::audit::actions())
        actions.append({action, app::audit::actionName(action)});
    audit->setSearchVisible(false); // the audit log is filtered, not searched
    audit->addChoiceFilter(u"action"_s, tr("&Action:"), actions);
    audit->addLookupFilter(u"actor_id"_s, tr("Ac&tor:"), app::endpoints::users(), u"email"_s);
    audit->addDateRangeFilter(u"from"_s, u"to"_s, tr("&Dates:"));
    audit->enableExport({u"at"_s, u"actor_type"_s, u"actor_id"_s, u"action"_s, u"target_type"_s,
                         u"target_id"_s, u"ip_address"_s, u"details"_s});
    addList(u"audit"_s, u"audit"_s, audit);
    m_navigation->setCurrentRow(0);
}

QList<FormDialog::Field> MainWindow::licenseFields() const
{
    return {{u"name"_s, tr("&Name:")},
            {u"product"_s,
             tr("&Product code:"),
             FormDialog::Kind::Text,
             {},
             {},
             false,
             0,
             0,
             {},
             tr("The code tools ask the daemon for, such as coditect-cli.")},
            {u"max_concurrent_seats"_s,
             tr("&Seats:"),
             FormDialog::Kind::Integer,
             {},
             5,
             false,
             1,
             1000000},
            {u"offline_lease_seconds"_s,
             tr("&Offline lease (s):"),
             FormDialog::Kind::Integer,
             {},
             360,
             false,
             1,
             31536000,
             {},
             tr("How long a machine keeps working after its last heartbeat.")},
            {u"max_borrow_seconds"_s,
             tr("&Longest borrow (s):"),
             FormDialog::Kind::Integer,
             {},
             604800,
             false,
             0,
             31536000,
             {},
             tr("0 turns borrowing off.")},
            {u"features"_s, tr("&Features:"), FormDialog::Kind::List, {}, {}, true}};
}

FormDialog::Field MainWindow::roleField(const QString& current) const
{
    // Only the roles the signed-in user may give (only an owner makes an
    // owner); a user's present role stays listed so the dialog shows it.
    QStringList choices = app::roles::assignable(m_api->user().value("role"_L1).toString());
    if (!current.isEmpty() && !choices.contains(current))
        choices.prepend(current);
    QStringList labels;
    for (const QString& role : std::as_const(choices))
        labels.append(app::roles::displayName(role));
    return {u"role"_s,
            tr("&Role:"),
            FormDialog::Kind::Choice,
            choices,
            current,
            false,
            0,
            0,
            labels,
            tr("Owners and admins manage licenses, users and machines; members and guests "
               "only use licenses.")};
}

void MainWindow::removeItem(ListPage* page, const QJsonObject& item, const QString& failure)
{
    const QString id = item.value("id"_L1).toString();
    page->resource()->remove(id, this, [this, page, id, failure](const RestReply& reply) {
        if (reply.isSuccess()) {
            // The list shows the new state: ended sessions leave the active
            // ones, the rest stay listed as inactive or revoked.
            page->reload();
            return;
        }
        // Refused (the last owner, say) or not sent: say so,
        // without blocking the window.
        Prompt::warn(this, u"actionError"_s, tr("Not done"), QString(failure).arg(reply.message()));
        page->reload();
    });
}

void MainWindow::editItem(ListPage* page, const QString& title, const QString& objectName,
                          const QJsonObject& item, QList<FormDialog::Field> fields)
{
    for (FormDialog::Field& field : fields) {
        if (item.contains(field.key))
            field.initial = item.value(field.key);
    }
    app::EditSession* edit = page->resource()->edit(item, this);
    FormDialog dialog(
            title, fields, [edit](const QJsonObject& body, auto done) { edit->save(body, done); },
            this);
    dialog.setConflictHandling({[edit](auto done) { edit->reload(done); },
                                [edit](const QJsonObject& body, auto done) {
                                    edit->overwrite(body, done);
                                }});
    dialog.setObjectName(objectName);
    if (dialog.exec() == QDialog::Accepted)
        page->model()->upsert(edit->original());
    edit->deleteLater();
}

bool MainWindow::signIn(const QString& server, const QString& email, const QString& password)
{
    QSettings settings;
    const QString lastServer =
            server.isEmpty() ? settings.value(u"server/last"_s).toString() : server;
    const QString lastEmail =
            email.isEmpty() ? settings.value(u"server/email"_s).toString() : email;
    // "Keep me signed in": a refresh token in the keychain skips the dialog.
    if (password.isEmpty() && m_resumeAllowed && resumeStored(lastServer, lastEmail)) {
        m_keepSignedIn = true;
        m_account = app::TokenStore::account(lastServer, lastEmail);
        onSignedIn();
        return true;
    }
    SignInDialog dialog(m_api, this);
    dialog.setServer(lastServer);
    dialog.setEmail(lastEmail);
    if (!password.isEmpty())
        dialog.signInWhenShown(password);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_keepSignedIn = dialog.keepSignedIn();
    m_account = app::TokenStore::account(dialog.server(), dialog.email());
    settings.setValue(u"server/last"_s, dialog.server());
    settings.setValue(u"server/email"_s, dialog.email());
    storeRefreshToken(m_api->refreshToken());
    onSignedIn();
    return true;
}

bool MainWindow::resumeStored(const QString& server, const QString& email)
{
    if (!m_tokens || server.isEmpty() || email.isEmpty())
        return false;
    const QString account = app::TokenStore::account(server, email);
    QEventLoop loop;
    std::optional<QString> stored;
    bool loaded = false;
    m_tokens->load(account, [&](std::optional<QString> token, const QString&) {
        stored = std::move(token);
        loaded = true;
        loop.quit();
    });
    if (!loaded)
        loop.exec();
    if (!stored || stored->isEmpty())
        return false;
    m_api->setBaseUrl(QUrl(server));
    bool resumed = false;
    bool refused = false;
    bool answered = false;
    m_api->resume(*stored, this, [&](const RestReply& reply) {
        resumed = reply.isSuccess();
        refused = reply.reached() && reply.status >= 400 && reply.status < 500;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    // Only a refused token is forgotten; offline, the kept sign-in stays
    // for the next start.
    if (refused)
        m_tokens->remove(account, [](bool, const QString&) {});
    return resumed;
}

void MainWindow::onSignedIn()
{
    statusBar()->showMessage(
            tr("Signed in as %1 at %2")
                    .arg(m_api->user().value("email"_L1).toString(), m_api->baseUrl().toString()));
    reloadAll();
    m_events->start();
}

void MainWindow::reloadAll()
{
    m_dashboard->reload();
    for (ListPage* page : std::as_const(m_pages))
        page->reload();
}

void MainWindow::onEvent(const QJsonObject& event)
{
    const QString type = event.value("type"_L1).toString();
    if (type.startsWith("session."_L1)) {
        if (ListPage* sessions = m_pages.value(u"sessions"_s))
            sessions->reload();
        m_dashboard->reload();
    } else if (type == "license.updated"_L1) {
        m_pages.value(u"licenses"_s)->reload();
        m_dashboard->reload();
    } else if (type == "user.updated"_L1) {
        m_pages.value(u"users"_s)->reload();
    }
}

void MainWindow::requireSignInAgain()
{
    // Requests made meanwhile wait in the ApiClient and go out afterwards.
    SignInDialog dialog(m_api, this);
    dialog.setServer(m_api->baseUrl().toString());
    dialog.setEmail(m_api->user().value("email"_L1).toString());
    dialog.setNotice(tr("Your session has ended. Sign in again to continue; nothing you did "
                        "is lost."));
    dialog.exec();
}

void MainWindow::storeRefreshToken(const QString& refresh)
{
    if (!m_keepSignedIn || !m_tokens || m_account.isEmpty())
        return;
    const QString& account = m_account;
    if (refresh.isEmpty()) {
        m_tokens->remove(account, [](bool, const QString&) {});
        return;
    }
    m_tokens->save(account, refresh, [this](bool ok, const QString& error) {
        if (!ok)
            statusBar()->showMessage(
                    tr("No keychain (%1): you stay signed in only while the app runs.").arg(error),
                    10000);
    });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::copyText(const QString& text)
{
    QApplication::clipboard()->setText(text);
    statusBar()->showMessage(tr("Copied to the clipboard."), 3000);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About CODITECT License Manager"),
                       tr("<h3>CODITECT License Manager</h3><p>Version %1</p>"
                          "<p>Administration of licenses, seats, users and machines.</p>")
                               .arg(QStringLiteral(CLM_VERSION)));
}

} // namespace clm::ui
