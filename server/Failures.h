#pragma once

#include "server/http/HttpRequest.h"

#include <QJsonObject>
#include <QString>

#include <exception>

namespace clm::server {

// The one place where failures become answers (API.md's error body):
// request handlers, the events socket's checks, the heartbeat batcher and
// the HTTP layer's own refusals all go through it, so the same failure
// always gets the same status, code and Retry-After, and is logged once.
class Failures
{
public:
    // {"error": code, "message": message, "details"?: details}.
    static HttpResponse error(int status, const QString& code, const QString& message,
                              const QJsonObject& details = {});
    // The answer for a caught exception: ApiError as it says; SqlError
    // Unavailable is 503 with Retry-After 5, Conflict 503 with Retry-After 1,
    // anything else 500 internal (logged with what it was).
    static HttpResponse response(const std::exception_ptr& failure);
    // 503 unavailable with Retry-After, for a database that cannot be had.
    static HttpResponse unavailable(const QString& message, int retryAfterSeconds = 5);
};

} // namespace clm::server
