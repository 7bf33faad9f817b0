#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

namespace clm::test {

struct HttpReply
{
    int status = 0; // 0: no HTTP answer (connection refused, reset, timeout)
    QByteArray body;
    QJsonObject json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QByteArray header(const QByteArray& name) const;
    QString error() const { return json.value(QLatin1String("error")).toString(); }
    QJsonObject details() const { return json.value(QLatin1String("details")).toObject(); }
    QJsonArray results() const { return json.value(QLatin1String("results")).toArray(); }
    // For QVERIFY2 messages.
    QByteArray describe() const;
};

// A blocking HTTP client for tests, over QNetworkAccessManager and real
// sockets. Not for production code (it spins a local event loop).
class HttpClient
{
public:
    explicit HttpClient(QUrl base = {});

    void setBase(const QUrl& base) { m_base = base; }
    void setToken(const QString& token) { m_token = token; }
    QString token() const { return m_token; }

    HttpReply get(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    HttpReply post(const QString& path, const QJsonObject& body,
                   const QList<QPair<QByteArray, QByteArray>>& headers = {});
    HttpReply patch(const QString& path, const QJsonObject& body,
                    const QList<QPair<QByteArray, QByteArray>>& headers = {});
    HttpReply del(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    HttpReply send(const QByteArray& method, const QString& path, const QByteArray& body,
                   const QList<QPair<QByteArray, QByteArray>>& headers, int timeoutMs = 30000);

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QUrl m_base;
    QString m_token;
};

} // namespace clm::test
