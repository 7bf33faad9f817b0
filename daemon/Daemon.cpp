#include "daemon/Daemon.h"

#include "core/Json.h"
#include "core/Jwks.h"
#include "core/MachineFingerprint.h"
#include "core/RestClient.h"
#include "daemon/DeviceState.h"
#include "daemon/LeaseCache.h"
#include "daemon/LocalConnection.h"
#include "daemon/SeatManager.h"
#include "daemon/ServerLink.h"
#include "daemon/ServerUrl.h"
#include "daemon/TrustedClock.h"
#include "daemon/client/IniFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QPointer>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSysInfo>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcDaemon, "clm.daemon")

using namespace Qt::StringLiterals;

namespace clm::daemon {

namespace {

constexpr qsizetype kMaxProductLength = 255;

QJsonObject badRequest(const QString& message)
{
    return SeatManager::denial(u"bad_request"_s, message);
}

} // namespace

Daemon::Daemon(DaemonSettings settings, const Clock& wall, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_wall(wall)
{
    m_monotonic.start();
}

Daemon::~Daemon() = default;

bool Daemon::start(QString* error)
{
    m_hardwareId =
            m_settings.hardwareId.isEmpty() ? MachineFingerprint().id() : m_settings.hardwareId;
    if (!QDir().mkpath(m_settings.stateDir)) {
        *error = u"cannot create the state directory %1"_s.arg(m_settings.stateDir);
        return false;
    }
    QFile::setPermissions(m_settings.stateDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    m_rest = std::make_unique<RestClient>(&m_network);
    m_rest->setTimeoutMs(m_settings.requestTimeoutSeconds * 1000);
    m_rest->setUserAgent("clmd/" CLM_VERSION);
    if (!m_settings.caFile.isEmpty()) {
        const auto cas = QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem);
        if (cas.isEmpty()) {
            *error = u"server/ca_file: no PEM certificate in %1"_s.arg(m_settings.caFile);
            return false;
        }
        m_rest->setExtraCaCertificates(cas);
    }

    m_device = std::make_unique<DeviceState>(m_settings.stateDir);
    QString reason;
    if (!m_device->load(&reason))
        qCWarning(lcDaemon).noquote() << reason << "- the machine must enroll again";

    QList<QUrl> urls = m_settings.serverUrls;
    if (urls.isEmpty() && !m_device->serverUrl().isEmpty()) {
        // The URL of an enrollment through the socket: the same rule as for
        // the configuration's.
        const QUrl enrolled(m_device->serverUrl());
        QString urlReason;
        if (!checkServerUrl(enrolled, m_settings.allowInsecureHttp, &urlReason)) {
            *error = u"the server URL %1 (of %2) %3"_s.arg(enrolled.toString(),
                                                           m_device->devicePath(), urlReason);
            return false;
        }
        urls.append(enrolled);
    }
    for (const QUrl& url : std::as_const(urls)) {
        if (isInsecureUrl(url))
            qCWarning(lcDaemon).noquote()
                    << "the server URL" << url.toString()
                    << "is plain http:// to another machine (allow_insecure_http=true): anyone "
                       "on the network path can forge leases and key sets";
    }
    m_link = std::make_unique<ServerLink>(m_rest.get(), urls);
    m_link->setRoundTripObserver(
            [this](double seconds, bool answered) { m_metrics.serverRequest(seconds, answered); });
    m_link->setBackoff(m_settings.retryMinSeconds * 1000, m_settings.retryMaxSeconds * 1000);
    m_link->setDeviceToken(m_device->deviceToken());

    m_clock = std::make_unique<TrustedClock>(
            m_wall, [this] { return m_monotonic.elapsed(); },
            qint64(m_settings.clockToleranceSeconds) * 1000);
    connect(m_link.get(), &ServerLink::serverTime, this, [this](qint64 msecs) {
        m_clock->observeServerTime(msecs);
        m_clock->trustWallClock();
    });

    if (!openCache(error))
        return false;
    qint64 serverMs = 0;
    qint64 wallMs = 0;
    const LeaseCache::ClockRecord clockRecord = m_cache->loadClock(&serverMs, &wallMs);
    m_clock->restore(serverMs, wallMs);
    if (m_clock->tampered())
        qCWarning(lcDaemon) << "the wall clock is behind the time last seen: offline leases "
                               "will not be granted until the server is reached";

    m_seats = std::make_unique<SeatManager>(
            m_link.get(), m_device.get(), m_cache.get(), m_clock.get(),
            SeatManager::Settings{m_hardwareId, m_settings.lingerSeconds * 1000,
                                  "clmd/" CLM_VERSION});
    if (m_device->isEnrolled())
        m_seats->restore();
    // Leases without the history that judges them: someone may have
    // removed the record to set the clock back unnoticed.
    if (clockRecord != LeaseCache::ClockRecord::Intact && m_cache->hasLeases()) {
        m_clock->distrust();
        qCWarning(lcDaemon) << "the trusted-clock record is"
                            << (clockRecord == LeaseCache::ClockRecord::Missing ? "missing"
                                                                                : "altered")
                            << "while leases are cached: offline leases will not be granted "
                               "until the server is reached";
    }

    // One daemon per socket: a live one keeps it.
    {
        QLocalSocket probe;
        probe.connectToServer(m_settings.socketPath);
        if (probe.waitForConnected(1000)) {
            *error = u"another clmd is listening on %1"_s.arg(m_settings.socketPath);
            return false;
        }
    }
    QDir().mkpath(QFileInfo(m_settings.socketPath).absolutePath());
    // Every connection is a file descriptor: the cap for all users together
    // stays below the process's limit, so that one user at their cap cannot
    // make accept() fail for everyone else.
    const qint64 perUser = m_settings.maxConnectionsPerUser;
    qint64 total = std::max<qint64>(4096, 16 * perUser);
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY)
        total = std::min<qint64>(total, qint64(files.rlim_cur) - 64);
    m_maxConnections = int(std::max<qint64>(total, 1));
    if (m_maxConnections < 2 * perUser)
        qCWarning(lcDaemon) << "the daemon may open only" << files.rlim_cur
                            << "files: one user with max_connections_per_user =" << perUser
                            << "could take every connection; raise the limit (LimitNOFILE)";
    QString why;
    if (!m_server.listen(m_settings.socketPath, 1024, &why)) {
        *error = u"cannot listen on %1: %2"_s.arg(m_settings.socketPath, why);
        return false;
    }
    connect(&m_server, &LocalListener::accepted, this, &Daemon::onNewConnection);

    m_clockTimer.setInterval(30000);
    connect(&m_clockTimer, &QTimer::timeout, this, &Daemon::persistClock);
    m_clockTimer.start();
    m_enrollRetry.setSingleShot(true);
    connect(&m_enrollRetry, &QTimer::timeout, this, &Daemon::enrollFromConfiguration);

    qCInfo(lcDaemon).noquote() << "listening on" << m_settings.socketPath << "; enrolled:"
                               << (m_device->isEnrolled() ? m_device->deviceId() : u"no"_s);
    warnAboutReadableToken();
    if (!m_settings.enrollmentToken.isEmpty())
        enrollFromConfiguration();
    else if (m_device->isEnrolled())
        m_link->probe();
    return true;
}

bool Daemon::openCache(QString* error)
{
    m_cache = std::make_unique<LeaseCache>(m_settings.stateDir + u"/leases.db"_s,
                                           m_device->cacheKey());
    return m_cache->open(error);
}

void Daemon::stop(std::function<void()> done)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_server.close();
    qCInfo(lcDaemon) << "stopping: releasing the seats that are not borrowed";
    m_seats->shutdown(5000, [this, done] {
        persistClock();
        done();
    });
}

