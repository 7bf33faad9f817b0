#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace clm::server {

// A parsed HTTP request, independent of the HTTP library underneath.
struct HttpRequest
{
    QByteArray method;                            // "GET", "POST", ...
    QString path;                                 // percent-decoded path, without the query
    QUrlQuery query;                              // decoded query items
    QByteArray rawQuery;                          // as received, after '?'
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-case
    QByteArray body;
    QString clientAddress;
    QString requestId;
    QString scheme; // "http" or "https"
    QUrl publicUrl; // the server's configured public URL, for absolute links

    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (key == name)
                return value;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto& header : headers) {
            if (header.first == name)
                return true;
        }
        return false;
    }

    // Sets path and query from the request target as sent ("/a%20b?x=1").
    void setTarget(const QByteArray& rawTarget)
    {
        const qsizetype questionMark = rawTarget.indexOf('?');
        path = QUrl::fromPercentEncoding(questionMark < 0 ? rawTarget
                                                          : rawTarget.left(questionMark));
        query.clear();
        rawQuery.clear();
        if (questionMark >= 0) {
            // '+' means space in form-style queries (?search=a+b).
            QByteArray text = rawTarget.mid(questionMark + 1);
            rawQuery = text;
            text.replace('+', "%20");
            query.setQuery(QString::fromUtf8(text));
        }
    }
};

struct HttpResponse;

// An answer that another thread will give later (the heartbeat batcher
// answers once the batch is committed). complete() and onComplete() may be
// called in either order, from any threads, once each.
class DeferredResponse
{
public:
    void complete(HttpResponse response);
    void onComplete(std::function<void(HttpResponse)> sink);

private:
    std::mutex m_mutex;
    std::shared_ptr<HttpResponse> m_result;
    std::function<void(HttpResponse)> m_sink;
};

struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    bool closeConnection = false;
    // Set instead of a status and body when the answer comes later.
    std::shared_ptr<DeferredResponse> deferred;
    // Work that makes the answer, run on the connection's own thread before
    // it is sent (signing a lease after the heartbeat batcher committed, so
    // that the batcher's single thread does not sign them all).
    std::function<void(HttpResponse&)> finalize;

    void setHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append({name, value});
    }
};

inline void DeferredResponse::complete(HttpResponse response)
{
    std::function<void(HttpResponse)> sink;
    {
        std::lock_guard lock(m_mutex);
        if (!m_sink) {
            m_result = std::make_shared<HttpResponse>(std::move(response));
            return;
        }
        sink = std::move(m_sink);
    }
    sink(std::move(response));
}

inline void DeferredResponse::onComplete(std::function<void(HttpResponse)> sink)
{
    std::shared_ptr<HttpResponse> result;
    {
        std::lock_guard lock(m_mutex);
        if (!m_result) {
            m_sink = std::move(sink);
            return;
        }
        result = std::move(m_result);
    }
    sink(std::move(*result));
}

} // namespace clm::server
