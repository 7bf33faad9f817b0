#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace clm {

// One answer of the REST API (API.md), or the reason there was none.
struct RestReply
{
    int status = 0; // HTTP status; 0 when no HTTP answer came (refused, reset, timeout, TLS)
    QJsonObject json;
    QByteArray body;
    QString networkError;
    std::optional<qint64> serverDateMs; // the answer's Date header
    QUrl url;

    bool reached() const { return status != 0; }
    bool isSuccess() const { return status >= 200 && status < 300; }
    // The API's error code ("no_seats", ...), "unreachable" without an answer.
    QString errorCode() const;
    // A one-line human reason.
    QString message() const;
};

// Sends JSON requests and hands back one RestReply through one completion
// path, with a transfer timeout, bearer authentication and optional extra CA
// certificates. The network access manager is passed in (no global one).
class RestClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RestReply&)>;

    explicit RestClient(QNetworkAccessManager* network, QObject* parent = nullptr);

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }
    // Trusted in addition to the system's CA store.
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates);
    void setUserAgent(const QByteArray& userAgent) { m_userAgent = userAgent; }

    // `body` is sent as JSON unless `method` is GET or DELETE. `done` runs
    // exactly once, unless `context` is destroyed first; the returned reply
    // may be aborted (then `done` sees no answer).
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    QNetworkReply* send(const QByteArray& method, const QUrl& url, const QJsonObject& body,
                        const QString& bearer, QObject* context, Callback done,
                        const Headers& headers = {});

private:
    QNetworkAccessManager* m_network;
    int m_timeoutMs = 10000;
    QList<QSslCertificate> m_extraCas;
    QByteArray m_userAgent;
};

} // namespace clm
