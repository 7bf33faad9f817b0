#include "HttpClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace clm::test {

QByteArray HttpReply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpReply::describe() const
{
    return "HTTP " + QByteArray::number(status) + " " + body.left(500) + " " +
           networkError.toUtf8();
}

HttpClient::HttpClient(QUrl base)
    : m_nam(std::make_unique<QNetworkAccessManager>())
    , m_base(std::move(base))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpReply HttpClient::get(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return send("GET", path, {}, headers);
}

HttpReply HttpClient::post(const QString& path, const QJsonObject& body,
                           const QList<QPair<QByteArray, QByteArray>>& headers)
{
    auto all = headers;
    all.prepend({"Content-Type", "application/json"});
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), all);
}

HttpReply HttpClient::patch(const QString& path, const QJsonObject& body,
                            const QList<QPair<QByteArray, QByteArray>>& headers)
{
    auto all = headers;
    all.prepend({"Content-Type", "application/json"});
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), all);
}

HttpReply HttpClient::del(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return send("DELETE", path, {}, headers);
}

HttpReply HttpClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                           const QList<QPair<QByteArray, QByteArray>>& headers, int timeoutMs)
{
    const QUrl url = path.startsWith("http"_L1) ? QUrl(path) : QUrl(m_base.toString() + path);
    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = m_nam->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();

    HttpReply out;
    if (!reply->isFinished()) {
        reply->abort();
        out.networkError = u"timeout"_s;
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto& pair : reply->rawHeaderPairs())
        out.headers.append(pair);
    if (reply->error() != QNetworkReply::NoError && out.status == 0)
        out.networkError = reply->errorString();
    const QJsonDocument document = QJsonDocument::fromJson(out.body);
    if (document.isObject())
        out.json = document.object();
    reply->deleteLater();
    return out;
}

} // namespace clm::test
