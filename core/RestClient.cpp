#include "core/RestClient.h"

#include "core/Time.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace clm {

QString RestReply::errorCode() const
{
    if (!reached())
        return u"unreachable"_s;
    const QString code = json.value("error"_L1).toString();
    if (!code.isEmpty())
        return code;
    return isSuccess() ? QString() : u"http_%1"_s.arg(status);
}

QString RestReply::message() const
{
    if (!reached())
        return networkError.isEmpty() ? u"no answer"_s : networkError;
    const QString text = json.value("message"_L1).toString();
    if (!text.isEmpty())
        return text;
    return u"HTTP %1"_s.arg(status);
}

RestClient::RestClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{}

void RestClient::setExtraCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCas = certificates;
}

QNetworkReply* RestClient::send(const QByteArray& method, const QUrl& url, const QJsonObject& body,
                                const QString& bearer, QObject* context, Callback done,
                                const Headers& headers)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (!m_userAgent.isEmpty())
        request.setRawHeader("User-Agent", m_userAgent);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    if (!m_extraCas.isEmpty() && url.scheme() == "https"_L1) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_extraCas);
        request.setSslConfiguration(ssl);
    }
    QByteArray payload;
    const bool hasBody = method != "GET" && method != "DELETE";
    if (hasBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply* reply = hasBody ? m_network->sendCustomRequest(request, method, payload)
                                   : m_network->sendCustomRequest(request, method);
    // Freed even when `context` is gone before the answer.
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    connect(reply, &QNetworkReply::finished, context, [reply, url, done = std::move(done)]() {
        RestReply answer;
        answer.url = url;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        if (!answer.reached())
            answer.networkError = reply->errorString();
        if (reply->hasRawHeader("Date"))
            answer.serverDateMs = time::parseHttpDate(reply->rawHeader("Date"));
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(answer.body, &error);
        if (error.error == QJsonParseError::NoError && document.isObject())
            answer.json = document.object();
        done(answer);
    });
    return reply;
}

} // namespace clm
