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
#include "daemon/TrustedClock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslCertificate>
#include <QSysInfo>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcDaemon, "clm.daemon")

using namespace Qt::StringLiterals;

namespace clm::daemon {

namespace {

constexpr int kMaxConnections = 4096;
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
    if (urls.isEmpty() && !m_device->serverUrl().isEmpty())
        urls.append(QUrl(m_device->serverUrl()));
    m_link = std::make_unique<ServerLink>(m_rest.get(), urls);
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
    const auto [serverMs, wallMs] = m_cache->loadClock();
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
    QLocalServer::removeServer(m_settings.socketPath);
    // Every local user's tools connect; each caller is told apart by
    // SO_PEERCRED, never by what it says.
    m_server.setSocketOptions(QLocalServer::WorldAccessOption);
    m_server.setListenBacklogSize(1024);
    m_server.setMaxPendingConnections(1024);
    if (!m_server.listen(m_settings.socketPath)) {
        *error = u"cannot listen on %1: %2"_s.arg(m_settings.socketPath, m_server.errorString());
        return false;
    }
    connect(&m_server, &QLocalServer::newConnection, this, &Daemon::onNewConnection);

    m_clockTimer.setInterval(30000);
    connect(&m_clockTimer, &QTimer::timeout, this, &Daemon::persistClock);
    m_clockTimer.start();
    m_enrollRetry.setSingleShot(true);
    connect(&m_enrollRetry, &QTimer::timeout, this, &Daemon::enrollFromConfiguration);

