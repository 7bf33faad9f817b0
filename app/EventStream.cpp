#include "app/EventStream.h"

#include "app/ApiClient.h"
#include "core/Json.h"

#include <QSslConfiguration>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace clm::app {

EventStream::EventStream(ApiClient* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{
    m_poll.setInterval(15000);
    m_reconnect.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &EventStream::pollDue);
    connect(&m_reconnect, &QTimer::timeout, this, &EventStream::connectSocket);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_connectedAt.start();
        m_delayMs = 0;
        m_poll.stop();
        setMode(Mode::Live);
        // What happened while the socket was down is not replayed.
        emit pollDue();
    });
    connect(&m_socket, &QWebSocket::disconnected, this, &EventStream::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
        if (const auto event = json::parseObject(text.toUtf8()))
            emit eventReceived(*event);
    });
}

EventStream::~EventStream()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

void EventStream::start()
{
    if (m_running)
        return;
    m_running = true;
    connectSocket();
}

void EventStream::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_poll.stop();
    m_socket.abort();
    setMode(Mode::Off);
}

void EventStream::connectSocket()
{
    if (!m_running)
        return;
    QUrl url = m_api->url(u"/api/v1/events"_s);
    url.setScheme(url.scheme() == "https"_L1 ? u"wss"_s : u"ws"_s);
    QUrlQuery query;
    query.addQueryItem(u"access_token"_s, m_api->accessToken());
    url.setQuery(query);
    if (url.scheme() == "wss"_L1) {
        // The CA files of the settings count here as for every request.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_api->extraCaCertificates());
        m_socket.setSslConfiguration(ssl);
    }
    m_socket.open(url);
}

void EventStream::onDisconnected()
{
    if (!m_running)
        return;
    // 1008: the server took back the socket's right to listen (its token
    // expired, or the account changed). With a fresh token the socket comes
    // straight back, and the user sees nothing; if the right is really gone
    // the new handshake is refused and polling takes over as below. A 1008
    // right after connecting means a fresh token does not help.
    const bool policy = m_socket.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated;
    if (policy && m_connectedAt.isValid() && m_connectedAt.elapsed() > 1000) {
        m_api->refreshAccess(this, [this](bool fresh) {
            if (!m_running)
                return;
            if (fresh)
                connectSocket();
            else
                fallBackToPolling();
        });
        return;
    }
    fallBackToPolling();
}

void EventStream::fallBackToPolling()
{
    setMode(Mode::Polling);
    if (!m_poll.isActive())
        m_poll.start();
    // The handshake fails with an expired access token too: one
    // authenticated request refreshes it before the next attempt.
    m_api->get(u"/api/v1/users/me/"_s, this, [](const RestReply&) {});
    m_delayMs = m_delayMs == 0 ? 1000 : std::min(m_delayMs * 2, m_maxDelayMs);
    m_reconnect.start(m_delayMs);
}

void EventStream::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    emit modeChanged(mode);
}

} // namespace clm::app
