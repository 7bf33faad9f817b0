#include "server/Application.h"

#include "core/Json.h"
#include "core/JsonWriter.h"
#include "core/Logging.h"
#include "core/Time.h"
#include "server/ApiError.h"
#include "server/ApiSupport.h"
#include "server/DatabaseWorkers.h"
#include "server/Failures.h"
#include "server/RequestContext.h"
#include "server/api/AuditApi.h"
#include "server/api/AuthApi.h"
#include "server/api/DevicesApi.h"
#include "server/api/HealthApi.h"
#include "server/api/LicensesApi.h"
#include "server/api/OrganizationApi.h"
#include "server/api/SeatsApi.h"
#include "server/api/UsersApi.h"
#include "server/api/WebhooksApi.h"
#include "server/db/SqlConnection.h"
#include "server/db/SqlError.h"
#include "server/metrics/ServerMetrics.h"

#include <QLoggingCategory>

#include <chrono>

Q_LOGGING_CATEGORY(lcServer, "clm.server")

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

const QString kNoConnection =
        QStringLiteral("no database connection became free in time; try again");

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

} // namespace

// Thrown by NoDatabase: the handler needs the database after all; it is
// run again, from the start, on a database thread.
struct NeedsDatabase
{};

// The database of a route that needs none (a bug, said loudly) or maybe
// needs it (Router::Database::Maybe: NeedsDatabase moves it).
class NoDatabase final : public SqlConnection
{
public:
    Dialect dialect() const override { return Dialect::SQLite; }
    SqlResult exec(const QString&, const QVariantList&) override { refuse(); }
    void begin(TransactionMode) override { refuse(); }
    void commit() override { refuse(); }
    void rollback() noexcept override {}
    bool reconnect() override { return false; }
    void setTimeoutMs(int) override {}

    bool maybe = false;

private:
    [[noreturn]] void refuse()
    {
        if (maybe)
            throw NeedsDatabase();
        throw SqlError(SqlError::Kind::Other, QString(), u"a route without the database used it"_s);
    }
};

Application::Application(ServerContext& context, DatabaseWorkers* database)
    : m_context(context)
    , m_database(database)
{
    HealthApi::registerRoutes(m_router);
    AuthApi::registerRoutes(m_router);
    OrganizationApi::registerRoutes(m_router);
    UsersApi::registerRoutes(m_router);
    AuditApi::registerRoutes(m_router);
    SeatsApi::registerRoutes(m_router);
    LicensesApi::registerRoutes(m_router);
    DevicesApi::registerRoutes(m_router);
    WebhooksApi::registerRoutes(m_router);
}

Application::~Application() = default;

void Application::finish(HttpResponse& response, const QByteArray& method, const QString& path,
                         const QString& requestId, const QString& client,
                         const QString& organization, qint64 startedNs, ServerMetrics* metrics,
                         const QString& route)
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
    if (metrics)
        metrics->request(route, method, response.status, durationMs / 1000.0);
    // Written member by member: this line is written for every request.
    json::JsonWriter line(320);
    line.add("msg"_L1, u"request"_s)
            .add("method"_L1, QString::fromLatin1(method))
            .add("path"_L1, path)
            .add("status"_L1, response.status)
            .add("duration_ms"_L1, durationMs)
            .add("request_id"_L1, requestId);
    if (organization.isEmpty())
        line.addNull("organization"_L1);
    else
        line.add("organization"_L1, organization);
    line.add("client"_L1, client);
    logging::structured("clm.server.access", line);
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

qint64 Application::checkListener(const Principal& listener, SqlConnection& db) const
{
    const qint64 now = m_context.clock->nowMsecs();
    if (now >= listener.tokenExpiresAt)
        return 0;
    const qint64 untilExpiry = listener.tokenExpiresAt - now;
    try {
        Transaction tx(db, Transaction::Mode::Read, listener.organizationId);
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
        qCWarning(lcServer).noquote() << "events recheck failed:" << e.message();
        return std::min<qint64>(untilExpiry, 5000);
    }
    return std::min(untilExpiry, m_eventsRecheckMs);
}

void Application::recheckEvents(const Principal& listener, std::function<void(qint64)> done)
{
    const qint64 untilExpiry = listener.tokenExpiresAt - m_context.clock->nowMsecs();
    if (untilExpiry <= 0 || !m_database) {
        done(untilExpiry <= 0 ? 0 : std::min<qint64>(untilExpiry, 5000));
        return;
    }
    m_database->submit(
            [this, listener, done](SqlConnection& db) { done(checkListener(listener, db)); },
            [done, untilExpiry] { done(std::min<qint64>(untilExpiry, 5000)); });
}

