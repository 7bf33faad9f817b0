#pragma once

#include <QJsonObject>
#include <QString>

#include <stdexcept>

namespace clm::server {

// A typed API error. Handlers throw it; the dispatcher turns it into the
// status and the error body of API.md in exactly one place.
class ApiError : public std::runtime_error
{
public:
    ApiError(int status, QString code, QString message, QJsonObject details = {})
        : std::runtime_error(message.toStdString())
        , m_status(status)
        , m_code(std::move(code))
        , m_message(std::move(message))
        , m_details(std::move(details))
    {}

    int status() const { return m_status; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    QJsonObject details() const { return m_details; }
    // Extra response header (Retry-After, Allow, WWW-Authenticate).
    QByteArray headerName;
    QByteArray headerValue;

    static ApiError badRequest(const QString& message)
    {
        return ApiError(400, QStringLiteral("bad_request"), message);
    }
    static ApiError validation(const QJsonObject& fields)
    {
        return ApiError(400, QStringLiteral("validation_failed"),
                        QStringLiteral("the request has invalid fields"), fields);
    }
    static ApiError validation(const QString& field, const QString& reason)
    {
        return validation(QJsonObject{{field, reason}});
    }
    static ApiError unauthorized(const QString& message = QStringLiteral("authentication required"))
    {
        ApiError error(401, QStringLiteral("unauthorized"), message);
        error.headerName = "WWW-Authenticate";
        error.headerValue = "Bearer";
        return error;
    }
    static ApiError forbidden(const QString& message = QStringLiteral("not allowed for your role"))
    {
        return ApiError(403, QStringLiteral("forbidden"), message);
    }
    static ApiError notFound(const QString& message = QStringLiteral("not found"))
    {
        return ApiError(404, QStringLiteral("not_found"), message);
    }
    static ApiError conflict(const QString& message, int status = 409)
    {
        return ApiError(status, QStringLiteral("conflict"), message);
    }
    static ApiError unavailable(const QString& message)
    {
        return ApiError(503, QStringLiteral("unavailable"), message);
    }
    // The caller's session ended or lapsed: it must acquire again.
    static ApiError sessionExpired()
    {
        return ApiError(404, QStringLiteral("session_expired"),
                        QStringLiteral("the session has ended or lapsed; acquire a seat again"));
    }

private:
    int m_status;
    QString m_code;
    QString m_message;
    QJsonObject m_details;
};

} // namespace clm::server
