// Revision 2 of the contract (security): each test attacks the way the
// review did, and runs on SQLite and PostgreSQL.

#include "ServerFixture.h"
#include "TestPostgres.h"
#include "core/Base64Url.h"
#include "core/Json.h"
#include "core/Time.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace clm;
using namespace clm::test;

namespace {

QJsonObject leaseClaims(const QString& lease)
{
    const QStringList parts = lease.split(u'.');
    if (parts.size() != 3)
        return {};
    const auto payload = base64url::decode(parts.at(1).toLatin1());
    return payload ? json::parseObject(*payload).value_or(QJsonObject()) : QJsonObject();
}

qint64 msecs(const QJsonValue& timestamp)
{
    return QDateTime::fromString(timestamp.toString(), Qt::ISODate).toMSecsSinceEpoch();
}

// One raw GET with a Host header of the caller's choice.
QByteArray rawGet(quint16 port, const QByteArray& path, const QByteArray& host,
                  const QByteArray& token)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " +
                 token + "\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    answer += socket.readAll();
    return answer.mid(answer.indexOf("\r\n\r\n") + 4);
}

QString libfaketime()
{
    for (const char* path : {"/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
                             "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1",
                             "/usr/lib/faketime/libfaketime.so.1"}) {
        if (QFileInfo::exists(QString::fromLatin1(path)))
            return QString::fromLatin1(path);
    }
    return {};
}

} // namespace

