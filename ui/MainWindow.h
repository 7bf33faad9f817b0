#pragma once

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

class ListPage;

// The admin window: keyboard-reachable navigation on the left, one page per
// resource, a banner when the server does not answer (the data shown stays),
// and an indicator of whether live events or polling keep pages current.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(app::ApiClient* api, app::TokenStore* tokens, QWidget* parent = nullptr);

    // Opens the sign-in dialog (pre-filled) until the user signs in or
    // cancels; false when cancelled.
    bool signIn(const QString& server = {}, const QString& email = {});
    QStringList pageNames() const;
    void showPage(const QString& name);
    ListPage* page(const QString& name) const { return m_pages.value(name); }
    QWidget* banner() const { return m_banner; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPages();
    void storeRefreshToken(const QString& refresh);
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
    QHash<QString, ListPage*> m_pages;
    QStringList m_order;
    bool m_keepSignedIn = false;
};

} // namespace clm::ui
