#include "app/ApiClient.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

Q_LOGGING_CATEGORY(lcApi, "clm.admin.api")

using namespace Qt::StringLiterals;

namespace clm::app {

ApiClient::ApiClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_rest(network)
{
    m_rest.setUserAgent("clm-admin/" CLM_VERSION);
    // Recorded to explain the failure that follows; never ignored.
    connect(network, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply* reply, const QList<QSslError>& errors) {
                if (reply->url().host() != m_base.host())
                    return;
                m_certificateProblem = CertificateProblem::describe(
                        reply->url().host(), errors,
                        reply->sslConfiguration().peerCertificateChain());
                qCWarning(lcApi) << "certificate refused:" << m_certificateProblem.errors;
                emit certificateRefused(m_certificateProblem);
            });
}

void ApiClient::setExtraCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCas = certificates;
    m_rest.setExtraCaCertificates(certificates);
    // A connection Qt keeps open (or keeps for reuse) goes on with the TLS
    // settings it was made with: without this, a CA just trusted would only
    // count once the cached connection to the server expires.
    m_network->clearConnectionCache();
}

void ApiClient::setBaseUrl(const QUrl& url)
{
    if (url.host() != m_base.host())
        m_certificateProblem = CertificateProblem();
    m_base = url.adjusted(QUrl::StripTrailingSlash);
}

void ApiClient::setTokens(const QString& access, const QString& refresh)
{
    m_access = access;
    m_refresh = refresh;
}

QUrl ApiClient::url(const QString& path) const
{
    return QUrl(m_base.toString() + path);
}

void ApiClient::noteReply(const RestReply& reply)
{
    if (reply.reached())
        m_certificateProblem = CertificateProblem();
    const bool reachable = reply.reached() && reply.status < 500;
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    emit reachableChanged(reachable);
}

void ApiClient::request(const QByteArray& method, const QString& path, const QJsonObject& body,
                        QObject* context, Callback done, const RestClient::Headers& headers)
{
    Pending pending{method, path, body, context, std::move(done), headers};
    if (m_refreshing || m_needsSignIn) {
        m_waiting.append(std::move(pending));
        return;
    }
    send(std::move(pending));
}

void ApiClient::send(Pending pending)
{
    QObject* context = pending.context ? pending.context.data() : this;
    const QUrl target = url(pending.path);
    const QByteArray method = pending.method;
    const QJsonObject body = pending.body;
    const RestClient::Headers headers = pending.headers;
    m_rest.send(
            method, target, body, m_access, context,
            [this, pending = std::move(pending)](const RestReply& reply) mutable {
                noteReply(reply);
                if (reply.status == 401 && !pending.retried && !m_refresh.isEmpty()) {
                    // The access token ran out: refresh once, then retry.
                    pending.retried = true;
                    m_waiting.append(std::move(pending));
                    if (!m_refreshing && !m_needsSignIn)
                        refresh();
                    return;
                }
                if (pending.done)
                    pending.done(reply);
            },
            headers);
}

void ApiClient::refreshAccess(QObject* context, std::function<void(bool)> done)
{
    if (m_refresh.isEmpty() || m_needsSignIn) {
        done(false);
        return;
    }
    m_refreshWaiters.append({context, std::move(done)});
    if (!m_refreshing)
        refresh();
}

void ApiClient::refresh()
{
    m_refreshing = true;
    m_rest.send("POST", url(u"/api/v1/auth/refresh"_s), {{u"refresh"_s, m_refresh}}, QString(),
                this, [this](const RestReply& reply) {
                    m_refreshing = false;
                    noteReply(reply);
                    const auto waiters = std::exchange(m_refreshWaiters, {});
                    auto tellWaiters = [&waiters](bool fresh) {
                        for (const auto& [context, done] : waiters) {
                            if (context)
                                done(fresh);
                        }
                    };
                    if (reply.isSuccess()) {
                        m_access = reply.json.value("access"_L1).toString();
                        m_refresh = reply.json.value("refresh"_L1).toString();
                        emit tokensChanged(m_refresh);
                        tellWaiters(true);
                        flushWaiting();
                        return;
                    }
                    tellWaiters(false);
                    if (!reply.reached()) {
                        failWaiting(reply);
                        return;
                    }
                    qCInfo(lcApi) << "refresh refused:" << reply.status << reply.errorCode();
                    m_needsSignIn = true;
                    m_access.clear();
                    m_refresh.clear();
                    emit tokensChanged(QString());
                    emit signInRequired();
                });
}

void ApiClient::flushWaiting()
{
    const QList<Pending> waiting = std::move(m_waiting);
    m_waiting.clear();
    for (const Pending& pending : waiting) {
        if (pending.context)
            send(pending);
    }
}

void ApiClient::failWaiting(const RestReply& reply)
{
    const QList<Pending> waiting = std::move(m_waiting);
    m_waiting.clear();
    for (const Pending& pending : waiting) {
        if (pending.context && pending.done)
            pending.done(reply);
    }
}

void ApiClient::signIn(const QString& email, const QString& password, QObject* context,
                       Callback done)
{
    m_rest.send("POST", url(u"/api/v1/auth/login"_s),
                {{u"email"_s, email}, {u"password"_s, password}}, QString(), context,
                [this, done = std::move(done)](const RestReply& reply) {
                    noteReply(reply);
                    if (reply.isSuccess()) {
                        m_access = reply.json.value("access"_L1).toString();
                        m_refresh = reply.json.value("refresh"_L1).toString();
                        m_user = reply.json.value("user"_L1).toObject();
                        m_needsSignIn = false;
                        emit tokensChanged(m_refresh);
                        emit signedIn(m_user);
                        flushWaiting();
                    }
                    done(reply);
                });
}

void ApiClient::resume(const QString& refreshToken, QObject* context, Callback done)
{
    m_refresh = refreshToken;
    m_rest.send("POST", url(u"/api/v1/auth/refresh"_s), {{u"refresh"_s, refreshToken}}, QString(),
                context, [this, context, done = std::move(done)](const RestReply& reply) {
                    noteReply(reply);
                    if (!reply.isSuccess()) {
                        m_refresh.clear();
                        if (reply.reached())
                            emit tokensChanged(QString());
                        done(reply);
                        return;
                    }
                    m_access = reply.json.value("access"_L1).toString();
                    m_refresh = reply.json.value("refresh"_L1).toString();
                    m_needsSignIn = false;
                    emit tokensChanged(m_refresh);
                    get(u"/api/v1/users/me/"_s, context, [this, done](const RestReply& me) {
                        if (me.isSuccess()) {
                            m_user = me.json;
                            emit signedIn(m_user);
                            flushWaiting();
                        }
                        done(me);
                    });
                });
}

void ApiClient::updateUser(const QJsonObject& user)
{
    if (user.value("id"_L1) != m_user.value("id"_L1))
        return;
    m_user = user;
    emit userChanged(m_user);
}

void ApiClient::signOut()
{
    if (!m_refresh.isEmpty())
        m_rest.send("POST", url(u"/api/v1/auth/logout"_s), {{u"refresh"_s, m_refresh}}, QString(),
                    this, [](const RestReply&) {});
    m_access.clear();
    m_refresh.clear();
    m_user = {};
    m_waiting.clear();
    m_needsSignIn = false;
    emit tokensChanged(QString());
    emit signedOut();
}

} // namespace clm::app
