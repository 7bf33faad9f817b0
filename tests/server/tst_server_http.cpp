#include "ServerFixture.h"
#include "TestPostgres.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clm::test;

namespace {

// Raw HTTP over a socket, for what a polite client library would not send.
QByteArray rawExchange(quint16 port, const QByteArray& request, int timeoutMs = 10000,
                       bool* closed = nullptr)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    socket.waitForBytesWritten(5000);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (!socket.waitForReadyRead(200)) {
            if (socket.state() != QAbstractSocket::ConnectedState)
                break;
            if (answer.contains("\r\n\r\n"))
                break;
            continue;
        }
        answer += socket.readAll();
    }
    answer += socket.readAll();
    if (closed)
        *closed = socket.state() != QAbstractSocket::ConnectedState || !socket.waitForReadyRead(300)
                          ? socket.state() != QAbstractSocket::ConnectedState
                          : false;
    return answer;
}

int statusOf(const QByteArray& raw)
{
    // "HTTP/1.1 413 Payload Too Large"
    if (!raw.startsWith("HTTP/1."))
        return 0;
    return raw.mid(9, 3).toInt();
}

} // namespace

class TestServerHttp : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;

private slots:
    void initTestCase() { CLM_START_FIXTURE(m_fixture, QStringList{u"--idle-timeout"_s, u"2"_s}); }

    void healthAndKeys()
    {
        HttpClient c = m_fixture->client();
        const HttpReply health = c.get(u"/health"_s);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json.value("status"_L1).toString(), u"healthy"_s);
        QCOMPARE(health.json.value("database"_L1).toString(), u"ok"_s);
        QCOMPARE(health.json.value("version"_L1).toString(), QStringLiteral(CLM_VERSION));
        QVERIFY(!health.header("X-Request-Id").isEmpty());

        const HttpReply jwks = c.get(u"/.well-known/jwks.json"_s);
        QCOMPARE(jwks.status, 200);
        const QJsonArray keys = jwks.json.value("keys"_L1).toArray();
        QCOMPARE(keys.size(), 1);
        const QJsonObject key = keys.first().toObject();
        QCOMPARE(key.value("kty"_L1).toString(), u"OKP"_s);
        QCOMPARE(key.value("crv"_L1).toString(), u"Ed25519"_s);
        QCOMPARE(key.value("alg"_L1).toString(), u"EdDSA"_s);
        QCOMPARE(key.value("use"_L1).toString(), u"sig"_s);
        QVERIFY(!key.value("kid"_L1).toString().isEmpty());
        QVERIFY(!key.contains("d"_L1));
    }

    void requestIdIsEchoedWhenSaneAndMadeOtherwise()
    {
        HttpClient c = m_fixture->client();
        QCOMPARE(c.get(u"/health"_s, {{"X-Request-Id", "trace-abc.123"}}).header("X-Request-Id"),
                 "trace-abc.123"_ba);
        const QByteArray made =
                c.get(u"/health"_s, {{"X-Request-Id", "bad id\x01"}}).header("X-Request-Id");
        QVERIFY(!made.isEmpty());
        QVERIFY(!made.contains(' '));
        const HttpReply notFound = c.get(u"/nope"_s);
        QVERIFY(!notFound.header("X-Request-Id").isEmpty());
        // Made ids are 16 hex digits, a different one for every request,
        // on one connection and across connections (server threads).
        static const QRegularExpression hex16(u"^[0-9a-f]{16}$"_s);
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i) {
            HttpClient fresh = m_fixture->client();
            HttpClient& client = i % 2 ? c : fresh;
            const QByteArray id = client.get(u"/health"_s).header("X-Request-Id");
            QVERIFY2(hex16.match(QString::fromLatin1(id)).hasMatch(), id.constData());
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 200);
    }

    void unknownPathAndWrongMethod()
    {
        HttpClient c = m_fixture->client();
        const HttpReply missing = c.get(u"/api/v1/nothing-here/"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.error(), u"not_found"_s);
        QVERIFY(!missing.json.value("message"_L1).toString().isEmpty());

        const HttpReply wrong = c.send("PUT", u"/api/v1/auth/login"_s, "{}",
                                       {{"Content-Type", "application/json"}});
        QCOMPARE(wrong.status, 405);
        QCOMPARE(wrong.error(), u"method_not_allowed"_s);
        QVERIFY(wrong.header("Allow").contains("POST"));
        QCOMPARE(c.del(u"/health"_s).status, 405);
        // A literal path wins over a parameterized one that could take it:
        // "acquire" is not a license id (revision 2).
        const HttpReply acquireByGet = c.get(u"/api/v1/licenses/acquire"_s);
        QCOMPARE(acquireByGet.status, 405);
        QCOMPARE(acquireByGet.error(), u"method_not_allowed"_s);
        QCOMPARE(acquireByGet.header("Allow"), QByteArray("POST"));
        QCOMPARE(c.del(u"/api/v1/licenses/heartbeat/"_s).status, 405);
        QCOMPARE(c.send("PATCH", u"/api/v1/devices/enroll"_s, "{}",
                        {{"Content-Type", "application/json"}})
                         .status,
                 405);
        // Trailing slash or not, the same resource.
        QCOMPARE(c.get(u"/health/"_s).status, 200);
    }

    void bodyRules()
    {
        HttpClient c = m_fixture->client();
        const HttpReply malformed = c.send("POST", u"/api/v1/auth/login"_s,
                                           "{\"email\":", {{"Content-Type", "application/json"}});
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.error(), u"bad_request"_s);

        const HttpReply wrongType = c.send("POST", u"/api/v1/auth/login"_s, "email=a&password=b",
                                           {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(wrongType.status, 415);
        QCOMPARE(wrongType.error(), u"unsupported_media_type"_s);

        // A charset parameter is fine.
        const HttpReply charset =
                c.send("POST", u"/api/v1/auth/login"_s,
                       "{\"email\":\"nobody@example.com\",\"password\":\"not-the-password\"}",
                       {{"Content-Type", "application/json; charset=utf-8"}});
        QCOMPARE(charset.status, 401);

        const HttpReply array = c.send("POST", u"/api/v1/auth/login"_s, "[1,2]",
                                       {{"Content-Type", "application/json"}});
        QCOMPARE(array.status, 400);

        const HttpReply unknown =
                c.post(u"/api/v1/auth/login"_s, {{u"email"_s, u"x@example.com"_s},
                                                 {u"password"_s, u"whatever-123"_s},
                                                 {u"admin"_s, true}});
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.error(), u"validation_failed"_s);
        QVERIFY(unknown.details().contains("admin"_L1));
    }

    void oversizedBodyIsRefusedBeforeItIsSent()
    {
        // Announce 200 MB and send none of it: the answer must come from the
        // headers alone.
        const QByteArray request = "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                                   "Content-Type: application/json\r\n"
                                   "Content-Length: 209715200\r\n\r\n";
        const QByteArray answer = rawExchange(m_fixture->server().port(), request, 5000);
        QCOMPARE(statusOf(answer), 413);
        QVERIFY(answer.contains("payload_too_large"));
    }

    void bodyJustOverTheLimitIsRefused()
    {
        HttpClient c = m_fixture->client();
        QByteArray big = "{\"email\":\"";
        big += QByteArray(1024 * 1024, 'a');
        big += "\"}";
        const HttpReply reply = c.send("POST", u"/api/v1/auth/login"_s, big,
                                       {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.error(), u"payload_too_large"_s);
        // The server is fine afterwards.
        QCOMPARE(c.get(u"/health"_s).status, 200);
    }

    void chunkedOversizedBodyIsRefused()
    {
        QByteArray request = "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                             "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        const QByteArray chunk(256 * 1024, 'a');
        for (int i = 0; i < 5; ++i)
            request += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        const QByteArray answer = rawExchange(m_fixture->server().port(), request, 5000);
        QCOMPARE(statusOf(answer), 413);
    }

    void hugeHeadersAreRefused()
    {
        const QByteArray request =
                "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(64 * 1024, 'h') +
                "\r\n\r\n";
        const QByteArray answer = rawExchange(m_fixture->server().port(), request, 5000);
        QCOMPARE(statusOf(answer), 431);
    }

    void garbageIsABadRequest()
    {
        const QByteArray answer =
                rawExchange(m_fixture->server().port(), "THIS IS NOT HTTP\r\n\r\n", 5000);
        QCOMPARE(statusOf(answer), 400);
    }

    void keepAliveServesSeveralRequests()
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_fixture->server().port());
        QVERIFY(socket.waitForConnected(5000));
        for (int i = 0; i < 3; ++i) {
            socket.write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
            QByteArray answer;
            QElapsedTimer timer;
            timer.start();
            while (!answer.contains("\"healthy\"") && timer.elapsed() < 5000) {
                socket.waitForReadyRead(200);
                answer += socket.readAll();
            }
            QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        }
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }

    void idleAndHalfSentConnectionsAreClosed()
    {
        // The fixture runs with --idle-timeout 2 (and a 30 s request timeout).
        QTcpSocket idle;
        idle.connectToHost(u"127.0.0.1"_s, m_fixture->server().port());
        QVERIFY(idle.waitForConnected(5000));
        idle.write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(idle.bytesAvailable() > 0 || idle.waitForReadyRead(100), 5000);
        idle.readAll();
        // After its answer the connection is idle: closed within the timeout.
        QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, 8000);
    }

    void textTheDatabasesCannotBothKeepIsRefused()
    {
        // PostgreSQL cut "Ada\0Lovelace" to "Ada" and made host\0A, host\0B
        // and host one machine; SQLite kept them. Both now refuse such text,
        // the same way, and store nothing.
        const auto owner = m_fixture->createOrganization(u"Text"_s, u"owner@text.test"_s);
        const QByteArray token = owner.access.toLatin1();
        auto post = [&](const QByteArray& path, const QByteArray& body) {
            return rawExchange(m_fixture->server().port(),
                               "POST " + path +
                                       " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                       "Authorization: Bearer " +
                                       token +
                                       "\r\nContent-Type: application/json\r\nContent-Length: " +
                                       QByteArray::number(body.size()) + "\r\n\r\n" + body);
        };
        auto refusedFor = [](const QByteArray& answer, const char* field) {
            const QJsonObject body =
                    QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
            return statusOf(answer) == 400 &&
                   body.value("error"_L1).toString() == u"validation_failed"_s &&
                   body.value("details"_L1).toObject().contains(QLatin1String(field));
        };
        const QByteArray user = "{\"email\":\"ada@text.test\",\"password\":\"long-password-1\","
                                "\"full_name\":";
        for (const QByteArray& name :
             {QByteArray("\"Ada\\u0000Lovelace\""), QByteArray("\"Ada\\ud800Lovelace\""),
              QByteArray("\"Ada\\udc00\""), QByteArray("\"Ada\xff\xfeLovelace\""),
              QByteArray("\"Ada\xed\xa0\x80\"")}) {
            const QByteArray answer = post("/api/v1/users/", user + name + "}");
            QVERIFY2(refusedFor(answer, "full_name"), answer.constData());
        }
        HttpClient client = m_fixture->client(owner.access);
        QCOMPARE(client.get(u"/api/v1/users/?search=ada"_s).json.value("count"_L1).toInt(), 0);

        QCOMPARE(client.post(u"/api/v1/licenses/"_s, {{u"name"_s, u"Text tool"_s},
                                                      {u"product"_s, u"text-tool"_s},
                                                      {u"max_concurrent_seats"_s, 5}})
                         .status,
                 201);
        for (const QByteArray& machine :
             {QByteArray("\"host\\u0000A\""), QByteArray("\"host\\u0000B\"")}) {
            const QByteArray answer =
                    post("/api/v1/licenses/acquire",
                         "{\"product\":\"text-tool\",\"hardware_id\":" + machine + "}");
            QVERIFY2(refusedFor(answer, "hardware_id"), answer.constData());
        }
        // Inside a list too (features), and in query parameters.
        QVERIFY(refusedFor(post("/api/v1/licenses/",
                                "{\"name\":\"x\",\"product\":\"y\",\"max_concurrent_seats\":1,"
                                "\"features\":[\"ok\",\"b\\u0000d\"]}"),
                           "features"));
        for (const QByteArray& query : {QByteArray("search=a%00b"), QByteArray("search=%ff"),
                                        QByteArray("search=%ed%a0%80")}) {
            const QByteArray answer = rawExchange(
                    m_fixture->server().port(),
                    "GET /api/v1/licenses/?" + query +
                            " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer " +
                            token + "\r\n\r\n");
            QVERIFY2(refusedFor(answer, "search"), answer.constData());
        }
        QCOMPARE(client.get(u"/api/v1/sessions/"_s).json.value("count"_L1).toInt(), 0);
        QCOMPARE(client.get(u"/api/v1/licenses/"_s).json.value("count"_L1).toInt(), 1);

        // Real Unicode, astral planes included, goes through intact.
        const QString name = u"Ada Lovelace \u00e9\u4e2d\U0001F600"_s;
        const HttpReply created =
                client.post(u"/api/v1/users/"_s, {{u"email"_s, u"ada@text.test"_s},
                                                  {u"password"_s, u"long-password-1"_s},
                                                  {u"full_name"_s, name}});
        QCOMPARE(created.status, 201);
        QCOMPARE(client.get(u"/api/v1/users/%1/"_s.arg(created.json.value("id"_L1).toString()))
                         .json.value("full_name"_L1)
                         .toString(),
                 name);
    }

    void slowOrMissingRequestsGet408()
    {
        ServerProcess server(m_fixture->database().url(), {u"--request-timeout"_s, u"2"_s},
                             m_fixture->server().keyDir());
        QVERIFY2(server.start(), qPrintable(server.error()));
        auto answerTo = [&](const QByteArray& sent) {
            QTcpSocket socket;
            socket.connectToHost(u"127.0.0.1"_s, server.port());
            if (!socket.waitForConnected(5000))
                return QByteArray();
            socket.write(sent);
            QByteArray answer;
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < 10000 && socket.state() == QAbstractSocket::ConnectedState) {
                socket.waitForReadyRead(100);
                answer += socket.readAll();
            }
            answer += socket.readAll();
            return answer;
        };
        // A new connection that never sends a request, and one that stops
        // half-way through its header: told why, then closed.
        for (const QByteArray& sent : {QByteArray(), QByteArray("GET /health HTTP/1.1\r\nHo")}) {
            const QByteArray answer = answerTo(sent);
            QCOMPARE(statusOf(answer), 408);
            QVERIFY(answer.contains("\"error\":\"bad_request\""));
            QVERIFY(answer.toLower().contains("connection: close"));
        }
        // A body that never completes as well.
        const QByteArray partialBody =
                answerTo("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
                         "application/json\r\nContent-Length: 100\r\n\r\n{\"email\":");
        QCOMPARE(statusOf(partialBody), 408);
    }

    void tooManyConnectionsGet503()
    {
        ServerProcess capped(m_fixture->database().url(),
                             {u"--max-connections"_s, u"2"_s, u"--idle-timeout"_s, u"30"_s});
        QVERIFY2(capped.start(), qPrintable(capped.error()));
        QTcpSocket a;
        QTcpSocket b;
        for (QTcpSocket* s : {&a, &b}) {
            s->connectToHost(u"127.0.0.1"_s, capped.port());
            QVERIFY(s->waitForConnected(5000));
            s->write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
            QVERIFY(s->waitForReadyRead(5000));
            s->readAll();
        }
        const QByteArray third =
                rawExchange(capped.port(), "GET /health HTTP/1.1\r\nHost: x\r\n\r\n", 5000);
        QCOMPARE(statusOf(third), 503);
        QVERIFY(third.contains("unavailable"));
        a.close();
        b.close();
        // Once they are gone, connections are served again.
        QTRY_COMPARE_WITH_TIMEOUT(
                statusOf(rawExchange(capped.port(), "GET /health HTTP/1.1\r\nHost: x\r\n\r\n",
                                     3000)),
                200, 10000);
    }

    void everyRequestIsLoggedAsOneStructuredLine()
    {
        ServerProcess server(m_fixture->database().url());
        QVERIFY2(server.start(), qPrintable(server.error()));
        QCOMPARE(HttpClient(server.baseUrl())
                         .get(u"/health"_s, {{"X-Request-Id", "log-check-1"}})
                         .status,
                 200);
        QCOMPARE(server.stop(), 0);
        const QList<QByteArray> lines = server.standardError().split('\n');
        bool found = false;
        for (const QByteArray& line : lines) {
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            if (entry.value("request_id"_L1).toString() != "log-check-1"_L1)
                continue;
            found = true;
            QCOMPARE(entry.value("method"_L1).toString(), u"GET"_s);
            QCOMPARE(entry.value("path"_L1).toString(), u"/health"_s);
            QCOMPARE(entry.value("status"_L1).toInt(), 200);
            QVERIFY(entry.value("duration_ms"_L1).isDouble());
            QVERIFY(entry.contains("organization"_L1));
            // What every line of the JSON log carries beside its fields.
            QCOMPARE(entry.value("msg"_L1).toString(), u"request"_s);
            QCOMPARE(entry.value("level"_L1).toString(), u"info"_s);
            QCOMPARE(entry.value("category"_L1).toString(), u"clm.server.access"_s);
            const QDateTime at =
                    QDateTime::fromString(entry.value("ts"_L1).toString(), Qt::ISODateWithMs);
            QVERIFY(at.isValid() && qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        }
        QVERIFY2(found, server.standardError().constData());
    }

    void sigtermFinishesAndExitsZero()
    {
        ServerProcess server(m_fixture->database().url());
        QVERIFY2(server.start(), qPrintable(server.error()));
        QCOMPARE(HttpClient(server.baseUrl()).get(u"/health"_s).status, 200);
        QCOMPARE(server.stop(), 0);
    }

    void badCommandLinesFailWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown flag") << QStringList{u"serve"_s, u"--frobnicate"_s};
        QTest::newRow("bad listen") << QStringList{u"serve"_s, u"--listen"_s, u"nonsense"_s};
        QTest::newRow("bad workers") << QStringList{u"serve"_s, u"--workers"_s, u"0"_s};
        QTest::newRow("bad database") << QStringList{u"serve"_s, u"--database"_s, u"mysql://x"_s};
        QTest::newRow("relative sqlite")
                << QStringList{u"migrate"_s, u"--database"_s, u"sqlite://relative.db"_s};
        QTest::newRow("tls half") << QStringList{u"serve"_s, u"--tls-cert"_s, u"/x.pem"_s};
        QTest::newRow("missing config")
                << QStringList{u"serve"_s, u"--config"_s, u"/nonexistent/clm.conf"_s};
    }

    void badCommandLinesFailWithOneLine()
    {
        QFETCH(QStringList, args);
        QByteArray err;
        const int code = ServerProcess::run(args, {}, nullptr, &err, 20000);
        QVERIFY2(code != 0, err.constData());
        QVERIFY2(err.trimmed().count('\n') == 0 && !err.trimmed().isEmpty(), err.constData());
    }

    void helpAndVersion()
    {
        QByteArray out;
        QCOMPARE(ServerProcess::run({u"--version"_s}, {}, &out), 0);
        QVERIFY(out.contains(CLM_VERSION));
        QCOMPARE(ServerProcess::run({u"--help"_s}, {}, &out), 0);
        QVERIFY(out.contains("--database"));
    }
};

QTEST_GUILESS_MAIN(TestServerHttp)
#include "tst_server_http.moc"