    qCInfo(lcDaemon).noquote() << "listening on" << m_settings.socketPath << "; enrolled:"
                               << (m_device->isEnrolled() ? m_device->deviceId() : u"no"_s);
    if (m_device->isEnrolled()) {
        if (!m_settings.enrollmentToken.isEmpty())
            qCInfo(lcDaemon) << "already enrolled; the configured enrollment token is ignored";
        m_link->probe();
    } else if (!m_settings.enrollmentToken.isEmpty()) {
        enrollFromConfiguration();
    }
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
    QLocalServer::removeServer(m_settings.socketPath);
    qCInfo(lcDaemon) << "stopping: releasing the seats that are not borrowed";
    m_seats->shutdown(5000, [this, done] {
        persistClock();
        done();
    });
}

void Daemon::persistClock()
{
    if (m_cache)
        m_cache->saveClock(m_clock->serverAnchorNowMs(), m_clock->wallAnchorNowMs());
}

// ---- local protocol ------------------------------------------------------

void Daemon::onNewConnection()
{
    while (QLocalSocket* socket = m_server.nextPendingConnection()) {
        if (m_connections >= kMaxConnections) {
            qCWarning(lcDaemon) << "refusing a local connection: already" << m_connections;
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto* connection = new LocalConnection(socket, m_nextConnectionId++, this);
        ++m_connections;
        connect(connection, &LocalConnection::request, this, &Daemon::onRequest);
        connect(connection, &LocalConnection::badLine, this,
                [this](LocalConnection* c, const QString& reason) {
                    answer(c, QJsonValue::Null,
                           badRequest(u"a request must be one JSON object per line: "_s + reason));
                });
        connect(connection, &LocalConnection::closed, this, [this](LocalConnection* c) {
            --m_connections;
            m_seats->holderGone(c->id());
        });
    }
}

void Daemon::answer(LocalConnection* connection, const QJsonValue& id, QJsonObject answer)
{
    answer.insert(u"id"_s, id);
    connection->send(answer);
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
    auto reply = [this, guard, id](const QJsonObject& result) {
        if (!guard || !guard->isOpen())
            return false;
        answer(guard, id, result);
        return true;
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
            const QUrl url(message.value("server_url"_L1).toString(), QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) ||
                url.host().isEmpty()) {
                reply(badRequest(u"\"server_url\" must be an http(s) URL"_s));
                return;
            }
            urls.removeAll(url);
            urls.prepend(url);
        }
        if (urls.isEmpty()) {
            reply(badRequest(u"no server URL is configured; give \"server_url\""_s));
            return;
        }
        enroll(urls, token, reply);
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

// ---- enrollment ----------------------------------------------------------

void Daemon::enroll(const QList<QUrl>& urls, const QString& token,
                    std::function<void(const QJsonObject&)> done)
{
    if (m_enrolling) {
        done(SeatManager::denial(u"bad_request"_s, u"an enrollment is already under way"_s));
        return;
    }
    m_enrolling = true;
    m_link->setUrls(urls);
    const QJsonObject body{{u"enrollment_token"_s, token},
                           {u"hardware_id"_s, m_hardwareId},
                           {u"hostname"_s, QSysInfo::machineHostName()},
                           {u"os"_s, QSysInfo::prettyProductName()}};
    m_link->request(
            "POST", u"/api/v1/devices/enroll"_s, body, this,
            [this, done](const RestReply& reply) {
                m_enrolling = false;
                if (!reply.reached()) {
                    done(SeatManager::denial(u"server_unreachable"_s, reply.message()));
                    return;
                }
                if (!reply.isSuccess()) {
                    done(SeatManager::denial(u"not_enrolled"_s,
                                             u"the server refused the enrollment: "_s +
                                                     reply.message()));
                    return;
                }
                QString error;
                const auto keys = Jwks::fromJson(reply.json.value("jwks"_L1).toObject(), &error);
                const QString deviceId = reply.json.value("device_id"_L1).toString();
                const QString deviceToken = reply.json.value("device_token"_L1).toString();
                if (!keys || deviceId.isEmpty() || deviceToken.isEmpty()) {
                    done(SeatManager::denial(u"not_enrolled"_s,
                                             u"the server's enrollment answer is incomplete"_s));
                    return;
                }
                const bool sameDevice = m_device->isEnrolled() && m_device->deviceId() == deviceId;
                if (!m_device->saveEnrollment(deviceId, deviceToken,
                                              reply.json.value("organization_id"_L1).toString(),
                                              m_link->activeUrl().toString(), *keys, &error)) {
                    done(SeatManager::denial(u"not_enrolled"_s, error));
                    return;
                }
                // The old token is revoked by the server; leases of another
                // device (or organization) are worthless now.
                if (!sameDevice)
                    m_seats->dropAll();
                m_link->setDeviceToken(deviceToken);
                persistClock();
                qCInfo(lcDaemon).noquote() << "enrolled as device" << deviceId << "with"
                                           << m_link->activeUrl().toString();
                done({{u"ok"_s, true},
                      {u"status"_s, u"enrolled"_s},
                      {u"device_id"_s, deviceId},
                      {u"organization_id"_s, reply.json.value("organization_id"_L1)},
                      {u"server_url"_s, m_link->activeUrl().toString()}});
            },
            false);
}

void Daemon::enrollFromConfiguration()
{
    if (m_device->isEnrolled() || m_settings.enrollmentToken.isEmpty())
        return;
    if (m_link->urls().isEmpty()) {
        qCWarning(lcDaemon) << "an enrollment token is configured but no server/url";
        return;
    }
    enroll(m_link->urls(), m_settings.enrollmentToken, [this](const QJsonObject& result) {
        if (result.value("ok"_L1).toBool()) {
            m_enrollAttempts = 0;
            forgetConfiguredToken();
            return;
        }
        const QString reason = result.value("reason"_L1).toString();
        qCWarning(lcDaemon).noquote()
                << "enrollment failed:" << result.value("message"_L1).toString();
        if (reason == "server_unreachable"_L1) {
            // Retried with the same backoff as everything else.
            const int delay =
                    std::min(m_settings.retryMaxSeconds,
                             m_settings.retryMinSeconds << std::min(m_enrollAttempts, 16));
            ++m_enrollAttempts;
            m_enrollRetry.start(delay * 1000);
        }
    });
}

void Daemon::forgetConfiguredToken()
{
    // Used once: the token does not stay in memory, and it leaves the
    // configuration file when the daemon may write it (else IT's tooling,
    // `clm enroll`, keeps it out).
    m_settings.enrollmentToken.clear();
    const QString path = m_settings.configFile;
    if (path.isEmpty() || !QFileInfo(path).isWritable())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    QByteArray kept;
    bool removed = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().startsWith("enrollment_token")) {
            removed = true;
            continue;
        }
        kept += lines[i];
        if (i + 1 < lines.size())
            kept += '\n';
    }
    if (!removed)
        return;
    QString error;
    const auto permissions = QFile::permissions(path);
    if (writePrivateFile(path, kept, &error)) {
        QFile::setPermissions(path, permissions);
        qCInfo(lcDaemon).noquote() << "removed the used enrollment token from" << path;
    } else {
        qCWarning(lcDaemon).noquote() << error;
    }
}

} // namespace clm::daemon
