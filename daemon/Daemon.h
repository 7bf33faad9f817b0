#pragma once

#include "core/Clock.h"
#include "daemon/DaemonMetrics.h"
#include "daemon/DaemonSettings.h"
#include "daemon/LocalListener.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace clm {
class RestClient;
}

namespace clm::daemon {

class DeviceState;
class LeaseCache;
class LocalConnection;
class SeatManager;
class ServerLink;
class TrustedClock;

// clmd: serves the local protocol (CLI.md) over a Unix socket, enrolls the
// machine, and holds seats through the SeatManager.
class Daemon : public QObject
{
    Q_OBJECT
public:
    Daemon(DaemonSettings settings, const Clock& wall, QObject* parent = nullptr);
    ~Daemon() override;

    // Opens the state, starts listening, enrolls if configured to; false
    // with a one-line reason.
    bool start(QString* error);
    // Stops listening, releases what is not borrowed (server permitting),
    // then calls `done`.
    void stop(std::function<void()> done);

    QString hardwareId() const { return m_hardwareId; }

private:
    enum class EnrollOutcome
    {
        Enrolled,
        Refused, // for good: the token is bad, used up, or the device disabled
        Retry,   // the server did not answer (or not yet): try again later
    };
    using EnrollDone = std::function<void(EnrollOutcome, const QJsonObject& answer)>;

    void onNewConnection(int descriptor);
    // Whose budget of max_connections_per_user a connection uses.
    qint64 connectionOwner(const LocalConnection* connection) const;
    void onRequest(LocalConnection* connection, const QJsonObject& message);
    // False if the client did not get it (LocalConnection::send).
    bool answer(LocalConnection* connection, const QJsonValue& id, QJsonObject answer);
    QJsonObject statusAnswer() const;
    QJsonObject metricsAnswer() const;
    void enroll(const QList<QUrl>& urls, const QString& token, EnrollDone done);
    void enrollFromConfiguration();
    void forgetConfiguredToken();
    bool removeTokenFromConfiguration(const QString& token);
    void warnAboutReadableToken() const;
    void persistClock();
    bool openCache(QString* error);

    DaemonSettings m_settings;
    const Clock& m_wall;
    QElapsedTimer m_monotonic;
    QString m_hardwareId;
    DaemonMetrics m_metrics; // before what reports to it
    QNetworkAccessManager m_network;
    std::unique_ptr<RestClient> m_rest;
    std::unique_ptr<ServerLink> m_link;
    std::unique_ptr<DeviceState> m_device;
    std::unique_ptr<LeaseCache> m_cache;
    std::unique_ptr<TrustedClock> m_clock;
    std::unique_ptr<SeatManager> m_seats;
    LocalListener m_server;
    static constexpr qint64 kUnknownPeer = -1;
    static constexpr qint64 kUnnamedUsers = -2;
    quint64 m_nextConnectionId = 1;
    int m_connections = 0;
    int m_maxConnections = 4096;
    QHash<qint64, int> m_connectionsByOwner;
    QSet<qint64> m_refusalLogged;
    QTimer m_clockTimer;
    QTimer m_enrollRetry;
    int m_enrollAttempts = 0;
    bool m_enrolling = false;
    bool m_stopping = false;
};

} // namespace clm::daemon