void Daemon::persistClock()
{
    // A lost record stays lost until the server vouches for the time again:
    // a fresh one would make a restart forget the distrust.
    if (m_cache && !m_clock->isDistrusted())
        m_cache->saveClock(m_clock->serverAnchorNowMs(), m_clock->wallAnchorNowMs());
}

// ---- local protocol ------------------------------------------------------

qint64 Daemon::connectionOwner(const LocalConnection* connection) const
{
    if (!connection->hasPeer())
        return kUnknownPeer;
    // Uids without a passwd entry share one budget unless they are let in:
    // a user with subordinate uids (user namespaces) is still one user.
    if (!connection->isNamed() && !m_settings.allowUnnamedUsers)
        return kUnnamedUsers;
    return connection->uid();
}

void Daemon::onNewConnection(int descriptor)
{
    auto* connection = new LocalConnection(descriptor, m_nextConnectionId++, this);
    const qint64 owner = connectionOwner(connection);
    int& open = m_connectionsByOwner[owner];
    QString refused;
    if (open >= m_settings.maxConnectionsPerUser && owner == kUnnamedUsers)
        refused = u"uids without an entry in the user database already have %1 connections "
                  "to the license daemon together (the most max_connections_per_user "
                  "allows)"_s.arg(open);
    else if (open >= m_settings.maxConnectionsPerUser)
        refused = u"this user already has %1 connections to the license daemon (the most "
                  "max_connections_per_user allows); close some"_s.arg(open);
    else if (m_connections >= m_maxConnections)
        refused = u"the license daemon already serves %1 connections"_s.arg(m_connections);
    if (!refused.isEmpty()) {
        if (open == 0)
            m_connectionsByOwner.remove(owner);
        // Logged once per burst, not once per connection.
        if (!m_refusalLogged.contains(owner)) {
            m_refusalLogged.insert(owner);
            qCWarning(lcDaemon).noquote()
                    << "refusing local connections of uid" << connection->uid() << ":" << refused;
        }
        QJsonObject answer = SeatManager::denial(u"too_many_connections"_s, refused);
        answer.insert(u"id"_s, QJsonValue::Null);
        connection->refuse(answer);
        return;
    }
    ++open;
    ++m_connections;
    connect(connection, &LocalConnection::request, this, &Daemon::onRequest);
    connect(connection, &LocalConnection::badLine, this,
            [this](LocalConnection* c, const QString& reason) {
                answer(c, QJsonValue::Null,
                       badRequest(u"a request must be one JSON object per line: "_s + reason));
            });
    connect(connection, &LocalConnection::closed, this, [this, owner](LocalConnection* c) {
        --m_connections;
        if (--m_connectionsByOwner[owner] <= 0) {
            m_connectionsByOwner.remove(owner);
            m_refusalLogged.remove(owner);
        }
        m_seats->holderGone(c->id());
    });
}

