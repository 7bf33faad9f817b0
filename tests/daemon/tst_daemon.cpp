// clmd end to end: a real clm-server (SQLite or PostgreSQL), real clmd
// processes on temporary sockets, the real `clm` command and raw protocol
// clients (CLI.md, "clmd", "Local protocol", "clm and libclm").

#include "DaemonProcess.h"
#include "LocalClient.h"
#include "LocalClientGroup.h"
#include "MetricsText.h"
#include "RunProgram.h"
#include "ScriptedHttpServer.h"
#include "ServerFixture.h"
#include "TestPostgres.h"
#include "daemon/LocalConnection.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <poll.h>
#include <pwd.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;
using namespace clm::test;

namespace {

QString currentUser()
{
    const passwd* entry = getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : u"uid:%1"_s.arg(geteuid());
}

// Why clients cannot run as other uids here (empty: they can). Other users
// need root, which CI has.
QString otherUsersUnavailable()
{
    if (geteuid() != 0)
        return u"clients of other uids need root (setpriv, setresuid)"_s;
    if (QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
        return u"setpriv (util-linux) is not installed"_s;
    return {};
}

// A uid at or above `from` without a passwd entry.
uid_t unnamedUid(uid_t from)
{
    while (getpwuid(from))
        ++from;
    return from;
}

QByteArray fileText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject fileJson(const QString& path)
{
    return QJsonDocument::fromJson(fileText(path)).object();
}

// Peak resident memory of a process, in KiB.
qint64 peakRssKb(qint64 pid)
{
    for (const QByteArray& line : fileText(u"/proc/%1/status"_s.arg(pid)).split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// A bare connection to the daemon's socket (`flags` as for socket(2),
// SOCK_CLOEXEC always), for clients QLocalSocket cannot play: ones that
// do not read. -1 if it cannot connect.
int connectRaw(const QString& socketPath, int flags = 0)
{
    const QByteArray path = socketPath.toLocal8Bit();
    sockaddr_un address{};
    if (size_t(path.size()) >= sizeof address.sun_path)
        return -1;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | flags, 0);
    if (fd < 0)
        return -1;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Sends all of `bytes` on a blocking descriptor; false once it fails.
bool sendAll(int fd, const QByteArray& bytes)
{
    for (qsizetype at = 0; at < bytes.size();) {
        const ssize_t n =
                ::send(fd, bytes.constData() + at, size_t(bytes.size() - at), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        at += n;
    }
    return true;
}

// Sends one ping on `fd` and waits up to `timeoutMs` for any answer.
bool pingAnswered(int fd, int timeoutMs)
{
    if (!sendAll(fd, "{\"op\":\"ping\"}\n"_ba))
        return false;
    pollfd readable{fd, POLLIN, 0};
    if (::poll(&readable, 1, timeoutMs) != 1)
        return false;
    char answer[256];
    return ::recv(fd, answer, sizeof answer, MSG_DONTWAIT) > 0;
}

} // namespace

// Skips a test that needs other uids where they cannot be had, but fails
// under CI, where a skip would hide that the attack went untested.
#define CLM_REQUIRE_OTHER_USERS()                                                                  \
    do {                                                                                           \
        const QString why = otherUsersUnavailable();                                               \
        if (!why.isEmpty()) {                                                                      \
            if (qEnvironmentVariable("CI") == "true"_L1)                                           \
                QFAIL(qPrintable(u"CI=true, but "_s + why));                                       \
            QSKIP(qPrintable(why));                                                                \
        }                                                                                          \
    } while (false)

class TestDaemon : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_owner;
    QString m_enrollmentToken;
    std::unique_ptr<QTemporaryDir> m_public;

    HttpClient admin() const { return m_fixture->client(m_owner.access); }

    QJsonObject createLicense(const QString& product, int seats, const QJsonObject& extra = {})
    {
        QJsonObject body{{u"name"_s, QString(product + u" license"_s)},
                         {u"product"_s, product},
                         {u"max_concurrent_seats"_s, seats},
                         {u"offline_lease_seconds"_s, 3600}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        const HttpReply reply = admin().post(u"/api/v1/licenses/"_s, body);
        if (reply.status != 201)
            qWarning() << reply.describe();
        return reply.json;
    }

    // Active sessions of a license, as the admin API sees them.
    QJsonArray activeSessions(const QString& licenseId)
    {
        return admin()
                .get(u"/api/v1/sessions/?active=true&license=%1&page_size=500"_s.arg(licenseId))
                .results();
    }

    // A daemon configured for this server and enrollment token, started.
    std::unique_ptr<DaemonProcess> startDaemon(const QString& name, bool withToken = true)
    {
        auto daemon = std::make_unique<DaemonProcess>(name);
        daemon->set(u"server/url"_s, m_fixture->server().baseUrl().toString());
        if (withToken)
            daemon->set(u"server/enrollment_token"_s, m_enrollmentToken);
        if (!daemon->start()) {
            qWarning().noquote() << daemon->error();
            return nullptr;
        }
        return daemon;
    }

    static QJsonObject status(const DaemonProcess& daemon)
    {
        LocalClient client;
        if (!client.connectTo(daemon.socketPath()))
            return {};
        return client.request({{u"op"_s, u"status"_s}});
    }

    static bool enrolled(const DaemonProcess& daemon)
    {
        return status(daemon).value("enrolled"_L1).toBool();
    }

    static QJsonObject leaseOf(const DaemonProcess& daemon, const QString& product)
    {
        const QJsonArray leases = status(daemon).value("leases"_L1).toArray();
        for (const QJsonValue& lease : leases) {
            if (lease.toObject().value("product"_L1).toString() == product)
                return lease.toObject();
        }
        return {};
    }

    bool restartServer()
    {
        m_fixture->server().stop();
        return m_fixture->server().start();
    }

    // A dedicated enrollment token: {id, token}.
    std::pair<QString, QString> createEnrollmentToken(const QString& label,
                                                      const QJsonObject& extra = {})
    {
        QJsonObject body{{u"label"_s, label}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        const HttpReply reply = admin().post(u"/api/v1/enrollment-tokens/"_s, body);
        return {reply.json.value("id"_L1).toString(), reply.json.value("token"_L1).toString()};
    }

    int enrollmentTokenUses(const QString& id)
    {
        for (const QJsonValue& token :
             admin().get(u"/api/v1/enrollment-tokens/?page_size=500"_s).results()) {
            if (token.toObject().value("id"_L1).toString() == id)
                return token.toObject().value("uses"_L1).toInt();
        }
        return -1;
    }

    static QString deviceToken(const DaemonProcess& daemon)
    {
        return fileJson(daemon.stateDir() + u"/device.json"_s).value("device_token"_L1).toString();
    }

    // A directory every uid may enter, for sockets and a copy of clm and
    // libclm that clients of other uids can run (the build tree may be
    // private). Empty on failure.
    QString publicDirectory()
    {
        if (m_public)
            return m_public->path();
        auto dir = std::make_unique<QTemporaryDir>();
        const QString clm = DaemonProcess::clmBinary();
        const QString library = QFileInfo(clm).absolutePath() + u"/../lib/libclm.so.1"_s;
        const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                              QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                              QFileDevice::ExeGroup | QFileDevice::ReadOther |
                              QFileDevice::ExeOther;
        if (!dir->isValid() || !QFile::setPermissions(dir->path(), everyone) ||
            !QDir(dir->path()).mkdir(u"lib"_s) ||
            !QFile::setPermissions(dir->path() + u"/lib"_s, everyone) ||
            !QFile::copy(clm, dir->path() + u"/clm"_s) ||
            !QFile::copy(library, dir->path() + u"/lib/libclm.so.1"_s) ||
            !QFile::setPermissions(dir->path() + u"/clm"_s, everyone) ||
            !QFile::setPermissions(dir->path() + u"/lib/libclm.so.1"_s, everyone))
            return {};
        m_public = std::move(dir);
        return m_public->path();
    }

    // A daemon for clients of other uids: its socket in the public directory.
    std::unique_ptr<DaemonProcess> startPublicDaemon(const QString& name,
                                                     const QMap<QString, QString>& values = {},
                                                     bool enrolled = true)
    {
        const QString dir = publicDirectory();
        if (dir.isEmpty())
            return nullptr;
        auto daemon = std::make_unique<DaemonProcess>(name);
        daemon->set(u"daemon/socket"_s, dir + u'/' + name + u".sock"_s);
        daemon->set(u"server/url"_s, m_fixture->server().baseUrl().toString());
        if (enrolled)
            daemon->set(u"server/enrollment_token"_s, m_enrollmentToken);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            daemon->set(it.key(), it.value());
        if (!daemon->start()) {
            qWarning().noquote() << daemon->error();
            return nullptr;
        }
        return daemon;
    }

    QProcessEnvironment publicEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"CLM_SOCKET"_s);
        environment.insert(u"CLM_CONFIG"_s, u"/nonexistent/clmd.conf"_s);
        environment.insert(u"LD_LIBRARY_PATH"_s, m_public->path() + u"/lib"_s);
        return environment;
    }

    // The real `clm`, run as `uid` (and gid) with setpriv.
    int clmAs(uid_t uid, const DaemonProcess& daemon, const QStringList& args,
              QByteArray* out = nullptr, QByteArray* err = nullptr)
    {
        const QString id = QString::number(uid);
        return runProgram(u"setpriv"_s,
                          QStringList{u"--reuid="_s + id, u"--regid="_s + id, u"--clear-groups"_s,
                                      m_public->path() + u"/clm"_s, u"--socket"_s,
                                      daemon.socketPath()} +
                                  args,
                          {}, out, err, 60000, publicEnvironment());
    }

    // The real `clm` in a new user namespace whose uids 1..65535 are the
    // host's 100001..165535, as `unshare --map-auto` maps a user's
    // subordinate uids (/etc/subuid), run there as `innerUid`. Namespace 0
    // stays host root only so that the shell may switch to `innerUid`. -2
    // when the machine allows no user namespaces.
    int clmInSubordinateNamespace(uid_t innerUid, const DaemonProcess& daemon,
                                  const QStringList& args, QByteArray* err)
    {
        const QString fifo = m_public->path() + u"/go-%1"_s.arg(innerUid);
        QFile::remove(fifo);
        if (::mkfifo(fifo.toLocal8Bit().constData(), 0666) != 0)
            return -1;
        QProcess process;
        process.setProcessEnvironment(publicEnvironment());
        process.start(u"unshare"_s,
                      QStringList{u"--user"_s, u"--"_s, u"sh"_s, u"-c"_s,
                                  u"read go < \"$1\"; u=$2; shift 2; exec setpriv --reuid=\"$u\" "
                                  "--regid=\"$u\" --clear-groups \"$@\""_s,
                                  u"sh"_s, fifo, QString::number(innerUid),
                                  m_public->path() + u"/clm"_s, u"--socket"_s,
                                  daemon.socketPath()} +
                              args);
        if (!process.waitForStarted(10000))
            return -1;
        // "user:[inode]": it differs from ours once unshare(2) has run.
        const auto userNamespace = [](const QString& path) {
            char target[256] = {};
            const ssize_t size =
                    ::readlink(path.toLocal8Bit().constData(), target, sizeof target - 1);
            return size > 0 ? QByteArray(target, size) : QByteArray();
        };
        const QByteArray ours = userNamespace(u"/proc/self/ns/user"_s);
        const QString theirs = u"/proc/%1/ns/user"_s.arg(process.processId());
        QElapsedTimer waited;
        waited.start();
        while (userNamespace(theirs) == ours && waited.elapsed() < 10000 &&
               process.state() == QProcess::Running)
            QThread::msleep(10);
        if (process.state() != QProcess::Running) {
            *err = process.readAllStandardError();
            return -2;
        }
        // Each map in one write(), as the kernel requires.
        for (const char* map : {"uid_map", "gid_map"}) {
            const QByteArray path =
                    u"/proc/%1/%2"_s.arg(process.processId()).arg(QLatin1String(map)).toLocal8Bit();
            const QByteArray lines = "0 0 1\n1 100001 65535\n";
            const int fd = ::open(path.constData(), O_WRONLY | O_CLOEXEC);
            const bool written =
                    fd >= 0 && ::write(fd, lines.constData(), size_t(lines.size())) == lines.size();
            if (fd >= 0)
                ::close(fd);
            if (!written)
                return -1;
        }
        {
            QFile go(fifo);
            if (!go.open(QIODevice::WriteOnly))
                return -1;
            go.write("go\n");
        }
        if (!process.waitForFinished(60000))
            return -1;
        *err = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // The lease cache's rows are HMAC'd with the key in device.json, as
    // LeaseCache computes it: someone with root can read that key.
    static QByteArray cacheRowMac(const DaemonProcess& daemon, const QList<QByteArray>& fields)
    {
        const QByteArray key = QByteArray::fromBase64(
                fileJson(daemon.stateDir() + u"/device.json"_s)
                        .value("cache_key"_L1)
                        .toString()
                        .toLatin1(),
                QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QMessageAuthenticationCode code(QCryptographicHash::Sha256, key);
        for (const QByteArray& field : fields) {
            code.addData(QByteArray::number(field.size()) + ':');
            code.addData(field);
        }
        return code.result().toHex();
    }

    // Runs `statement` on the daemon's cache file (the daemon stopped).
    static bool editCache(const DaemonProcess& daemon, const QString& statement,
                          const QVariantList& values = {})
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
            db.setDatabaseName(daemon.stateDir() + u"/leases.db"_s);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(statement);
                for (const QVariant& value : values)
                    q.addBindValue(value);
                ok = q.exec();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(u"edit"_s);
        return ok;
    }

private slots:
    // A test that failed with the server stopped leaves it running for the next.
    void init()
    {
        if (m_fixture && m_fixture->server().pid() == 0)
            QVERIFY2(m_fixture->server().start(), qPrintable(m_fixture->server().error()));
    }

    void initTestCase()
    {
        CLM_START_FIXTURE(m_fixture,
                          QStringList{u"--heartbeat-interval"_s, u"1"_s, u"--session-ttl"_s, u"3"_s,
                                      u"--reaper-interval"_s, u"1"_s});
        m_owner = m_fixture->createOrganization(u"Daemon Org"_s, u"owner@daemon.example"_s);
        QVERIFY2(!m_owner.access.isEmpty(), qPrintable(m_fixture->error()));
        const HttpReply token =
                admin().post(u"/api/v1/enrollment-tokens/"_s, {{u"label"_s, u"workstations"_s}});
        QCOMPARE(token.status, 201);
        m_enrollmentToken = token.json.value("token"_L1).toString();
        QVERIFY(!m_enrollmentToken.isEmpty());
    }

    void commandLines()
    {
        QProcess daemon;
        daemon.start(DaemonProcess::daemonBinary(), {u"--version"_s});
        QVERIFY(daemon.waitForFinished(10000));
        QCOMPARE(daemon.exitCode(), 0);
        QVERIFY(daemon.readAllStandardOutput().contains(CLM_VERSION));
        daemon.start(DaemonProcess::daemonBinary(), {u"--no-such-flag"_s});
        QVERIFY(daemon.waitForFinished(10000));
        QVERIFY(daemon.exitCode() != 0);
        QCOMPARE(daemon.readAllStandardError().count('\n'), 1);

        // No daemon on the socket: exit 2 and the reason code first.
        DaemonProcess absent(u"absent"_s);
        QByteArray err;
        QCOMPARE(absent.clm({u"checkout"_s, u"anything"_s}, nullptr, &err), 2);
        QVERIFY2(err.startsWith("daemon_unreachable"), err.constData());
    }

    void enrollsOnFirstStart()
    {
        auto daemon = startDaemon(u"enroll"_s);
        QVERIFY(daemon);
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*daemon), 15000);

        const QJsonObject state = status(*daemon);
        QCOMPARE(state.value("ok"_L1).toBool(), true);
        QCOMPARE(state.value("server_reachable"_L1).toBool(), true);
        QCOMPARE(state.value("version"_L1).toString(), QStringLiteral(CLM_VERSION));
        const QString deviceId = state.value("device_id"_L1).toString();
        QVERIFY(!deviceId.isEmpty());

        // The server knows the machine by its fingerprint.
        const QJsonArray devices = admin().get(u"/api/v1/devices/?page_size=500"_s).results();
        bool found = false;
        for (const QJsonValue& device : devices) {
            if (device.toObject().value("id"_L1).toString() == deviceId) {
                found = true;
                QCOMPARE(device.toObject().value("hardware_id"_L1).toString(),
                         daemon->hardwareId());
            }
        }
        QVERIFY(found);

        // Device token and keys are private; the enrollment token is kept
        // nowhere, not even in the configuration the daemon could write.
        for (const QString& name : {u"device.json"_s, u"jwks.json"_s, u"leases.db"_s}) {
            const QString path = daemon->stateDir() + u'/' + name;
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                 QFileDevice::ReadOther | QFileDevice::WriteOther),
                     QFileDevice::Permissions());
        }
        const QDir stateDir(daemon->stateDir());
        for (const QString& name : stateDir.entryList(QDir::Files)) {
            QFile file(stateDir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(m_enrollmentToken.toUtf8()), qPrintable(name));
        }
        QFile config(daemon->configPath());
        QVERIFY(config.open(QIODevice::ReadOnly));
        QVERIFY(!config.readAll().contains(m_enrollmentToken.toUtf8()));

        // `clm status --json` prints the daemon's answer as it is.
        QByteArray out;
        QCOMPARE(daemon->clm({u"status"_s, u"--json"_s}, &out), 0);
        const QJsonObject printed = QJsonDocument::fromJson(out).object();
        QCOMPARE(printed.value("device_id"_L1).toString(), deviceId);

        // A restart keeps the enrollment.
        QCOMPARE(daemon->stop(), 0);
        daemon->unset(u"server/enrollment_token"_s);
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        QCOMPARE(status(*daemon).value("device_id"_L1).toString(), deviceId);
    }