void Application::authorizeEvents(HttpRequest& request, int /*worker*/,
                                  HttpServer::AuthorizeDone done)
{
    prepare(request);
    QString path = request.path;
    while (path.endsWith(u'/') && path.size() > 1)
        path.chop(1);
    if (path != "/api/v1/events"_L1) {
        done(Failures::error(404, u"not_found"_s, u"no such path"_s), {});
        return;
    }
    if (!request.hasHeader("authorization") && request.query.hasQueryItem(u"access_token"_s))
        request.headers.append(
                {"authorization",
                 "Bearer " + request.query.queryItemValue(u"access_token"_s).toLatin1()});
    if (!m_database) {
        done(Failures::unavailable(u"the database is unavailable"_s), {});
        return;
    }
    m_database->submit(
            [this, request, done](SqlConnection& db) mutable {
                try {
                    RequestContext ctx(request, db, m_context);
                    const Principal listener = ctx.requireAdmin();
                    HttpServer::WebSocketGrant grant;
                    grant.channel = listener.organizationId;
                    grant.firstCheckMs = std::max<qint64>(
                            1, std::min(m_eventsRecheckMs,
                                        listener.tokenExpiresAt - m_context.clock->nowMsecs()));
                    grant.recheck = [this, listener](std::function<void(qint64)> next) {
                        recheckEvents(listener, std::move(next));
                    };
                    // Any change of the listener's own account (role, deactivation).
                    const QByteArray userId = listener.userId.toLatin1();
                    grant.concerns = [userId](const QByteArray& message) {
                        return message.contains("\"user.updated\"") && message.contains(userId);
                    };
                    done(std::nullopt, std::move(grant));
                } catch (...) {
                    done(Failures::response(std::current_exception()), {});
                }
            },
            [done] { done(Failures::unavailable(kNoConnection), {}); });
}

HttpResponse Application::dispatch(HttpRequest& request, const Router::Match& match,
                                   SqlConnection& db, QString* organization)
{
    try {
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
        api::checkQuery(request);
        RequestContext ctx(request, db, m_context);
        ctx.params = match.params;
        ctx.mayUseAuthCache = match.authentication == Router::Authentication::Cached;
        try {
            HttpResponse response = (*match.handler)(ctx);
            *organization = ctx.principal.organizationId;
            return response;
        } catch (...) {
            *organization = ctx.principal.organizationId;
            throw;
        }
    } catch (const NeedsDatabase&) {
        throw;
    } catch (const SqlError&) {
        if (m_context.metrics)
            m_context.metrics->databaseError();
        return Failures::response(std::current_exception());
    } catch (...) {
        return Failures::response(std::current_exception());
    }
}

HttpResponse Application::finished(HttpResponse response, const HttpRequest& request,
                                   const QString& organization, qint64 started,
                                   const QString& route) const
{
    ServerMetrics* metrics = m_context.metrics;
    if (!response.deferred) {
        finish(response, request.method, request.path, request.requestId, request.clientAddress,
               organization, started, metrics, route);
        return response;
    }
    auto outer = std::make_shared<DeferredResponse>();
    response.deferred->onComplete([outer, method = request.method, path = request.path,
                                   id = request.requestId, client = request.clientAddress,
                                   organization, started, metrics, route](HttpResponse later) {
        if (!later.finalize) {
            finish(later, method, path, id, client, organization, started, metrics, route);
        } else {
            // The answer is made on the connection's thread: log it then.
            auto make = std::move(later.finalize);
            later.finalize = [make, method, path, id, client, organization, started, metrics,
                              route](HttpResponse& out) {
                make(out);
                finish(out, method, path, id, client, organization, started, metrics, route);
            };
        }
        outer->complete(std::move(later));
    });
    HttpResponse placeholder;
    placeholder.deferred = outer;
    return placeholder;
}

HttpResponse Application::handle(HttpRequest& request, int /*worker*/)
{
    const qint64 started = steadyNs();
    prepare(request);
    const Router::Match match = m_router.match(request.method, request.path);
    if (!match.handler || match.database != Router::Database::Needed) {
        // Answered on this thread: errors of routing, /health (its own
        // probe), the key set, a heartbeat of a known caller. No database,
        // so never held up by one.
        thread_local NoDatabase none;
        none.maybe = match.database == Router::Database::Maybe;
        QString organization;
        try {
            // Handlers only read the request, so a moved one starts afresh.
            HttpResponse response = dispatch(request, match, none, &organization);
            return finished(std::move(response), request, organization, started, match.route());
        } catch (const NeedsDatabase&) {
            // On to a database thread, from the start.
        }
    }
    if (!m_database)
        return finished(Failures::unavailable(u"the database is unavailable"_s), request, {},
                        started, match.route());
    // The HTTP thread goes back to its other connections; a database thread
    // answers (or, when none is free in time, the wait limit does).
    auto answer = std::make_shared<DeferredResponse>();
    m_database->submit(
            [this, request, match, answer, started](SqlConnection& db) mutable {
                QString organization;
                HttpResponse response = dispatch(request, match, db, &organization);
                HttpResponse done = finished(std::move(response), request, organization, started,
                                             match.route());
                if (!done.deferred) {
                    answer->complete(std::move(done));
                    return;
                }
                done.deferred->onComplete(
                        [answer](HttpResponse later) { answer->complete(std::move(later)); });
            },
            [this, request, answer, started, route = match.route()] {
                if (m_context.metrics)
                    m_context.metrics->databaseWaitExpired();
                answer->complete(finished(Failures::unavailable(kNoConnection), request, {},
                                          started, route));
            });
    HttpResponse placeholder;
    placeholder.deferred = answer;
    return placeholder;
}

} // namespace clm::server
