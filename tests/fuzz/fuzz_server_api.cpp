// clm-server's request handling below HTTP: Application::handle (routing,
// authentication, every handler's body parsing through api::jsonBody and
// api::Validator, the stores, error mapping) on a SQLite database in a
// temporary directory, with real tokens of an owner, a member and an
// enrolled device made through the API itself at start.
//
// Input: <route byte><flag byte><body>. The route byte picks one of the
// routes below; past them, the body starts with "<METHOD> <target>\n"
// instead (any path and query). The flag byte picks the caller (owner,
// member, device or nobody), the Content-Type and the client address.
// "$LICENSE", "$KEY", "$SESSION", "$USER", "$OWNER", "$DEVICE", "$TOKEN",
// "$ENROLL", "$REFRESH" and "$ORG" in the target and body are replaced by
// ids and secrets of the state made at start, so inputs reach past the
// lookups.
//
// Bad input is never a server error: every answer is below 500 (the issue's
// promise "no 5xx from bad input"), and its body is JSON.
#include "FuzzSupport.h"
#include "core/Clock.h"
#include "core/Json.h"
#include "core/PasswordHasher.h"
#include "server/Application.h"
#include "server/AuthCache.h"
#include "server/DatabaseWorkers.h"
#include "server/HealthMonitor.h"
#include "server/ServerContext.h"
#include "server/db/Migrator.h"
#include "server/db/SqlConnection.h"
#include "server/events/EventHub.h"
#include "server/seats/HeartbeatBatcher.h"
#include "server/seats/SeatCombiner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <condition_variable>
#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;
using namespace clm;
using namespace clm::server;

namespace {

struct Route
{
    const char* method;
    const char* target;
};

// Every route that takes a body, and a few that read queries or ids.
constexpr std::array kRoutes{
        Route{"POST", "/api/v1/auth/login"},
        Route{"POST", "/api/v1/auth/refresh"},
        Route{"POST", "/api/v1/auth/logout"},
        Route{"POST", "/api/v1/auth/register"},
        Route{"PATCH", "/api/v1/tenants/me"},
        Route{"PATCH", "/api/v1/users/me"},
        Route{"POST", "/api/v1/users"},
        Route{"PATCH", "/api/v1/users/$USER"},
        Route{"POST", "/api/v1/licenses"},
        Route{"PATCH", "/api/v1/licenses/$LICENSE"},
        Route{"POST", "/api/v1/licenses/acquire"},
        Route{"POST", "/api/v1/licenses/heartbeat"},
        Route{"POST", "/api/v1/licenses/release"},
        Route{"POST", "/api/v1/licenses/borrow"},
        Route{"POST", "/api/v1/enrollment-tokens"},
        Route{"POST", "/api/v1/devices/enroll"},
        Route{"PATCH", "/api/v1/devices/$DEVICE"},
        Route{"GET", "/api/v1/users"},
        Route{"GET", "/api/v1/licenses/$LICENSE/usage"},
        Route{"GET", "/api/v1/audit"},
        Route{"GET", "/api/v1/sessions"},
};

constexpr std::array kContentTypes{
        "application/json",
        "application/json; charset=utf-8",
        "",
        "text/plain",
};

enum class Caller
{
    Owner,
    Member,
    Device,
    Nobody
};

struct State
{
    QString organizationId;
    QString ownerId;
    QString ownerAccess;
    QString refresh;
    QString userId;
    QString memberAccess;
    QString licenseId;
    QString licenseKey;
    QString enrollmentTokenId;
    QString enrollmentToken;
    QString deviceId;
    QString deviceToken;
    QString sessionId;
};

class Harness
{
public:
    Harness()
    {
        const QString dir = fuzz::scratchDir();
        m_context.settings.databaseUrl = u"sqlite://"_s + dir + u"/clm.db"_s;
        m_context.settings.allowRegistration = true;
        m_context.settings.publicUrl = QUrl(u"http://127.0.0.1:8080"_s);
        m_context.clock = &m_clock;
        // The cheapest Argon2id there is: sign-ins and new users cost
        // microseconds instead of 20 MiB and tens of milliseconds each.
        m_context.hasher = PasswordHasher(PasswordHasher::Parameters{8, 1, 1});
        m_context.dummyPasswordHash = m_context.hasher.hash(u"dummy-password-for-timing"_s);
        QString error;
        if (!m_context.keys.load(dir + u"/keys"_s, true, &error))
            fuzz::fail(qPrintable(error), __FILE__, __LINE__);
        {
            auto db = SqlConnection::open(m_context.settings.databaseUrl);
            Migrator(*db).migrate();
        }
        // Wired as clm-server serve wires them (server/main.cpp).
        m_context.auth = &m_auth;
        // The cache forgets changed callers through the event hub's observer.
        m_events.setObserver([this](const QJsonObject& event) { m_auth.observe(event); },
                             [this](bool hearing) { m_auth.setTrusted(hearing); });
        m_events.start(m_context.settings.databaseUrl, QString());
        m_context.events = &m_events;
        m_health = std::make_unique<HealthMonitor>(m_context.settings.databaseUrl, QString(), 1000);
        m_health->start();
        m_context.health = m_health.get();
        m_heartbeats = std::make_unique<HeartbeatBatcher>(m_context);
        m_heartbeats->start();
        m_context.heartbeats = m_heartbeats.get();
        m_acquires = std::make_unique<AcquireCombiner>(m_context);
        m_context.acquires = m_acquires.get();
        m_releases = std::make_unique<ReleaseCombiner>(m_context);
        m_context.releases = m_releases.get();
        m_database = std::make_unique<DatabaseWorkers>(
                DatabaseWorkers::Options{m_context.settings.databaseUrl, QString(), 1});
        m_database->start();
        m_application = std::make_unique<Application>(m_context, m_database.get());
        setUp();
    }

