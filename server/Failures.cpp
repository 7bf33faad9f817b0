#include "server/Failures.h"

#include "core/Json.h"
#include "server/ApiError.h"
#include "server/db/SqlError.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFailures, "clm.server")

using namespace Qt::StringLiterals;

namespace clm::server {

HttpResponse Failures::error(int status, const QString& code, const QString& message,
                             const QJsonObject& details)
{
    QJsonObject body{{u"error"_s, code}, {u"message"_s, message}};
    if (!details.isEmpty())
        body.insert(u"details"_s, details);
    HttpResponse response;
    response.status = status;
    response.body = json::toCompact(body);
    return response;
}

HttpResponse Failures::unavailable(const QString& message, int retryAfterSeconds)
{
    HttpResponse response = error(503, u"unavailable"_s, message);
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

HttpResponse Failures::response(const std::exception_ptr& failure)
{
    try {
        std::rethrow_exception(failure);
    } catch (const ApiError& e) {
        HttpResponse response = error(e.status(), e.code(), e.message(), e.details());
        if (!e.headerName.isEmpty())
            response.setHeader(e.headerName, e.headerValue);
        return response;
    } catch (const SqlError& e) {
        switch (e.kind()) {
        case SqlError::Kind::Unavailable:
            qCWarning(lcFailures).noquote() << "database unavailable:" << e.message();
            return unavailable(u"the database is unavailable"_s, 5);
        case SqlError::Kind::Conflict:
            qCInfo(lcFailures).noquote() << "database busy:" << e.message();
            return unavailable(u"the server is busy; try again"_s, 1);
        case SqlError::Kind::UniqueViolation:
        case SqlError::Kind::Other:
            break;
        }
        qCCritical(lcFailures).noquote() << "database error:" << e.message();
    } catch (const std::exception& e) {
        qCCritical(lcFailures).noquote() << "unexpected error:" << e.what();
    } catch (...) {
        qCCritical(lcFailures) << "unexpected error of an unknown type";
    }
    return error(500, u"internal"_s, u"internal server error"_s);
}

} // namespace clm::server
