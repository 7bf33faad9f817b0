#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace clm::app {
class ApiClient;
class EventStream;
class SeatAlerts;
class ServerTrust;
class Settings;
class SignInFlow;
class TokenStore;
} // namespace clm::app

namespace clm::ui {

class DashboardPage;
class ListPage;
class Notifier;
class Page;
class FormDialog;
class SettingsDialog;
class SignInDialog;

// The shell of clm-admin: navigation on the left (Ctrl+1 ... Ctrl+7), the
// pages (ui/pages/, one class each), the banner when the server does not
// answer (the data shown stays), the status bar with who is signed in and
// whether live events or polling keep the pages current, the sign-in
// dialog and certificate explanations as app::SignInFlow asks for them,
// live events and links routed to the pages, and desktop notifications.
// Nothing here waits in a nested event loop.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `tokens` may be null (nothing kept between starts); without
    // `settings` the window keeps its own.
    MainWindow(app::ApiClient* api, app::TokenStore* tokens, app::Settings* settings = nullptr,
               QWidget* parent = nullptr);

    // Signs in: with the sign-in kept in the keychain for the server and
    // email (else the last ones), else through the dialog (pre-filled; with
    // a password it signs in at once, the dialog only if that fails).
    // Closing the dialog before the first sign-in closes the window.
    void start(const QString& server = {}, const QString& email = {}, const QString& password = {});

    app::SignInFlow* signInFlow() const { return m_flow; }
    app::Settings* settings() const { return m_settings; }
    app::SeatAlerts* alerts() const { return m_alerts; }
    app::EventStream* events() const { return m_events; }
    Notifier* notifier() const { return m_notifier; }
    // The sign-in dialog while it is up.
    SignInDialog* signInDialog() const;

    QStringList pageNames() const { return m_order; }
    void showPage(const QString& name);
    QString currentPageName() const;
    Page* pageWidget(const QString& name) const { return m_pages.value(name); }
    // A list page by name (every page but the dashboard).
    ListPage* page(const QString& name) const;
    DashboardPage* dashboard() const { return m_dashboard; }
    QWidget* banner() const { return m_banner; }
    // Follows a link of a detail pane (clm:/<page>?...).
    void followLink(const QUrl& target);
    // Settings > Preferences...
    SettingsDialog* openSettings();
    // File > My account...: one's own name and password (null when signed out).
    FormDialog* openAccount();

signals:
    // The dialog was closed before anyone signed in.
    void startupCancelled();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(const QString& name, Page* page);
    void onFlowState();
    void showSignInDialog();
    void showCertificateProblem();
    void onSignedIn();
    void onEvent(const QJsonObject& event);
    void reloadAll();
    void about();

    app::ApiClient* m_api;
    app::Settings* m_settings;
    app::SignInFlow* m_flow;
    app::ServerTrust* m_trust;
    app::EventStream* m_events;
    app::SeatAlerts* m_alerts;
    Notifier* m_notifier;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QWidget* m_banner;
    QLabel* m_bannerText;
    QLabel* m_liveIndicator;
    QAction* m_signInAction = nullptr;
    QAction* m_accountAction = nullptr;
    DashboardPage* m_dashboard = nullptr;
    QHash<QString, Page*> m_pages;
    QStringList m_order;
    QPointer<SignInDialog> m_signInDialog;
    QString m_shownCertificate; // the fingerprint last explained
    // The password given to start(), for the dialog if that sign-in fails
    // (a certificate to trust first): the same sign-in goes again.
    QString m_startPassword;
};

} // namespace clm::ui