bool Daemon::answer(LocalConnection* connection, const QJsonValue& id, QJsonObject answer)
{
    answer.insert(u"id"_s, id);
    return connection->send(answer);
}

void Daemon::onRequest(LocalConnection* connection, const QJsonObject& message)
{
    const QJsonValue id = message.value("id"_L1).isUndefined() ? QJsonValue(QJsonValue::Null)
                                                               : message.value("id"_L1);
    if (!connection->hasPeer()) {
        answer(connection, id, badRequest(u"cannot tell the caller's user"_s));
        return;
    }
    if (m_stopping) {
        answer(connection, id,
               SeatManager::denial(u"server_unreachable"_s, u"the daemon is stopping"_s));
        return;
    }
    const QString op = message.value("op"_L1).toString();
    QPointer<LocalConnection> guard(connection);
    auto reply = [this, guard, id, checkout = op == "checkout"_L1](const QJsonObject& result) {
        if (checkout)
            m_metrics.checkout(result);
        // False when the client did not get it: a seat is not held for it.
        return guard && answer(guard, id, result);
    };
    const QString osUser = connection->osUser();

    if (op == "ping"_L1) {
        reply({{u"ok"_s, true}});
        return;
    }
    if (op == "status"_L1) {
        reply(statusAnswer());
        return;
    }
    if (op == "metrics"_L1) {
        reply(metricsAnswer());
        return;
    }
    // Seats are for users the machine knows: one with subordinate uids (user
    // namespaces) would otherwise take a seat per uid. Giving seats back
    // stays possible.
    if ((op == "checkout"_L1 || op == "borrow"_L1) && !connection->isNamed() &&
        !m_settings.allowUnnamedUsers) {
        reply(SeatManager::denial(
                u"unknown_user"_s,
                u"uid %1 has no entry in the user database (passwd); this daemon grants seats "
                "only to known users (allow_unnamed_users=false)"_s.arg(connection->uid())));
        return;
    }
    if (op == "enroll"_L1) {
        // Changing the machine's identity is for root (or the daemon's own
        // user), as writing /etc/clm/clmd.conf is.
        if (connection->uid() != 0 && connection->uid() != static_cast<qint64>(geteuid())) {
            reply(SeatManager::denial(u"forbidden"_s, u"only root may enroll this machine"_s));
            return;
        }
        const QString token = message.value("enrollment_token"_L1).toString().trimmed();
        if (token.isEmpty()) {
            reply(badRequest(u"\"enrollment_token\" is required"_s));
            return;
        }
        QList<QUrl> urls = m_link->urls();
        if (message.contains("server_url"_L1)) {
            // One URL or several, comma-separated, as in the configuration.
            QList<QUrl> given;
            for (const QString& part : message.value("server_url"_L1).toString().split(u',')) {
                if (part.trimmed().isEmpty())
                    continue;
                const QUrl url(part.trimmed(), QUrl::StrictMode);
                QString reason;
                if (!checkServerUrl(url, m_settings.allowInsecureHttp, &reason)) {
                    reply(badRequest(
                            u"\"server_url\" %1 %2"_s.arg(part.trimmed().left(200), reason)));
                    return;
                }
                urls.removeAll(url);
                given.append(url);
            }
            if (given.isEmpty()) {
                reply(badRequest(u"\"server_url\" is not an http(s) URL"_s));
                return;
            }
            urls = given + urls;
        }
        if (urls.isEmpty()) {
            reply(badRequest(u"no server URL is configured; give \"server_url\""_s));
            return;
        }
        enroll(urls, token, [this, reply](EnrollOutcome outcome, const QJsonObject& result) {
            // A token of the configuration still waiting for the server is
            // not needed any more.
            if (outcome == EnrollOutcome::Enrolled && !m_settings.enrollmentToken.isEmpty())
                forgetConfiguredToken();
            reply(result);
        });
        return;
    }

    const QJsonValue productValue = message.value("product"_L1);
    const QString product = productValue.toString();
    const bool needsProduct =
            op == "checkout"_L1 || op == "release"_L1 || op == "borrow"_L1 || op == "return"_L1;
    if (!needsProduct) {
        reply(badRequest(op.isEmpty() ? u"\"op\" is required"_s
                                      : u"unknown op \"%1\""_s.arg(op.left(64))));
        return;
    }
    if (!productValue.isString() || product.isEmpty() || product.size() > kMaxProductLength) {
        reply(badRequest(u"\"product\" must be a string of 1 to 255 characters"_s));
        return;
    }
    const quint64 holder = connection->id();
    if (op == "checkout"_L1) {
        m_seats->checkout(holder, osUser, product, reply);
    } else if (op == "release"_L1) {
        m_seats->release(holder, osUser, product, reply);
    } else if (op == "borrow"_L1) {
        const QJsonValue seconds = message.value("seconds"_L1);
        if (!json::isInteger(seconds) || seconds.toInteger() <= 0) {
            reply(badRequest(u"\"seconds\" must be a positive integer"_s));
            return;
        }
        m_seats->borrow(osUser, product, seconds.toInteger(), reply);
    } else {
        m_seats->giveBack(osUser, product, reply);
    }
}

