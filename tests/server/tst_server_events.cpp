#include "ServerFixture.h"
#include "TestPostgres.h"
#include "core/Time.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace clm::test;

namespace {

// A live-events listener: collects the JSON messages it receives.
class Listener
{
public:
    explicit Listener(const QUrl& base, const QString& token)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString& text) {
                             m_messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
        QUrl url(base);
        url.setScheme(base.scheme() == "https"_L1 ? u"wss"_s : u"ws"_s);
        url.setPath(u"/api/v1/events"_s);
        url.setQuery(u"access_token="_s + token);
        m_socket.open(url);
    }

    bool waitConnected()
    {
        if (m_socket.state() == QAbstractSocket::ConnectedState)
            return true;
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        QSignalSpy disconnected(&m_socket, &QWebSocket::disconnected);
        QElapsedTimer timer;
        timer.start();
        while (connected.isEmpty() && disconnected.isEmpty() && timer.elapsed() < 10000)
            QTest::qWait(20);
        return !connected.isEmpty();
    }
    // Waits for a message of `type` (and `sessionId`, if given).
    QJsonObject waitFor(const QString& type, const QString& sessionId = {}, int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            for (const auto& message : std::as_const(m_messages)) {
                if (message.value("type"_L1).toString() != type)
                    continue;
                const QString id =
                        message.value("session_id"_L1).toString().isEmpty()
                                ? message.value("session"_L1).toObject().value("id"_L1).toString()
                                : message.value("session_id"_L1).toString();
                if (sessionId.isEmpty() || id == sessionId)
                    return message;
            }
            QTest::qWait(20);
        }
        return {};
    }
    const QList<QJsonObject>& messages() const { return m_messages; }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    // Waits until the server closes the socket; its close code, or -1.
    int waitClosed(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (isConnected() && timer.elapsed() < timeoutMs)
            QTest::qWait(20);
        return isConnected() ? -1 : static_cast<int>(m_socket.closeCode());
    }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
};

} // namespace

class TestServerEvents : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_a;
    ServerFixture::Account m_b;

    QString acquire(const ServerFixture::Account& account, const QString& product,
                    const QString& machine)
    {
        return m_fixture->client(account.access)
                .post(u"/api/v1/licenses/acquire"_s,
                      {{u"product"_s, product}, {u"hardware_id"_s, machine}})
                .json.value("session_id"_L1)
                .toString();
    }

