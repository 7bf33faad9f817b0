#include "ServerFixture.h"
#include "TestPostgres.h"
#include "core/Jwks.h"
#include "core/Jws.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <libpq-fe.h>

#include <algorithm>
#include <chrono>
#include <future>
#include <optional>
#include <thread>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace clm;
using namespace clm::test;

namespace {

// Fires `bodies` at once, one raw connection each (spread over `ports`),
// and returns each answer's status.
QList<int> concurrentPosts(const QList<quint16>& ports, const QByteArray& path,
                           const QByteArray& token, const QList<QJsonObject>& bodies)
{
    QList<QTcpSocket*> sockets;
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        auto* socket = new QTcpSocket;
        socket->connectToHost(u"127.0.0.1"_s, ports.at(i % ports.size()));
        sockets.append(socket);
    }
    for (auto* socket : sockets)
        socket->waitForConnected(5000);
    // Write everything before reading anything: the requests overlap.
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        const QByteArray json = QJsonDocument(bodies.at(i)).toJson(QJsonDocument::Compact);
        sockets[i]->write("POST " + path +
                          " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                          "Authorization: Bearer " +
                          token +
                          "\r\nContent-Type: application/json\r\n"
                          "Content-Length: " +
                          QByteArray::number(json.size()) + "\r\n\r\n" + json);
        sockets[i]->flush();
    }
    QList<int> statuses;
    for (auto* socket : sockets) {
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000 && socket->state() == QAbstractSocket::ConnectedState) {
            socket->waitForReadyRead(100);
            answer += socket->readAll();
        }
        answer += socket->readAll();
        statuses.append(answer.startsWith("HTTP/1.") ? answer.mid(9, 3).toInt() : 0);
        delete socket;
    }
    return statuses;
}

// Calls `request` until it answers `expected` (or the time is up) and
// returns the last status: for calls with effects, which QTRY_COMPARE would
// repeat once more after success.
int waitForStatus(const std::function<int()>& request, int expected, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    int status = request();
    while (status != expected && timer.elapsed() < timeoutMs) {
        QTest::qWait(200);
        status = request();
    }
    return status;
}

// Holds a row lock from another connection for `holdMs` (so that requests
// queue behind it and are decided in one batch); returns once it is held,
// with an error message if it could not be taken.
class OutsideLock
{
public:
    OutsideLock(const QString& url, const QByteArray& lockingSelect, int holdMs)
    {
        auto taken = m_locked.get_future();
        m_thread = std::thread([this, url = url.toUtf8(), lockingSelect, holdMs] {
            PGconn* conn = PQconnectdb(url.constData());
            PGresult* r = PQexec(conn, "BEGIN");
            PQclear(r);
            r = PQexec(conn, lockingSelect.constData());
            const bool ok = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1;
            PQclear(r);
            m_locked.set_value(ok ? QString() : QString::fromUtf8(PQerrorMessage(conn)));
            std::this_thread::sleep_for(std::chrono::milliseconds(holdMs));
            PQclear(PQexec(conn, "COMMIT"));
            PQfinish(conn);
        });
        m_error = taken.get();
    }
    OutsideLock(const OutsideLock&) = delete;
    OutsideLock& operator=(const OutsideLock&) = delete;
    ~OutsideLock() { m_thread.join(); }
    const QString& error() const { return m_error; }

private:
    std::promise<QString> m_locked; // outlives the thread's use of it
    std::thread m_thread;
    QString m_error;
};

QString statusList(const QList<int>& statuses)
{
    QString all;
    for (const int status : statuses)
        all += QString::number(status) + u' ';
    return all;
}

} // namespace

