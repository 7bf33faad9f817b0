// clmd end to end: a real clm-server (SQLite or PostgreSQL), real clmd
// processes on temporary sockets, the real `clm` command and raw protocol
// clients (CLI.md, "clmd", "Local protocol", "clm and libclm").

#include "DaemonProcess.h"
#include "LocalClient.h"
#include "ServerFixture.h"
#include "TestPostgres.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace clm::test;

namespace {

QString currentUser()
{
    const passwd* entry = getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : u"uid:%1"_s.arg(geteuid());
}

} // namespace

class TestDaemon : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_owner;
    QString m_enrollmentToken;

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
        QTRY_COMPARE_WITH_TIMEOUT(activeSessions(licenseId).size(), 0, 5000);
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
        QCOMPARE(daemon->clm({u"checkout"_s, u"cache-tool"_s}), 0);
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
        QTRY_VERIFY_WITH_TIMEOUT(
                !leaseOf(*first, u"revoked-tool"_s).value("session_id"_L1).toString().isEmpty() &&
                        leaseOf(*first, u"revoked-tool"_s).value("session_id"_L1).toString() !=
                                original,
                10000);
        const QString renewed =
                leaseOf(*first, u"revoked-tool"_s).value("session_id"_L1).toString();
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

    void cleanupTestCase() { m_fixture.reset(); }
};

QTEST_GUILESS_MAIN(TestDaemon)
#include "tst_daemon.moc"