    void enrollThroughTheSocket()
    {
        auto daemon = startDaemon(u"socket-enroll"_s, false);
        QVERIFY(daemon);
        QCOMPARE(status(*daemon).value("enrolled"_L1).toBool(), false);
        LocalClient client;
        QVERIFY(client.connectTo(daemon->socketPath()));
        const QJsonObject denied = client.checkout(u"anything"_s);
        QCOMPARE(denied.value("reason"_L1).toString(), u"not_enrolled"_s);

        const QJsonObject wrong =
                client.request({{u"op"_s, u"enroll"_s}, {u"enrollment_token"_s, u"not-a-token"_s}});
        QCOMPARE(wrong.value("ok"_L1).toBool(), false);
        QCOMPARE(wrong.value("reason"_L1).toString(), u"not_enrolled"_s);

        const QJsonObject answer =
                client.request({{u"op"_s, u"enroll"_s},
                                {u"server_url"_s, m_fixture->server().baseUrl().toString()},
                                {u"enrollment_token"_s, m_enrollmentToken}});
        QVERIFY2(answer.value("ok"_L1).toBool(), QJsonDocument(answer).toJson().constData());
        QVERIFY(!answer.value("device_id"_L1).toString().isEmpty());
        QVERIFY(enrolled(*daemon));
    }

