#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace clm::test {

// Machines fighting over one license, for fault tests: each client (with a
// device token of its own) loops acquire, two heartbeats, release, against
// the servers it is given, moving to the next server when one stops
// answering. It records every session answered 201 and every status and
// latency, so a test can check afterwards that nothing acknowledged was
// lost and that failures were fast.
class SeatLoad : public QObject
{
    Q_OBJECT
public:
    SeatLoad(QList<QUrl> servers, QStringList deviceTokens, QString product,
             QObject* parent = nullptr);
    ~SeatLoad() override;

    void start();
    // Stops after each client's current step; clients that hold a seat give
    // it back (a best effort: the server may be down).
    void stop(int timeoutMs = 15000);

    const QSet<QString>& granted() const { return m_granted; }
    int count(int status) const { return m_statuses.value(status); }
    int networkErrors() const { return m_networkErrors; }
    // Slowest answer with this status, in ms (0: none).
    qint64 slowest(int status) const { return m_slowest.value(status); }
    QString summary() const;

private:
    struct Client;
    void step(Client* client);
    void send(Client* client, const QString& path, const QJsonObject& body);
    void answered(Client* client, int status, const QJsonObject& json, qint64 elapsedMs);

    QList<QUrl> m_servers;
    QString m_product;
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<Client>> m_clients;
    QSet<QString> m_granted;
    QHash<int, int> m_statuses;
    QHash<int, qint64> m_slowest;
    int m_networkErrors = 0;
    bool m_running = false;
};

} // namespace clm::test
