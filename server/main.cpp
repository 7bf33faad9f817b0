// clm-server: serve, migrate, distribute, create-org, keygen, verify-audit (CLI.md).

#include "core/Config.h"
#include "core/Json.h"
#include "core/Logging.h"
#include "core/PasswordHasher.h"
#include "server/Application.h"
#include "server/AuthCache.h"
#include "server/DatabaseWorkers.h"
#include "server/Failures.h"
#include "server/HealthMonitor.h"
#include "server/Reaper.h"
#include "server/ServerContext.h"
#include "server/db/Migrator.h"
#include "server/db/SqlConnection.h"
#include "server/db/SqlError.h"
#include "server/events/EventHub.h"
#include "server/http/HttpServer.h"
#include "server/metrics/MetricsServer.h"
#include "server/metrics/ServerMetrics.h"
#include "server/seats/HeartbeatBatcher.h"
#include "server/seats/SeatCombiner.h"
#include "server/tools/AdminCommands.h"
#include "server/webhooks/WebhookDispatcher.h"
#include "server/webhooks/WebhookOutbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>

#include <pthread.h>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace clm;
using namespace clm::server;

namespace {

QString dataDir()
{
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + u"/.local/share"_s;
    return base + u"/clm-server"_s;
}

Config makeConfig(const QString& command)
{
    Config config;
    config.addOption({u"server/database"_s, u"database"_s, u"CLM_DATABASE_URL"_s,
                      u"sqlite://"_s + dataDir() + u"/clm.db"_s,
                      u"sqlite:///absolute/path.db or postgresql://user:pw@host:port/db"_s,
                      u"URL"_s});
    if (command == "serve"_L1 || command == "keygen"_L1)
        config.addOption({u"server/key_dir"_s, u"key-dir"_s, u"CLM_KEY_DIR"_s,
                          dataDir() + u"/keys"_s, u"directory of the signing keys"_s, u"DIR"_s});
    if (command != "serve"_L1)
        return config;
    config.addOption({u"server/listen"_s, u"listen"_s, u"CLM_LISTEN"_s, u"127.0.0.1:8080"_s,
                      u"address and port to listen on (port 0: any free port)"_s, u"HOST:PORT"_s});
    config.addOption({u"server/allow_registration"_s, u"allow-registration"_s, QString(),
                      u"false"_s, u"let anyone create an organization via /auth/register"_s,
                      QString(), true});
    config.addOption({u"server/session_ttl"_s, u"session-ttl"_s, QString(), u"360"_s,
                      u"seconds a seat stays held without a heartbeat"_s, u"SECONDS"_s});
    config.addOption({u"server/heartbeat_interval"_s, u"heartbeat-interval"_s, QString(), u"60"_s,
                      u"seconds between heartbeats asked of clients"_s, u"SECONDS"_s});
    config.addOption({u"server/reaper_interval"_s, u"reaper-interval"_s, QString(), u"30"_s,
                      u"seconds between passes that end lapsed sessions"_s, u"SECONDS"_s});
    config.addOption({u"server/workers"_s, u"workers"_s, u"CLM_WORKERS"_s,
                      QString::number(std::max(1, QThread::idealThreadCount())),
                      u"worker threads, each with its own database connection"_s, u"N"_s});
    config.addOption({u"server/tls_cert"_s, u"tls-cert"_s, QString(), QString(),
                      u"PEM certificate chain for HTTPS"_s, u"FILE"_s});
    config.addOption({u"server/tls_key"_s, u"tls-key"_s, QString(), QString(),
                      u"PEM private key for HTTPS"_s, u"FILE"_s});
    config.addOption({u"server/db_role"_s, u"db-role"_s, u"CLM_DB_ROLE"_s, u"clm_app"_s,
                      u"PostgreSQL role the server's queries run as"_s, u"ROLE"_s});
    config.addOption({u"server/issuer"_s, u"issuer"_s, QString(), u"clm-server"_s,
                      u"\"iss\" of tokens and leases"_s, u"ID"_s});
    config.addOption({u"server/max_connections"_s, u"max-connections"_s, QString(), u"10000"_s,
                      u"open connections before new ones get 503"_s, u"N"_s});
    Config::Option trustedProxy{u"server/trusted_proxies"_s,
                                u"trusted-proxy"_s,
                                u"CLM_TRUSTED_PROXIES"_s,
                                QString(),
                                u"a proxy or load balancer (address or CIDR) whose "
                                "X-Forwarded-For names the client; repeatable"_s,
                                u"CIDR"_s};
    trustedProxy.repeatable = true;
    config.addOption(trustedProxy);
    config.addOption({u"server/public_url"_s, u"public-url"_s, u"CLM_PUBLIC_URL"_s, QString(),
                      u"the URL clients reach this server by, for absolute links "
                      "(default: from --listen)"_s,
                      u"URL"_s});
    config.addOption({u"server/db_timeout"_s, u"db-timeout"_s, QString(), u"5"_s,
                      u"seconds any one database call may take before it fails (503)"_s,
                      u"SECONDS"_s});
    config.addOption({u"server/db_connections"_s, u"db-connections"_s, u"CLM_DB_CONNECTIONS"_s,
                      QString(),
                      u"database connections (and threads) serving requests; each waits on "
                      "its own commits, so more of them let PostgreSQL flush many commits "
                      "at once (default: 16 on PostgreSQL, --workers on SQLite)"_s,
                      u"N"_s});
    config.addOption({u"server/db_wait"_s, u"db-wait"_s, QString(), u"3"_s,
                      u"seconds a request waits for a free database connection before it is "
                      "answered 503"_s,
                      u"SECONDS"_s});
    config.addOption({u"server/access_token_ttl"_s, u"access-token-ttl"_s, QString(), u"900"_s,
                      u"seconds a user access token stays valid"_s, u"SECONDS"_s});
    config.addOption({u"server/events_recheck_interval"_s, u"events-recheck-interval"_s, QString(),
                      u"30"_s,
                      u"seconds between checks that a live-events listener may still listen "
                      "(at most 30)"_s,
                      u"SECONDS"_s});
    config.addOption({u"server/request_timeout"_s, u"request-timeout"_s, QString(), u"30"_s,
                      u"seconds a whole request has to arrive in (then 408)"_s, u"SECONDS"_s});
    config.addOption({u"server/metrics_listen"_s, u"metrics-listen"_s, u"CLM_METRICS_LISTEN"_s,
                      QString(),
                      u"serve GET /metrics (Prometheus) on this address and port, apart from "
                      "the API (default: off)"_s,
                      u"HOST:PORT"_s});
    config.addOption({u"server/metrics_interval"_s, u"metrics-interval"_s, QString(), u"10"_s,
                      u"seconds between reads of every license's seats for /metrics"_s,
                      u"SECONDS"_s});
    config.addOption({u"server/metrics_per_organization"_s, u"metrics-per-organization"_s,
                      QString(), u"false"_s,
                      u"report seats summed per organization instead of per license (fewer "
                      "series)"_s,
                      QString(), true});
    config.addOption({u"server/webhook_allow_insecure"_s, u"webhook-allow-insecure"_s, QString(),
                      u"false"_s,
                      u"let webhooks use http:// and reach loopback addresses (tests, a receiver "
                      "on this machine)"_s,
                      QString(), true});
    Config::Option webhookNetwork{u"server/webhook_allowed_networks"_s,
                                  u"webhook-allow-network"_s,
                                  QString(),
                                  QString(),
                                  u"a private, link-local or loopback network (address or CIDR) "
                                  "webhooks may reach anyway; repeatable"_s,
                                  u"CIDR"_s};
    webhookNetwork.repeatable = true;
    config.addOption(webhookNetwork);
    config.addOption({u"server/webhook_ca_file"_s, u"webhook-ca-file"_s, QString(), QString(),
                      u"PEM certificates webhook receivers may use besides the system's"_s,
                      u"FILE"_s});
    config.addOption({u"server/webhook_timeout"_s, u"webhook-timeout"_s, QString(), u"10"_s,
                      u"seconds one webhook delivery may take"_s, u"SECONDS"_s});
    config.addOption({u"server/webhook_retry_base"_s, u"webhook-retry-base"_s, QString(),
                      u"10000"_s,
                      u"milliseconds before a failed webhook delivery is retried the first "
                      "time; doubled each time, at most an hour"_s,
                      u"MS"_s});
    config.addOption({u"server/webhook_give_up"_s, u"webhook-give-up"_s, QString(), u"86400"_s,
                      u"seconds a webhook delivery is retried, and an endpoint may keep "
                      "failing before it is disabled"_s,
                      u"SECONDS"_s});
    config.addOption(
            {u"server/webhook_retention"_s, u"webhook-retention"_s, QString(), u"2592000"_s,
             u"seconds a delivered or given-up webhook delivery stays in the log"_s, u"SECONDS"_s});
    config.addOption({u"server/webhook_expiry_check"_s, u"webhook-expiry-check"_s, QString(),
                      u"60"_s,
                      u"seconds between checks for licenses about to expire "
                      "(license.expiring webhooks)"_s,
                      u"SECONDS"_s});
    config.addOption({u"server/idle_timeout"_s, u"idle-timeout"_s, QString(), u"60"_s,
                      u"seconds an idle keep-alive connection stays open"_s, u"SECONDS"_s});
    return config;
}

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "clm-server: %s\n", qPrintable(message));
    std::exit(2);
}

