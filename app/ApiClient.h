#pragma once

#include "app/CertificateProblem.h"
#include "core/RestClient.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace clm::app {

// The admin GUI's way to the REST API (API.md): the signed-in session's
// tokens, requests with the access token, and the one refresh on a 401
// while other requests wait for it. When the refresh fails, the waiting
// requests stay queued and signInRequired() asks for a new sign-in; they go
// out after it, so nothing the user did is lost.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RestReply&)>;

    explicit ApiClient(QNetworkAccessManager* network, QObject* parent = nullptr);

    void setBaseUrl(const QUrl& url);
    QUrl baseUrl() const { return m_base; }
    void setTimeoutMs(int timeoutMs) { m_rest.setTimeoutMs(timeoutMs); }
    // CA certificates trusted for the server besides the system's (a
    // private CA from the settings); the events socket uses them too.
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates);
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCas; }
    // The last time the server's certificate was refused, and why; null once
    // a request reached the server again. Never ignored: requests fail.
    CertificateProblem certificateProblem() const { return m_certificateProblem; }

    void setTokens(const QString& access, const QString& refresh);
    QString accessToken() const { return m_access; }
    QString refreshToken() const { return m_refresh; }
    bool isSignedIn() const { return !m_refresh.isEmpty(); }
    // The signed-in user (from sign-in or users/me), for role checks.
    QJsonObject user() const { return m_user; }
    // The signed-in user as the server answered a change of it (users/me).
    void updateUser(const QJsonObject& user);

    // Unknown until the first answer; false while the server does not answer.
    bool isReachable() const { return m_reachable; }

    // `path` may carry a query ("/api/v1/licenses/?page=2"). `done` runs
    // once, unless `context` is destroyed first.
    void request(const QByteArray& method, const QString& path, const QJsonObject& body,
                 QObject* context, Callback done, const RestClient::Headers& headers = {});
    void get(const QString& path, QObject* context, Callback done)
    {
        request("GET", path, {}, context, std::move(done));
    }

    // POST /auth/login; on success the tokens are set and the requests
    // waiting for a sign-in go out.
    void signIn(const QString& email, const QString& password, QObject* context, Callback done);
    // Revokes the refresh token on the server and forgets the tokens.
    void signOut();
    // Signs in with a stored refresh token (keep me signed in).
    void resume(const QString& refreshToken, QObject* context, Callback done);

    // Rotates the tokens now (joining a refresh under way); `done(true)` once
    // accessToken() is fresh, `done(false)` when there is no sign-in or the
    // refresh failed. For the events socket, which the server closes when
    // its token expires.
    void refreshAccess(QObject* context, std::function<void(bool fresh)> done);

    // An absolute URL for a path of the API (also for the events socket).
    QUrl url(const QString& path) const;

signals:
    // New tokens (after sign-in or rotation); an empty refresh token after
    // sign-out. The keychain stores the refresh token.
    void tokensChanged(const QString& refreshToken);
    void signedIn(const QJsonObject& user);
    void userChanged(const QJsonObject& user);
    void signedOut();
    // The refresh token was refused: ask the user to sign in again.
    void signInRequired();
    void reachableChanged(bool reachable);
    void certificateRefused(const clm::app::CertificateProblem& problem);

private:
    struct Pending
    {
        QByteArray method;
        QString path;
        QJsonObject body;
        QPointer<QObject> context;
        Callback done;
        RestClient::Headers headers;
        bool retried = false;
    };

    void send(Pending pending);
    void refresh();
    void flushWaiting();
    void failWaiting(const RestReply& reply);
    void noteReply(const RestReply& reply);

    QNetworkAccessManager* m_network;
    RestClient m_rest;
    QList<QSslCertificate> m_extraCas;
    CertificateProblem m_certificateProblem;
    QUrl m_base;
    QString m_access;
    QString m_refresh;
    QJsonObject m_user;
    bool m_reachable = true;
    bool m_refreshing = false;
    bool m_needsSignIn = false;
    QList<Pending> m_waiting;
    QList<QPair<QPointer<QObject>, std::function<void(bool)>>> m_refreshWaiters;
};

} // namespace clm::app
