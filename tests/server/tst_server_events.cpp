#include "ServerFixture.h"
#include "TestPostgres.h"

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
    }
};

QTEST_GUILESS_MAIN(TestServerEvents)
#include "tst_server_events.moc"