QJsonObject Daemon::statusAnswer() const
{
    const QUrl url = m_link->activeUrl();
    return {{u"ok"_s, true},
            {u"enrolled"_s, m_device->isEnrolled()},
            {u"server_url"_s,
             url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(url.toString())},
            {u"server_reachable"_s, m_link->isKnown() && m_link->isReachable()},
            {u"device_id"_s, m_device->isEnrolled() ? QJsonValue(m_device->deviceId())
                                                    : QJsonValue(QJsonValue::Null)},
            {u"version"_s, QStringLiteral(CLM_VERSION)},
            {u"leases"_s, m_seats->status()}};
}

QJsonObject Daemon::metricsAnswer() const
{
    DaemonMetrics::State state;
    state.enrolled = m_device->isEnrolled();
    state.serverReachable = m_link->isKnown() && m_link->isReachable();
    for (const QJsonValue& lease : m_seats->status()) {
        state.seatsHeld += lease.toObject().value("session_id"_L1).isString() ? 1 : 0;
        state.localHolders += lease.toObject().value("holders"_L1).toInt();
    }
    state.cachedLeases = m_cache ? std::max(0, m_cache->size()) : 0;
    state.connections = m_connections;
    return {{u"ok"_s, true}, {u"text"_s, QString::fromUtf8(m_metrics.render(state))}};
}

// ---- enrollment ----------------------------------------------------------

