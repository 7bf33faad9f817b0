#include "daemon/ServerLink.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>

#include <utility>

Q_LOGGING_CATEGORY(lcLink, "clm.daemon.server")

using namespace Qt::StringLiterals;

namespace clm::daemon {

ServerLink::ServerLink(RestClient* client, QList<QUrl> urls, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_urls(std::move(urls))
    , m_random(std::random_device{}())
{
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &ServerLink::probe);
}

void ServerLink::setUrls(QList<QUrl> urls)
{
    m_urls = std::move(urls);
    m_activeIndex = 0;
    ++m_urlsGeneration;
}

void ServerLink::setEnrolling(bool enrolling)
{
    m_enrolling = enrolling;
    if (enrolling)
        return;
    const auto resends = std::exchange(m_afterEnrollment, {});
    for (const auto& resend : resends)
        resend();
}

bool ServerLink::resentAfterEnrollment(const RestReply& reply, const QString& tokenSent,
                                       const QByteArray& method, const QString& path,
                                       const QJsonObject& body, QObject* context,
                                       RestClient::Callback& done)
{
    if (reply.status != 401 || tokenSent.isEmpty() || (!m_enrolling && tokenSent == m_token))
        return false;
    auto resend = [this, method, path, body, guard = QPointer<QObject>(context),
                   done = std::move(done)]() mutable {
        if (guard)
            request(method, path, body, guard, std::move(done), true);
    };
    if (m_enrolling)
        m_afterEnrollment.append(std::move(resend));
    else
        resend();
    return true;
}

void ServerLink::setBackoff(int minMs, int maxMs)
{
    m_minBackoffMs = std::max(1, minMs);
    m_maxBackoffMs = std::max(m_minBackoffMs, maxMs);
}

QUrl ServerLink::activeUrl() const
{
    if (m_urls.isEmpty())
        return {};
    return m_urls.value(m_activeIndex, m_urls.first());
}

void ServerLink::request(const QByteArray& method, const QString& path, const QJsonObject& body,
                         QObject* context, RestClient::Callback done, bool authenticated)
{
    if (m_urls.isEmpty()) {
        RestReply none;
        none.networkError = u"no server URL is configured"_s;
        done(none);
        return;
    }
    attempt(0, method, path, body, context, std::move(done), authenticated);
}

void ServerLink::attempt(int index, const QByteArray& method, const QString& path,
                         const QJsonObject& body, QObject* context, RestClient::Callback done,
                         bool authenticated)
{
    const QUrl server = m_urls.at(index);
    QUrl url = server;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    const QString token = authenticated ? m_token : QString();
    QElapsedTimer sent;
    sent.start();
    m_client->send(
            method, url, body, token, context,
            [this, index, server, generation = m_urlsGeneration, token, method, path, body, context,
             done = std::move(done), authenticated, sent](const RestReply& reply) mutable {
                if (m_roundTrip)
                    m_roundTrip(static_cast<double>(sent.nsecsElapsed()) / 1e9,
                                reply.reached() && reply.status < 500);
                if (reply.serverDateMs)
                    emit serverTime(*reply.serverDateMs);
                if (resentAfterEnrollment(reply, token, method, path, body, context, done))
                    return;
                if (generation != m_urlsGeneration) {
                    // The list of servers changed while this was under way
                    // (an enrollment): the answer is delivered as it is,
                    // and says nothing about the new list.
                    done(reply);
                    return;
                }
                if (reply.reached() && reply.status < 500) {
                    if (m_activeIndex != index)
                        qCInfo(lcLink).noquote() << "using server" << server.toString();
                    m_activeIndex = index;
                    setReachable(true);
                    done(reply);
                    return;
                }
                qCInfo(lcLink).noquote()
                        << "server" << server.toString() << "did not answer:" << reply.message();
                if (index + 1 < m_urls.size()) {
                    attempt(index + 1, method, path, body, context, std::move(done), authenticated);
                    return;
                }
                setReachable(false);
                done(reply);
            });
}

void ServerLink::probe()
{
    if (m_probing)
        return;
    m_probing = true;
    request(
            "GET", u"/health"_s, {}, this, [this](const RestReply&) { m_probing = false; }, false);
}

void ServerLink::setReachable(bool reachable)
{
    if (reachable) {
        m_backoffMs = 0;
        m_probeTimer.stop();
    } else {
        scheduleProbe();
    }
    if (m_known && reachable == m_reachable)
        return;
    m_known = true;
    m_reachable = reachable;
    qCInfo(lcLink) << (reachable ? "server reachable" : "server unreachable");
    emit reachableChanged(reachable);
}

void ServerLink::scheduleProbe()
{
    if (m_probeTimer.isActive())
        return;
    // Exponential backoff with full jitter: many machines that lost the
    // server together do not come back at the same instant.
    m_backoffMs = m_backoffMs == 0 ? m_minBackoffMs : std::min(m_backoffMs * 2, m_maxBackoffMs);
    std::uniform_int_distribution<int> jitter(m_backoffMs / 2, m_backoffMs);
    m_probeTimer.start(jitter(m_random));
}

} // namespace clm::daemon