private slots:
    void initTestCase()
    {
        CLM_START_FIXTURE(m_fixture);
        m_a = m_fixture->createOrganization(u"Events A"_s, u"owner@events-a.test"_s);
        m_b = m_fixture->createOrganization(u"Events B"_s, u"owner@events-b.test"_s);
        for (const auto* account : {&m_a, &m_b})
            QCOMPARE(m_fixture->client(account->access)
                             .post(u"/api/v1/licenses/"_s, {{u"name"_s, u"Tool"_s},
                                                            {u"product"_s, u"tool"_s},
                                                            {u"max_concurrent_seats"_s, 10}})
                             .status,
                     201);
    }

    void sessionEventsReachOnlyTheirOrganization()
    {
        Listener a(m_fixture->server().baseUrl(), m_a.access);
        Listener b(m_fixture->server().baseUrl(), m_b.access);
        QVERIFY(a.waitConnected());
        QVERIFY(b.waitConnected());

        const QString sessionA = acquire(m_a, u"tool"_s, u"a-machine"_s);
        QVERIFY(!sessionA.isEmpty());
        const QJsonObject started = a.waitFor(u"session.started"_s, sessionA);
        QVERIFY2(!started.isEmpty(), "no session.started for A");
        QCOMPARE(started.value("session"_L1).toObject().value("hostname"_L1).toString(), QString());

        HttpClient clientA = m_fixture->client(m_a.access);
        QCOMPARE(
                clientA.post(u"/api/v1/licenses/heartbeat"_s, {{u"session_id"_s, sessionA}}).status,
                200);
        QVERIFY(!a.waitFor(u"session.heartbeat"_s, sessionA).isEmpty());
        QCOMPARE(clientA.post(u"/api/v1/licenses/release"_s, {{u"session_id"_s, sessionA}}).status,
                 200);
        QVERIFY(!a.waitFor(u"session.ended"_s, sessionA).isEmpty());

        // B's own event arrives, and nothing of A's ever did.
        const QString sessionB = acquire(m_b, u"tool"_s, u"b-machine"_s);
        QVERIFY(!b.waitFor(u"session.started"_s, sessionB).isEmpty());
        for (const auto& message : b.messages()) {
            const QByteArray text = QJsonDocument(message).toJson();
            QVERIFY2(!text.contains(sessionA.toLatin1()), text.constData());
        }
        QVERIFY(a.waitFor(u"session.started"_s, sessionB, 500).isEmpty());
    }

    void licenseEvents()
    {
        Listener a(m_fixture->server().baseUrl(), m_a.access);
        QVERIFY(a.waitConnected());
        const QString id = m_fixture->client(m_a.access)
                                   .get(u"/api/v1/licenses/"_s)
                                   .results()
                                   .first()
                                   .toObject()
                                   .value("id"_L1)
                                   .toString();
        QCOMPARE(
                m_fixture->client(m_a.access)
                        .patch(u"/api/v1/licenses/%1/"_s.arg(id), {{u"max_concurrent_seats"_s, 11}})
                        .status,
                200);
        const QJsonObject updated = a.waitFor(u"license.updated"_s);
        QCOMPARE(updated.value("license"_L1).toObject().value("max_concurrent_seats"_L1).toInt(),
                 11);
    }

    void refusesBadTokensAndNonAdmins()
    {
        Listener nobody(m_fixture->server().baseUrl(), u"not-a-token"_s);
        QVERIFY(!nobody.waitConnected());
        const auto member = m_fixture->createUser(m_a, u"member@events-a.test"_s, u"member"_s);
        Listener memberListener(m_fixture->server().baseUrl(), member.access);
        QVERIFY(!memberListener.waitConnected());
        // A plain GET of the events path is not an upgrade: 404 from the API.
        QCOMPARE(m_fixture->client(m_a.access).get(u"/api/v1/events"_s).status, 404);
    }

    void deniedAcquiresArePublished()
    {
        QCOMPARE(m_fixture->client(m_a.access)
                         .post(u"/api/v1/licenses/"_s, {{u"name"_s, u"Scarce"_s},
                                                        {u"product"_s, u"scarce"_s},
                                                        {u"max_concurrent_seats"_s, 1}})
                         .status,
                 201);
        Listener a(m_fixture->server().baseUrl(), m_a.access);
        QVERIFY(a.waitConnected());
        QVERIFY(!acquire(m_a, u"scarce"_s, u"first-machine"_s).isEmpty());
        for (const QString& machine : {u"second-machine"_s, u"third-machine"_s}) {
            const HttpReply refused =
                    m_fixture->client(m_a.access)
                            .post(u"/api/v1/licenses/acquire"_s, {{u"product"_s, u"scarce"_s},
                                                                  {u"hardware_id"_s, machine},
                                                                  {u"os_user"_s, u"zoe"_s}});
            QCOMPARE(refused.status, 409);
        }
        const QJsonObject denied = a.waitFor(u"session.denied"_s);
        QCOMPARE(denied.value("product"_L1).toString(), u"scarce"_s);
        QCOMPARE(denied.value("hardware_id"_L1).toString(), u"second-machine"_s);
        QCOMPARE(denied.value("os_user"_L1).toString(), u"zoe"_s);
        QVERIFY(!denied.value("license_id"_L1).toString().isEmpty());
        QVERIFY(!denied.value("at"_L1).toString().isEmpty());
        // Once per refused acquire.
        QTRY_COMPARE(std::count_if(a.messages().cbegin(), a.messages().cend(),
                                   [](const QJsonObject& m) {
                                       return m.value("type"_L1).toString() == u"session.denied"_s;
                                   }),
                     2);
    }

    void aDemotedOrDeactivatedAdminStopsListening()
    {
        // The socket is checked again whenever the listener's account
        // changes: closed with 1008 (policy), and no event reaches them after.
        const auto demoted = m_fixture->createUser(m_a, u"demoted@events-a.test"_s, u"admin"_s);
        const auto leaver = m_fixture->createUser(m_a, u"leaver@events-a.test"_s, u"admin"_s);
        const auto stays = m_fixture->createUser(m_a, u"stays@events-a.test"_s, u"admin"_s);
        Listener demotedListener(m_fixture->server().baseUrl(), demoted.access);
        Listener leaverListener(m_fixture->server().baseUrl(), leaver.access);
        Listener staysListener(m_fixture->server().baseUrl(), stays.access);
        QVERIFY(demotedListener.waitConnected());
        QVERIFY(leaverListener.waitConnected());
        QVERIFY(staysListener.waitConnected());

        HttpClient owner = m_fixture->client(m_a.access);
        QCOMPARE(owner.patch(u"/api/v1/users/%1/"_s.arg(demoted.userId), {{u"role"_s, u"member"_s}})
                         .status,
                 200);
        QCOMPARE(owner.del(u"/api/v1/users/%1/"_s.arg(leaver.userId)).status, 204);
        QCOMPARE(demotedListener.waitClosed(10000), 1008);
        QCOMPARE(leaverListener.waitClosed(10000), 1008);
        QVERIFY(staysListener.isConnected());

        const QString later = acquire(m_a, u"tool"_s, u"after-demotion"_s);
        QVERIFY(!staysListener.waitFor(u"session.started"_s, later).isEmpty());
        for (const auto* listener : {&demotedListener, &leaverListener}) {
            for (const auto& message : listener->messages())
                QVERIFY(message.value("type"_L1).toString() != u"session.started"_s ||
                        message.value("session"_L1).toObject().value("id"_L1).toString() != later);
        }
    }

    void anExpiredTokenStopsListening()
    {
        // Access tokens of two seconds; the socket must not outlive its token.
        ServerProcess shortLived(m_fixture->database().url(), {u"--access-token-ttl"_s, u"2"_s},
                                 m_fixture->server().keyDir());
        QVERIFY2(shortLived.start(), qPrintable(shortLived.error()));
        const HttpReply login =
                HttpClient(shortLived.baseUrl())
                        .post(u"/api/v1/auth/login"_s, {{u"email"_s, u"owner@events-a.test"_s},
                                                        {u"password"_s, u"owner-password-1"_s}});
        QCOMPARE(login.status, 200);
        Listener listener(shortLived.baseUrl(), login.json.value("access"_L1).toString());
        QVERIFY(listener.waitConnected());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(listener.waitClosed(10000), 1008);
        QVERIFY2(timer.elapsed() < 5000, QByteArray::number(timer.elapsed()).constData());
    }

    void aChangeWithoutAnEventIsFoundByThePeriodicCheck()
    {
        // A change made behind the API's back (no event): found by the check
        // that runs at least every 30 s (here every second).
        ServerProcess checking(m_fixture->database().url(),
                               {u"--events-recheck-interval"_s, u"1"_s},
                               m_fixture->server().keyDir());
        QVERIFY2(checking.start(), qPrintable(checking.error()));
        const auto quiet = m_fixture->createUser(m_a, u"quiet@events-a.test"_s, u"admin"_s);
        Listener listener(checking.baseUrl(), quiet.access);
        QVERIFY(listener.waitConnected());
        QVERIFY(listener.waitClosed(1500) == -1); // still allowed: stays open
        m_fixture->database().query(
                u"UPDATE users SET role = 'guest' WHERE id = '%1'"_s.arg(quiet.userId));
        QVERIFY2(m_fixture->database().error().isEmpty(),
                 qPrintable(m_fixture->database().error()));
        QCOMPARE(listener.waitClosed(10000), 1008);
    }

    void eventsCrossServerProcesses()
    {
        if (!m_fixture->database().isPostgres())
            QSKIP("several processes share one PostgreSQL database");
        ServerProcess second(m_fixture->database().url(), {}, m_fixture->server().keyDir());
        QVERIFY2(second.start(), qPrintable(second.error()));
        Listener onSecond(second.baseUrl(), m_a.access);
        QVERIFY(onSecond.waitConnected());
        const QString session = acquire(m_a, u"tool"_s, u"cross-machine"_s); // on the first
        QVERIFY(!session.isEmpty());
        QVERIFY2(!onSecond.waitFor(u"session.started"_s, session).isEmpty(),
                 "the second process did not relay the first one's event");
        // A heartbeat's event (written as text, sent with others one a line)
        // arrives whole, and only to its own organization's listeners: B's
        // owner listens on the second process too.
        Listener bOnSecond(second.baseUrl(), m_b.access);
        QVERIFY(bOnSecond.waitConnected());
        const QString odd = u"yan \"q\"\n\\ \u00df\u2603"_s;
        const QString sessionOdd =
                m_fixture->client(m_a.access)
                        .post(u"/api/v1/licenses/acquire"_s, {{u"product"_s, u"tool"_s},
                                                              {u"hardware_id"_s, u"cross-odd"_s},
                                                              {u"os_user"_s, odd}})
                        .json.value("session_id"_L1)
                        .toString();
        QVERIFY(!sessionOdd.isEmpty());
        const HttpReply beat =
                m_fixture->client(m_a.access)
                        .post(u"/api/v1/licenses/heartbeat"_s, {{u"session_id"_s, session}});
        QCOMPARE(beat.status, 200);
        const QJsonObject heartbeat = onSecond.waitFor(u"session.heartbeat"_s, session);
        QVERIFY2(!heartbeat.isEmpty(), "the second process did not relay a heartbeat");
        QCOMPARE(heartbeat.value("lease_expires_at"_L1).toString(),
                 beat.json.value("lease_expires_at"_L1).toString());
        QVERIFY(clm::time::parseRfc3339(heartbeat.value("last_heartbeat_at"_L1).toString())
                        .has_value());
        QCOMPARE(heartbeat.value("license_id"_L1).toString().size(), 36);
        const QJsonObject oddStarted = onSecond.waitFor(u"session.started"_s, sessionOdd);
        QCOMPARE(oddStarted.value("session"_L1).toObject().value("os_user"_L1).toString(), odd);
        for (const auto& message : bOnSecond.messages()) {
            const QByteArray text = QJsonDocument(message).toJson();
            QVERIFY2(!text.contains(session.toLatin1()), text.constData());
        }
        // A refusal through the first process too (the one-seat license of
        // deniedAcquiresArePublished is held).
        QCOMPARE(
                m_fixture->client(m_a.access)
                        .post(u"/api/v1/licenses/acquire"_s, {{u"product"_s, u"scarce"_s},
                                                              {u"hardware_id"_s, u"cross-denied"_s},
                                                              {u"os_user"_s, u"yan"_s}})
                        .status,
                409);
        QElapsedTimer waited;
        waited.start();
        QJsonObject denied;
        while (denied.isEmpty() && waited.elapsed() < 10000) {
            for (const QJsonObject& m : onSecond.messages())
                if (m.value("type"_L1).toString() == "session.denied"_L1 &&
                    m.value("hardware_id"_L1).toString() == "cross-denied"_L1)
                    denied = m;
            QTest::qWait(20);
        }
        QVERIFY2(!denied.isEmpty(), "the second process did not relay the refusal");
        QCOMPARE(denied.value("os_user"_L1).toString(), u"yan"_s);
        // A demotion made through the first process reaches the second one's
        // socket of that admin too.
        const auto admin = m_fixture->createUser(m_a, u"cross-admin@events-a.test"_s, u"admin"_s);
        Listener adminOnSecond(second.baseUrl(), admin.access);
        QVERIFY(adminOnSecond.waitConnected());
        QCOMPARE(m_fixture->client(m_a.access)
                         .patch(u"/api/v1/users/%1/"_s.arg(admin.userId), {{u"role"_s, u"guest"_s}})
                         .status,
                 200);
        QCOMPARE(adminOnSecond.waitClosed(10000), 1008);
    }
};

QTEST_GUILESS_MAIN(TestServerEvents)
#include "tst_server_events.moc"
