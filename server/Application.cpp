#include "server/Application.h"

#include "core/Json.h"
#include "core/Logging.h"
#include "core/Time.h"
#include "server/ApiError.h"
#include "server/RequestContext.h"
#include "server/api/AuditApi.h"
#include "server/api/AuthApi.h"
#include "server/api/DevicesApi.h"
#include "server/api/HealthApi.h"
#include "server/api/LicensesApi.h"
#include "server/api/OrganizationApi.h"
#include "server/api/SeatsApi.h"
#include "server/api/UsersApi.h"
#include "server/db/SqlConnection.h"
#include "server/db/SqlError.h"

#include <QLoggingCategory>

#include <chrono>

Q_LOGGING_CATEGORY(lcServer, "clm.server")

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

} // namespace

Application::Application(ServerContext& context)
    : m_context(context)
{
    HealthApi::registerRoutes(m_router);
    AuthApi::registerRoutes(m_router);
    OrganizationApi::registerRoutes(m_router);
    UsersApi::registerRoutes(m_router);
    AuditApi::registerRoutes(m_router);
    SeatsApi::registerRoutes(m_router);
    LicensesApi::registerRoutes(m_router);
    DevicesApi::registerRoutes(m_router);
}

Application::~Application() = default;

void Application::setWorkers(int workers)
{
    m_connections.clear();
    m_connections.resize(static_cast<size_t>(workers));
}

SqlConnection& Application::connection(int worker)
{
    auto& slot = m_connections.at(static_cast<size_t>(worker));
    if (!slot)
        slot = SqlConnection::open(m_context.settings.databaseUrl, m_context.settings.databaseRole);
    return *slot;
}

