#pragma once

#include "core/Json.h"
#include "server/http/HttpRequest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace clm::server {

inline HttpResponse jsonResponse(int status, const QJsonObject& body)
{
    HttpResponse response;
    response.status = status;
    response.body = json::toCompact(body);
    return response;
}

inline HttpResponse noContent()
{
    HttpResponse response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

} // namespace clm::server