    void aFailedEnrollmentLeavesTheServersAsTheyWere()
    {
        createLicense(u"steady-tool"_s, 2);
        auto daemon = startDaemon(u"failed-enroll"_s);
        QVERIFY(daemon);
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*daemon), 15000);
        const QString serverUrl = status(*daemon).value("server_url"_L1).toString();
        QVERIFY(!serverUrl.isEmpty());
        LocalClient root;
        QVERIFY(root.connectTo(daemon->socketPath()));
        // Nobody answers at one new URL; another server answers but refuses
        // the token.
        ServerProcess other(m_fixture->database().url(), {}, m_fixture->server().keyDir());
        QVERIFY2(other.start(), qPrintable(other.error()));
        for (const QString& url : {u"http://127.0.0.1:9/"_s, other.baseUrl().toString()}) {
            const QJsonObject failed = root.request({{u"op"_s, u"enroll"_s},
                                                     {u"server_url"_s, url},
                                                     {u"enrollment_token"_s, u"org.wrong"_s}});
            QCOMPARE(failed.value("ok"_L1).toBool(), false);
        }
        // The URL of the failed attempt is not tried first from now on.
        QCOMPARE(status(*daemon).value("server_url"_L1).toString(), serverUrl);
        QCOMPARE(daemon->clm({u"checkout"_s, u"steady-tool"_s}), 0);
        QCOMPARE(status(*daemon).value("server_url"_L1).toString(), serverUrl);
    }

    void enrollWithTheClmCommand()
    {
        auto daemon = std::make_unique<DaemonProcess>(u"clm-enroll"_s);
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        QCOMPARE(status(*daemon).value("enrolled"_L1).toBool(), false);
        QByteArray out;
        QByteArray err;
        const QString url = m_fixture->server().baseUrl().toString();
        QCOMPARE(daemon->clm({u"enroll"_s, u"--server"_s, url, u"--token"_s, m_enrollmentToken,
                              u"--config"_s, daemon->configPath()},
                             &out, &err),
                 0);
        QVERIFY2(out.contains("enrolled"), out.constData());
        QVERIFY(enrolled(*daemon));
        QFile config(daemon->configPath());
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QByteArray text = config.readAll();
        QVERIFY2(text.contains(QByteArray("url=" + url.toUtf8())), text.constData());
        QVERIFY(!text.contains(m_enrollmentToken.toUtf8()));
        // The daemon keeps the server across a restart.
        QCOMPARE(daemon->stop(), 0);
        daemon->set(u"server/url"_s, url);
        QVERIFY(daemon->start());
        createLicense(u"enrolled-tool"_s, 1);
        QCOMPARE(daemon->clm({u"checkout"_s, u"enrolled-tool"_s}), 0);
    }

    void rotatedKeysAreFetched()
    {
        createLicense(u"rotate-tool"_s, 1);
        auto daemon = startDaemon(u"rotate"_s);
        QVERIFY(daemon);
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*daemon), 15000);
        LocalClient holder;
        QVERIFY(holder.connectTo(daemon->socketPath()));
        QVERIFY(holder.checkout(u"rotate-tool"_s).value("ok"_L1).toBool());
        const auto keyCount = [&] {
            QFile file(daemon->stateDir() + u"/jwks.json"_s);
            if (!file.open(QIODevice::ReadOnly))
                return -1;
            return static_cast<int>(QJsonDocument::fromJson(file.readAll())
                                            .object()
                                            .value("keys"_L1)
                                            .toArray()
                                            .size());
        };
        const int before = keyCount();
        QVERIFY(before >= 1);

        // A new signing key: the next renewed lease carries an unknown kid.
        m_fixture->server().stop();
        QByteArray err;
        QCOMPARE(ServerProcess::run({u"keygen"_s, u"--key-dir"_s, m_fixture->server().keyDir()}, {},
                                    nullptr, &err),
                 0);
        QVERIFY(m_fixture->server().start());
        QTRY_COMPARE_WITH_TIMEOUT(keyCount(), before + 1, 15000);
        // Leases signed with the new key verify: heartbeats keep the seat.
        QTRY_VERIFY_WITH_TIMEOUT(!leaseOf(*daemon, u"rotate-tool"_s).value("offline"_L1).toBool(),
                                 10000);
        QVERIFY(holder.checkout(u"rotate-tool"_s).value("ok"_L1).toBool());
        QTRY_VERIFY2_WITH_TIMEOUT(
                daemon->standardError().contains("refreshed the server's lease keys"),
                daemon->standardError().right(3000).constData(), 5000);
    }

    void checkoutIsGranted()
    {
        const QJsonObject license = createLicense(u"coditect-cli"_s, 5);
        // The first configured server does not answer: the next one serves.
        auto daemon = std::make_unique<DaemonProcess>(u"checkout"_s);
        daemon->set(u"server/url"_s,
                    u"http://127.0.0.1:9, "_s + m_fixture->server().baseUrl().toString());
        daemon->set(u"server/enrollment_token"_s, m_enrollmentToken);
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*daemon), 15000);
        QCOMPARE(status(*daemon).value("server_url"_L1).toString(),
                 m_fixture->server().baseUrl().toString());

        QByteArray out;
        QByteArray err;
        QCOMPARE(daemon->clm({u"checkout"_s, u"coditect-cli"_s}, &out, &err), 0);
        QVERIFY2(out.contains("granted"), out.constData());

        LocalClient client;
        QVERIFY(client.connectTo(daemon->socketPath()));
        const QJsonObject granted = client.checkout(u"coditect-cli"_s);
        QCOMPARE(granted.value("ok"_L1).toBool(), true);
        QCOMPARE(granted.value("status"_L1).toString(), u"granted"_s);
        QCOMPARE(granted.value("offline"_L1).toBool(), false);
        QVERIFY(!granted.value("lease_expires_at"_L1).toString().isEmpty());
        const QJsonObject grantedLicense = granted.value("license"_L1).toObject();
        QCOMPARE(grantedLicense.value("id"_L1).toString(), license.value("id"_L1).toString());
        QCOMPARE(grantedLicense.value("name"_L1).toString(), u"coditect-cli license"_s);

        // One server session for this (product, user), held for this user.
        const QJsonArray sessions = activeSessions(license.value("id"_L1).toString());
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().toObject().value("os_user"_L1).toString(), currentUser());
        QCOMPARE(sessions.first().toObject().value("id"_L1).toString(),
                 granted.value("session_id"_L1).toString());

        // Unknown product: no license grants it.
        err.clear();
        QCOMPARE(daemon->clm({u"checkout"_s, u"no-such-product"_s}, nullptr, &err), 1);
        QVERIFY2(err.startsWith("no_license"), err.constData());

        // Explicit release ends the server session at once.
        const QJsonObject released =
                client.request({{u"op"_s, u"release"_s}, {u"product"_s, u"coditect-cli"_s}});
        QCOMPARE(released.value("ok"_L1).toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(activeSessions(license.value("id"_L1).toString()).size(), 0,
                                  5000);
    }

    void oneSeatDeniesAnotherMachineUntilLinger()
    {
        const QJsonObject license = createLicense(u"solo-tool"_s, 1);
        const QString licenseId = license.value("id"_L1).toString();
        auto first = startDaemon(u"solo-a"_s);
        auto second = startDaemon(u"solo-b"_s);
        QVERIFY(first && second);
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*first) && enrolled(*second), 15000);

        QProcess run;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"CLM_SOCKET"_s);
        run.setProcessEnvironment(environment);
        run.start(DaemonProcess::clmBinary(), {u"--socket"_s, first->socketPath(), u"run"_s,
                                               u"solo-tool"_s, u"--"_s, u"sleep"_s, u"3"_s});
        QVERIFY(run.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(activeSessions(licenseId).size(), 1, 10000);

        QByteArray err;
        QCOMPARE(second->clm({u"checkout"_s, u"solo-tool"_s}, nullptr, &err), 1);
        QVERIFY2(err.startsWith("no_seats"), err.constData());

        // `clm run` exits with the command's status and gives the seat back.
        QVERIFY(run.waitForFinished(20000));
        QCOMPARE(run.exitCode(), 0);
        QElapsedTimer freed;
        freed.start();
        QTRY_COMPARE_WITH_TIMEOUT(activeSessions(licenseId).size(), 0, 10000);
        qInfo() << "seat freed" << freed.elapsed() << "ms after the command exited";
        QCOMPARE(second->clm({u"checkout"_s, u"solo-tool"_s}), 0);

        // The command's own status comes through.
        QCOMPARE(first->clm({u"run"_s, u"other-product"_s, u"--"_s, u"true"_s}), 1);
        createLicense(u"exit-tool"_s, 1);
        QCOMPARE(first->clm({u"run"_s, u"exit-tool"_s, u"--"_s, u"sh"_s, u"-c"_s, u"exit 7"_s}), 7);
    }

    void killedToolFreesItsSeat()
    {
        const QJsonObject license = createLicense(u"killed-tool"_s, 1);
        const QString licenseId = license.value("id"_L1).toString();
        auto daemon = startDaemon(u"killed"_s);
        QVERIFY(daemon);
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*daemon), 15000);

        QProcess run;
        run.start(DaemonProcess::clmBinary(), {u"--socket"_s, daemon->socketPath(), u"run"_s,
                                               u"killed-tool"_s, u"--"_s, u"sleep"_s, u"60"_s});
        QVERIFY(run.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(activeSessions(licenseId).size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(leaseOf(*daemon, u"killed-tool"_s).value("holders"_L1).toInt(), 1,
                                  5000);

        // The child `sleep` keeps running; it does not hold the socket.
        QFile children(u"/proc/%1/task/%1/children"_s.arg(run.processId()));
        QByteArray childPids;
        if (children.open(QIODevice::ReadOnly))
            childPids = children.readAll().trimmed();
        ::kill(static_cast<pid_t>(run.processId()), SIGKILL);
        QVERIFY(run.waitForFinished(5000));
        QElapsedTimer freed;
        freed.start();
        // Linger (1 s) plus a few seconds, far below the server's TTL path.
        QTRY_COMPARE_WITH_TIMEOUT(activeSessions(licenseId).size(), 0, 6000);
        qInfo() << "seat freed" << freed.elapsed() << "ms after SIGKILL";
        for (const QByteArray& pid : childPids.split(' ')) {
            if (pid.toInt() > 0)
                ::kill(pid.toInt(), SIGKILL);
        }
    }

    void offlineGrantUntilLeaseExpiresThenOnlineAgain()
    {
        const QJsonObject license =
                createLicense(u"offline-tool"_s, 2, {{u"offline_lease_seconds"_s, 6}});
        auto daemon = startDaemon(u"offline"_s);
        QVERIFY(daemon);
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*daemon), 15000);

        LocalClient holder;
        QVERIFY(holder.connectTo(daemon->socketPath()));
        const QJsonObject online = holder.checkout(u"offline-tool"_s);
        QCOMPARE(online.value("offline"_L1).toBool(), false);
        QThread::msleep(1500); // a heartbeat or two renew the lease

        m_fixture->server().stop();
        // The next heartbeat finds the server gone.
        QTRY_COMPARE_WITH_TIMEOUT(status(*daemon).value("server_reachable"_L1).toBool(), false,
                                  10000);
        LocalClient other;
        QVERIFY(other.connectTo(daemon->socketPath()));
        const QJsonObject offline = other.checkout(u"offline-tool"_s);
        QVERIFY2(offline.value("ok"_L1).toBool(), QJsonDocument(offline).toJson().constData());
        QCOMPARE(offline.value("offline"_L1).toBool(), true);
        QCOMPARE(offline.value("session_id"_L1), online.value("session_id"_L1));

        // The lease ends; so do offline grants.
        QTRY_COMPARE_WITH_TIMEOUT(other.checkout(u"offline-tool"_s).value("reason"_L1).toString(),
                                  u"offline_lease_expired"_s, 15000);

        // The server returns: the daemon finds it and is online again.
        QVERIFY2(m_fixture->server().start(), qPrintable(m_fixture->server().error()));
        QTRY_VERIFY_WITH_TIMEOUT(status(*daemon).value("server_reachable"_L1).toBool(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(other.checkout(u"offline-tool"_s).value("offline"_L1).toBool(),
                                  false, 15000);
        QVERIFY(other.checkout(u"offline-tool"_s).value("ok"_L1).toBool());
        QCOMPARE(activeSessions(license.value("id"_L1).toString()).size(), 1);

        // `clm metrics` counted all of it, in a text promtool accepts.
        QByteArray text;
        QCOMPARE(daemon->clm({u"metrics"_s}, &text), 0);
        const QHash<QString, double> seen = metricSamples(text);
        QVERIFY2(seen.value(u"clmd_offline_grants_total"_s) >= 1, text.constData());
        QVERIFY(seen.value(u"clmd_checkouts_total{result=\"granted\",reason=\"\"}"_s) >= 4);
        QVERIFY(seen.value(
                        u"clmd_checkouts_total{result=\"denied\",reason=\"offline_lease_expired\"}"_s) >=
                1);
        QVERIFY(seen.value(u"clmd_server_requests_total{outcome=\"unreachable\"}"_s) >= 1);
        QVERIFY(seen.value(u"clmd_server_requests_total{outcome=\"answered\"}"_s) >= 2);
        QVERIFY(seen.value(u"clmd_server_request_duration_seconds_count"_s) >= 3);
        QCOMPARE(seen.value(u"clmd_seats_held"_s), 1.0);
        QCOMPARE(seen.value(u"clmd_local_holders"_s), 2.0);
        QCOMPARE(seen.value(u"clmd_cached_leases"_s), 1.0);
        QCOMPARE(seen.value(u"clmd_server_reachable"_s), 1.0);
        QCOMPARE(seen.value(u"clmd_enrolled"_s), 1.0);
        QVERIFY(seen.value(u"clmd_process_resident_memory_bytes"_s) > 1e6);
        // Nothing named like node_exporter's own figures, which it merges with.
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QVERIFY2(it.key().startsWith("clmd_"_L1), qPrintable(it.key()));
        CLM_VERIFY_PROMTOOL_ACCEPTS(text);
    }

    void clockSetBackIsTampering()
    {
        createLicense(u"clock-tool"_s, 1);
        auto daemon = startDaemon(u"clock"_s);
        QVERIFY(daemon);
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*daemon), 15000);
        LocalClient holder;
        QVERIFY(holder.connectTo(daemon->socketPath()));
        QCOMPARE(holder.checkout(u"clock-tool"_s).value("ok"_L1).toBool(), true);

        m_fixture->server().stop();
        QTRY_COMPARE_WITH_TIMEOUT(holder.checkout(u"clock-tool"_s).value("offline"_L1).toBool(),
                                  true, 10000);
        // A day back would stretch the one-hour lease by a day.
        daemon->setClockOffsetSeconds(-86400);
        const QJsonObject tampered = holder.checkout(u"clock-tool"_s);
        QCOMPARE(tampered.value("ok"_L1).toBool(), false);
        QCOMPARE(tampered.value("reason"_L1).toString(), u"clock_tampered"_s);
        // Put right, offline use resumes.
        daemon->setClockOffsetSeconds(0);
        QCOMPARE(holder.checkout(u"clock-tool"_s).value("offline"_L1).toBool(), true);

        // Across a restart too: the anchor is persisted.
        daemon->setClockOffsetSeconds(-86400);
        holder.close();
        QCOMPARE(daemon->stop(), 0);
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        LocalClient again;
        QVERIFY(again.connectTo(daemon->socketPath()));
        QCOMPARE(again.checkout(u"clock-tool"_s).value("reason"_L1).toString(),
                 u"clock_tampered"_s);
        QVERIFY(restartServer());
    }

    void borrowedSeatSurvivesRestartWithoutServer()
    {
        const QJsonObject license = createLicense(u"borrow-tool"_s, 1);
        const QString licenseId = license.value("id"_L1).toString();
        createLicense(u"noborrow-tool"_s, 1, {{u"max_borrow_seconds"_s, 0}});
        auto daemon = startDaemon(u"borrow"_s);
        QVERIFY(daemon);
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*daemon), 15000);

        QByteArray out;
        QByteArray err;
        QCOMPARE(
                daemon->clm({u"borrow"_s, u"noborrow-tool"_s, u"--hours"_s, u"1"_s}, nullptr, &err),
                1);
        QVERIFY2(err.startsWith("borrow_not_allowed"), err.constData());

        QCOMPARE(daemon->clm({u"borrow"_s, u"borrow-tool"_s, u"--hours"_s, u"2"_s}, &out, &err), 0);
        const QJsonObject borrowed = leaseOf(*daemon, u"borrow-tool"_s);
        QVERIFY(!borrowed.value("borrowed_until"_L1).toString().isEmpty());
        const QString sessionId = borrowed.value("session_id"_L1).toString();
        // No holder and past the linger: a borrow is not released.
        QThread::msleep(2500);
        QCOMPARE(activeSessions(licenseId).size(), 1);

        // Daemon restarted while the server is gone: the lease still serves.
        QCOMPARE(daemon->stop(), 0);
        m_fixture->server().stop();
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        LocalClient client;
        QVERIFY(client.connectTo(daemon->socketPath()));
        const QJsonObject offline = client.checkout(u"borrow-tool"_s);
        QVERIFY2(offline.value("ok"_L1).toBool(), QJsonDocument(offline).toJson().constData());
        QCOMPARE(offline.value("offline"_L1).toBool(), true);
        QCOMPARE(offline.value("session_id"_L1).toString(), sessionId);
        client.close();

        // Back online, the seat goes back to the pool.
        QVERIFY(m_fixture->server().start());
        QTRY_VERIFY_WITH_TIMEOUT(status(*daemon).value("server_reachable"_L1).toBool(), 15000);
        QCOMPARE(daemon->clm({u"return"_s, u"borrow-tool"_s}, nullptr, &err), 0);
        QTRY_VERIFY2_WITH_TIMEOUT(activeSessions(licenseId).isEmpty(),
                                  daemon->standardError().right(3000).constData(), 5000);
        QVERIFY(leaseOf(*daemon, u"borrow-tool"_s).isEmpty());
    }

    void alteredCacheIsNeverTrusted()
    {
        createLicense(u"cache-tool"_s, 1);
        auto daemon = startDaemon(u"cache"_s);
        QVERIFY(daemon);
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*daemon), 15000);
        QCOMPARE(daemon->clm({u"borrow"_s, u"cache-tool"_s, u"--hours"_s, u"1"_s}), 0);
        QCOMPARE(daemon->stop(), 0);

        // Someone stretches the lease in the cache file.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
            db.setDatabaseName(daemon->stateDir() + u"/leases.db"_s);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE leases SET expires_at = expires_at + 864000000, "
                           "borrowed_until = borrowed_until + 864000000"_s));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"edit"_s);

        m_fixture->server().stop();
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        LocalClient client;
        QVERIFY(client.connectTo(daemon->socketPath()));
        const QJsonObject answer = client.checkout(u"cache-tool"_s);
        QCOMPARE(answer.value("ok"_L1).toBool(), false);
        QCOMPARE(answer.value("reason"_L1).toString(), u"server_unreachable"_s);
        QVERIFY(daemon->standardError().contains("altered"));

        // A cache file that is not a database at all: set aside, started anew.
        QCOMPARE(daemon->stop(), 0);
        QFile file(daemon->stateDir() + u"/leases.db"_s);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(8192, 'x'));
        file.close();
        QFile::remove(daemon->stateDir() + u"/leases.db-wal"_s);
        QFile::remove(daemon->stateDir() + u"/leases.db-shm"_s);
        QVERIFY(restartServer());
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        QByteArray out;
        QByteArray err;
        QVERIFY2(daemon->clm({u"checkout"_s, u"cache-tool"_s}, &out, &err) == 0,
                 QByteArray(out + err + daemon->standardError().right(2000)).constData());
    }

    void forceReleaseIsNoticed()
    {
        const QJsonObject license = createLicense(u"revoked-tool"_s, 1);
        const QString licenseId = license.value("id"_L1).toString();
        auto first = startDaemon(u"revoke-a"_s);
        auto second = startDaemon(u"revoke-b"_s);
        QVERIFY(first && second);
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*first) && enrolled(*second), 15000);

        LocalClient holder;
        QVERIFY(holder.connectTo(first->socketPath()));
        const QString original =
                holder.checkout(u"revoked-tool"_s).value("session_id"_L1).toString();
        QVERIFY(!original.isEmpty());

        // Revoked while nobody else wants it: the daemon takes a new seat.
        QCOMPARE(admin().del(u"/api/v1/sessions/%1/"_s.arg(original)).status, 204);
        // One reading of the daemon per try: two could straddle the moment
        // it dropped the revoked lease, the first still seeing the original
        // and the second none, which is "held and not the original".
        QString renewed;
        auto held = [&] {
            renewed = leaseOf(*first, u"revoked-tool"_s).value("session_id"_L1).toString();
            return !renewed.isEmpty() && renewed != original;
        };
        // The next heartbeat tells, later on a loaded machine.
        QTRY_VERIFY_WITH_TIMEOUT(held(), 20000);
        QCOMPARE(activeSessions(licenseId).size(), 1);

        // Revoked and taken by another machine at once: the daemon reports
        // no_seats (or, if it was quicker, the other machine is refused).
        QCOMPARE(admin().del(u"/api/v1/sessions/%1/"_s.arg(renewed)).status, 204);
        LocalClient rival;
        QVERIFY(rival.connectTo(second->socketPath()));
        const QJsonObject rivalAnswer = rival.checkout(u"revoked-tool"_s);
        if (rivalAnswer.value("ok"_L1).toBool()) {
            QTRY_COMPARE_WITH_TIMEOUT(
                    leaseOf(*first, u"revoked-tool"_s).value("reason"_L1).toString(), u"no_seats"_s,
                    10000);
            QCOMPARE(holder.checkout(u"revoked-tool"_s).value("reason"_L1).toString(),
                     u"no_seats"_s);
        } else {
            QCOMPARE(rivalAnswer.value("reason"_L1).toString(), u"no_seats"_s);
            QVERIFY(leaseOf(*first, u"revoked-tool"_s).value("session_id"_L1).toString() !=
                    renewed);
        }
        QCOMPARE(activeSessions(licenseId).size(), 1);
    }

    void badMessagesHurtNobody()
    {
        auto daemon = startDaemon(u"bad"_s);
        QVERIFY(daemon);
        LocalClient bystander;
        QVERIFY(bystander.connectTo(daemon->socketPath()));
        QVERIFY(bystander.request({{u"op"_s, u"ping"_s}}).value("ok"_L1).toBool());

        LocalClient client;
        QVERIFY(client.connectTo(daemon->socketPath()));
        const QList<QByteArray> bad{"not json at all",
                                    "[1,2,3]",
                                    "{\"op\":\"fly\"}",
                                    "{\"id\":7,\"op\":\"checkout\"}",
                                    "{\"id\":8,\"op\":\"checkout\",\"product\":42}",
                                    "{\"id\":9,\"op\":\"borrow\",\"product\":\"x\",\"seconds\":-5}",
                                    "{\"op\":\"checkout\",\"product\":\"x\"",
                                    "\xff\xfe\x00"};
        for (const QByteArray& line : bad) {
            QVERIFY(client.sendRaw(line + '\n'));
            const QJsonObject answer = QJsonDocument::fromJson(client.readLine()).object();
            QVERIFY2(answer.value("ok"_L1) == QJsonValue(false), line.constData());
            QCOMPARE(answer.value("reason"_L1).toString(), u"bad_request"_s);
        }
        // Answers carry the request's id.
        QVERIFY(client.sendRaw("{\"id\":\"abc\",\"op\":\"nothing\"}\n"));
        QCOMPARE(QJsonDocument::fromJson(client.readLine()).object().value("id"_L1).toString(),
                 u"abc"_s);
        // A request split over several writes is still one request.
        QVERIFY(client.sendRaw("{\"id\":11,"));
        QThread::msleep(50);
        QVERIFY(client.sendRaw("\"op\":\"ping\"}\n"));
        QCOMPARE(QJsonDocument::fromJson(client.readLine()).object().value("id"_L1).toInt(), 11);

        // A line over 64 KiB closes that connection, and only that one.
        LocalClient flooder;
        QVERIFY(flooder.connectTo(daemon->socketPath()));
        flooder.sendRaw(QByteArray(70 * 1024, 'a'));
        QVERIFY(flooder.waitForClosed());
        QVERIFY(client.request({{u"op"_s, u"ping"_s}}).value("ok"_L1).toBool());
        QVERIFY(bystander.request({{u"op"_s, u"ping"_s}}).value("ok"_L1).toBool());
        QVERIFY(daemon->isRunning());
    }

    void manyConcurrentClientsShareOneSession()
    {
        const QJsonObject license = createLicense(u"crowd-tool"_s, 5);
        const QString licenseId = license.value("id"_L1).toString();
        auto daemon = startDaemon(u"crowd"_s);
        QVERIFY(daemon);
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*daemon), 15000);

        constexpr int kClients = 200;
        std::vector<std::unique_ptr<QLocalSocket>> sockets;
        QHash<QLocalSocket*, QByteArray> received;
        for (int i = 0; i < kClients; ++i) {
            auto socket = std::make_unique<QLocalSocket>();
            socket->connectToServer(daemon->socketPath());
            sockets.push_back(std::move(socket));
        }
        for (auto& socket : sockets) {
            QVERIFY(socket->waitForConnected(10000));
            socket->write("{\"id\":1,\"op\":\"checkout\",\"product\":\"crowd-tool\"}\n");
        }
        QElapsedTimer timer;
        timer.start();
        QSet<QString> sessionIds;
        int answered = 0;
        while (answered < kClients && timer.elapsed() < 60000) {
            answered = 0;
            for (auto& socket : sockets) {
                socket->waitForReadyRead(0);
                received[socket.get()] += socket->readAll();
                if (received[socket.get()].contains('\n'))
                    ++answered;
            }
            QTest::qWait(10);
        }
        QCOMPARE(answered, kClients);
        for (auto& socket : sockets) {
            const QJsonObject answer =
                    QJsonDocument::fromJson(received[socket.get()].trimmed()).object();
            QVERIFY2(answer.value("ok"_L1).toBool(), received[socket.get()].constData());
            sessionIds.insert(answer.value("session_id"_L1).toString());
        }
        qInfo() << kClients << "concurrent checkouts answered in" << timer.elapsed() << "ms";
        QCOMPARE(sessionIds.size(), 1);
        QCOMPARE(activeSessions(licenseId).size(), 1);
        QCOMPARE(leaseOf(*daemon, u"crowd-tool"_s).value("holders"_L1).toInt(), kClients);

        // All gone: one release after the linger.
        sockets.clear();
        QTRY_COMPARE_WITH_TIMEOUT(activeSessions(licenseId).size(), 0, 10000);
    }

    void stopReleasesHeldSeats()
    {
        const QJsonObject license = createLicense(u"stop-tool"_s, 1);
        auto daemon = startDaemon(u"stop"_s);
        QVERIFY(daemon);
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*daemon), 15000);
        LocalClient holder;
        QVERIFY(holder.connectTo(daemon->socketPath()));
        QVERIFY(holder.checkout(u"stop-tool"_s).value("ok"_L1).toBool());
        QCOMPARE(activeSessions(license.value("id"_L1).toString()).size(), 1);
        QCOMPARE(daemon->stop(), 0);
        QCOMPARE(activeSessions(license.value("id"_L1).toString()).size(), 0);
        QVERIFY(!QFile::exists(daemon->socketPath()));
    }

    // ---- issue 12: the workstation's defences -----------------------------

    void plainHttpToAnotherMachineIsRefused()
    {
        // Over plain HTTP anyone on the path could answer with forged leases
        // and keys: clmd does not start (non-zero exit, one line why).
        for (const QString& url :
             {u"http://192.0.2.10:8080"_s, u"https://licenses.example.com, http://192.0.2.11"_s,
              u"http://127.0.0.1.nip.io:8080"_s, u"http://localhost@192.0.2.12/"_s,
              u"http://[::ffff:192.0.2.13]:8080"_s}) {
            DaemonProcess daemon(u"insecure"_s);
            daemon.set(u"server/url"_s, url);
            QVERIFY2(!daemon.start(10000), qPrintable(url));
            QVERIFY(daemon.stop() > 0);
            const QByteArray err = daemon.standardError();
            QVERIFY2(err.count('\n') == 1 && err.contains("allow_insecure_http"), err.constData());
        }
        // This machine itself is no network path: loopback is fine.
        for (const QString& url : {u"http://127.0.0.1:9"_s, u"http://127.3.2.1:9/"_s,
                                   u"http://localhost:9"_s, u"http://[::1]:9"_s}) {
            DaemonProcess daemon(u"loopback"_s);
            daemon.set(u"server/url"_s, url);
            QVERIFY2(daemon.start(), qPrintable(url + u": "_s + daemon.error()));
            QVERIFY(!daemon.standardError().contains("allow_insecure_http"));
        }
        // IT may allow it (a trusted network); the daemon says what it risks.
        DaemonProcess allowed(u"insecure-allowed"_s);
        allowed.set(u"server/url"_s, u"http://192.0.2.10:8080"_s);
        allowed.set(u"server/allow_insecure_http"_s, u"true"_s);
        QVERIFY2(allowed.start(), qPrintable(allowed.error()));
        QTRY_VERIFY_WITH_TIMEOUT(allowed.standardError().contains("can forge leases"), 5000);

        // The same rule for a URL given with the enroll operation.
        auto daemon = std::make_unique<DaemonProcess>(u"insecure-enroll"_s);
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        LocalClient client;
        QVERIFY(client.connectTo(daemon->socketPath()));
        for (const QString& url :
             {u"http://192.0.2.10:8080"_s, u"http://localhost@192.0.2.10:8080"_s,
              u"%1, http://192.0.2.10"_s.arg(m_fixture->server().baseUrl().toString())}) {
            const QJsonObject refused =
                    client.request({{u"op"_s, u"enroll"_s},
                                    {u"server_url"_s, url},
                                    {u"enrollment_token"_s, m_enrollmentToken}});
            QCOMPARE(refused.value("reason"_L1).toString(), u"bad_request"_s);
            QVERIFY(refused.value("message"_L1).toString().contains("allow_insecure_http"_L1));
        }
        QCOMPARE(status(*daemon).value("enrolled"_L1).toBool(), false);
        // And for the URL an enrollment through the socket left in the state.
        const QJsonObject enrolled =
                client.request({{u"op"_s, u"enroll"_s},
                                {u"server_url"_s, m_fixture->server().baseUrl().toString()},
                                {u"enrollment_token"_s, m_enrollmentToken}});
        QVERIFY(enrolled.value("ok"_L1).toBool());
        client.close();
        QCOMPARE(daemon->stop(), 0);
        const QString devicePath = daemon->stateDir() + u"/device.json"_s;
        QJsonObject device = fileJson(devicePath);
        QCOMPARE(device.value("server_url"_L1).toString(),
                 m_fixture->server().baseUrl().toString());
        device.insert(u"server_url"_s, u"http://192.0.2.10:8080"_s);
        QFile file(devicePath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(device).toJson());
        file.close();
        QVERIFY(!daemon->start(10000));
        QVERIFY(daemon->stop() > 0);
        QVERIFY(daemon->standardError().contains("allow_insecure_http"));
    }

    void readableConfigurationWithATokenIsWarnedAbout()
    {
        auto readable = std::make_unique<DaemonProcess>(u"readable-config"_s);
        readable->set(u"server/url"_s, m_fixture->server().baseUrl().toString());
        readable->set(u"server/enrollment_token"_s, m_enrollmentToken);
        readable->setConfigPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QVERIFY2(readable->start(), qPrintable(readable->error()));
        QVERIFY2(readable->standardError().contains("holds an enrollment token and is readable"),
                 readable->standardError().constData());
        QVERIFY(readable->standardError().contains("0644"));

        auto grouped = std::make_unique<DaemonProcess>(u"group-config"_s);
        grouped->set(u"server/url"_s, m_fixture->server().baseUrl().toString());
        grouped->set(u"server/enrollment_token"_s, m_enrollmentToken);
        grouped->setConfigPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ReadGroup);
        QVERIFY2(grouped->start(), qPrintable(grouped->error()));
        QVERIFY(grouped->standardError().contains("holds an enrollment token and is readable"));

        // 0600, or no token in it: nothing to say.
        auto private_ = std::make_unique<DaemonProcess>(u"private-config"_s);
        private_->set(u"server/url"_s, m_fixture->server().baseUrl().toString());
        private_->set(u"server/enrollment_token"_s, m_enrollmentToken);
        private_->setConfigPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY2(private_->start(), qPrintable(private_->error()));
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*private_), 15000);
        auto noToken = std::make_unique<DaemonProcess>(u"tokenless-config"_s);
        QVERIFY2(noToken->start(), qPrintable(noToken->error()));
        for (DaemonProcess* daemon : {private_.get(), noToken.get()})
            QVERIFY2(!daemon->standardError().contains("holds an enrollment token"),
                     daemon->standardError().constData());
    }

    void enrolledMachineUsesANewTokenOnceAndRemovesIt()
    {
        const auto [tokenId, token] = createEnrollmentToken(u"re-enroll"_s, {{u"max_uses"_s, 5}});
        QVERIFY(!token.isEmpty());
        auto daemon = std::make_unique<DaemonProcess>(u"re-enroll"_s);
        daemon->set(u"server/url"_s, m_fixture->server().baseUrl().toString());
        daemon->set(u"server/enrollment_token"_s, token);
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*daemon), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!fileText(daemon->configPath()).contains(token.toUtf8()), 5000);
        const QString deviceId = status(*daemon).value("device_id"_L1).toString();
        const QString firstDeviceToken = deviceToken(*daemon);
        QVERIFY(!firstDeviceToken.isEmpty());
        QCOMPARE(enrollmentTokenUses(tokenId), 1);

        // IT puts a token into the configuration of the enrolled machine (a
        // reinstalled configuration, a device an admin re-enabled): it is
        // used once, for the same device with a new device token, and then
        // removed, whatever happens next.
        QCOMPARE(daemon->stop(), 0);
        QVERIFY2(daemon->start(), qPrintable(daemon->error())); // writes it in again
        QTRY_VERIFY_WITH_TIMEOUT(!fileText(daemon->configPath()).contains(token.toUtf8()), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(deviceToken(*daemon) != firstDeviceToken, 5000);
        QCOMPARE(status(*daemon).value("device_id"_L1).toString(), deviceId);
        QCOMPARE(enrollmentTokenUses(tokenId), 2);
        QVERIFY(daemon->standardError().contains("enrolled again as device"));
        // The new device token is the one that works.
        createLicense(u"re-enroll-tool"_s, 1);
        QByteArray err;
        QCOMPARE(daemon->clm({u"checkout"_s, u"re-enroll-tool"_s}, nullptr, &err), 0);

        // A restart without it spends nothing.
        QCOMPARE(daemon->stop(), 0);
        daemon->unset(u"server/enrollment_token"_s);
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        QCOMPARE(daemon->clm({u"checkout"_s, u"re-enroll-tool"_s}, nullptr, &err), 0);
        QCOMPARE(enrollmentTokenUses(tokenId), 2);
    }

    void usedTokenIsNotUsedAgainWhenItCannotBeRemoved()
    {
        // From the environment, the token cannot be taken out: a hash of it in
        // the state keeps restarts from spending another use (or from
        // enrolling the machine again and again).
        const auto [tokenId, token] = createEnrollmentToken(u"environment"_s);
        auto daemon = std::make_unique<DaemonProcess>(u"env-token"_s);
        daemon->set(u"server/url"_s, m_fixture->server().baseUrl().toString());
        daemon->setEnvironment(u"CLM_ENROLLMENT_TOKEN"_s, token);
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*daemon), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(daemon->standardError().contains("will not be used again"), 5000);
        QCOMPARE(enrollmentTokenUses(tokenId), 1);
        const QString firstDeviceToken = deviceToken(*daemon);
        // Only a hash: the token itself is nowhere in the state.
        const QDir stateDir(daemon->stateDir());
        for (const QString& name : stateDir.entryList(QDir::Files))
            QVERIFY2(!fileText(stateDir.filePath(name)).contains(token.toUtf8()), qPrintable(name));

        for (int restart = 0; restart < 2; ++restart) {
            QCOMPARE(daemon->stop(), 0);
            QVERIFY2(daemon->start(), qPrintable(daemon->error()));
            QTRY_VERIFY_WITH_TIMEOUT(daemon->standardError().count(
                                             "was used before; not using it again") == restart + 1,
                                     5000);
            QVERIFY(enrolled(*daemon));
        }
        QCOMPARE(enrollmentTokenUses(tokenId), 1);
        QCOMPARE(deviceToken(*daemon), firstDeviceToken);
    }

    void refusedTokenIsRemovedUnreachableServerKeepsIt()
    {
        // Refused for good (401): logged and removed, not tried at every start.
        auto refused = std::make_unique<DaemonProcess>(u"refused-token"_s);
        refused->set(u"server/url"_s, m_fixture->server().baseUrl().toString());
        refused->set(u"server/enrollment_token"_s, u"clm_no-such-enrollment-token"_s);
        QVERIFY2(refused->start(), qPrintable(refused->error()));
        QTRY_VERIFY_WITH_TIMEOUT(
                !fileText(refused->configPath()).contains("clm_no-such-enrollment-token"), 15000);
        // The log line was written before the file, but may still be in the pipe.
        QTRY_VERIFY_WITH_TIMEOUT(
                refused->standardError().contains("the configured token is removed"), 5000);
        QCOMPARE(status(*refused).value("enrolled"_L1).toBool(), false);

        // No server answers: the token stays for the retries.
        auto waiting = std::make_unique<DaemonProcess>(u"waiting-token"_s);
        waiting->set(u"server/url"_s, u"http://127.0.0.1:9"_s);
        waiting->set(u"server/enrollment_token"_s, m_enrollmentToken);
        QVERIFY2(waiting->start(), qPrintable(waiting->error()));
        QTRY_VERIFY_WITH_TIMEOUT(waiting->standardError().count("retrying") >= 2, 15000);
        QVERIFY(fileText(waiting->configPath()).contains(m_enrollmentToken.toUtf8()));
    }

    void disabledDeviceIsToldAnAdminMustReenableIt()
    {
        // The server (API.md, revision 2) answers a disabled device's
        // enrollment with 403 device_disabled.
        ScriptedHttpServer server;
        QVERIFY(server.isListening());
        server.answer("/api/v1/devices/enroll", 403,
                      "{\"error\":\"device_disabled\",\"message\":\"this device is disabled\"}");
        auto daemon = std::make_unique<DaemonProcess>(u"disabled-device"_s);
        daemon->set(u"server/url"_s, server.baseUrl().toString());
        daemon->set(u"server/enrollment_token"_s, u"clm_a-token"_s);
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        QTRY_VERIFY_WITH_TIMEOUT(daemon->standardError().contains("must re-enable"), 15000);
        // Refused for good: removed, not retried.
        QTRY_VERIFY_WITH_TIMEOUT(!fileText(daemon->configPath()).contains("clm_a-token"), 5000);

        LocalClient client;
        QVERIFY(client.connectTo(daemon->socketPath()));
        const QJsonObject checkout = client.checkout(u"anything"_s);
        QCOMPARE(checkout.value("reason"_L1).toString(), u"not_enrolled"_s);
        QVERIFY2(checkout.value("message"_L1).toString().contains("an admin must re-enable"_L1),
                 QJsonDocument(checkout).toJson().constData());
        const QJsonObject enroll =
                client.request({{u"op"_s, u"enroll"_s}, {u"enrollment_token"_s, u"clm_other"_s}});
        QCOMPARE(enroll.value("reason"_L1).toString(), u"not_enrolled"_s);
        QVERIFY(enroll.value("message"_L1).toString().contains("an admin must re-enable"_L1));
        QCOMPARE(server.requests("/api/v1/devices/enroll"), 2);
    }

    void unnamedUidGetsNoSeat()
    {
        CLM_REQUIRE_OTHER_USERS();
        const QJsonObject license = createLicense(u"unnamed-tool"_s, 5);
        auto daemon = startPublicDaemon(u"unnamed"_s);
        QVERIFY(daemon);
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*daemon), 15000);
        const uid_t stranger = unnamedUid(54321);

        // A uid the machine does not know takes no seat, however it asks.
        QByteArray out;
        QByteArray err;
        QCOMPARE(clmAs(stranger, *daemon, {u"checkout"_s, u"unnamed-tool"_s}, &out, &err), 1);
        QVERIFY2(err.startsWith("unknown_user: "), err.constData());
        QCOMPARE(clmAs(stranger, *daemon, {u"borrow"_s, u"unnamed-tool"_s, u"--hours"_s, u"1"_s},
                       &out, &err),
                 1);
        QVERIFY2(err.startsWith("unknown_user: "), err.constData());
        QCOMPARE(clmAs(stranger, *daemon, {u"run"_s, u"unnamed-tool"_s, u"--"_s, u"true"_s}, &out,
                       &err),
                 1);
        QVERIFY2(err.startsWith("unknown_user: "), err.constData());
        // It may still ask how the daemon is, and give back (nothing).
        QCOMPARE(clmAs(stranger, *daemon, {u"status"_s, u"--json"_s}, &out, &err), 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value("enrolled"_L1).toBool(), true);
        QCOMPARE(clmAs(stranger, *daemon, {u"return"_s, u"unnamed-tool"_s}, &out, &err), 0);
        QCOMPARE(activeSessions(license.value("id"_L1).toString()).size(), 0);

        // A known user on the same socket is served.
        QCOMPARE(clmAs(65534, *daemon, {u"checkout"_s, u"unnamed-tool"_s}, &out, &err), 0);

        // IT may let unnamed uids in (containers): each is its own user then.
        QCOMPARE(daemon->stop(), 0);
        daemon->unset(u"server/enrollment_token"_s);
        daemon->set(u"daemon/allow_unnamed_users"_s, u"true"_s);
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        LocalClientGroup holder;
        QVERIFY2(holder.open(stranger, stranger, daemon->socketPath(), 1,
                             "{\"id\":1,\"op\":\"checkout\",\"product\":\"unnamed-tool\"}\n"),
                 qPrintable(holder.error()));
        QVERIFY2(holder.answers().value(0).contains("\"granted\""),
                 holder.answers().value(0).constData());
        const QJsonArray sessions = activeSessions(license.value("id"_L1).toString());
        bool found = false;
        for (const QJsonValue& session : sessions)
            found = found ||
                    session.toObject().value("os_user"_L1).toString() == u"uid:%1"_s.arg(stranger);
        QVERIFY(found);
    }

    void anotherUserCannotUseOrEndMySeat()
    {
        CLM_REQUIRE_OTHER_USERS();
        const QJsonObject license = createLicense(u"mine-tool"_s, 1);
        const QString licenseId = license.value("id"_L1).toString();
        auto daemon = startPublicDaemon(u"mine"_s);
        QVERIFY(daemon);
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*daemon), 15000);
        LocalClient mine;
        QVERIFY(mine.connectTo(daemon->socketPath()));
        QVERIFY(mine.checkout(u"mine-tool"_s).value("ok"_L1).toBool());

        // Another local user names my product: the daemon knows who asks
        // from the kernel, so "release" and "return" concern their seat
        // (none), and a checkout needs a seat of their own.
        LocalClientGroup other;
        QVERIFY2(other.open(65534, 65534, daemon->socketPath(), 1,
                            "{\"id\":1,\"op\":\"release\",\"product\":\"mine-tool\"}\n"
                            "{\"id\":2,\"op\":\"return\",\"product\":\"mine-tool\"}\n"
                            "{\"id\":3,\"op\":\"checkout\",\"product\":\"mine-tool\","
                            "\"os_user\":\"root\"}\n"),
                 qPrintable(other.error()));
        QVERIFY2(other.answers().value(0).contains("\"released\""),
                 other.answers().value(0).constData());
        QByteArray out;
        QByteArray err;
        QCOMPARE(clmAs(65534, *daemon, {u"checkout"_s, u"mine-tool"_s}, &out, &err), 1);
        QVERIFY2(err.startsWith("no_seats: "), err.constData());
        const QJsonArray sessions = activeSessions(licenseId);
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().toObject().value("os_user"_L1).toString(), currentUser());
        QVERIFY(mine.checkout(u"mine-tool"_s).value("ok"_L1).toBool());
    }

    void copiedStateServesNoOtherMachine()
    {
        // A borrowed lease, the cache key and the device token copied to
        // another laptop: the signed hwid is this machine's, not that one's.
        createLicense(u"copied-tool"_s, 1);
        auto original = startDaemon(u"copy-from"_s);
        QVERIFY(original);
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*original), 15000);
        QCOMPARE(original->clm({u"borrow"_s, u"copied-tool"_s, u"--hours"_s, u"2"_s}), 0);
        QCOMPARE(original->stop(), 0);
        m_fixture->server().stop();
        DaemonProcess copy(u"copy-to"_s);
        copy.set(u"server/url"_s, m_fixture->server().baseUrl().toString());
        QVERIFY(QDir().mkpath(copy.stateDir()));
        for (const QString& name : {u"device.json"_s, u"jwks.json"_s, u"leases.db"_s})
            QVERIFY(QFile::copy(original->stateDir() + u'/' + name, copy.stateDir() + u'/' + name));
        QVERIFY2(copy.start(), qPrintable(copy.error()));
        QByteArray err;
        QCOMPARE(copy.clm({u"checkout"_s, u"copied-tool"_s}, nullptr, &err), 1);
        QVERIFY2(err.startsWith("server_unreachable: "), err.constData());
        QVERIFY(copy.standardError().contains("lease is for another machine"));
    }

    void userNamespacesGetNoExtraSeats()
    {
        CLM_REQUIRE_OTHER_USERS();
        if (QStandardPaths::findExecutable(u"unshare"_s).isEmpty())
            QSKIP("unshare (util-linux) is not installed");
        createLicense(u"namespace-tool"_s, 5);
        auto daemon = startPublicDaemon(u"namespaces"_s);
        QVERIFY(daemon);
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*daemon), 15000);
        const uid_t stranger = unnamedUid(54321);
        QByteArray out;
        QByteArray err;

        // Root of a user namespace of its own is still its uid to the
        // daemon: no enrollment, no seat.
        const QString id = QString::number(stranger);
        const QStringList asStranger{u"--reuid="_s + id, u"--regid="_s + id, u"--clear-groups"_s,
                                     u"unshare"_s,       u"--user"_s,        u"--map-root-user"_s};
        if (runProgram(u"setpriv"_s, asStranger + QStringList{u"true"_s}, {}, &out, &err, 10000,
                       publicEnvironment()) != 0)
            QSKIP(qPrintable(u"this machine allows no user namespaces: "_s +
                             QString::fromLocal8Bit(err.trimmed())));
        QCOMPARE(runProgram(u"setpriv"_s, asStranger + QStringList{u"id"_s, u"-u"_s}, {}, &out,
                            &err, 10000, publicEnvironment()),
                 0);
        QCOMPARE(out.trimmed(), QByteArray("0")); // root in there
        const QStringList clm{m_public->path() + u"/clm"_s, u"--socket"_s, daemon->socketPath()};
        // A configuration it may write, so that it is the daemon that says no.
        const QString own = m_public->path() + u"/ns-%1"_s.arg(stranger);
        QVERIFY(QDir().mkpath(own));
        QVERIFY(::chown(own.toLocal8Bit().constData(), stranger, stranger) == 0);
        QCOMPARE(runProgram(u"setpriv"_s,
                            asStranger + clm +
                                    QStringList{u"enroll"_s, u"--server"_s,
                                                m_fixture->server().baseUrl().toString(),
                                                u"--token"_s, m_enrollmentToken, u"--config"_s,
                                                own + u"/clmd.conf"_s},
                            {}, &out, &err, 60000, publicEnvironment()),
                 1);
        QVERIFY2(err.startsWith("forbidden: "), err.constData());
        QCOMPARE(runProgram(u"setpriv"_s,
                            asStranger + clm + QStringList{u"checkout"_s, u"namespace-tool"_s}, {},
                            &out, &err, 60000, publicEnvironment()),
                 1);
        QVERIFY2(err.startsWith("unknown_user: "), err.constData());

        // One user's subordinate uids (what `unshare --map-auto` maps from
        // /etc/subuid) are many uids to the kernel, and no seat each.
        for (const uid_t inner : {uid_t(1000), uid_t(1001)}) {
            QVERIFY(!getpwuid(100000 + inner));
            const int code = clmInSubordinateNamespace(inner, *daemon,
                                                       {u"checkout"_s, u"namespace-tool"_s}, &err);
            if (code == -2)
                QSKIP(qPrintable(u"no user namespace: "_s + QString::fromLocal8Bit(err)));
            QCOMPARE(code, 1);
            QVERIFY2(err.startsWith("unknown_user: uid 10"), err.constData());
        }
    }

    void connectionsAreCappedPerUser()
    {
        const bool otherUsers = otherUsersUnavailable().isEmpty() && !publicDirectory().isEmpty();
        auto daemon = std::make_unique<DaemonProcess>(u"connection-cap"_s);
        if (otherUsers)
            daemon->set(u"daemon/socket"_s, m_public->path() + u"/cap.sock"_s);
        daemon->set(u"daemon/max_connections_per_user"_s, u"3"_s);
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));

        std::vector<std::unique_ptr<LocalClient>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(std::make_unique<LocalClient>());
            QVERIFY(held.back()->connectTo(daemon->socketPath()));
            QVERIFY(held.back()->request({{u"op"_s, u"ping"_s}}).value("ok"_L1).toBool());
        }
        // One more: exactly one line, then closed.
        LocalClient refused;
        QVERIFY(refused.connectTo(daemon->socketPath()));
        const QByteArray line = refused.readLine();
        const QJsonObject answer = QJsonDocument::fromJson(line).object();
        QVERIFY2(answer.contains("id"_L1) && answer.value("id"_L1).isNull(), line.constData());
        QCOMPARE(answer.value("ok"_L1), QJsonValue(false));
        QCOMPARE(answer.value("status"_L1).toString(), u"denied"_s);
        QCOMPARE(answer.value("reason"_L1).toString(), u"too_many_connections"_s);
        QVERIFY(!answer.value("message"_L1).toString().isEmpty());
        QVERIFY(refused.waitForClosed());
        QCOMPARE(refused.readLine(100), QByteArray());
        // libclm and clm report it, whether the refusal beat the request or not.
        for (int i = 0; i < 5; ++i) {
            QByteArray err;
            QCOMPARE(daemon->clm({u"status"_s}, nullptr, &err), 1);
            QVERIFY2(err.startsWith("too_many_connections: "), err.constData());
        }
        // The held connections still work; one closed makes room.
        QVERIFY(held[1]->request({{u"op"_s, u"ping"_s}}).value("ok"_L1).toBool());
        held[0]->close();
        QTRY_VERIFY_WITH_TIMEOUT(daemon->clm({u"status"_s}) == 0, 5000);

        if (!otherUsers) {
            if (qEnvironmentVariable("CI") == "true"_L1)
                QFAIL(qPrintable(u"CI=true, but "_s + otherUsersUnavailable()));
            QSKIP(qPrintable(u"other users not tested: "_s + otherUsersUnavailable()));
        }
        // Other users are not locked out by this one: they have their own.
        LocalClientGroup nobody;
        QVERIFY2(nobody.open(65534, 65534, daemon->socketPath(), 4), qPrintable(nobody.error()));
        for (int i = 0; i < 3; ++i)
            QVERIFY2(nobody.answers().at(i).contains("\"ok\":true"),
                     nobody.answers().at(i).constData());
        QVERIFY(nobody.answers().at(3).contains("too_many_connections"));
        // Uids without a passwd entry share one budget: subordinate uids do
        // not multiply a user's connections.
        LocalClientGroup first;
        QVERIFY2(first.open(unnamedUid(54321), unnamedUid(54321), daemon->socketPath(), 2),
                 qPrintable(first.error()));
        LocalClientGroup second;
        const uid_t another = unnamedUid(unnamedUid(54321) + 1);
        QVERIFY2(second.open(another, another, daemon->socketPath(), 2),
                 qPrintable(second.error()));
        QVERIFY(first.answers().at(0).contains("\"ok\":true"));
        QVERIFY(first.answers().at(1).contains("\"ok\":true"));
        QVERIFY(second.answers().at(0).contains("\"ok\":true"));
        QVERIFY2(second.answers().at(1).contains("too_many_connections"),
                 second.answers().at(1).constData());
        // And root still has its own.
        QVERIFY(held[2]->request({{u"op"_s, u"ping"_s}}).value("ok"_L1).toBool());
    }

    void unreadAnswersAreBounded()
    {
        auto daemon = std::make_unique<DaemonProcess>(u"unread"_s);
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer keeps up to 256 MiB of freed memory aside to catch
        // uses after free, which this test would count as the daemon's.
        const QByteArray asanOptions = qgetenv("ASAN_OPTIONS");
        qputenv("ASAN_OPTIONS",
                asanOptions + ":quarantine_size_mb=0:thread_local_quarantine_size_kb=0");
        const bool started = daemon->start();
        qputenv("ASAN_OPTIONS", asanOptions);
        QVERIFY2(started, qPrintable(daemon->error()));
#else
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
#endif
        LocalClient bystander;
        QVERIFY(bystander.connectTo(daemon->socketPath()));
        QVERIFY(bystander.request({{u"op"_s, u"ping"_s}}).value("ok"_L1).toBool());
        const qint64 before = peakRssKb(daemon->pid());
        QVERIFY(before > 0);

        // Clients that send requests as fast as they can and never read.
        constexpr int kClients = 32;
        QByteArray flood;
        while (flood.size() < 64 * 1024)
            flood += "{\"op\":\"ping\"}\n";
        std::vector<int> fds;
        std::vector<qint64> sent(kClients, 0);
        for (int i = 0; i < kClients; ++i) {
            const int fd = connectRaw(daemon->socketPath(), SOCK_NONBLOCK);
            QVERIFY(fd >= 0);
            fds.push_back(fd);
        }
        std::vector<bool> closed(kClients, false);
        int open = kClients;
        QElapsedTimer timer;
        timer.start();
        while (open > 0 && timer.elapsed() < 60000) {
            std::vector<pollfd> waiting;
            for (int i = 0; i < kClients; ++i) {
                if (!closed[size_t(i)])
                    waiting.push_back({fds[size_t(i)], POLLOUT, 0});
            }
            ::poll(waiting.data(), waiting.size(), 100);
            for (int i = 0; i < kClients; ++i) {
                if (closed[size_t(i)])
                    continue;
                const ssize_t n = ::send(fds[size_t(i)], flood.constData(), size_t(flood.size()),
                                         MSG_DONTWAIT | MSG_NOSIGNAL);
                if (n > 0) {
                    sent[size_t(i)] += n;
                } else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                    closed[size_t(i)] = true; // EPIPE: the daemon closed it
                    --open;
                }
            }
        }
        for (const int fd : fds)
            ::close(fd);
        qint64 total = 0;
        for (const qint64 bytes : sent)
            total += bytes;
        const qint64 growth = peakRssKb(daemon->pid()) - before;
        qInfo() << kClients << "clients that never read sent" << total / 1024 << "KiB of requests;"
                << "the daemon's peak memory grew by" << growth << "KiB; closed after"
                << timer.elapsed() << "ms";
        QCOMPARE(open, 0);
        QVERIFY2(growth < 8 * 1024, qPrintable(QString::number(growth)));
        QTRY_VERIFY_WITH_TIMEOUT(daemon->standardError().contains("does not read its answers"),
                                 5000);
        QVERIFY(bystander.request({{u"op"_s, u"ping"_s}}).value("ok"_L1).toBool());
    }

    void aDaemonOutOfDescriptorsKeepsListening()
    {
        auto daemon = startDaemon(u"descriptors"_s, false);
        QVERIFY(daemon);
        // The daemon may open only a few descriptors more than it has: tools
        // connecting beyond that find it out of descriptors (EMFILE) when it
        // accepts them. Its connection cap, set from the limit it started
        // with, is far above.
        const pid_t pid = pid_t(daemon->pid());
        const auto openFiles = [pid] {
            return int(QDir(u"/proc/%1/fd"_s.arg(pid))
                               .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)
                               .size());
        };
        rlimit limit{};
        QVERIFY(::prlimit(pid, RLIMIT_NOFILE, nullptr, &limit) == 0);
        limit.rlim_cur = rlim_t(openFiles() + 4);
        QVERIFY2(::prlimit(pid, RLIMIT_NOFILE, &limit, nullptr) == 0, strerror(errno));
        std::vector<int> fds;
        const auto closeAll = qScopeGuard([&fds] {
            for (const int fd : fds)
                ::close(fd);
        });
        int answered = 0;
        for (int i = 0; i < 12; ++i) {
            const int fd = connectRaw(daemon->socketPath()); // the backlog takes it
            QVERIFY(fd >= 0);
            fds.push_back(fd);
            answered += pingAnswered(fd, 500) ? 1 : 0;
        }
        QVERIFY2(answered < 12, "the daemon never ran out of descriptors");
        QTRY_VERIFY_WITH_TIMEOUT(daemon->standardError().contains("cannot accept a connection"),
                                 5000);
        // Once the tools are gone, it still listens on the same socket and
        // answers a new one.
        for (const int fd : fds)
            ::close(fd);
        fds.clear();
        QTRY_VERIFY_WITH_TIMEOUT(openFiles() < int(limit.rlim_cur), 10000);
        const int fresh = connectRaw(daemon->socketPath());
        QVERIFY2(fresh >= 0, "the socket is gone");
        fds.push_back(fresh);
        QVERIFY(pingAnswered(fresh, 5000));
        QCOMPARE(daemon->clm({u"status"_s}), 0);
    }

    void aSlowReaderGetsEveryAnswerInOrder()
    {
        auto daemon = startDaemon(u"slow-reader"_s);
        QVERIFY(daemon);
        // Requests sent at once and not read for a while: the answers fill
        // the kernel's socket buffer, the rest waits in the daemon (under its
        // limit on unread answers), and all of them arrive, in order, once
        // the client reads.
        constexpr int kRequests = 1500;
        QByteArray requests;
        for (int id = 1; id <= kRequests; ++id)
            requests += "{\"id\":" + QByteArray::number(id) + ",\"op\":\"ping\"}\n";
        const int fd = connectRaw(daemon->socketPath());
        QVERIFY(fd >= 0);
        const auto closeFd = qScopeGuard([fd] { ::close(fd); });
        QVERIFY2(sendAll(fd, requests), strerror(errno));
        // Fewer than all the answers fit in the kernel: the rest are the
        // daemon's to keep (under its limit on unread answers) and send as
        // the client reads. Waits until the kernel's share stops growing.
        qsizetype answerBytes = 0;
        for (int id = 1; id <= kRequests; ++id)
            answerBytes += "{\"id\":"_ba.size() + QByteArray::number(id).size() +
                           ",\"ok\":true}\n"_ba.size();
        int inKernel = -1;
        for (int previous = -2; inKernel != previous;) {
            previous = inKernel;
            QThread::msleep(200);
            QVERIFY(::ioctl(fd, FIONREAD, &inKernel) == 0);
        }
        qInfo() << "answers in the kernel before the client reads:" << inKernel << "bytes of"
                << answerBytes;
        QVERIFY2(inKernel > 0 && inKernel < answerBytes / 2, qPrintable(QString::number(inKernel)));
        QVERIFY(answerBytes - inKernel < clm::daemon::LocalConnection::kMaxPendingWriteBytes);

        QByteArray received;
        int lines = 0;
        QElapsedTimer timer;
        timer.start();
        while (lines < kRequests && timer.elapsed() < 10000) {
            pollfd readable{fd, POLLIN, 0};
            if (::poll(&readable, 1, 100) <= 0)
                continue;
            char chunk[4096];
            const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
            QVERIFY2(n > 0, "the daemon closed the connection");
            received.append(chunk, n);
            lines = int(received.count('\n'));
        }
        QCOMPARE(lines, kRequests);
        const QList<QByteArray> answers = received.trimmed().split('\n');
        for (int id = 1; id <= kRequests; ++id) {
            const QJsonObject answer = QJsonDocument::fromJson(answers.at(id - 1)).object();
            QCOMPARE(answer.value("id"_L1).toInt(), id);
            QCOMPARE(answer.value("ok"_L1), QJsonValue(true));
        }
        LocalClient other;
        QVERIFY(other.connectTo(daemon->socketPath()));
        QVERIFY(other.request({{u"op"_s, u"ping"_s}}).value("ok"_L1).toBool());
    }

    void noSeatIsKeptForAClientClosedForUnreadAnswers()
    {
        const QString licenseId = createLicense(u"unread-tool"_s, 1).value("id"_L1).toString();
        auto daemon = startDaemon(u"unread-seat"_s);
        QVERIFY(daemon);
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*daemon), 15000);
        const int fd = connectRaw(daemon->socketPath());
        QVERIFY(fd >= 0);
        const auto closeFd = qScopeGuard([fd] { ::close(fd); });

        // The server stops answering, so the checkout waits for it.
        const auto server = static_cast<pid_t>(m_fixture->server().pid());
        QVERIFY(::kill(server, SIGSTOP) == 0);
        auto resume = qScopeGuard([server] { ::kill(server, SIGCONT); });
        QVERIFY(sendAll(fd, "{\"id\":0,\"op\":\"checkout\",\"product\":\"unread-tool\"}\n"));
        // Pings the client does not read, until the answers the daemon keeps
        // for it pass its limit with the last one: the next answer, the
        // checkout's, is the one that finds the client not reading.
        constexpr qint64 kLimit = clm::daemon::LocalConnection::kMaxPendingWriteBytes;
        qint64 answered = 0;
        qint64 kept = 0;
        int id = 1;
        while (kept <= kLimit) {
            const qint64 count = std::max<qint64>(1, (kLimit - kept) / 24);
            QByteArray pings;
            for (qint64 i = 0; i < count; ++i, ++id) {
                pings += "{\"id\":" + QByteArray::number(id) + ",\"op\":\"ping\"}\n";
                answered +=
                        QByteArray("{\"id\":" + QByteArray::number(id) + ",\"ok\":true}\n").size();
            }
            QVERIFY(sendAll(fd, pings));
            QThread::msleep(100);
            int inKernel = 0;
            QVERIFY(::ioctl(fd, FIONREAD, &inKernel) == 0);
            kept = answered - inKernel;
        }
        resume.dismiss();
        QVERIFY(::kill(server, SIGCONT) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(daemon->standardError().contains("does not read its answers"),
                                 10000);
        // The seat was taken on the server for this client, which never
        // got it: it is given up after the linger, not held for nobody.
        QTRY_COMPARE_WITH_TIMEOUT(activeSessions(licenseId).size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(activeSessions(licenseId).size(), 0, 15000);
        QVERIFY(leaseOf(*daemon, u"unread-tool"_s).isEmpty());
    }

    void offlineGrantsEndWithTheLicense()
    {
        const QString expiresAt =
                QDateTime::currentDateTimeUtc().addSecs(120).toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
        const QJsonObject license =
                createLicense(u"ending-tool"_s, 2, {{u"expires_at"_s, expiresAt}});
        QCOMPARE(license.value("expires_at"_L1).toString(), expiresAt);
        createLicense(u"ending-borrow"_s, 2, {{u"expires_at"_s, expiresAt}});
        auto daemon = startDaemon(u"license-end"_s);
        QVERIFY(daemon);
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*daemon), 15000);
        LocalClient holder;
        QVERIFY(holder.connectTo(daemon->socketPath()));
        const QJsonObject online = holder.checkout(u"ending-tool"_s);
        QVERIFY2(online.value("ok"_L1).toBool(), QJsonDocument(online).toJson().constData());
        QCOMPARE(online.value("license"_L1).toObject().value("expires_at"_L1).toString(),
                 expiresAt);
        QByteArray err;
        QCOMPARE(
                daemon->clm({u"borrow"_s, u"ending-borrow"_s, u"--hours"_s, u"2"_s}, nullptr, &err),
                0);

        m_fixture->server().stop();
        QTRY_COMPARE_WITH_TIMEOUT(holder.checkout(u"ending-tool"_s).value("offline"_L1).toBool(),
                                  true, 10000);
        LocalClient borrower;
        QVERIFY(borrower.connectTo(daemon->socketPath()));
        QCOMPARE(borrower.checkout(u"ending-borrow"_s).value("offline"_L1).toBool(), true);

        // Five minutes on: the license is over, whatever the leases say.
        daemon->setClockOffsetSeconds(300);
        const QJsonObject ended = holder.checkout(u"ending-tool"_s);
        QCOMPARE(ended.value("ok"_L1).toBool(), false);
        QCOMPARE(ended.value("reason"_L1).toString(), u"license_expired"_s);
        const QJsonObject borrowEnded = borrower.checkout(u"ending-borrow"_s);
        QCOMPARE(borrowEnded.value("reason"_L1).toString(), u"license_expired"_s);
        // Also across a restart (from the cache).
        holder.close();
        borrower.close();
        QCOMPARE(daemon->stop(), 0);
        daemon->unset(u"server/enrollment_token"_s);
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        QCOMPARE(daemon->clm({u"checkout"_s, u"ending-borrow"_s}, nullptr, &err), 1);
        QVERIFY2(err.startsWith("license_expired: "), err.constData());
    }

    void lostOrAlteredClockRecordIsTampering()
    {
        createLicense(u"record-tool"_s, 1);
        auto daemon = startDaemon(u"clock-record"_s);
        QVERIFY(daemon);
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*daemon), 15000);
        QByteArray err;
        QCOMPARE(daemon->clm({u"borrow"_s, u"record-tool"_s, u"--hours"_s, u"2"_s}, nullptr, &err),
                 0);
        QCOMPARE(daemon->stop(), 0);
        m_fixture->server().stop();
        const auto offlineCheckout = [&] {
            LocalClient client;
            if (!client.connectTo(daemon->socketPath()))
                return QJsonObject();
            return client.checkout(u"record-tool"_s);
        };
        // With its record intact, the borrowed lease serves offline.
        daemon->unset(u"server/enrollment_token"_s);
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        const QJsonObject intact = offlineCheckout();
        QVERIFY2(intact.value("offline"_L1).toBool(), QJsonDocument(intact).toJson().constData());
        QCOMPARE(daemon->stop(), 0);

        // Altered (the wall anchor a day back, to hide a clock set back),
        // then deleted: each time, no offline grant.
        {
            const QByteArray record = [&] {
                QByteArray value;
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"read"_s);
                db.setDatabaseName(daemon->stateDir() + u"/leases.db"_s);
                if (db.open()) {
                    QSqlQuery q(db);
                    if (q.exec(u"SELECT value FROM meta WHERE key = 'clock'"_s) && q.next())
                        value = q.value(0).toString().toLatin1();
                    db.close();
                }
                return value;
            }();
            QSqlDatabase::removeDatabase(u"read"_s);
            QList<QByteArray> parts = record.split(' ');
            QCOMPARE(parts.size(), 3);
            parts[1] = QByteArray::number(parts[1].toLongLong() - 86400000);
            QVERIFY(editCache(*daemon, u"UPDATE meta SET value = ? WHERE key = 'clock'"_s,
                              {QString::fromLatin1(parts.join(' '))}));
        }
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        QCOMPARE(offlineCheckout().value("reason"_L1).toString(), u"clock_tampered"_s);
        QVERIFY(daemon->standardError().contains("trusted-clock record is altered"));
        // Not forgotten by a restart.
        QCOMPARE(daemon->stop(), 0);
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        QCOMPARE(offlineCheckout().value("reason"_L1).toString(), u"clock_tampered"_s);
        QCOMPARE(daemon->stop(), 0);
        QVERIFY(editCache(*daemon, u"DELETE FROM meta WHERE key = 'clock'"_s));
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        QCOMPARE(offlineCheckout().value("reason"_L1).toString(), u"clock_tampered"_s);
        QVERIFY(daemon->standardError().contains("trusted-clock record is missing"));
        // Even the whole table gone.
        QCOMPARE(daemon->stop(), 0);
        QVERIFY(editCache(*daemon, u"DROP TABLE meta"_s));
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        QCOMPARE(offlineCheckout().value("reason"_L1).toString(), u"clock_tampered"_s);

        // The server vouches for the time again: trusted, and recorded.
        QVERIFY2(m_fixture->server().start(), qPrintable(m_fixture->server().error()));
        QTRY_VERIFY_WITH_TIMEOUT(offlineCheckout().value("ok"_L1).toBool(), 15000);
        QCOMPARE(daemon->stop(), 0);
        m_fixture->server().stop();
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        const QJsonObject trusted = offlineCheckout();
        QVERIFY2(trusted.value("offline"_L1).toBool(), QJsonDocument(trusted).toJson().constData());
    }

    void featuresComeFromTheSignedLease()
    {
        const QJsonObject license = createLicense(
                u"feature-tool"_s, 1, {{u"features"_s, QJsonArray{u"export"_s, u"render"_s}}});
        const QString licenseId = license.value("id"_L1).toString();
        auto daemon = startDaemon(u"features"_s);
        QVERIFY(daemon);
        QTRY_VERIFY_WITH_TIMEOUT(enrolled(*daemon), 15000);
        LocalClient holder;
        QVERIFY(holder.connectTo(daemon->socketPath()));
        const auto features = [](const QJsonObject& answer) {
            return answer.value("license"_L1).toObject().value("features"_L1).toArray();
        };
        QCOMPARE(features(holder.checkout(u"feature-tool"_s)),
                 (QJsonArray{u"export"_s, u"render"_s}));

        // An admin takes a feature away: the next renewed lease says so, and
        // so does the next grant (the acquire answer's copy is stale).
        QCOMPARE(admin().patch(u"/api/v1/licenses/%1/"_s.arg(licenseId),
                               {{u"features"_s, QJsonArray{u"export"_s}}})
                         .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(features(holder.checkout(u"feature-tool"_s)),
                                  (QJsonArray{u"export"_s}), 10000);

        // Someone with root rewrites the cached copy, with a valid row MAC
        // (the key is in device.json): the grant still says what the server
        // signed, which no one on this machine can forge.
        QByteArray err;
        QCOMPARE(daemon->clm({u"borrow"_s, u"feature-tool"_s, u"--hours"_s, u"1"_s}, nullptr, &err),
                 0);
        holder.close();
        QCOMPARE(daemon->stop(), 0);
        daemon->unset(u"server/enrollment_token"_s);
        m_fixture->server().stop();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"forge"_s);
            db.setDatabaseName(daemon->stateDir() + u"/leases.db"_s);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT product, os_user, session_id, token, license, issued_at, "
                           "expires_at, borrowed_until FROM leases"_s));
            QVERIFY(q.next());
            QJsonObject copy = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
            copy.insert(u"features"_s, QJsonArray{u"export"_s, u"render"_s, u"unlimited"_s});
            copy.insert(u"expires_at"_s, u"2099-01-01T00:00:00Z"_s);
            const QByteArray forged = QJsonDocument(copy).toJson(QJsonDocument::Compact);
            QList<QByteArray> fields{"lease"};
            for (int column = 0; column < 8; ++column) {
                if (column == 4)
                    fields.append(forged);
                else
                    fields.append(q.value(column).isNull() ? QByteArray()
                                                           : q.value(column).toString().toUtf8());
            }
            const QString product = q.value(0).toString();
            q.finish();
            QSqlQuery update(db);
            update.prepare(u"UPDATE leases SET license = ?, mac = ? WHERE product = ?"_s);
            update.addBindValue(QString::fromUtf8(forged));
            update.addBindValue(QString::fromLatin1(cacheRowMac(*daemon, fields)));
            update.addBindValue(product);
            QVERIFY(update.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"forge"_s);
        QVERIFY2(daemon->start(), qPrintable(daemon->error()));
        LocalClient client;
        QVERIFY(client.connectTo(daemon->socketPath()));
        const QJsonObject offline = client.checkout(u"feature-tool"_s);
        // The forged row was accepted (its MAC is right) and served...
        QVERIFY2(offline.value("ok"_L1).toBool(), QJsonDocument(offline).toJson().constData());
        QCOMPARE(offline.value("offline"_L1).toBool(), true);
        QVERIFY(!daemon->standardError().contains("discarded an altered lease cache row"));
        // ...with what the lease's signed claims say.
        QCOMPARE(features(offline), (QJsonArray{u"export"_s}));
        QCOMPARE(offline.value("license"_L1).toObject().value("expires_at"_L1), QJsonValue());
        QCOMPARE(offline.value("license"_L1).toObject().value("id"_L1).toString(), licenseId);
    }

    void cleanupTestCase()
    {
        m_fixture.reset();
    }
};

QTEST_GUILESS_MAIN(TestDaemon)
#include "tst_daemon.moc"