class TestServerSecurity : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_owner;
    ServerFixture::Account m_member;
    int m_products = 0;

    HttpClient admin() { return m_fixture->client(m_owner.access); }

    // A license of a product of its own (so tests do not share seats).
    QJsonObject license(int seats, const QJsonObject& extra = {})
    {
        QJsonObject body{{u"name"_s, u"Security"_s},
                         {u"product"_s, u"sec-tool-%1"_s.arg(++m_products)},
                         {u"max_concurrent_seats"_s, seats}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        const HttpReply reply = admin().post(u"/api/v1/licenses/"_s, body);
        if (reply.status != 201)
            qWarning() << reply.describe();
        return reply.json;
    }

    QString enrollmentToken()
    {
        return admin()
                .post(u"/api/v1/enrollment-tokens/"_s, {{u"label"_s, u"fleet"_s}})
                .json.value("token"_L1)
                .toString();
    }

    HttpReply enroll(const QString& hardwareId, const QString& token = {})
    {
        return m_fixture->client().post(
                u"/api/v1/devices/enroll"_s,
                {{u"enrollment_token"_s, token.isEmpty() ? enrollmentToken() : token},
                 {u"hardware_id"_s, hardwareId},
                 {u"hostname"_s, QString(u"host-"_s + hardwareId)},
                 {u"os"_s, u"Debian 12"_s}});
    }

    HttpReply acquire(const QString& bearer, const QJsonObject& body)
    {
        return m_fixture->client(bearer).post(u"/api/v1/licenses/acquire"_s, body);
    }

    QJsonArray audit(const QString& action)
    {
        return admin().get(u"/api/v1/audit/?page_size=500&action="_s + action).results();
    }

private slots:
    void initTestCase()
    {
        CLM_START_FIXTURE(m_fixture);
        m_owner = m_fixture->createOrganization(u"Security Org"_s, u"owner@security.test"_s);
        QVERIFY(!m_owner.access.isEmpty());
        m_member = m_fixture->createUser(m_owner, u"member@security.test"_s, u"member"_s);
        QVERIFY(!m_member.access.isEmpty());
    }

    void acquireNeverHandsOutAnotherCallersSession()
    {
        const QJsonObject lic = license(2);
        const QString product = lic.value("product"_L1).toString();
        const HttpReply victimDevice = enroll(u"victim-hw"_s);
        QCOMPARE(victimDevice.status, 201);
        const QString victimToken = victimDevice.json.value("device_token"_L1).toString();
        const HttpReply held =
                acquire(victimToken, {{u"product"_s, product}, {u"os_user"_s, u"alice"_s}});
        QCOMPARE(held.status, 201);
        const QString victimSession = held.json.value("session_id"_L1).toString();
        const qint64 victimLease = msecs(held.json.value("lease_expires_at"_L1));

        // A member claims the victim's machine and OS user: a seat of their
        // own, never the victim's session or a lease for it.
        const HttpReply stolen = acquire(m_member.access, {{u"product"_s, product},
                                                           {u"hardware_id"_s, u"victim-hw"_s},
                                                           {u"os_user"_s, u"alice"_s}});
        QCOMPARE(stolen.status, 201);
        const QString memberSession = stolen.json.value("session_id"_L1).toString();
        QVERIFY(memberSession != victimSession);
        QCOMPARE(leaseClaims(stolen.json.value("signed_license"_L1).toString())
                         .value("sub"_L1)
                         .toString(),
                 memberSession);
        // The license is now full: the third claim is refused outright.
        const HttpReply third = acquire(
                m_fixture->createUser(m_owner, u"second@security.test"_s, u"member"_s).access,
                {{u"product"_s, product},
                 {u"hardware_id"_s, u"victim-hw"_s},
                 {u"os_user"_s, u"alice"_s}});
        QCOMPARE(third.status, 409);
        QCOMPARE(third.error(), u"no_seats"_s);
        // The victim's session was neither renewed nor re-signed.
        const HttpReply sessions = admin().get(
                u"/api/v1/sessions/?license=%1&active=true"_s.arg(lic.value("id"_L1).toString()));
        QCOMPARE(sessions.json.value("count"_L1).toInt(), 2);
        for (const auto& value : sessions.results()) {
            const QJsonObject s = value.toObject();
            if (s.value("id"_L1).toString() == victimSession)
                QCOMPARE(msecs(s.value("lease_expires_at"_L1)), victimLease);
        }
        // Every seat granted is audited.
        bool audited = false;
        for (const auto& entry : audit(u"session.acquire"_s))
            audited = audited || entry.toObject().value("target_id"_L1).toString() == memberSession;
        QVERIFY(audited);

        // The member asking again gets their own session back (200).
        const HttpReply again = acquire(m_member.access, {{u"product"_s, product},
                                                          {u"hardware_id"_s, u"victim-hw"_s},
                                                          {u"os_user"_s, u"alice"_s}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value("session_id"_L1).toString(), memberSession);
        // And so does the device.
        const HttpReply device =
                acquire(victimToken, {{u"product"_s, product}, {u"os_user"_s, u"alice"_s}});
        QCOMPARE(device.status, 200);
        QCOMPARE(device.json.value("session_id"_L1).toString(), victimSession);
    }

    void aUserOpenedSessionIsNotADevicesAndViceVersa()
    {
        const QString product = license(1).value("product"_L1).toString();
        // The member opens a session for machine "shared-hw" with their token.
        const HttpReply byUser = acquire(m_member.access, {{u"product"_s, product},
                                                           {u"hardware_id"_s, u"shared-hw"_s},
                                                           {u"os_user"_s, u"bob"_s}});
        QCOMPARE(byUser.status, 201);
        // A device enrolled with that hardware id is another caller.
        const HttpReply enrolled = enroll(u"shared-hw"_s);
        QCOMPARE(enrolled.status, 201);
        const QString deviceToken = enrolled.json.value("device_token"_L1).toString();
        const HttpReply byDevice =
                acquire(deviceToken, {{u"product"_s, product}, {u"os_user"_s, u"bob"_s}});
        QCOMPARE(byDevice.status, 409);
        // Nor may the device heartbeat, borrow or release the user's session.
        const QString userSession = byUser.json.value("session_id"_L1).toString();
        for (const QString& action : {u"heartbeat"_s, u"release"_s}) {
            const HttpReply reply = m_fixture->client(deviceToken)
                                            .post(u"/api/v1/licenses/"_s + action,
                                                  {{u"session_id"_s, userSession}});
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.error(), u"not_found"_s);
        }
        // Nor may another user.
        const auto other = m_fixture->createUser(m_owner, u"other@security.test"_s, u"member"_s);
        QCOMPARE(acquire(other.access, {{u"product"_s, product},
                                        {u"hardware_id"_s, u"shared-hw"_s},
                                        {u"os_user"_s, u"bob"_s}})
                         .status,
                 409);
    }

    void aDisabledDeviceCannotReenroll()
    {
        const QString token = enrollmentToken();
        const HttpReply first = enroll(u"laptop-hw"_s, token);
        QCOMPARE(first.status, 201);
        const QString deviceId = first.json.value("device_id"_L1).toString();
        const QString oldDeviceToken = first.json.value("device_token"_L1).toString();

        // Re-enrolling an active device is allowed (a reinstalled machine)
        // and audited as such.
        const HttpReply second = enroll(u"laptop-hw"_s, token);
        QCOMPARE(second.status, 201);
        QCOMPARE(second.json.value("device_id"_L1).toString(), deviceId);
        QCOMPARE(m_fixture->client(oldDeviceToken)
                         .post(u"/api/v1/licenses/acquire"_s,
                               {{u"product"_s, u"nothing"_s}, {u"os_user"_s, u"x"_s}})
                         .status,
                 401);
        QList<bool> reenrolled;
        for (const auto& entry : audit(u"device.enroll"_s)) {
            const QJsonObject e = entry.toObject();
            if (e.value("target_id"_L1).toString() == deviceId)
                reenrolled.append(e.value("details"_L1).toObject().value("reenrolled"_L1).toBool());
        }
        QCOMPARE(reenrolled, (QList<bool>{true, false})); // newest first

        // Disabled by an admin: a stolen enrollment token cannot revive it.
        QCOMPARE(admin().del(u"/api/v1/devices/%1/"_s.arg(deviceId)).status, 204);
        const QString usesBefore =
                m_fixture->database().query(u"SELECT sum(uses) FROM enrollment_tokens"_s).value(0);
        const HttpReply refused = enroll(u"laptop-hw"_s, token);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.error(), u"device_disabled"_s);
        QCOMPARE(m_fixture->database().query(u"SELECT sum(uses) FROM enrollment_tokens"_s).value(0),
                 usesBefore);
        const HttpReply listed = admin().get(u"/api/v1/devices/?search=laptop-hw"_s);
        QCOMPARE(listed.results().first().toObject().value("is_active"_L1).toBool(), false);

        // Only an admin re-enables, only with true, only their own devices.
        const QString path = u"/api/v1/devices/%1/"_s.arg(deviceId);
        QCOMPARE(m_fixture->client(m_member.access).patch(path, {{u"is_active"_s, true}}).status,
                 403);
        QCOMPARE(admin().patch(path, {{u"is_active"_s, false}}).status, 400);
        QCOMPARE(admin().patch(path, {{u"hostname"_s, u"x"_s}}).status, 400);
        const auto other = m_fixture->createOrganization(u"Other"_s, u"owner@other-sec.test"_s);
        QCOMPARE(m_fixture->client(other.access).patch(path, {{u"is_active"_s, true}}).status, 404);
        const HttpReply enabled = admin().patch(path, {{u"is_active"_s, true}});
        QCOMPARE(enabled.status, 200);
        QCOMPARE(enabled.json.value("is_active"_L1).toBool(), true);
        QCOMPARE(enabled.json.value("id"_L1).toString(), deviceId);
        QCOMPARE(audit(u"device.enable"_s).size(), 1);
        // Re-enabled, it still has no token: the old one stays dead ...
        QCOMPARE(m_fixture->client(second.json.value("device_token"_L1).toString())
                         .post(u"/api/v1/licenses/acquire"_s,
                               {{u"product"_s, u"nothing"_s}, {u"os_user"_s, u"x"_s}})
                         .status,
                 401);
        // ... until it enrolls again, as the same device.
        const HttpReply back = enroll(u"laptop-hw"_s, token);
        QCOMPARE(back.status, 201);
        QCOMPARE(back.json.value("device_id"_L1).toString(), deviceId);
    }

    // Heartbeats take their caller from a cache (AuthCache); a change of
    // that caller is in force from the next heartbeat, as before the cache.
    void aHeartbeatSeesACallerChangeAtOnce()
    {
        const QJsonObject lic = license(5);
        const QString product = lic.value("product"_L1).toString();
        const HttpReply enrolled = enroll(u"cached-hw"_s);
        QCOMPARE(enrolled.status, 201);
        const QString deviceId = enrolled.json.value("device_id"_L1).toString();
        const QString deviceToken = enrolled.json.value("device_token"_L1).toString();
        const HttpReply deviceSession =
                acquire(deviceToken, {{u"product"_s, product}, {u"os_user"_s, u"ada"_s}});
        QCOMPARE(deviceSession.status, 201);
        const QJsonObject deviceBeat{
                {u"session_id"_s, deviceSession.json.value("session_id"_L1).toString()}};

        const auto user = m_fixture->createUser(m_owner, u"cached@security.test"_s, u"member"_s);
        const HttpReply userSession = acquire(user.access, {{u"product"_s, product},
                                                            {u"hardware_id"_s, u"user-hw"_s},
                                                            {u"os_user"_s, u"bob"_s}});
        QCOMPARE(userSession.status, 201);
        const QJsonObject userBeat{
                {u"session_id"_s, userSession.json.value("session_id"_L1).toString()}};

        // Known callers, several times over (the second one is the cached).
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(m_fixture->client(deviceToken)
                             .post(u"/api/v1/licenses/heartbeat"_s, deviceBeat)
                             .status,
                     200);
            QCOMPARE(m_fixture->client(user.access)
                             .post(u"/api/v1/licenses/heartbeat"_s, userBeat)
                             .status,
                     200);
        }

        // Disabled: the device's next heartbeat is refused.
        QCOMPARE(admin().del(u"/api/v1/devices/%1/"_s.arg(deviceId)).status, 204);
        QCOMPARE(m_fixture->client(deviceToken)
                         .post(u"/api/v1/licenses/heartbeat"_s, deviceBeat)
                         .status,
                 401);
        // Deactivated: so is the user's.
        const QString userPath = u"/api/v1/users/%1/"_s.arg(user.userId);
        QCOMPARE(admin().patch(userPath, {{u"is_active"_s, false}}).status, 200);
        QCOMPARE(m_fixture->client(user.access)
                         .post(u"/api/v1/licenses/heartbeat"_s, userBeat)
                         .status,
                 401);
        // Back again, the user's token is good again (it never changed).
        QCOMPARE(admin().patch(userPath, {{u"is_active"_s, true}}).status, 200);
        QCOMPARE(m_fixture->client(user.access)
                         .post(u"/api/v1/licenses/heartbeat"_s, userBeat)
                         .status,
                 200);
    }

    void leasesNeverOutliveTheLicense()
    {
        const qint64 expiry = (QDateTime::currentSecsSinceEpoch() + 120) * 1000;
        const QJsonObject lic =
                license(1, {{u"expires_at"_s,
                             QDateTime::fromMSecsSinceEpoch(expiry, Qt::UTC).toString(Qt::ISODate)},
                            {u"offline_lease_seconds"_s, 86400}});
        const QString product = lic.value("product"_L1).toString();
        const HttpReply device = enroll(u"expiring-hw"_s);
        const QString token = device.json.value("device_token"_L1).toString();
        const HttpReply acquired =
                acquire(token, {{u"product"_s, product}, {u"os_user"_s, u"carol"_s}});
        QCOMPARE(acquired.status, 201);
        QCOMPARE(msecs(acquired.json.value("lease_expires_at"_L1)), expiry);
        QJsonObject claims = leaseClaims(acquired.json.value("signed_license"_L1).toString());
        QCOMPARE(claims.value("exp"_L1).toInteger(), expiry / 1000);
        QCOMPARE(claims.value("lexp"_L1).toInteger(), expiry / 1000);

        const QString session = acquired.json.value("session_id"_L1).toString();
        const HttpReply heartbeat = m_fixture->client(token).post(u"/api/v1/licenses/heartbeat"_s,
                                                                  {{u"session_id"_s, session}});
        QCOMPARE(heartbeat.status, 200);
        QCOMPARE(msecs(heartbeat.json.value("lease_expires_at"_L1)), expiry);

        // A week's borrow the day before expiry: cut to the expiry, and the
        // answer says so.
        const HttpReply borrowed = m_fixture->client(token).post(
                u"/api/v1/licenses/borrow"_s, {{u"session_id"_s, session}, {u"seconds"_s, 604800}});
        QCOMPARE(borrowed.status, 200);
        QCOMPARE(msecs(borrowed.json.value("borrowed_until"_L1)), expiry);
        QCOMPARE(msecs(borrowed.json.value("lease_expires_at"_L1)), expiry);
        claims = leaseClaims(borrowed.json.value("signed_license"_L1).toString());
        QVERIFY(claims.value("exp"_L1).toInteger() <= claims.value("lexp"_L1).toInteger());
        const HttpReply listed =
                admin().get(u"/api/v1/sessions/?license=%1"_s.arg(lic.value("id"_L1).toString()));
        QCOMPARE(msecs(listed.results().first().toObject().value("borrowed_until"_L1)), expiry);
    }

    void theDatabaseClockDecidesSeats()
    {
        if (!m_fixture->database().isPostgres())
            QSKIP("one process serves a SQLite database: its clock is the only one");
        const QString faketime = libfaketime();
        if (faketime.isEmpty()) {
            if (TestPostgres::required())
                QFAIL("libfaketime is missing (Debian package faketime)");
            QSKIP("libfaketime is missing (Debian package faketime)");
        }
        const QJsonObject lic = license(1);
        const QString product = lic.value("product"_L1).toString();
        const QString first = enroll(u"clock-hw-1"_s).json.value("device_token"_L1).toString();
        const QString second = enroll(u"clock-hw-2"_s).json.value("device_token"_L1).toString();
        const HttpReply held = acquire(first, {{u"product"_s, product}, {u"os_user"_s, u"dan"_s}});
        QCOMPARE(held.status, 201);

        // A second server whose clock runs an hour ahead, with its reaper
        // running every second: by its own clock the seat lapsed long ago.
        ServerProcess fast(m_fixture->database().url(),
                           {u"--reaper-interval"_s, u"1"_s, u"--session-ttl"_s, u"360"_s},
                           m_fixture->server().keyDir());
        fast.setEnvironment({u"LD_PRELOAD="_s + faketime, u"FAKETIME=+1h"_s,
                             u"DONT_FAKE_MONOTONIC=1"_s, u"FAKETIME_DONT_RESET=1"_s});
        QVERIFY2(fast.start(), qPrintable(fast.error()));
        const HttpReply fastDate = HttpClient(fast.baseUrl()).get(u"/health"_s);
        const qint64 theirs = time::parseHttpDate(fastDate.header("Date")).value_or(0);
        QVERIFY2(theirs - QDateTime::currentMSecsSinceEpoch() > 3000'000,
                 qPrintable(QString::fromLatin1(fastDate.header("Date")) + u" vs "_s +
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate))); // ahead

        HttpClient viaFast(fast.baseUrl());
        viaFast.setToken(second);
        const HttpReply extra = viaFast.post(u"/api/v1/licenses/acquire"_s,
                                             {{u"product"_s, product}, {u"os_user"_s, u"erin"_s}});
        QCOMPARE(extra.status, 409); // no second seat out of one
        // Its heartbeat of the first session is honoured, not refused as lapsed,
        // and the lease is renewed from the database's time.
        viaFast.setToken(first);
        const HttpReply beat =
                viaFast.post(u"/api/v1/licenses/heartbeat"_s,
                             {{u"session_id"_s, held.json.value("session_id"_L1).toString()}});
        QCOMPARE(beat.status, 200);
        const qint64 leaseAt = msecs(beat.json.value("lease_expires_at"_L1));
        QVERIFY(qAbs(leaseAt - QDateTime::currentMSecsSinceEpoch() - 360'000) < 60'000);
        // Its reaper, two passes later, has ended nothing.
        QTest::qWait(2500);
        QCOMPARE(admin().get(u"/api/v1/sessions/?active=true&license=%1"_s.arg(
                                     lic.value("id"_L1).toString()))
                         .json.value("count"_L1)
                         .toInt(),
                 1);
        QCOMPARE(fast.stop(), 0);
    }

    void sqliteFilesAreOwnerOnly()
    {
        if (m_fixture->database().isPostgres())
            QSKIP("SQLite's files");
        const QString path = m_fixture->database().url().mid(QStringLiteral("sqlite://").size());
        // Writes happened above: the WAL and shared-memory files exist.
        for (const QString& file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s}) {
            struct stat info = {};
            QVERIFY2(::stat(QFile::encodeName(file).constData(), &info) == 0, qPrintable(file));
            QCOMPARE(info.st_mode & 0777, 0600u);
        }
    }

    void aRoleThatBypassesRowLevelSecurityIsRefused()
    {
        if (!m_fixture->database().isPostgres())
            QSKIP("row-level security is PostgreSQL's");
        // The test cluster's user is a superuser; one more role may bypass RLS.
        m_fixture->database().query(
                u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                "'clm_bypass') THEN CREATE ROLE clm_bypass NOLOGIN BYPASSRLS; END IF; END $$"_s);
        for (const QString& role : {u"clm_bypass"_s, u"postgres"_s}) {
            ServerProcess server(m_fixture->database().url(), {u"--db-role"_s, role});
            QVERIFY(!server.start(20000));
            QVERIFY2(server.error().contains(u"row-level security"_s), qPrintable(server.error()));
            QCOMPARE(server.stop(), 2);
        }
    }

    void paginationLinksComeFromThePublicUrl()
    {
        for (int i = 0; i < 3; ++i)
            license(1);
        // A forged Host header does not reach the links.
        const QJsonObject page =
                json::parseObject(rawGet(m_fixture->server().port(),
                                         "/api/v1/licenses/?page_size=1", "evil.example",
                                         m_owner.access.toLatin1()))
                        .value_or(QJsonObject());
        const QString next = page.value("next"_L1).toString();
        QVERIFY2(next.startsWith(m_fixture->server().baseUrl().toString() + u"/api/v1/licenses/"_s),
                 qPrintable(next));

        // Behind a proxy: the configured public URL, path prefix included.
        ServerProcess proxied(m_fixture->database().url(),
                              {u"--public-url"_s, u"https://licenses.example.com/clm/"_s},
                              m_fixture->server().keyDir());
        QVERIFY2(proxied.start(), qPrintable(proxied.error()));
        const QJsonObject behind =
                json::parseObject(rawGet(proxied.port(), "/api/v1/licenses/?page_size=1&page=2",
                                         "evil.example", m_owner.access.toLatin1()))
                        .value_or(QJsonObject());
        QCOMPARE(behind.value("previous"_L1).toString(),
                 u"https://licenses.example.com/clm/api/v1/licenses/?page_size=1&page=1"_s);
        QVERIFY(behind.value("next"_L1).toString().startsWith(
                u"https://licenses.example.com/clm/api/v1/licenses/?"_s));
        // A malformed public URL is refused at start.
        ServerProcess bad(m_fixture->database().url(), {u"--public-url"_s, u"ftp://x"_s});
        QVERIFY(!bad.start(20000));
        QVERIFY2(bad.error().contains(u"--public-url"_s), qPrintable(bad.error()));
    }
};

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_server_security.moc"