void Daemon::enroll(const QList<QUrl>& urls, const QString& token, EnrollDone done)
{
    if (m_enrolling) {
        done(EnrollOutcome::Retry,
             SeatManager::denial(u"bad_request"_s, u"an enrollment is already under way"_s));
        return;
    }
    m_enrolling = true;
    m_link->setEnrolling(true);
    // The URLs asked for are tried for this enrollment; they stay only if it
    // succeeds (a failed `clm enroll --server` must not put its URL first).
    const QList<QUrl> previous = m_link->urls();
    m_link->setUrls(urls);
    const QJsonObject body{{u"enrollment_token"_s, token},
                           {u"hardware_id"_s, m_hardwareId},
                           {u"hostname"_s, QSysInfo::machineHostName()},
                           {u"os"_s, QSysInfo::prettyProductName()}};
    m_link->request(
            "POST", u"/api/v1/devices/enroll"_s, body, this,
            [this, previous, done = std::move(done)](const RestReply& reply) {
                m_enrolling = false;
                // Requests refused meanwhile go again once the outcome is
                // known (whatever it is), when this answer has been handled.
                const auto retryRefused = qScopeGuard([this] {
                    if (!m_enrolling)
                        m_link->setEnrolling(false);
                });
                const auto failed = [this, &previous, &done](EnrollOutcome outcome,
                                                             const QJsonObject& answer) {
                    m_link->setUrls(previous);
                    done(outcome, answer);
                };
                if (!reply.reached()) {
                    failed(EnrollOutcome::Retry,
                           SeatManager::denial(u"server_unreachable"_s, reply.message()));
                    return;
                }
                if (!reply.isSuccess()) {
                    // Throttled or timed out: the token may still be good.
                    const bool later = reply.status == 408 || reply.status == 429;
                    QString message = u"the server refused the enrollment: "_s + reply.message();
                    if (reply.errorCode() == "device_disabled"_L1) {
                        message = u"an admin disabled this machine (hardware id %1) on the "
                                  "license server; an admin must re-enable the device before "
                                  "it can enroll again"_s.arg(m_hardwareId);
                        m_seats->setNotEnrolledMessage(message);
                    }
                    failed(later ? EnrollOutcome::Retry : EnrollOutcome::Refused,
                           SeatManager::denial(u"not_enrolled"_s, message));
                    return;
                }
                QString error;
                const auto keys = Jwks::fromJson(reply.json.value("jwks"_L1).toObject(), &error);
                const QString deviceId = reply.json.value("device_id"_L1).toString();
                const QString deviceToken = reply.json.value("device_token"_L1).toString();
                if (!keys || deviceId.isEmpty() || deviceToken.isEmpty()) {
                    failed(EnrollOutcome::Retry,
                           SeatManager::denial(u"not_enrolled"_s,
                                               u"the server's enrollment answer is incomplete"_s));
                    return;
                }
                const bool sameDevice = m_device->isEnrolled() && m_device->deviceId() == deviceId;
                if (!m_device->saveEnrollment(deviceId, deviceToken,
                                              reply.json.value("organization_id"_L1).toString(),
                                              m_link->activeUrl().toString(), *keys, &error)) {
                    failed(EnrollOutcome::Retry, SeatManager::denial(u"not_enrolled"_s, error));
                    return;
                }
                // The old token is revoked by the server; leases of another
                // device (or organization) are worthless now.
                if (!sameDevice)
                    m_seats->dropAll();
                m_seats->setNotEnrolledMessage({});
                m_link->setDeviceToken(deviceToken);
                persistClock();
                qCInfo(lcDaemon).noquote()
                        << (sameDevice ? "enrolled again as device" : "enrolled as device")
                        << deviceId << "with" << m_link->activeUrl().toString();
                done(EnrollOutcome::Enrolled,
                     {{u"ok"_s, true},
                      {u"status"_s, u"enrolled"_s},
                      {u"device_id"_s, deviceId},
                      {u"organization_id"_s, reply.json.value("organization_id"_L1)},
                      {u"server_url"_s, m_link->activeUrl().toString()}});
            },
            false);
}