template<class T>
T require(std::optional<T> value, const QString& error)
{
    if (!value)
        die(error);
    return *value;
}

// --NAME's HOST:PORT ("[::1]:8080" too); dies with a reason.
std::pair<QString, quint16> hostAndPort(const Config& config, const QString& name)
{
    const QString value = config.value(u"server/"_s + QString(name).replace(u'-', u'_'));
    const qsizetype colon = value.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? value.mid(colon + 1).toUInt(&portOk) : 0;
    if (!portOk || port > 65535)
        die(u"--%1 must be HOST:PORT, not \"%2\""_s.arg(name, value));
    QString host = value.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    return {host, static_cast<quint16>(port)};
}

int serve(const Config& config)
{
    ServerContext context;
    QString error;
    auto& s = context.settings;
    s.databaseUrl = config.value(u"server/database"_s);
    if (!SqlConnection::isValidUrl(s.databaseUrl, &error))
        die(error);
    s.databaseRole = config.value(u"server/db_role"_s);
    s.issuer = config.value(u"server/issuer"_s);
    s.allowRegistration = require(config.boolean(u"server/allow_registration"_s, &error), error);
    s.sessionTtlSeconds =
            require(config.integer(u"server/session_ttl"_s, 1, 86400 * 30, &error), error);
    s.heartbeatIntervalSeconds =
            require(config.integer(u"server/heartbeat_interval"_s, 1, 86400, &error), error);
    s.reaperIntervalSeconds =
            require(config.integer(u"server/reaper_interval"_s, 1, 86400, &error), error);
    s.accessTokenSeconds =
            require(config.integer(u"server/access_token_ttl"_s, 1, 86400, &error), error);
    s.databaseTimeoutMs =
            require(config.integer(u"server/db_timeout"_s, 1, 600, &error), error) * 1000;
    s.databaseWaitMs = require(config.integer(u"server/db_wait"_s, 1, 600, &error), error) * 1000;
    const qint64 eventsRecheckSeconds =
            require(config.integer(u"server/events_recheck_interval"_s, 1, 30, &error), error);
    const bool metricsOn = !config.value(u"server/metrics_listen"_s).isEmpty();
    std::pair<QString, quint16> metricsAddress;
    if (metricsOn)
        metricsAddress = hostAndPort(config, u"metrics-listen"_s);
    const qint64 metricsInterval =
            require(config.integer(u"server/metrics_interval"_s, 1, 3600, &error), error);
    const bool metricsPerOrganization =
            require(config.boolean(u"server/metrics_per_organization"_s, &error), error);

    HttpServer::Options options;
    std::tie(options.host, options.port) = hostAndPort(config, u"listen"_s);
    options.workers =
            static_cast<int>(require(config.integer(u"server/workers"_s, 1, 64, &error), error));
    // A commit waits for its WAL flush: with only as many connections as
    // cores, at most that many commits are in flight and the flushes barely
    // group (bench/run measured 2.1 commits and about 220 flushes/s for
    // acquire+release with 2). SQLite has one writer whatever the count.
    const bool postgres = s.databaseUrl.startsWith("postgres"_L1);
    const int databaseConnections =
            config.value(u"server/db_connections"_s).isEmpty()
                    ? (postgres ? 16 : options.workers)
                    : static_cast<int>(require(
                              config.integer(u"server/db_connections"_s, 1, 256, &error), error));
    options.maxConnections = static_cast<int>(
            require(config.integer(u"server/max_connections"_s, 1, 1'000'000, &error), error));
    options.idleTimeoutSeconds = static_cast<int>(
            require(config.integer(u"server/idle_timeout"_s, 1, 3600, &error), error));
    options.requestTimeoutSeconds = static_cast<int>(
            require(config.integer(u"server/request_timeout"_s, 1, 3600, &error), error));
    options.tlsCertificateFile = config.value(u"server/tls_cert"_s);
    options.tlsKeyFile = config.value(u"server/tls_key"_s);
    if (options.tlsCertificateFile.isEmpty() != options.tlsKeyFile.isEmpty())
        die(u"--tls-cert and --tls-key go together"_s);
    s.trustedProxies =
            require(TrustedProxies::parse(config.list(u"server/trusted_proxies"_s), &error), error);
    s.webhookPolicy.allowInsecure =
            require(config.boolean(u"server/webhook_allow_insecure"_s, &error), error);
    s.webhookPolicy.allowedNetworks = require(
            TrustedProxies::parse(config.list(u"server/webhook_allowed_networks"_s), &error),
            error);
    s.webhookPolicy.caFile = config.value(u"server/webhook_ca_file"_s);
    s.webhookPolicy.timeoutMs = static_cast<int>(
            require(config.integer(u"server/webhook_timeout"_s, 1, 120, &error), error) * 1000);
    s.webhookRetryBaseMs =
            require(config.integer(u"server/webhook_retry_base"_s, 10, 3'600'000, &error), error);
    s.webhookGiveUpMs =
            require(config.integer(u"server/webhook_give_up"_s, 1, 30 * 86400, &error), error) *
            1000;
    s.webhookRetentionMs =
            require(config.integer(u"server/webhook_retention"_s, 1, 3650LL * 86400, &error),
                    error) *
            1000;
    s.webhookExpiryCheckMs =
            require(config.integer(u"server/webhook_expiry_check"_s, 1, 86400, &error), error) *
            1000;
    const QString publicUrl = config.value(u"server/public_url"_s).trimmed();
    if (!publicUrl.isEmpty()) {
        s.publicUrl = QUrl(publicUrl, QUrl::StrictMode);
        if (!s.publicUrl.isValid() || s.publicUrl.host().isEmpty() ||
            (s.publicUrl.scheme() != "http"_L1 && s.publicUrl.scheme() != "https"_L1) ||
            s.publicUrl.hasQuery() || s.publicUrl.hasFragment() ||
            !s.publicUrl.userInfo().isEmpty())
            die(u"--public-url must be an http(s) URL without query, e.g. "
                "https://licenses.example.com, not \"%1\""_s.arg(publicUrl));
    }

    if (!context.keys.load(config.value(u"server/key_dir"_s), true, &error))
        die(error);

    try {
        auto db = SqlConnection::open(s.databaseUrl);
        Migrator(*db, s.databaseRole).migrate();
        if (db->isPostgres()) {
            // Row-level security is the second wall between tenants; a role
            // that bypasses it would leave only the first.
            auto requests = SqlConnection::open(s.databaseUrl, s.databaseRole);
            const SqlResult role =
                    requests->exec(u"SELECT current_user, rolsuper, rolbypassrls FROM pg_roles "
                                   "WHERE rolname = current_user"_s);
            if (role.isEmpty() || role.first().boolean(1) || role.first().boolean(2))
                die(u"refusing to serve: requests would run as PostgreSQL role \"%1\", which "
                    "bypasses row-level security (superuser or BYPASSRLS); give --db-role a "
                    "NOBYPASSRLS role"_s.arg(role.isEmpty() ? s.databaseRole
                                                            : role.first().text(0)));
        }
    } catch (const SqlError& e) {
        die(u"cannot prepare the database: "_s + e.message());
    }
    context.dummyPasswordHash = context.hasher.hash(QString::fromLatin1(QByteArray(24, 'x')));

    // Signals are taken by sigwait on this thread only: block them before
    // any worker thread exists so the workers inherit the mask.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    // Until the LISTEN connection hears other processes' changes, the
    // authentication cache is not used (PostgreSQL); on SQLite this process
    // is the only one.
    ServerMetrics metrics;
    metrics.setSeatsPerOrganization(metricsPerOrganization);
    if (metricsOn)
        context.metrics = &metrics;
    AuthCache auth;
    auth.setTrusted(!s.databaseUrl.startsWith("postgres"_L1));
    context.auth = &auth;
    WebhookSubscriptions webhookSubscriptions;
    webhookSubscriptions.setTrusted(!s.databaseUrl.startsWith("postgres"_L1));
    context.webhooks = &webhookSubscriptions;
    EventHub events;
    events.setObserver(
            [&auth, &webhookSubscriptions](const QJsonObject& event) {
                auth.observe(event);
                webhookSubscriptions.observe(event);
            },
            [&auth, &webhookSubscriptions](bool hearing) {
                auth.setTrusted(hearing);
                webhookSubscriptions.setTrusted(hearing);
            });
    events.start(s.databaseUrl, s.databaseRole);
    context.events = &events;
    metrics.subscribers = [&events] {
        return events.listenerCount();
    };
    HeartbeatBatcher heartbeats(context);
    heartbeats.start();
    context.heartbeats = &heartbeats;
    AcquireCombiner acquires(context);
    context.acquires = &acquires;
    ReleaseCombiner releases(context);
    context.releases = &releases;

    HealthMonitor health(s.databaseUrl, s.databaseRole,
                         std::min(1000, static_cast<int>(s.databaseTimeoutMs)));
    health.start();
    context.health = &health;
    DatabaseWorkers database({s.databaseUrl, s.databaseRole, databaseConnections,
                              static_cast<int>(s.databaseTimeoutMs),
                              static_cast<int>(s.databaseWaitMs), context.metrics});
    database.start();

    Application app(context, &database);
    app.setEventsRecheckMs(eventsRecheckSeconds * 1000);
    HttpServer::WebSocketHooks webSockets;
    webSockets.authorize = [&app](HttpRequest& request, int worker,
                                  HttpServer::AuthorizeDone done) {
        app.authorizeEvents(request, worker, std::move(done));
    };
    webSockets.subscribe = [&events](const QString& channel, std::function<void(QByteArray)> push) {
        return events.subscribe(channel, [push = std::move(push)](const QJsonObject& event) {
            push(json::toCompact(event));
        });
    };
    webSockets.unsubscribe = [&events](quint64 id) {
        events.unsubscribe(id);
    };
    HttpServer server(
            options,
            [&app](HttpRequest& request, int worker) { return app.handle(request, worker); },
            [](int status, const QString& code, const QString& message) {
                return Failures::error(status, code, message);
            },
            std::move(webSockets));
    try {
        server.bind();
    } catch (const std::exception& e) {
        die(QString::fromStdString(e.what()));
    }
    const QString scheme = server.isTls() ? u"https"_s : u"http"_s;
    const QString shownHost =
            options.host.contains(u':') ? u'[' + options.host + u']' : options.host;
    if (s.publicUrl.isEmpty()) {
        // From the listen address; a wildcard address is no place to reach.
        const QHostAddress listenAddress(options.host);
        const bool wildcard = listenAddress == QHostAddress::AnyIPv4 ||
                              listenAddress == QHostAddress::AnyIPv6 ||
                              listenAddress == QHostAddress::Any;
        s.publicUrl.setScheme(scheme);
        s.publicUrl.setHost(wildcard ? QSysInfo::machineHostName() : options.host);
        s.publicUrl.setPort(server.port());
    }
    try {
        server.start();
    } catch (const std::exception& e) {
        die(QString::fromStdString(e.what()));
    }
    // Before "listening on": whoever waits for that line finds both.
    std::unique_ptr<MetricsServer> metricsServer;
    if (metricsOn) {
        metricsServer = std::make_unique<MetricsServer>(context, metrics, metricsAddress.first,
                                                        metricsAddress.second,
                                                        std::chrono::seconds(metricsInterval));
        try {
            metricsServer->start();
        } catch (const std::exception& e) {
            die(u"--metrics-listen: "_s + QString::fromStdString(e.what()));
        }
        std::printf("metrics on http://%s:%u/metrics\n", qPrintable(metricsAddress.first),
                    metricsServer->port());
        std::fflush(stdout);
    }

    std::printf("listening on %s://%s:%u\n", qPrintable(scheme), qPrintable(shownHost),
                server.port());
    std::fflush(stdout);

    Reaper reaper(context);
    reaper.start();
    WebhookDispatcher webhooks(context);
    webhooks.start();
    AuditSealer sealer(context);
    if (s.databaseUrl.startsWith("postgres"_L1))
        sealer.start(); // SQLite seals as it appends

    int received = 0;
    sigwait(&stopSignals, &received);
    qInfo("received signal %d, finishing requests in flight", received);
    server.stop();
    server.wait();
    if (metricsServer)
        metricsServer->stop();
    // Requests in flight were answered by the database threads; now they go.
    database.stop();
    heartbeats.stop();
    reaper.stop();
    webhooks.stop();
    sealer.stop();
    health.stop();
    events.stop();
    qInfo("stopped");
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"clm-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CLM_VERSION));
    logging::installJsonHandler();

    static const QStringList commands = {u"serve"_s,      u"migrate"_s, u"distribute"_s,
                                         u"create-org"_s, u"keygen"_s,  u"verify-audit"_s,
                                         u"backup"_s};
    QStringList args = QCoreApplication::arguments();
    QString command = u"serve"_s;
    if (args.size() > 1 && commands.contains(args.at(1)))
        command = args.takeAt(1);

    Config config = makeConfig(command);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"CODITECT License Manager server.\n\nCommands: serve (default), migrate, distribute "
            "(the tables over a Citus cluster), create-org, keygen, verify-audit, backup (an "
            "online copy of a SQLite database: "
            "backup --database URL FILE). Current: %1"_s.arg(command));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configFile(u"config"_s, u"INI configuration file"_s, u"FILE"_s);
    if (command == "serve"_L1)
        parser.addOption(configFile);
    config.registerFlags(parser);
    const QCommandLineOption name(u"name"_s, u"organization name"_s, u"NAME"_s);
    const QCommandLineOption ownerEmail(u"owner-email"_s, u"the first owner's email"_s, u"EMAIL"_s);
    const QCommandLineOption passwordStdin(u"owner-password-stdin"_s,
                                           u"read the owner's password from standard input"_s);
    if (command == "create-org"_L1)
        parser.addOptions({name, ownerEmail, passwordStdin});
    if (command == "backup"_L1)
        parser.addPositionalArgument(u"FILE"_s, u"the copy to write (0600, replaced atomically)"_s);
    if (!parser.parse(args))
        die(parser.errorText());
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    const QStringList positional = parser.positionalArguments();
    const qsizetype allowedPositional = command == "backup"_L1 ? 1 : 0;
    if (positional.size() > allowedPositional)
        die(u"unknown command or argument \"%1\" (see --help)"_s.arg(
                positional.at(allowedPositional)));

    QString error;
    if (command == "serve"_L1 && parser.isSet(configFile)) {
        if (!config.loadFile(parser.value(configFile), true, &error))
            die(error);
    }
    config.loadEnvironment(QProcessEnvironment::systemEnvironment());
    config.loadFlags(parser);

    if (command == "serve"_L1)
        return serve(config);

    const QString database = config.value(u"server/database"_s);
    if (command == "keygen"_L1)
        return tools::keygen(config.value(u"server/key_dir"_s));
    if (command == "backup"_L1) {
        if (positional.isEmpty())
            die(u"backup needs the FILE to write (clm-server backup --database URL FILE)"_s);
        return tools::backup(database, positional.first());
    }
    if (!SqlConnection::isValidUrl(database, &error))
        die(error);
    if (command == "migrate"_L1)
        return tools::migrate(database);
    if (command == "distribute"_L1)
        return tools::distribute(database);
    if (command == "verify-audit"_L1)
        return tools::verifyAudit(database);
    // create-org
    if (!parser.isSet(name) || !parser.isSet(ownerEmail) || !parser.isSet(passwordStdin))
        die(u"create-org needs --name, --owner-email and --owner-password-stdin"_s);
    return tools::createOrganization(database, parser.value(name), parser.value(ownerEmail));
}
