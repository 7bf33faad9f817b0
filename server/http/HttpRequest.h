#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace clm::server {

// A parsed HTTP request, independent of the HTTP library underneath.
struct HttpRequest
{
    QByteArray method;                            // "GET", "POST", ...
    QString path;                                 // percent-decoded path, without the query
    QUrlQuery query;                              // decoded query items
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-case
    QByteArray body;
    QString clientAddress;
    QString requestId;
    QString scheme; // "http" or "https"
    QString host;   // Host header (authority), for absolute URLs

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
};

struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    bool closeConnection = false;

    void setHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append({name, value});
    }
};

} // namespace clm::server
