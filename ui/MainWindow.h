#pragma once

#include "ui/FormDialog.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QWidget;

namespace clm::app {
class ApiClient;
class EventStream;
class TokenStore;
} // namespace clm::app

namespace clm::ui {

class DashboardPage;
class ListPage;

// The admin window: keyboard-reachable navigation on the left, one page per
// resource, a banner when the server does not answer (the data shown stays),
// and an indicator of whether live events or polling keep pages current.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(app::ApiClient* api, app::TokenStore* tokens, QWidget* parent = nullptr);

    // Signs in with the refresh token kept in the keychain for the last
    // server and email, else opens the sign-in dialog (pre-filled; with a
    // password it signs in at once and stays open if that fails) until the
    // user signs in or cancels; false when cancelled.
    bool signIn(const QString& server = {}, const QString& email = {},
                const QString& password = {});
    QStringList pageNames() const;
    void showPage(const QString& name);
    QString currentPageName() const;
    // A list page by name (every page but the dashboard).
    ListPage* page(const QString& name) const { return m_pages.value(name); }
    DashboardPage* dashboard() const { return m_dashboard; }
    QWidget* banner() const { return m_banner; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPages();
    QList<FormDialog::Field> licenseFields() const;
    FormDialog::Field roleField(const QString& current) const;
    // Deactivates, disables, revokes or releases `item`; a refusal is shown
    // as `failure` ("Could not ...: %1" with the reason).
    void removeItem(ListPage* page, const QJsonObject& item, const QString& failure);
    // An edit dialog for `item` that saves with If-Match and offers reload
    // or overwrite when someone else saved first.
    void editItem(ListPage* page, const QString& title, const QString& objectName,
                  const QJsonObject& item, QList<FormDialog::Field> fields);
    void storeRefreshToken(const QString& refresh);
    bool resumeStored(const QString& server, const QString& email);
    void onSignedIn();
    void onEvent(const QJsonObject& event);
    void reloadAll();
    void requireSignInAgain();
    void copyText(const QString& text);
    void about();

    app::ApiClient* m_api;
    app::TokenStore* m_tokens;
    app::EventStream* m_events;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QWidget* m_banner;
    QLabel* m_bannerText;
    QLabel* m_liveIndicator;
    DashboardPage* m_dashboard = nullptr;
    QHash<QString, ListPage*> m_pages;
    QStringList m_order;
    bool m_keepSignedIn = false;
    bool m_resumeAllowed = true;
    QString m_account; // keychain account of the signed-in server and user
};

} // namespace clm::ui