class TestServerSeats : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_owner;
    int m_machines = 0;

    HttpClient admin() { return m_fixture->client(m_owner.access); }

    QJsonObject createLicense(const QString& product, int seats, const QJsonObject& extra = {},
                              HttpClient* client = nullptr)
    {
        QJsonObject body{{u"name"_s, QString(product + u" license"_s)},
                         {u"product"_s, product},
                         {u"max_concurrent_seats"_s, seats}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        HttpClient own = admin();
        const HttpReply reply = (client ? *client : own).post(u"/api/v1/licenses/"_s, body);
        if (reply.status != 201)
            qWarning() << reply.describe();
        return reply.json;
    }

    QString enrollmentToken(const QJsonObject& extra = {})
    {
        QJsonObject body{{u"label"_s, u"fleet"_s}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return admin()
                .post(u"/api/v1/enrollment-tokens/"_s, body)
                .json.value("token"_L1)
                .toString();
    }

    struct Device
    {
        QString id;
        QString token;
        QString hardwareId;
    };

    Device enroll(const QString& enrollment = {}, const QString& hardwareId = {})
    {
        const QString hw = hardwareId.isEmpty() ? u"hw-%1"_s.arg(++m_machines) : hardwareId;
        const HttpReply reply = m_fixture->client().post(
                u"/api/v1/devices/enroll"_s,
                {{u"enrollment_token"_s, enrollment.isEmpty() ? enrollmentToken() : enrollment},
                 {u"hardware_id"_s, hw},
                 {u"hostname"_s, QString(u"ws-"_s + hw)},
                 {u"os"_s, u"Debian 12"_s}});
        if (reply.status != 201)
            return {};
        return {reply.json.value("device_id"_L1).toString(),
                reply.json.value("device_token"_L1).toString(), hw};
    }

    HttpReply acquire(const Device& device, const QString& product,
                      const QString& osUser = u"alice"_s)
    {
        return m_fixture->client(device.token)
                .post(u"/api/v1/licenses/acquire"_s,
                      {{u"product"_s, product}, {u"os_user"_s, osUser}});
    }

    HttpReply sessionCall(const Device& device, const QString& action, const QString& sessionId,
                          const QJsonObject& extra = {})
    {
        QJsonObject body{{u"session_id"_s, sessionId}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return m_fixture->client(device.token).post(u"/api/v1/licenses/"_s + action, body);
    }

    Jwks publishedKeys(const ServerProcess& server)
    {
        const HttpReply reply = HttpClient(server.baseUrl()).get(u"/.well-known/jwks.json"_s);
        return Jwks::fromJson(reply.json).value_or(Jwks());
    }

    // On PostgreSQL, a second server process on the same database (servers
    // behind one load balancer share their keys), its port added to `ports`
    // once it runs; none on SQLite.
    std::unique_ptr<ServerProcess> secondServer(QList<quint16>& ports)
    {
        if (!m_fixture->database().isPostgres())
            return nullptr;
        auto second = std::make_unique<ServerProcess>(m_fixture->database().url(),
                                                      QStringList{u"--session-ttl"_s, u"2"_s},
                                                      m_fixture->server().keyDir());
        if (second->start())
            ports.append(second->port());
        return second;
    }

    // On plain PostgreSQL, row `id` of `table` locked from another connection
    // for `holdMs` (in `lock`), so that requests needing it queue into one
    // batch behind it; nothing elsewhere.
    // Posts `bodies` at once, on plain PostgreSQL while another connection
    // holds the row `id` of `table` locked for `holdMs` (elsewhere they just
    // run at once): the requests queue behind the lock and are decided in
    // batches. `lockError` is what the lock's connection reported.
    QList<int> postsBehindLockedRow(const QByteArray& table, const QString& id,
                                    const QList<quint16>& ports, const QByteArray& path,
                                    const QByteArray& token, const QList<QJsonObject>& bodies,
                                    QString* lockError, int holdMs = 1000)
    {
        std::optional<OutsideLock> lock;
        if (m_fixture->database().isPostgres() && !TestDatabase::isCitus())
            lock.emplace(m_fixture->database().url(),
                         "SELECT id FROM " + table + " WHERE id = '" + id.toLatin1() +
                                 "' FOR UPDATE",
                         holdMs);
        *lockError = lock ? lock->error() : QString();
        return concurrentPosts(ports, path, token, bodies);
    }

private slots:
    void initTestCase()
    {
        CLM_START_FIXTURE(m_fixture,
                          QStringList{u"--session-ttl"_s, u"2"_s, u"--reaper-interval"_s, u"1"_s});
        m_owner = m_fixture->createOrganization(u"Seats Org"_s, u"owner@seats.test"_s);
        QVERIFY(!m_owner.access.isEmpty());
    }

    void licenseCrud()
    {
        const QJsonObject license = createLicense(u"crud-tool"_s, 3,
                                                  {{u"features"_s, QJsonArray{u"pro"_s, u"gpu"_s}},
                                                   {u"offline_lease_seconds"_s, 600}});
        QCOMPARE(license.value("max_concurrent_seats"_L1).toInt(), 3);
        QVERIFY(license.value("license_key"_L1).toString().size() >= 26);
        QCOMPARE(license.value("is_valid"_L1).toBool(), true);
        QCOMPARE(license.value("is_expired"_L1).toBool(), false);
        QCOMPARE(license.value("active_sessions"_L1).toInt(), 0);
        QCOMPARE(license.value("max_borrow_seconds"_L1).toInt(), 604800);
        QCOMPARE(license.value("features"_L1).toArray().size(), 2);
        const QString path = u"/api/v1/licenses/%1/"_s.arg(license.value("id"_L1).toString());
        const HttpReply renamed = admin().patch(
                path, {{u"name"_s, u"Renamed"_s}, {u"expires_at"_s, u"2030-01-01T00:00:00Z"_s}});
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json.value("expires_at"_L1).toString(), u"2030-01-01T00:00:00Z"_s);
        QCOMPARE(renamed.json.value("version"_L1).toInt(), 2);
        QCOMPARE(admin().patch(path, {{u"license_key"_s, u"mine"_s}}).status, 400);
        const HttpReply bad =
                admin().post(u"/api/v1/licenses/"_s, {{u"name"_s, QString(256, u'x')},
                                                      {u"product"_s, u""_s},
                                                      {u"max_concurrent_seats"_s, -1},
                                                      {u"expires_at"_s, u"tomorrow"_s},
                                                      {u"features"_s, u"pro"_s}});
        QCOMPARE(bad.status, 400);
        for (const auto field :
             {"name", "product", "max_concurrent_seats", "expires_at", "features"})
            QVERIFY2(bad.details().contains(QLatin1String(field)), bad.describe().constData());
        QVERIFY(admin().get(u"/api/v1/licenses/?product=crud-tool"_s)
                        .json.value("count"_L1)
                        .toInt() == 1);
        QCOMPARE(admin().get(u"/api/v1/licenses/?search=RENAMED"_s).json.value("count"_L1).toInt(),
                 1);
        QCOMPARE(admin().get(u"/api/v1/licenses/?ordering=license_key"_s).status, 400);
        // Members and guests may read only themselves and their organization
        // (API.md, roles): no licenses, and no changes.
        const auto member = m_fixture->createUser(m_owner, u"reader@seats.test"_s, u"member"_s);
        QCOMPARE(m_fixture->client(member.access).get(path).status, 403);
        QCOMPARE(m_fixture->client(member.access).get(u"/api/v1/licenses/"_s).status, 403);
        QCOMPARE(m_fixture->client(member.access).patch(path, {{u"name"_s, u"x"_s}}).status, 403);
        QCOMPARE(m_fixture->client(member.access)
                         .post(u"/api/v1/licenses/"_s, {{u"name"_s, u"x"_s}})
                         .status,
                 403);
    }

    void fullCycleWithVerifiedLeases()
    {
        const QJsonObject license =
                createLicense(u"cycle-tool"_s, 2, {{u"features"_s, QJsonArray{u"pro"_s}}});
        const Device device = enroll();
        QVERIFY(!device.token.isEmpty());
        const HttpReply first = acquire(device, u"cycle-tool"_s);
        QCOMPARE(first.status, 201);
        for (const auto field : {"session_id", "signed_license", "lease_expires_at", "expires_at",
                                 "heartbeat_interval_seconds", "session_ttl_seconds", "license"})
            QVERIFY2(first.json.contains(QLatin1String(field)), field);
        const QString sessionId = first.json.value("session_id"_L1).toString();
        QCOMPARE(first.json.value("session_ttl_seconds"_L1).toInt(), 2);

        const Jwks keys = publishedKeys(m_fixture->server());
        QCOMPARE(keys.size(), 1);
        const jws::Result lease =
                jws::verify(first.json.value("signed_license"_L1).toString().toLatin1(), keys);
        QVERIFY2(lease.ok(), qPrintable(lease.message));
        QCOMPARE(lease.header.value("alg"_L1).toString(), u"EdDSA"_s);
        const QJsonObject claims = QJsonDocument::fromJson(lease.payload).object();
        QCOMPARE(claims.value("sub"_L1).toString(), sessionId);
        QCOMPARE(claims.value("org"_L1).toString(), m_owner.organizationId);
        QCOMPARE(claims.value("lic"_L1).toString(), license.value("id"_L1).toString());
        QCOMPARE(claims.value("key"_L1).toString(), license.value("license_key"_L1).toString());
        QCOMPARE(claims.value("prd"_L1).toString(), u"cycle-tool"_s);
        QCOMPARE(claims.value("feat"_L1).toArray(), QJsonArray{u"pro"_s});
        QCOMPARE(claims.value("seats"_L1).toInt(), 2);
        QCOMPARE(claims.value("hwid"_L1).toString(), device.hardwareId);
        QCOMPARE(claims.value("usr"_L1).toString(), u"alice"_s);
        QVERIFY(claims.value("lexp"_L1).isNull());
        const qint64 exp = static_cast<qint64>(claims.value("exp"_L1).toDouble());
        QCOMPARE(QDateTime::fromSecsSinceEpoch(exp, Qt::UTC).toString(Qt::ISODate),
                 first.json.value("lease_expires_at"_L1).toString());
        QCOMPARE(exp - static_cast<qint64>(claims.value("iat"_L1).toDouble()), 2); // offline = TTL

        // Same machine and OS user again: 200, same session, no second seat.
        const HttpReply again = acquire(device, u"cycle-tool"_s);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value("session_id"_L1).toString(), sessionId);
        const QString path = u"/api/v1/licenses/%1/"_s.arg(license.value("id"_L1).toString());
        QCOMPARE(admin().get(path).json.value("active_sessions"_L1).toInt(), 1);
        // Another OS user on that machine is another seat.
        QCOMPARE(acquire(device, u"cycle-tool"_s, u"bob"_s).status, 201);
        QCOMPARE(admin().get(path).json.value("active_sessions"_L1).toInt(), 2);

        const HttpReply beat = sessionCall(device, u"heartbeat"_s, sessionId);
        QCOMPARE(beat.status, 200);
        QCOMPARE(beat.json.value("status"_L1).toString(), u"ok"_s);
        QVERIFY(jws::verify(beat.json.value("signed_license"_L1).toString().toLatin1(), keys).ok());

        QCOMPARE(sessionCall(device, u"release"_s, sessionId).json.value("status"_L1).toString(),
                 u"released"_s);
        QCOMPARE(sessionCall(device, u"release"_s, sessionId).status, 200); // idempotent
        const HttpReply after = sessionCall(device, u"heartbeat"_s, sessionId);
        QCOMPARE(after.status, 404);
        QCOMPARE(after.error(), u"session_expired"_s);
        QCOMPARE(admin().get(path).json.value("active_sessions"_L1).toInt(), 1);

        // A stranger's session id is "not found", not "expired".
        const Device other = enroll();
        QCOMPARE(sessionCall(other, u"heartbeat"_s, sessionId).error(), u"not_found"_s);
        QCOMPARE(sessionCall(other, u"release"_s, sessionId).status, 404);
        QCOMPARE(sessionCall(other, u"heartbeat"_s, u"nonsense"_s).status, 404);
    }

    void acquireRefusals()
    {
        const Device device = enroll();
        QCOMPARE(acquire(device, u"no-such-product"_s).error(), u"not_found"_s);
        QCOMPARE(m_fixture->client(device.token)
                         .post(u"/api/v1/licenses/acquire"_s, {{u"license_key"_s, u"CLM-NOPE"_s}})
                         .status,
                 404);
        const QJsonObject expired =
                createLicense(u"old-tool"_s, 5, {{u"expires_at"_s, u"2020-01-01T00:00:00Z"_s}});
        QCOMPARE(expired.value("is_expired"_L1).toBool(), true);
        QCOMPARE(expired.value("is_valid"_L1).toBool(), false);
        const HttpReply late = acquire(device, u"old-tool"_s);
        QCOMPARE(late.status, 403);
        QCOMPARE(late.error(), u"license_expired"_s);
        const QJsonObject inactive = createLicense(u"off-tool"_s, 5, {{u"is_active"_s, false}});
        const HttpReply off = acquire(device, u"off-tool"_s);
        QCOMPARE(off.status, 403);
        QCOMPARE(off.error(), u"license_inactive"_s);
        // A name is matched whole, whatever it holds (the licenses a batch
        // names are sent to PostgreSQL as one array).
        QCOMPARE(acquire(device, u"off-tool,old-tool"_s).status, 404);
        QCOMPARE(acquire(device, u"{off-tool}"_s).status, 404);
        QCOMPARE(acquire(device, u""_s).status, 400);
        const QString odd = u"odd,\"{tool}\"\\"_s;
        QCOMPARE(createLicense(odd, 1).value("product"_L1).toString(), odd);
        QCOMPARE(acquire(device, odd).status, 201);
        QCOMPARE(acquire(device, odd, u"bob"_s).status, 409);
        // The device's hardware id is the device's.
        const HttpReply spoof = m_fixture->client(device.token)
                                        .post(u"/api/v1/licenses/acquire"_s,
                                              {{u"product"_s, u"off-tool"_s},
                                               {u"hardware_id"_s, u"someone-else"_s}});
        QCOMPARE(spoof.status, 400);
        QCOMPARE(m_fixture->client(u"%1.%2"_s.arg(m_owner.organizationId, QString(43, u'A')))
                         .post(u"/api/v1/licenses/acquire"_s, {{u"product"_s, u"off-tool"_s}})
                         .status,
                 401);
    }

    void userTokensAcquireToo()
    {
        createLicense(u"user-tool"_s, 1);
        HttpClient user = admin();
        const HttpReply noMachine =
                user.post(u"/api/v1/licenses/acquire"_s, {{u"product"_s, u"user-tool"_s}});
        QCOMPARE(noMachine.status, 400);
        QVERIFY(noMachine.details().contains("hardware_id"_L1));
        const HttpReply got =
                user.post(u"/api/v1/licenses/acquire"_s,
                          {{u"product"_s, u"user-tool"_s}, {u"hardware_id"_s, u"laptop-1"_s}});
        QCOMPARE(got.status, 201);
        const QByteArray lease = got.json.value("signed_license"_L1).toString().toLatin1();
        const QJsonObject claims =
                QJsonDocument::fromJson(
                        jws::verify(lease, publishedKeys(m_fixture->server())).payload)
                        .object();
        QCOMPARE(claims.value("usr"_L1).toString(), u"owner@seats.test"_s);
        QCOMPARE(claims.value("hwid"_L1).toString(), u"laptop-1"_s);
        const HttpReply full =
                user.post(u"/api/v1/licenses/acquire"_s,
                          {{u"product"_s, u"user-tool"_s}, {u"hardware_id"_s, u"laptop-2"_s}});
        QCOMPARE(full.status, 409);
        QCOMPARE(full.error(), u"no_seats"_s);
        QCOMPARE(full.details().value("max_concurrent_seats"_L1).toInt(), 1);
        QCOMPARE(full.details().value("active_sessions"_L1).toInt(), 1);
        QCOMPARE(user.post(u"/api/v1/licenses/release"_s,
                           {{u"session_id"_s, got.json.value("session_id"_L1)}})
                         .status,
                 200);
    }

    void contentionNeverOversubscribes()
    {
        // A lease of 600 s holds every granted seat past the suite's 2 s TTL:
        // on a loaded machine (the Citus run) deciding 50 acquires can take
        // longer than 2 s, and a seat that lapsed meanwhile may rightly be
        // granted again; with the long lease exactly 5 of 50 may succeed.
        const QJsonObject license =
                createLicense(u"contended"_s, 5, {{u"offline_lease_seconds"_s, 600}});
        const QString licenseId = license.value("id"_L1).toString();
        QList<quint16> ports{m_fixture->server().port()};
        const auto second = secondServer(ports);
        QVERIFY2(ports.size() == (second ? 2 : 1),
                 qPrintable(second ? second->error() : QString()));
        for (int round = 0; round < 3; ++round) {
            QList<QJsonObject> bodies;
            for (int i = 0; i < 50; ++i)
                bodies.append({{u"product"_s, u"contended"_s},
                               {u"hardware_id"_s, u"round%1-machine%2"_s.arg(round).arg(i)}});
            const QList<int> statuses = concurrentPosts(ports, "/api/v1/licenses/acquire",
                                                        m_owner.access.toLatin1(), bodies);
            QString all;
            for (const int status : statuses)
                all += QString::number(status) + u' ';
            QVERIFY2(statuses.count(201) == 5, qPrintable(all));
            QVERIFY2(statuses.count(409) == 45, qPrintable(all));
            const HttpReply sessions = admin().get(
                    u"/api/v1/sessions/?active=true&page_size=500&license=%1"_s.arg(licenseId));
            QCOMPARE(sessions.json.value("count"_L1).toInt(), 5);
            for (const auto& s : sessions.results())
                QCOMPARE(admin().del(u"/api/v1/sessions/%1/"_s.arg(
                                             s.toObject().value("id"_L1).toString()))
                                 .status,
                         204);
        }
    }

    void aCallerTwiceInOneBatchHoldsOneSeat()
    {
        // Acquires of one license are decided in batches, each caller's own
        // session looked up for the whole batch at once: a later request of
        // a caller whose first request started a session in the same batch
        // must get that session, not a second seat. A lock held on the
        // license's row makes the requests wait, so that they are decided
        // in one batch behind the first one.
        if (!m_fixture->database().isPostgres() || TestDatabase::isCitus())
            QSKIP("holds a row lock from outside: plain PostgreSQL");
        const QJsonObject license = createLicense(u"one-caller"_s, 5);
        const QString licenseId = license.value("id"_L1).toString();
        QList<QJsonObject> bodies;
        for (int i = 0; i < 30; ++i)
            bodies.append({{u"product"_s, u"one-caller"_s},
                           {u"hardware_id"_s, i % 2 ? u"machine-b"_s : u"machine-a"_s},
                           {u"os_user"_s, u"ann"_s}});
        QString lockError;
        const QList<int> statuses = postsBehindLockedRow(
                "licenses", licenseId, {m_fixture->server().port()}, "/api/v1/licenses/acquire",
                m_owner.access.toLatin1(), bodies, &lockError, 1500);
        QVERIFY2(lockError.isEmpty(), qPrintable(lockError));
        const QString all = statusList(statuses);
        // One seat per machine, the other requests renew it.
        QVERIFY2(statuses.count(201) == 2, qPrintable(all));
        QVERIFY2(statuses.count(200) == 28, qPrintable(all));
        const HttpReply sessions =
                admin().get(u"/api/v1/sessions/?active=true&license=%1"_s.arg(licenseId));
        QCOMPARE(sessions.json.value("count"_L1).toInt(), 2);
    }

    void acquiresOfSeveralLicensesAreDecidedTogether()
    {
        // Acquires of one organization are decided in batches whatever they
        // name: licenses by product and by key, an inactive one, an unknown
        // product, in one transaction, each license counted exactly. On
        // plain PostgreSQL a lock held on one license makes the others queue
        // into one batch behind it; on PostgreSQL a second server process
        // decides at the same time.
        const QJsonObject a = createLicense(u"multi-a"_s, 3, {{u"offline_lease_seconds"_s, 600}});
        const QJsonObject b = createLicense(u"multi-b"_s, 4, {{u"offline_lease_seconds"_s, 600}});
        const QJsonObject c = createLicense(u"multi-c"_s, 2, {{u"offline_lease_seconds"_s, 600}});
        createLicense(u"multi-off"_s, 5, {{u"is_active"_s, false}});
        QList<quint16> ports{m_fixture->server().port()};
        const auto second = secondServer(ports);
        QVERIFY2(ports.size() == (second ? 2 : 1),
                 qPrintable(second ? second->error() : QString()));
        QList<QJsonObject> bodies;
        for (int i = 0; i < 60; ++i) {
            QJsonObject body{{u"hardware_id"_s, u"multi-machine%1"_s.arg(i)}};
            switch (i % 5) {
            case 0:
                body.insert(u"product"_s, u"multi-a"_s);
                break;
            case 1:
                body.insert(u"product"_s, u"multi-b"_s);
                break;
            case 2:
                body.insert(u"license_key"_s, c.value("license_key"_L1));
                break;
            case 3:
                body.insert(u"product"_s, u"multi-off"_s);
                break;
            default:
                body.insert(u"product"_s, u"multi-none"_s);
            }
            bodies.append(body);
        }
        QString lockError;
        const QList<int> statuses = postsBehindLockedRow(
                "licenses", a.value("id"_L1).toString(), ports, "/api/v1/licenses/acquire",
                m_owner.access.toLatin1(), bodies, &lockError);
        QVERIFY2(lockError.isEmpty(), qPrintable(lockError));
        const QString all = statusList(statuses);
        auto of = [&](int kind, int status) {
            int n = 0;
            for (qsizetype i = kind; i < statuses.size(); i += 5)
                n += statuses.at(i) == status ? 1 : 0;
            return n;
        };
        const QList<std::tuple<int, QJsonObject, int>> granted{{0, a, 3}, {1, b, 4}, {2, c, 2}};
        for (const auto& [kind, license, seats] : granted) {
            QVERIFY2(of(kind, 201) == seats, qPrintable(all));
            QVERIFY2(of(kind, 409) == 12 - seats, qPrintable(all));
            const HttpReply sessions =
                    admin().get(u"/api/v1/sessions/?active=true&page_size=500&license=%1"_s.arg(
                            license.value("id"_L1).toString()));
            QCOMPARE(sessions.json.value("count"_L1).toInt(), seats);
            for (const auto& s : sessions.results())
                QCOMPARE(admin().del(u"/api/v1/sessions/%1/"_s.arg(
                                             s.toObject().value("id"_L1).toString()))
                                 .status,
                         204);
        }
        QVERIFY2(of(3, 403) == 12, qPrintable(all));
        QVERIFY2(of(4, 404) == 12, qPrintable(all));
    }

    void aCallerAskingForTwoLicensesInOneBatchGetsASeatOfEach()
    {
        // One machine starting two products at once: its requests for both
        // are decided in one batch (on plain PostgreSQL a lock held on one
        // license makes them queue into one). Each product's first request
        // takes a seat of that product, the later ones renew that session,
        // never the other product's.
        const QJsonObject a = createLicense(u"two-a"_s, 3);
        const QJsonObject b = createLicense(u"two-b"_s, 3);
        const Device device = enroll();
        QList<QJsonObject> bodies;
        for (int i = 0; i < 20; ++i)
            bodies.append(
                    {{u"product"_s, i % 2 ? u"two-b"_s : u"two-a"_s}, {u"os_user"_s, u"ann"_s}});
        QString lockError;
        const QList<int> statuses = postsBehindLockedRow(
                "licenses", a.value("id"_L1).toString(), {m_fixture->server().port()},
                "/api/v1/licenses/acquire", device.token.toLatin1(), bodies, &lockError);
        QVERIFY2(lockError.isEmpty(), qPrintable(lockError));
        const QString all = statusList(statuses);
        QVERIFY2(statuses.count(201) == 2, qPrintable(all));
        QVERIFY2(statuses.count(200) == 18, qPrintable(all));
        for (const QJsonObject& license : {a, b}) {
            const HttpReply sessions =
                    admin().get(u"/api/v1/sessions/?active=true&license=%1"_s.arg(
                            license.value("id"_L1).toString()));
            QCOMPARE(sessions.json.value("count"_L1).toInt(), 1);
            // And again one at a time: the same session, renewed.
            const HttpReply again =
                    acquire(device, license.value("product"_L1).toString(), u"ann"_s);
            QCOMPARE(again.status, 200);
            QCOMPARE(again.json.value("session_id"_L1),
                     sessions.results().first().toObject().value("id"_L1));
        }
    }

    void releasesOfOneOrganizationEndTogether()
    {
        // Releases of one organization are ended in batches: each ends its
        // caller's session once (one audit entry, whoever asked twice), an
        // ended session's release still answers 200, another caller's
        // session or an unknown one 404 and stays as it was.
        const QJsonObject license = createLicense(u"release-many"_s, 20);
        const QString licenseId = license.value("id"_L1).toString();
        QStringList mine;
        for (int i = 0; i < 12; ++i) {
            const HttpReply reply = admin().post(
                    u"/api/v1/licenses/acquire"_s,
                    {{u"product"_s, u"release-many"_s}, {u"hardware_id"_s, u"rel-%1"_s.arg(i)}});
            QCOMPARE(reply.status, 201);
            mine.append(reply.json.value("session_id"_L1).toString());
        }
        const Device device = enroll();
        const QString theirs =
                acquire(device, u"release-many"_s).json.value("session_id"_L1).toString();
        QVERIFY(!theirs.isEmpty());
        // Ended before: its release is answered 200 and changes nothing.
        QCOMPARE(admin().post(u"/api/v1/licenses/release"_s, {{u"session_id"_s, mine.last()}})
                         .status,
                 200);
        const int releasesBefore = admin().get(u"/api/v1/audit/?action=session.release"_s)
                                           .json.value("count"_L1)
                                           .toInt();

        QList<QJsonObject> bodies;
        for (const QString& id : mine)
            bodies.append({{u"session_id"_s, id}});
        for (int i = 0; i < 3; ++i)
            bodies.append({{u"session_id"_s, mine.at(i)}}); // twice
        bodies.append({{u"session_id"_s, theirs}});
        bodies.append({{u"session_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}});
        QString lockError;
        const QList<int> statuses = postsBehindLockedRow(
                "license_sessions", mine.first(), {m_fixture->server().port()},
                "/api/v1/licenses/release", m_owner.access.toLatin1(), bodies, &lockError);
        QVERIFY2(lockError.isEmpty(), qPrintable(lockError));
        const QString all = statusList(statuses);
        QVERIFY2(statuses.mid(0, 15).count(200) == 15, qPrintable(all));
        QVERIFY2(statuses.mid(15).count(404) == 2, qPrintable(all));

        const HttpReply sessions =
                admin().get(u"/api/v1/sessions/?page_size=500&license=%1"_s.arg(licenseId));
        int running = 0;
        for (const auto& value : sessions.results()) {
            const QJsonObject s = value.toObject();
            const QString id = s.value("id"_L1).toString();
            if (id == theirs) {
                QVERIFY(s.value("ended_at"_L1).isNull());
                ++running;
            } else {
                QVERIFY2(mine.contains(id), qPrintable(id));
                QCOMPARE(s.value("end_reason"_L1).toString(), u"released"_s);
            }
        }
        QCOMPARE(running, 1);
        // One entry for each session ended now: 11 (the last had ended before).
        QCOMPARE(admin().get(u"/api/v1/audit/?action=session.release"_s)
                         .json.value("count"_L1)
                         .toInt(),
                 releasesBefore + 11);
        QCOMPARE(sessionCall(device, u"release"_s, theirs).status, 200);
    }

    void lapsedSessionsFreeTheirSeatAndAreReaped()
    {
        // TTL 2 s, lease 1 s: lapses 2 s after its last heartbeat.
        createLicense(u"ttl-tool"_s, 1, {{u"offline_lease_seconds"_s, 1}});
        const Device a = enroll();
        const Device b = enroll();
        const HttpReply held = acquire(a, u"ttl-tool"_s);
        QCOMPARE(held.status, 201);
        QCOMPARE(acquire(b, u"ttl-tool"_s).status, 409);
        const QString id = held.json.value("session_id"_L1).toString();
        QCOMPARE(waitForStatus([&] { return acquire(b, u"ttl-tool"_s).status; }, 201, 8000), 201);
        const HttpReply late = sessionCall(a, u"heartbeat"_s, id);
        QCOMPARE(late.status, 404);
        QCOMPARE(late.error(), u"session_expired"_s);
        // The reaper (every second here) ends it as a timeout, and says so.
        auto reason = [&] {
            for (const auto& s : admin().get(u"/api/v1/sessions/?page_size=500"_s).results()) {
                if (s.toObject().value("id"_L1).toString() == id)
                    return s.toObject().value("end_reason"_L1).toString();
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(reason(), u"timeout"_s, 8000);
        QVERIFY(admin().get(u"/api/v1/audit/?action=session.timeout"_s)
                        .json.value("count"_L1)
                        .toInt() >= 1);
    }

    void longOfflineLeaseHoldsTheSeatPastTheTtl()
    {
        createLicense(u"offline-tool"_s, 1, {{u"offline_lease_seconds"_s, 5}});
        const Device a = enroll();
        const Device b = enroll();
        QCOMPARE(acquire(a, u"offline-tool"_s).status, 201);
        QTest::qWait(3000); // past the 2 s TTL, inside the 5 s lease
        QCOMPARE(acquire(b, u"offline-tool"_s).status, 409);
        QCOMPARE(waitForStatus([&] { return acquire(b, u"offline-tool"_s).status; }, 201, 8000),
                 201);
    }

    void borrowing()
    {
        createLicense(u"noborrow-tool"_s, 1, {{u"max_borrow_seconds"_s, 0}});
        createLicense(u"borrow-tool"_s, 1,
                      {{u"offline_lease_seconds"_s, 1}, {u"max_borrow_seconds"_s, 60}});
        const Device laptop = enroll();
        const Device desk = enroll();
        const QString plain =
                acquire(laptop, u"noborrow-tool"_s).json.value("session_id"_L1).toString();
        const HttpReply refused = sessionCall(laptop, u"borrow"_s, plain, {{u"seconds"_s, 10}});
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.error(), u"borrow_not_allowed"_s);

        const QString id = acquire(laptop, u"borrow-tool"_s).json.value("session_id"_L1).toString();
        QCOMPARE(sessionCall(laptop, u"borrow"_s, id, {{u"seconds"_s, 61}}).status, 400);
        QCOMPARE(sessionCall(laptop, u"borrow"_s, id, {{u"seconds"_s, 0}}).status, 400);
        // Long enough that a loaded machine's delays cannot end it before the
        // check below, short of the license's limit.
        const HttpReply borrowed = sessionCall(laptop, u"borrow"_s, id, {{u"seconds"_s, 30}});
        QCOMPARE(borrowed.status, 200);
        QCOMPARE(borrowed.json.value("status"_L1).toString(), u"borrowed"_s);
        QCOMPARE(borrowed.json.value("lease_expires_at"_L1),
                 borrowed.json.value("borrowed_until"_L1));
        const QJsonObject claims =
                QJsonDocument::fromJson(
                        jws::verify(borrowed.json.value("signed_license"_L1).toString().toLatin1(),
                                    publishedKeys(m_fixture->server()))
                                .payload)
                        .object();
        QCOMPARE(QDateTime::fromSecsSinceEpoch(
                         static_cast<qint64>(claims.value("exp"_L1).toDouble()), Qt::UTC)
                         .toString(Qt::ISODate),
                 borrowed.json.value("borrowed_until"_L1).toString());
        // No heartbeats, past the TTL: still held.
        QTest::qWait(3000);
        QCOMPARE(acquire(desk, u"borrow-tool"_s).status, 409);
        const HttpReply listed =
                admin().get(u"/api/v1/sessions/?active=true&device=%1"_s.arg(laptop.id));
        bool seen = false;
        for (const auto& s : listed.results())
            seen = seen || !s.toObject().value("borrowed_until"_L1).isNull();
        QVERIFY(seen);
        // Returned early: the seat is free at once.
        QCOMPARE(sessionCall(laptop, u"release"_s, id).status, 200);
        QCOMPARE(acquire(desk, u"borrow-tool"_s).status, 201);
    }

    void forceReleaseAndDeactivation()
    {
        const QJsonObject license = createLicense(u"revoke-tool"_s, 2);
        const Device device = enroll();
        const QString id = acquire(device, u"revoke-tool"_s).json.value("session_id"_L1).toString();
        const QString second =
                acquire(device, u"revoke-tool"_s, u"bob"_s).json.value("session_id"_L1).toString();
        QCOMPARE(admin().del(u"/api/v1/sessions/%1/"_s.arg(id)).status, 204);
        QCOMPARE(sessionCall(device, u"heartbeat"_s, id).error(), u"session_expired"_s);
        QVERIFY(admin().get(u"/api/v1/audit/?action=session.revoke"_s)
                        .json.value("count"_L1)
                        .toInt() >= 1);

        QCOMPARE(admin().del(u"/api/v1/licenses/%1/"_s.arg(license.value("id"_L1).toString()))
                         .status,
                 204);
        QCOMPARE(sessionCall(device, u"heartbeat"_s, second).error(), u"session_expired"_s);
        const HttpReply ended = admin().get(
                u"/api/v1/sessions/?license=%1"_s.arg(license.value("id"_L1).toString()));
        QStringList reasons;
        for (const auto& s : ended.results())
            reasons.append(s.toObject().value("end_reason"_L1).toString());
        reasons.sort();
        QCOMPARE(reasons, QStringList({u"license_deactivated"_s, u"revoked"_s}));
        QCOMPARE(acquire(device, u"revoke-tool"_s).error(), u"license_inactive"_s);
    }

    void enrollmentTokenRules()
    {
        const QString once = enrollmentToken({{u"max_uses"_s, 1}});
        QVERIFY(!enroll(once).id.isEmpty());
        QVERIFY(enroll(once).id.isEmpty()); // used up
        const HttpReply tokens = admin().get(u"/api/v1/enrollment-tokens/"_s);
        QVERIFY(tokens.json.value("count"_L1).toInt() >= 1);
        for (const auto& t : tokens.results())
            QVERIFY(!t.toObject().contains("token"_L1));

        const HttpReply created =
                admin().post(u"/api/v1/enrollment-tokens/"_s, {{u"label"_s, u"revoked"_s}});
        QCOMPARE(admin().del(u"/api/v1/enrollment-tokens/%1/"_s.arg(
                                     created.json.value("id"_L1).toString()))
                         .status,
                 204);
        QVERIFY(enroll(created.json.value("token"_L1).toString()).id.isEmpty());

        QCOMPARE(admin().post(u"/api/v1/enrollment-tokens/"_s,
                              {{u"label"_s, u"past"_s},
                               {u"expires_at"_s, u"2020-01-01T00:00:00Z"_s}})
                         .status,
                 400);
        const QString shortLived =
                admin().post(u"/api/v1/enrollment-tokens/"_s,
                             {{u"label"_s, u"short"_s},
                              {u"expires_at"_s,
                               QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::ISODate)}})
                        .json.value("token"_L1)
                        .toString();
        QTest::qWait(2500);
        QVERIFY(enroll(shortLived).id.isEmpty());
        QCOMPARE(m_fixture->client()
                         .post(u"/api/v1/devices/enroll"_s,
                               {{u"enrollment_token"_s, u"garbage"_s}, {u"hardware_id"_s, u"x"_s}})
                         .status,
                 401);

        // The same machine again: same device, new token, the old one dead.
        const QString reusable = enrollmentToken();
        const Device first = enroll(reusable, u"reinstalled-box"_s);
        const Device again = enroll(reusable, u"reinstalled-box"_s);
        QCOMPARE(again.id, first.id);
        QVERIFY(again.token != first.token);
        createLicense(u"reenroll-tool"_s, 5);
        QCOMPARE(acquire(first, u"reenroll-tool"_s).status, 401);
        QCOMPARE(acquire(again, u"reenroll-tool"_s).status, 201);
    }

    void disablingADevice()
    {
        createLicense(u"disable-tool"_s, 5);
        const Device device = enroll();
        const QString id =
                acquire(device, u"disable-tool"_s).json.value("session_id"_L1).toString();
        QCOMPARE(admin().del(u"/api/v1/devices/%1/"_s.arg(device.id)).status, 204);
        QCOMPARE(acquire(device, u"disable-tool"_s).status, 401);
        QCOMPARE(sessionCall(device, u"heartbeat"_s, id).status, 401);
        const HttpReply sessions = admin().get(u"/api/v1/sessions/?device=%1"_s.arg(device.id));
        QCOMPARE(sessions.results().first().toObject().value("end_reason"_L1).toString(),
                 u"device_disabled"_s);
        bool listed = false;
        for (const auto& d : admin().get(u"/api/v1/devices/?page_size=500"_s).results()) {
            if (d.toObject().value("id"_L1).toString() == device.id) {
                listed = true;
                QCOMPARE(d.toObject().value("is_active"_L1).toBool(), false);
            }
        }
        QVERIFY(listed);
    }

    void usageHistory()
    {
        const QJsonObject license = createLicense(u"usage-tool"_s, 1);
        const QString id = license.value("id"_L1).toString();
        const Device a = enroll();
        const Device b = enroll();
        QCOMPARE(acquire(a, u"usage-tool"_s).status, 201);
        QCOMPARE(acquire(b, u"usage-tool"_s).status, 409);
        QCOMPARE(acquire(b, u"usage-tool"_s).status, 409);
        const HttpReply usage = admin().get(u"/api/v1/licenses/%1/usage?bucket=60"_s.arg(id));
        QCOMPARE(usage.status, 200);
        const QJsonArray points = usage.json.value("points"_L1).toArray();
        QVERIFY(points.size() >= 24 * 60); // default: the last 24 hours
        qint64 peak = 0;
        qint64 denials = 0;
        for (const auto& p : points) {
            const QJsonObject point = p.toObject();
            const qint64 t = QDateTime::fromString(point.value("t"_L1).toString(), Qt::ISODate)
                                     .toSecsSinceEpoch();
            QCOMPARE(t % 60, 0);
            peak = std::max<qint64>(peak, point.value("max_sessions"_L1).toInt());
            denials += point.value("denials"_L1).toInt();
        }
        QCOMPARE(peak, 1);
        QCOMPARE(denials, 2);
        const HttpReply hourly = admin().get(u"/api/v1/licenses/%1/usage"_s.arg(id));
        for (const auto& p : hourly.json.value("points"_L1).toArray())
            QCOMPARE(QDateTime::fromString(p.toObject().value("t"_L1).toString(), Qt::ISODate)
                                     .toSecsSinceEpoch() %
                             3600,
                     0);
        QCOMPARE(admin().get(u"/api/v1/licenses/%1/usage?bucket=59"_s.arg(id)).status, 400);
        QCOMPARE(admin().get(u"/api/v1/licenses/%1/usage?bucket=86401"_s.arg(id)).status, 400);
        QCOMPARE(admin().get(u"/api/v1/licenses/%1/usage?from=yesterday"_s.arg(id)).status, 400);
        const HttpReply window = admin().get(
                u"/api/v1/licenses/%1/usage?bucket=3600&from=2026-01-01T00:30:00Z&to=2026-01-01T05:00:00Z"_s
                        .arg(id));
        const QJsonArray hours = window.json.value("points"_L1).toArray();
        QCOMPARE(hours.size(), 6);
        QCOMPARE(hours.first().toObject().value("t"_L1).toString(), u"2026-01-01T00:00:00Z"_s);
        QCOMPARE(hours.last().toObject().value("t"_L1).toString(), u"2026-01-01T05:00:00Z"_s);
    }

    // Who was refused a seat, most refused first (for the seat advice).
    void whoWasDeniedMost()
    {
        const QString id = createLicense(u"denied-tool"_s, 1).value("id"_L1).toString();
        const Device holder = enroll();
        const Device b = enroll();
        const Device c = enroll();
        QCOMPARE(acquire(holder, u"denied-tool"_s).status, 201);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(acquire(b, u"denied-tool"_s, u"bob"_s).status, 409);
        QCOMPARE(acquire(c, u"denied-tool"_s, u"carol"_s).status, 409);
        QCOMPARE(acquire(b, u"denied-tool"_s, u"bea"_s).status, 409);
        const QString path = u"/api/v1/licenses/%1/denials"_s.arg(id);
        const HttpReply reply = admin().get(path);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value("total"_L1).toInt(), 5);
        const QJsonArray denied = reply.json.value("denied"_L1).toArray();
        QCOMPARE(denied.size(), 3);
        const QJsonObject most = denied.first().toObject();
        QCOMPARE(most.value("hardware_id"_L1).toString(), b.hardwareId);
        QCOMPARE(most.value("os_user"_L1).toString(), u"bob"_s);
        QCOMPARE(most.value("denials"_L1).toInt(), 3);
        QVERIFY(!most.value("hostname"_L1).toString().isEmpty());
        const QDateTime last =
                QDateTime::fromString(most.value("last_at"_L1).toString(), Qt::ISODate);
        QVERIFY(last.isValid());
        QVERIFY(qAbs(last.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QCOMPARE(denied.at(1).toObject().value("denials"_L1).toInt(), 1);
        // By the hour: three callers (b as bob and as bea, c as carol).
        const QJsonArray hours = reply.json.value("hours"_L1).toArray();
        QVERIFY(!hours.isEmpty() && hours.size() <= 2); // the test may straddle an hour
        qint64 callers = 0;
        qint64 inHours = 0;
        for (const auto& h : hours) {
            const QJsonObject hour = h.toObject();
            QCOMPARE(QDateTime::fromString(hour.value("t"_L1).toString(), Qt::ISODate)
                                     .toSecsSinceEpoch() %
                             3600,
                     0);
            callers = std::max<qint64>(callers, hour.value("callers"_L1).toInt());
            inHours += hour.value("denials"_L1).toInt();
        }
        QCOMPARE(inHours, 5);
        QVERIFY(hours.size() == 2 || callers == 3);

        QCOMPARE(admin().get(path + u"?limit=1"_s).json.value("denied"_L1).toArray().size(), 1);
        QCOMPARE(admin().get(path + u"?limit=1"_s).json.value("total"_L1).toInt(), 5);
        QCOMPARE(admin().get(path + u"?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z"_s)
                         .json.value("total"_L1)
                         .toInt(),
                 0);
        QCOMPARE(admin().get(path + u"?limit=0"_s).status, 400);
        QCOMPARE(admin().get(path + u"?limit=101"_s).status, 400);
        QCOMPARE(admin().get(path + u"?from=soon"_s).status, 400);
        QCOMPARE(admin().get(path + u"?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z"_s).status,
                 400);
        QCOMPARE(admin().get(u"/api/v1/licenses/%1/denials"_s.arg(
                                     QUuid::createUuid().toString(QUuid::WithoutBraces)))
                         .status,
                 404);
        // Refusals decided together (a batch) are each counted, per caller:
        // 10 callers, 3 times each, at once, on the held license.
        QList<QJsonObject> bodies;
        for (int i = 0; i < 30; ++i)
            bodies.append({{u"product"_s, u"denied-tool"_s},
                           {u"hardware_id"_s, u"batch-machine%1"_s.arg(i % 10)},
                           {u"os_user"_s, u"u%1"_s.arg(i % 10)}});
        const QList<int> statuses =
                concurrentPosts({m_fixture->server().port()}, "/api/v1/licenses/acquire",
                                m_owner.access.toLatin1(), bodies);
        QCOMPARE(statuses.count(409), 30);
        const HttpReply batch = admin().get(path + u"?limit=100"_s);
        QCOMPARE(batch.json.value("total"_L1).toInt(), 5 + 30);
        int batchCallers = 0;
        for (const auto& d : batch.json.value("denied"_L1).toArray()) {
            if (!d.toObject().value("hardware_id"_L1).toString().startsWith("batch-"_L1))
                continue;
            ++batchCallers;
            QCOMPARE(d.toObject().value("denials"_L1).toInt(), 3);
        }
        QCOMPARE(batchCallers, 10);
        qint64 inHistory = 0;
        for (const auto& point : admin().get(u"/api/v1/licenses/%1/usage?bucket=60"_s.arg(id))
                                         .json.value("points"_L1)
                                         .toArray())
            inHistory += point.toObject().value("denials"_L1).toInt();
        QCOMPARE(inHistory, 5 + 30);

        QCOMPARE(m_fixture->client(b.token).get(path).status, 401); // a machine
        const auto member = m_fixture->createUser(m_owner, u"member@denials.test"_s, u"member"_s);
        QCOMPARE(m_fixture->client(member.access).get(path).status, 403);
    }

    void keyRotationKeepsOldLeasesVerifiable()
    {
        ServerFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        auto owner = fixture.createOrganization(u"Rotation"_s, u"owner@rotation.test"_s);
        HttpClient c = fixture.client(owner.access);
        c.post(u"/api/v1/licenses/"_s,
               {{u"name"_s, u"R"_s}, {u"product"_s, u"rot"_s}, {u"max_concurrent_seats"_s, 5}});
        const HttpReply before = c.post(u"/api/v1/licenses/acquire"_s,
                                        {{u"product"_s, u"rot"_s}, {u"hardware_id"_s, u"m1"_s}});
        QCOMPARE(before.status, 201);
        const QByteArray oldLease = before.json.value("signed_license"_L1).toString().toLatin1();

        QByteArray out;
        QCOMPARE(ServerProcess::run({u"keygen"_s, u"--key-dir"_s, fixture.server().keyDir()}, {},
                                    &out),
                 0);
        const QString newKid = QJsonDocument::fromJson(out).object().value("kid"_L1).toString();
        QVERIFY(!newKid.isEmpty());
        ServerProcess restarted(fixture.database().url(), {}, fixture.server().keyDir());
        fixture.server().stop();
        QVERIFY2(restarted.start(), qPrintable(restarted.error()));
        const Jwks keys = publishedKeys(restarted);
        QCOMPARE(keys.size(), 2);
        QVERIFY(jws::verify(oldLease, keys).ok());
        HttpClient c2(restarted.baseUrl());
        c2.setToken(c2.post(u"/api/v1/auth/login"_s, {{u"email"_s, u"owner@rotation.test"_s},
                                                      {u"password"_s, u"owner-password-1"_s}})
                            .json.value("access"_L1)
                            .toString());
        const HttpReply after = c2.post(u"/api/v1/licenses/acquire"_s,
                                        {{u"product"_s, u"rot"_s}, {u"hardware_id"_s, u"m2"_s}});
        QCOMPARE(after.status, 201);
        const jws::Result newLease =
                jws::verify(after.json.value("signed_license"_L1).toString().toLatin1(), keys);
        QVERIFY(newLease.ok());
        QCOMPARE(newLease.header.value("kid"_L1).toString(), newKid);
    }

    void otherOrganizationsSeeNothing()
    {
        // A lease of 600 s holds the seat past the suite's 2 s TTL, so only
        // a release by the other organization could end it before the last
        // heartbeat (creating that organization alone can take longer than
        // 2 s on a slow or sanitized build).
        const QJsonObject license =
                createLicense(u"secret-tool"_s, 5, {{u"offline_lease_seconds"_s, 600}});
        const Device device = enroll();
        const QString sessionId =
                acquire(device, u"secret-tool"_s).json.value("session_id"_L1).toString();
        const QString tokenId =
                admin().post(u"/api/v1/enrollment-tokens/"_s, {{u"label"_s, u"a"_s}})
                        .json.value("id"_L1)
                        .toString();
        auto other = m_fixture->createOrganization(u"Other Org"_s, u"owner@other.test"_s);
        HttpClient b = m_fixture->client(other.access);
        const QString licensePath =
                u"/api/v1/licenses/%1/"_s.arg(license.value("id"_L1).toString());
        QCOMPARE(b.get(licensePath).status, 404);
        QCOMPARE(b.patch(licensePath, {{u"name"_s, u"x"_s}}).status, 404);
        QCOMPARE(b.del(licensePath).status, 404);
        QCOMPARE(b.get(licensePath + u"usage"_s).status, 404);
        QCOMPARE(b.get(licensePath + u"denials"_s).status, 404);
        QCOMPARE(b.del(u"/api/v1/sessions/%1/"_s.arg(sessionId)).status, 404);
        QCOMPARE(b.del(u"/api/v1/devices/%1/"_s.arg(device.id)).status, 404);
        QCOMPARE(b.del(u"/api/v1/enrollment-tokens/%1/"_s.arg(tokenId)).status, 404);
        QCOMPARE(b.get(u"/api/v1/licenses/"_s).json.value("count"_L1).toInt(), 0);
        QCOMPARE(b.get(u"/api/v1/sessions/"_s).json.value("count"_L1).toInt(), 0);
        QCOMPARE(b.get(u"/api/v1/devices/"_s).json.value("count"_L1).toInt(), 0);
        QCOMPARE(b.get(u"/api/v1/enrollment-tokens/"_s).json.value("count"_L1).toInt(), 0);
        QCOMPARE(b.post(u"/api/v1/licenses/acquire"_s,
                        {{u"license_key"_s, license.value("license_key"_L1)},
                         {u"hardware_id"_s, u"x"_s}})
                         .status,
                 404);
        QCOMPARE(b.post(u"/api/v1/licenses/heartbeat"_s, {{u"session_id"_s, sessionId}}).status,
                 404);
        QCOMPARE(b.post(u"/api/v1/licenses/release"_s, {{u"session_id"_s, sessionId}}).status, 404);
        // A's session is untouched.
        QCOMPARE(sessionCall(device, u"heartbeat"_s, sessionId).status, 200);
    }

    void everyTenantStatementRunsOnOneNode()
    {
        // On Citus each organization's rows sit on one node (its shards are
        // colocated), and a statement that names the organization is routed
        // there alone. Citus records which statements were (citus_stat_
        // statements: partition_key is the organization for a routed one).
        if (!TestDatabase::isCitus())
            QSKIP("statement routing is Citus's");
        const QStringList reset =
                m_fixture->database().query(u"SELECT citus_stat_statements_reset()"_s);
        QVERIFY2(m_fixture->database().error().isEmpty(),
                 qPrintable(m_fixture->database().error()));
        QCOMPARE(reset.size(), 1);

        // The hot paths: a machine's acquire, heartbeat, borrow and release,
        // the admin's lists, a force-release.
        createLicense(u"routed"_s, 3, {{u"max_borrow_seconds"_s, 3600}});
        const Device device = enroll();
        QVERIFY(!device.token.isEmpty());
        const QString first = acquire(device, u"routed"_s).json.value("session_id"_L1).toString();
        const QString second =
                acquire(device, u"routed"_s, u"bob"_s).json.value("session_id"_L1).toString();
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QCOMPARE(sessionCall(device, u"heartbeat"_s, first).status, 200);
        QCOMPARE(sessionCall(device, u"borrow"_s, first, {{u"seconds"_s, 60}}).status, 200);
        QCOMPARE(sessionCall(device, u"release"_s, first).status, 200);
        QCOMPARE(admin().get(u"/api/v1/sessions/?active=true"_s).status, 200);
        QCOMPARE(admin().get(u"/api/v1/licenses/"_s).status, 200);
        QCOMPARE(admin().get(u"/api/v1/devices/"_s).status, 200);
        QCOMPARE(admin().del(u"/api/v1/sessions/%1/"_s.arg(second)).status, 204);

        // Every statement of the request role that was not routed to one
        // node reads or writes a reference table (organizations, the sign-in
        // attempt counter), or is the sign-in's lookup of a user by e-mail,
        // whose organization is not known yet.
        const QStringList statements = m_fixture->database().query(
                u"SELECT (partition_key IS NOT NULL)::text || ' ' || "
                "regexp_replace(query, '\\s+', ' ', 'g') FROM citus_stat_statements "
                "WHERE userid = 'clm_app'::regrole"_s);
        QVERIFY2(m_fixture->database().error().isEmpty(),
                 qPrintable(m_fixture->database().error()));
        int routed = 0;
        for (const QString& line : statements) {
            const QString query = line.section(u' ', 1);
            if (line.startsWith(u"true "_s)) {
                ++routed;
                continue;
            }
            const bool allowed = query.contains(u"auth_attempts"_s) ||
                                 query.contains(u"FROM organizations"_s) ||
                                 query.contains(u"FROM users WHERE email = "_s);
            QVERIFY2(allowed, qPrintable(u"not routed to one node: "_s + query));
        }
        // The acquire's, heartbeat's and release's own statements among them.
        const auto routedMention = [&](const QString& text) {
            return std::any_of(statements.cbegin(), statements.cend(), [&](const QString& line) {
                return line.startsWith(u"true "_s) && line.contains(text);
            });
        };
        QVERIFY(routedMention(u"INSERT INTO license_sessions"_s));
        QVERIFY(routedMention(u"UPDATE license_sessions s SET last_heartbeat_at"_s));
        QVERIFY(routedMention(u"UPDATE license_sessions SET ended_at"_s));
        QVERIFY2(routed >= 10, qPrintable(statements.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestServerSeats)
#include "tst_server_seats.moc"