void Daemon::enrollFromConfiguration()
{
    const QString token = m_settings.enrollmentToken;
    if (token.isEmpty())
        return;
    if (m_device->isSpentEnrollmentToken(token)) {
        // Used before, but it could not be taken out of the configuration:
        // a restart must not spend another use of it (or re-enroll).
        qCInfo(lcDaemon) << "the configured enrollment token was used before; not using it again";
        forgetConfiguredToken();
        return;
    }
    if (m_link->urls().isEmpty()) {
        qCWarning(lcDaemon) << "an enrollment token is configured but no server/url";
        return;
    }
    // Also when the machine is enrolled: IT put a token there to enroll it
    // (again), for example after an admin re-enabled it. The server keeps
    // the device (same hardware id) and gives it a new device token.
    if (m_device->isEnrolled())
        qCInfo(lcDaemon).noquote() << "enrolling device" << m_device->deviceId()
                                   << "again with the configured enrollment token";
    enroll(m_link->urls(), token, [this](EnrollOutcome outcome, const QJsonObject& result) {
        if (outcome == EnrollOutcome::Enrolled) {
            m_enrollAttempts = 0;
            forgetConfiguredToken();
            return;
        }
        const QString message = result.value("message"_L1).toString();
        if (outcome == EnrollOutcome::Refused) {
            // For good (401/403): retrying would only fail again.
            qCWarning(lcDaemon).noquote()
                    << "enrollment failed:" << message << "- the configured token is removed";
            forgetConfiguredToken();
            return;
        }
        qCWarning(lcDaemon).noquote() << "enrollment failed:" << message << "- retrying";
        // Retried with the same backoff as everything else.
        const int delay = std::min(m_settings.retryMaxSeconds,
                                   m_settings.retryMinSeconds << std::min(m_enrollAttempts, 16));
        ++m_enrollAttempts;
        m_enrollRetry.start(delay * 1000);
    });
}

void Daemon::forgetConfiguredToken()
{
    // Used (or refused) once: the token does not stay in memory, and it
    // leaves the configuration file. Where the file cannot be written (or
    // the token came from the environment), a hash of it in the state
    // keeps a restart from using it again.
    const QString token = m_settings.enrollmentToken;
    m_settings.enrollmentToken.clear();
    m_enrollRetry.stop();
    if (token.isEmpty())
        return;
    if (removeTokenFromConfiguration(token))
        return;
    QString error;
    if (m_device->isSpentEnrollmentToken(token) ||
        m_device->markEnrollmentTokenSpent(token, &error))
        qCWarning(lcDaemon).noquote()
                << "the used enrollment token stays in the configuration (or environment); it "
                   "will not be used again, but remove it from there";
    else
        qCWarning(lcDaemon).noquote() << error;
}

bool Daemon::removeTokenFromConfiguration(const QString& token)
{
    const QString path = m_settings.configFile;
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray before = file.readAll();
    file.close();
    client::IniFile ini(std::string_view(before.constData(), size_t(before.size())));
    const std::optional<std::string> configured = ini.value("server", "enrollment_token");
    if (!configured || QString::fromStdString(*configured).trimmed() != token)
        return false; // not there (the environment's), or another one by now
    ini.remove("server", "enrollment_token");
    const std::string text = ini.text();
    QString error;
    const auto permissions = QFile::permissions(path);
    if (!writePrivateFile(path, QByteArray(text.data(), qsizetype(text.size())), &error)) {
        qCWarning(lcDaemon).noquote() << "cannot remove the used enrollment token:" << error;
        return false;
    }
    QFile::setPermissions(path, permissions);
    qCInfo(lcDaemon).noquote() << "removed the used enrollment token from" << path;
    return true;
}

void Daemon::warnAboutReadableToken() const
{
    const QString path = m_settings.configFile;
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray text = file.readAll();
    const auto token = client::IniFile(std::string_view(text.constData(), size_t(text.size())))
                               .value("server", "enrollment_token");
    if (!token || QString::fromStdString(*token).trimmed().isEmpty())
        return;
    struct stat info = {};
    if (::fstat(file.handle(), &info) != 0 || (info.st_mode & (S_IRWXG | S_IRWXO)) == 0)
        return;
    qCWarning(lcDaemon).noquote()
            << u"the configuration %1 holds an enrollment token and is readable by other users "
               "(mode %2): anyone who reads it can enroll machines into the organization; "
               "make it 0600 (chmod 600 %1)"_s.arg(path)
                       .arg(info.st_mode & 07777, 4, 8, QLatin1Char('0'));
}

} // namespace clm::daemon