    HttpResponse handle(const QByteArray& method, const QByteArray& target, const QByteArray& body,
                        Caller caller, const QByteArray& contentType, const QString& client)
    {
        HttpRequest request;
        request.method = method;
        request.setTarget(substitute(target));
        request.body = substitute(body);
        request.clientAddress = client;
        request.requestId = u"fuzz"_s;
        request.scheme = u"http"_s;
        if (!contentType.isEmpty())
            request.headers.append({"content-type", contentType});
        const QString token = caller == Caller::Owner    ? m_state.ownerAccess
                              : caller == Caller::Member ? m_state.memberAccess
                              : caller == Caller::Device ? m_state.deviceToken
                                                         : QString();
        if (!token.isEmpty())
            request.headers.append({"authorization", "Bearer " + token.toLatin1()});
        HttpResponse response = wait(m_application->handle(request, 0));
        // The caller's own token refused: an input disabled the device,
        // changed a password or a role, or enrolled the device anew. The
        // next input gets a fresh organization.
        if (caller != Caller::Nobody && response.status == 401)
            m_stale = true;
        return response;
    }

    void refreshIfStale()
    {
        if (!m_stale)
            return;
        m_stale = false;
        setUp();
    }

private:
    // The answer as HttpServer would send it: a deferred one waited for, and
    // finished on this thread.
    static HttpResponse wait(HttpResponse response)
    {
        if (response.deferred) {
            std::mutex mutex;
            std::condition_variable ready;
            std::optional<HttpResponse> later;
            response.deferred->onComplete([&](HttpResponse answer) {
                std::lock_guard lock(mutex);
                later = std::move(answer);
                ready.notify_one();
            });
            std::unique_lock lock(mutex);
            ready.wait(lock, [&] { return later.has_value(); });
            response = std::move(*later);
        }
        if (response.finalize) {
            auto finalize = std::move(response.finalize);
            response.finalize = nullptr;
            finalize(response);
        }
        return response;
    }

    QByteArray substitute(QByteArray text) const
    {
        if (!text.contains('$'))
            return text;
        const std::pair<const char*, const QString*> names[] = {
                {"$LICENSE", &m_state.licenseId},       {"$KEY", &m_state.licenseKey},
                {"$SESSION", &m_state.sessionId},       {"$USER", &m_state.userId},
                {"$OWNER", &m_state.ownerId},           {"$DEVICE", &m_state.deviceId},
                {"$TOKEN", &m_state.enrollmentTokenId}, {"$ENROLL", &m_state.enrollmentToken},
                {"$REFRESH", &m_state.refresh},         {"$ORG", &m_state.organizationId},
        };
        for (const auto& [name, value] : names)
            text.replace(name, value->toUtf8());
        return text;
    }

    // A request the state needs; anything but `status` is a broken harness.
    QJsonObject setUpRequest(const char* method, const char* target, const QJsonObject& body,
                             Caller caller, int status)
    {
        // An address of its own per set-up: registrations are limited per
        // address, and the clock stands still.
        const HttpResponse response =
                handle(method, target, json::toCompact(body), caller, "application/json",
                       u"2001:db8::%1"_s.arg(m_generation, 0, 16));
        if (response.status != status) {
            std::fprintf(stderr, "fuzz set-up: %s %s answered %d: %s\n", method, target,
                         response.status, response.body.constData());
            fuzz::fail("the fuzz target's set-up failed", __FILE__, __LINE__);
        }
        return json::parseObject(response.body).value_or(QJsonObject());
    }

