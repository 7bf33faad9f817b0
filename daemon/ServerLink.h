#pragma once

#include "core/RestClient.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <random>

namespace clm::daemon {

// The daemon's way to the server: tries every configured URL in order until
// one answers (an HTTP answer below 500), and tracks whether the server is
// reachable. After a failure it probes again with exponential backoff and
// full jitter, capped, and reports when the server is back.
class ServerLink : public QObject
{
    Q_OBJECT
public:
    ServerLink(RestClient* client, QList<QUrl> urls, QObject* parent = nullptr);

    void setUrls(QList<QUrl> urls);
    QList<QUrl> urls() const { return m_urls; }
    void setBackoff(int minMs, int maxMs);
    void setDeviceToken(const QString& token) { m_token = token; }
    // An enrollment is under way: the server may already have revoked the
    // device token a request carries. A 401 to an authenticated request
    // that carried a token replaced since, or that came while enrolling,
    // is not the machine's refusal: the request is sent again (once the
    // enrollment ended, with whatever token it left).
    void setEnrolling(bool enrolling);

    // Unknown until the first request; then the outcome of the latest one.
    bool isReachable() const { return m_reachable; }
    bool isKnown() const { return m_known; }
    // The URL that answered last (else the first configured).
    QUrl activeUrl() const;

    // `path` is relative to each server URL ("/api/v1/licenses/acquire").
    // The callback sees the first answer below 500, or the last failure.
    void request(const QByteArray& method, const QString& path, const QJsonObject& body,
                 QObject* context, RestClient::Callback done, bool authenticated = true);

    // Told of every attempt's round trip (seconds) and whether a server
    // answered, for the daemon's metrics.
    void setRoundTripObserver(std::function<void(double seconds, bool answered)> observer)
    {
        m_roundTrip = std::move(observer);
    }
    // Probes now (GET /health), unless a request is already under way.
    void probe();

signals:
    void reachableChanged(bool reachable);
    // A Date header of an answer, in milliseconds since the epoch.
    void serverTime(qint64 msecs);

private:
    void attempt(int index, const QByteArray& method, const QString& path, const QJsonObject& body,
                 QObject* context, RestClient::Callback done, bool authenticated);
    // A 401 for a token that is, or is about to be, replaced: sent again.
    bool resentAfterEnrollment(const RestReply& reply, const QString& tokenSent,
                               const QByteArray& method, const QString& path,
                               const QJsonObject& body, QObject* context,
                               RestClient::Callback& done);
    void setReachable(bool reachable);
    void scheduleProbe();

    RestClient* m_client;
    QList<QUrl> m_urls;
    QString m_token;
    int m_activeIndex = 0;
    std::function<void(double, bool)> m_roundTrip;
    // Counts setUrls(): an answer to a request sent before the list
    // changed must not index the new list.
    quint64 m_urlsGeneration = 0;
    bool m_enrolling = false;
    QList<std::function<void()>> m_afterEnrollment;
    bool m_reachable = false;
    bool m_known = false;
    bool m_probing = false;
    int m_minBackoffMs = 1000;
    int m_maxBackoffMs = 60000;
    int m_backoffMs = 0;
    QTimer m_probeTimer;
    std::mt19937 m_random;
};

} // namespace clm::daemon
