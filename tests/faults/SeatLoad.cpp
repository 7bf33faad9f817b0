#include "SeatLoad.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

using namespace Qt::StringLiterals;

namespace clm::test {

struct SeatLoad::Client
{
    int index = 0;
    QString token;
    int server = 0;
    QString session;
    int heartbeats = 0;
    bool busy = false;
    QTimer retry;
};

SeatLoad::SeatLoad(QList<QUrl> servers, QStringList deviceTokens, QString product, QObject* parent)
    : QObject(parent)
    , m_servers(std::move(servers))
    , m_product(std::move(product))
{
    for (qsizetype i = 0; i < deviceTokens.size(); ++i) {
        auto client = std::make_unique<Client>();
        client->index = static_cast<int>(i);
        client->token = deviceTokens.at(i);
        client->server = static_cast<int>(i % m_servers.size());
        client->retry.setSingleShot(true);
        Client* raw = client.get();
        connect(&client->retry, &QTimer::timeout, this, [this, raw] { step(raw); });
        m_clients.push_back(std::move(client));
    }
}

SeatLoad::~SeatLoad() = default;

void SeatLoad::start()
{
    m_running = true;
    for (auto& client : m_clients)
        step(client.get());
}

void SeatLoad::stop(int timeoutMs)
{
    m_running = false;
    QElapsedTimer timer;
    timer.start();
    const auto busy = [this] {
        for (const auto& client : m_clients) {
            if (client->busy)
                return true;
        }
        return false;
    };
    while (busy() && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    for (auto& client : m_clients) {
        client->retry.stop();
        if (!client->session.isEmpty()) {
            client->busy = true;
            send(client.get(), u"/api/v1/licenses/release"_s, {{u"session_id"_s, client->session}});
        }
    }
    while (busy() && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
}

void SeatLoad::step(Client* client)
{
    if (!m_running)
        return;
    client->busy = true;
    if (client->session.isEmpty())
        send(client, u"/api/v1/licenses/acquire"_s,
             {{u"product"_s, m_product}, {u"os_user"_s, u"load"_s}});
    else if (client->heartbeats < 2)
        send(client, u"/api/v1/licenses/heartbeat"_s, {{u"session_id"_s, client->session}});
    else
        send(client, u"/api/v1/licenses/release"_s, {{u"session_id"_s, client->session}});
}

void SeatLoad::send(Client* client, const QString& path, const QJsonObject& body)
{
    QUrl url = m_servers.at(client->server);
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization", "Bearer " + client->token.toLatin1());
    request.setTransferTimeout(15000);
    auto* timer = new QElapsedTimer;
    timer->start();
    QNetworkReply* reply =
            m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, client, reply, timer, path] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        const qint64 elapsed = timer->elapsed();
        delete timer;
        reply->deleteLater();
        if (status == 0) {
            // No answer: this server is gone; the next one is tried.
            ++m_networkErrors;
            client->server = (client->server + 1) % m_servers.size();
            client->busy = false;
            if (m_running)
                client->retry.start(100);
            return;
        }
        if (path.endsWith(u"release"_s) && !m_running) {
            client->session.clear();
            client->busy = false;
            return;
        }
        answered(client, status, json, elapsed);
    });
}

void SeatLoad::answered(Client* client, int status, const QJsonObject& json, qint64 elapsedMs)
{
    ++m_statuses[status];
    m_slowest[status] = std::max(m_slowest.value(status), elapsedMs);
    client->busy = false;
    int delay = 0;
    if (status == 201 || status == 200) {
        if (client->session.isEmpty()) {
            client->session = json.value("session_id"_L1).toString();
            client->heartbeats = 0;
            if (status == 201)
                m_granted.insert(client->session);
        } else if (json.value("status"_L1).toString() == u"released"_s) {
            client->session.clear();
        } else {
            ++client->heartbeats;
        }
        delay = 20;
    } else if (status == 404) {
        client->session.clear(); // lapsed or reaped: acquire again
    } else if (status == 409) {
        delay = 50;
    } else {
        delay = 100; // 503 and the like: back off a little
    }
    if (m_running)
        client->retry.start(delay);
}

QString SeatLoad::summary() const
{
    QStringList parts;
    QList<int> statuses = m_statuses.keys();
    std::sort(statuses.begin(), statuses.end());
    for (const int status : statuses)
        parts.append(u"%1x%2 (slowest %3 ms)"_s.arg(status)
                             .arg(m_statuses.value(status))
                             .arg(m_slowest.value(status)));
    parts.append(u"%1 without an answer"_s.arg(m_networkErrors));
    return parts.join(u", "_s);
}

} // namespace clm::test