    void setUp()
    {
        ++m_generation;
        const QString n = QString::number(m_generation);
        const QString ownerEmail = u"owner"_s + n + u"@fuzz.example"_s;
        const QString memberEmail = u"member"_s + n + u"@fuzz.example"_s;
        State s;
        const QJsonObject registered =
                setUpRequest("POST", "/api/v1/auth/register",
                             {{u"organization_name"_s, QString(u"Fuzz "_s + n)},
                              {u"email"_s, ownerEmail},
                              {u"password"_s, u"correct horse battery"_s}},
                             Caller::Nobody, 201);
        s.organizationId = registered.value("organization"_L1)["id"_L1].toString();
        s.ownerId = registered.value("user"_L1)["id"_L1].toString();
        s.ownerAccess = registered.value("access"_L1).toString();
        s.refresh = registered.value("refresh"_L1).toString();
        m_state = s;

        const QJsonObject member = setUpRequest("POST", "/api/v1/users",
                                                {{u"email"_s, memberEmail},
                                                 {u"full_name"_s, u"Member"_s},
                                                 {u"role"_s, u"member"_s},
                                                 {u"password"_s, u"correct horse battery"_s}},
                                                Caller::Owner, 201);
        m_state.userId = member.value("id"_L1).toString();
        m_state.memberAccess = setUpRequest("POST", "/api/v1/auth/login",
                                            {{u"email"_s, memberEmail},
                                             {u"password"_s, u"correct horse battery"_s}},
                                            Caller::Nobody, 200)
                                       .value("access"_L1)
                                       .toString();

        const QJsonObject license = setUpRequest("POST", "/api/v1/licenses",
                                                 {{u"name"_s, u"Fuzz"_s},
                                                  {u"product"_s, u"fuzz-tool"_s},
                                                  {u"max_concurrent_seats"_s, 1000000},
                                                  {u"features"_s, QJsonArray{u"a"_s}}},
                                                 Caller::Owner, 201);
        m_state.licenseId = license.value("id"_L1).toString();
        m_state.licenseKey = license.value("license_key"_L1).toString();

        const QJsonObject token = setUpRequest("POST", "/api/v1/enrollment-tokens",
                                               {{u"label"_s, u"fuzz"_s}, {u"max_uses"_s, 1000000}},
                                               Caller::Owner, 201);
        m_state.enrollmentTokenId = token.value("id"_L1).toString();
        m_state.enrollmentToken = token.value("token"_L1).toString();

        const QJsonObject device =
                setUpRequest("POST", "/api/v1/devices/enroll",
                             {{u"enrollment_token"_s, m_state.enrollmentToken},
                              {u"hardware_id"_s, QString(u"fuzz-machine-"_s + n)},
                              {u"hostname"_s, u"fuzz"_s}},
                             Caller::Nobody, 201);
        m_state.deviceId = device.value("device_id"_L1).toString();
        m_state.deviceToken = device.value("device_token"_L1).toString();

        m_state.sessionId = setUpRequest("POST", "/api/v1/licenses/acquire",
                                         {{u"product"_s, u"fuzz-tool"_s}}, Caller::Device, 201)
                                    .value("session_id"_L1)
                                    .toString();
    }

    ManualClock m_clock{1'700'000'000'000};
    ServerContext m_context;
    AuthCache m_auth;
    EventHub m_events;
    std::unique_ptr<HealthMonitor> m_health;
    std::unique_ptr<HeartbeatBatcher> m_heartbeats;
    std::unique_ptr<AcquireCombiner> m_acquires;
    std::unique_ptr<ReleaseCombiner> m_releases;
    std::unique_ptr<DatabaseWorkers> m_database;
    std::unique_ptr<Application> m_application;
    State m_state;
    int m_generation = 0;
    bool m_stale = false;
};

Harness* g_harness = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQt();
    g_harness = new Harness;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    g_harness->refreshIfStale();
    const QByteArray input = fuzz::bytes(data + 2, size - 2);
    QByteArray method;
    QByteArray target;
    QByteArray body;
    if (data[0] < kRoutes.size()) {
        method = kRoutes[data[0]].method;
        target = kRoutes[data[0]].target;
        body = input;
    } else {
        // "<METHOD> <target>\n<body>"
        const qsizetype newline = input.indexOf('\n');
        const QByteArray line = newline < 0 ? input : input.left(newline);
        body = newline < 0 ? QByteArray() : input.mid(newline + 1);
        const qsizetype space = line.indexOf(' ');
        if (space <= 0)
            return 0;
        method = line.left(space);
        target = line.mid(space + 1);
        if (!target.startsWith('/'))
            return 0;
    }
    const uint8_t flags = data[1];
    const auto caller = static_cast<Caller>(flags & 3);
    const QByteArray contentType = kContentTypes[(flags >> 2) & 3];
    const QString client = u"198.51.100.%1"_s.arg(flags >> 4);

    const HttpResponse response =
            g_harness->handle(method, target, body, caller, contentType, client);
    CLM_FUZZ_CHECK(!response.deferred);
    if (response.status >= 500) {
        std::fprintf(stderr, "%s %s answered %d: %s\n", method.constData(), target.constData(),
                     response.status, response.body.constData());
        CLM_FUZZ_CHECK(response.status < 500);
    }
    CLM_FUZZ_CHECK(response.status >= 200);
    if (response.status != 204) {
        QJsonParseError error{};
        QJsonDocument::fromJson(response.body, &error);
        CLM_FUZZ_CHECK(error.error == QJsonParseError::NoError);
    }
    return 0;
}