HttpResponse Application::errorResponse(int status, const QString& code, const QString& message,
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

void Application::finish(HttpResponse& response, const QByteArray& method, const QString& path,
                         const QString& requestId, const QString& client,
                         const QString& organization, qint64 startedNs)
{
    auto setDefault = [&](const QByteArray& name, const QByteArray& value) {
        for (const auto& header : std::as_const(response.headers)) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return;
        }
        response.setHeader(name, value);
    };
    setDefault("Cache-Control", "no-store");
    setDefault("X-Content-Type-Options", "nosniff");
    setDefault("X-Frame-Options", "DENY");
    setDefault("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    setDefault("Referrer-Policy", "no-referrer");
    // RFC 9110 asks origin servers with a clock for Date; clmd also takes it
    // as trusted time to notice a workstation clock set backwards.
    setDefault("Date", time::httpDate(Clock::system().nowMsecs()));

    const double durationMs = static_cast<double>(steadyNs() - startedNs) / 1e6;
    logging::structured("clm.server.access",
                        {{u"msg"_s, u"request"_s},
                         {u"method"_s, QString::fromLatin1(method)},
                         {u"path"_s, path},
                         {u"status"_s, response.status},
                         {u"duration_ms"_s, durationMs},
                         {u"request_id"_s, requestId},
                         {u"organization"_s, organization.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                    : QJsonValue(organization)},
                         {u"client"_s, client}});
}

void Application::prepare(HttpRequest& request) const
{
    const auto& settings = m_context.settings;
    request.publicUrl = settings.publicUrl;
    if (settings.trustedProxies.isEmpty())
        return;
    QByteArrayList forwardedFor;
    for (const auto& [name, value] : std::as_const(request.headers)) {
        if (name == "x-forwarded-for")
            forwardedFor.append(value);
    }
    request.clientAddress =
            settings.trustedProxies.clientAddress(request.clientAddress, forwardedFor);
}

qint64 Application::recheckEvents(const Principal& listener, int worker)
{
    const qint64 now = m_context.clock->nowMsecs();
    if (now >= listener.tokenExpiresAt)
        return 0;
    const qint64 untilExpiry = listener.tokenExpiresAt - now;
    try {
        Transaction tx(connection(worker), Transaction::Mode::Read, listener.organizationId);
        const SqlResult row = tx.exec(
                u"SELECT u.role, u.is_active, o.is_active FROM users u JOIN organizations o "
                "ON o.id = u.organization_id WHERE u.organization_id = $1 AND u.id = $2"_s,
                {listener.organizationId, listener.userId});
        tx.commit();
        Role role = Role::Guest;
        if (row.isEmpty() || !row.first().boolean(1) || !row.first().boolean(2) ||
            !parseRole(row.first().text(0), &role) || (role != Role::Owner && role != Role::Admin))
            return 0;
    } catch (const SqlError& e) {
        // The database cannot say: keep listening, ask again soon; the token's
        // expiry still ends the socket on time.
        qCWarning(lcServer) << "events recheck failed:" << e.message();
        return std::min<qint64>(untilExpiry, 5000);
    }
    return std::min(untilExpiry, m_eventsRecheckMs);
}

std::optional<HttpResponse> Application::authorizeEvents(HttpRequest& request, int worker,
                                                         HttpServer::WebSocketGrant* grant)
{
    prepare(request);
    QString path = request.path;
    while (path.endsWith(u'/') && path.size() > 1)
        path.chop(1);
    if (path != "/api/v1/events"_L1)
        return errorResponse(404, u"not_found"_s, u"no such path"_s);
    if (!request.hasHeader("authorization") && request.query.hasQueryItem(u"access_token"_s))
        request.headers.append(
                {"authorization",
                 "Bearer " + request.query.queryItemValue(u"access_token"_s).toLatin1()});
    try {
        RequestContext ctx(request, connection(worker), m_context);
        const Principal listener = ctx.requireAdmin();
        grant->channel = listener.organizationId;
        grant->firstCheckMs = std::max<qint64>(
                1,
                std::min(m_eventsRecheckMs, listener.tokenExpiresAt - m_context.clock->nowMsecs()));
        grant->recheck = [this, listener](int w) {
            return recheckEvents(listener, w);
        };
        // Any change of the listener's own account (role, deactivation).
        const QByteArray userId = listener.userId.toLatin1();
        grant->concerns = [userId](const QByteArray& message) {
            return message.contains("\"user.updated\"") && message.contains(userId);
        };
        return std::nullopt;
    } catch (const ApiError& e) {
        HttpResponse refusal = errorResponse(e.status(), e.code(), e.message());
        if (!e.headerName.isEmpty())
            refusal.setHeader(e.headerName, e.headerValue);
        return refusal;
    } catch (const SqlError&) {
        return errorResponse(503, u"unavailable"_s, u"the database is unavailable"_s);
    }
}

HttpResponse Application::handle(HttpRequest& request, int worker)
{
    const qint64 started = steadyNs();
    prepare(request);
    HttpResponse response;
    QString organization;
    try {
        const Router::Match match = m_router.match(request.method, request.path);
        if (!match.handler) {
            if (!match.allowedMethods.isEmpty()) {
                ApiError error(
                        405, u"method_not_allowed"_s,
                        u"%1 is not allowed here"_s.arg(QString::fromLatin1(request.method)));
                error.headerName = "Allow";
                error.headerValue = match.allowedMethods.join(", ");
                throw error;
            }
            throw ApiError::notFound(u"no such path"_s);
        }
        RequestContext ctx(request, connection(worker), m_context);
        ctx.params = match.params;
        try {
            response = (*match.handler)(ctx);
        } catch (...) {
            organization = ctx.principal.organizationId;
            throw;
        }
        organization = ctx.principal.organizationId;
    } catch (const ApiError& e) {
        response = errorResponse(e.status(), e.code(), e.message(), e.details());
        if (!e.headerName.isEmpty())
            response.setHeader(e.headerName, e.headerValue);
    } catch (const SqlError& e) {
        if (e.kind() == SqlError::Kind::Unavailable) {
            qCWarning(lcServer) << "database unavailable:" << e.message();
            response = errorResponse(503, u"unavailable"_s, u"the database is unavailable"_s);
            response.setHeader("Retry-After", "5");
        } else if (e.kind() == SqlError::Kind::Conflict) {
            response = errorResponse(503, u"unavailable"_s, u"the server is busy; try again"_s);
            response.setHeader("Retry-After", "1");
        } else {
            qCCritical(lcServer) << "database error:" << e.message();
            response = errorResponse(500, u"internal"_s, u"internal server error"_s);
        }
    } catch (const std::exception& e) {
        qCCritical(lcServer) << "unexpected error:" << e.what();
        response = errorResponse(500, u"internal"_s, u"internal server error"_s);
    }

    if (response.deferred) {
        auto outer = std::make_shared<DeferredResponse>();
        response.deferred->onComplete([outer, method = request.method, path = request.path,
                                       id = request.requestId, client = request.clientAddress,
                                       organization, started](HttpResponse later) {
            finish(later, method, path, id, client, organization, started);
            outer->complete(std::move(later));
        });
        HttpResponse placeholder;
        placeholder.deferred = outer;
        return placeholder;
    }
    finish(response, request.method, request.path, request.requestId, request.clientAddress,
           organization, started);
    return response;
}

} // namespace clm::server
