#include "ScriptedHttpServer.h"
#include "core/RestClient.h"
#include "daemon/ServerLink.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace clm;
using namespace clm::daemon;
using namespace Qt::StringLiterals;

class TestServerLink : public QObject
{
    Q_OBJECT

private:
    // A loopback URL nobody listens on (the port was free a moment ago).
    static QUrl deadUrl()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        return QUrl(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
    }

private slots:
    void triesTheNextServerWhenOneDoesNotAnswer()
    {
        test::ScriptedHttpServer live;
        QVERIFY(live.isListening());
        live.answer("/health", 200, "{}");
        QNetworkAccessManager network;
        RestClient client(&network);
        ServerLink link(&client, {deadUrl(), live.baseUrl()});
        std::optional<int> status;
        link.request(
                "GET", u"/health"_s, {}, this,
                [&](const RestReply& reply) { status = reply.status; }, false);
        QTRY_VERIFY(status.has_value());
        QCOMPARE(*status, 200);
        QCOMPARE(live.requests("/health"), 1);
        QVERIFY(link.isReachable());
    }

    void anAnswerAfterTheServersChangedDoesNotIndexTheNewList()
    {
        // Found by fuzz_clmd_protocol: an enrollment replaced the list of
        // servers while a request was under way; its failed answer then
        // read the new list at the old index (out of range, or another
        // server's). It is delivered as it is now, and nothing else is sent.
        test::ScriptedHttpServer first;
        test::ScriptedHttpServer second;
        first.answer("/health", 200, "{}");
        second.answer("/health", 200, "{}");
        QNetworkAccessManager network;
        RestClient client(&network);
        ServerLink link(&client, {deadUrl()});
        std::optional<RestReply> answer;
        link.request(
                "GET", u"/health"_s, {}, this, [&](const RestReply& reply) { answer = reply; },
                false);
        link.setUrls({first.baseUrl(), second.baseUrl()});
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!answer->reached());
        QTest::qWait(200);
        QCOMPARE(first.requests("/health"), 0);
        QCOMPARE(second.requests("/health"), 0);

        // The new list serves the next request.
        answer.reset();
        link.request(
                "GET", u"/health"_s, {}, this, [&](const RestReply& reply) { answer = reply; },
                false);
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->status, 200);
        QCOMPARE(first.requests("/health"), 1);
    }

    void aRefusalOfATokenBeingReplacedIsSentAgainWithTheNewOne()
    {
        // While the machine enrolls again the server revokes the token a
        // request may carry: its 401 waits for the enrollment and the
        // request goes again; a 401 of the current token is the answer.
        test::ScriptedHttpServer server;
        server.answer("/api/v1/licenses/acquire", 401, R"({"error":"unauthorized"})");
        QNetworkAccessManager network;
        RestClient client(&network);
        ServerLink link(&client, {server.baseUrl()});
        link.setDeviceToken(u"old-token"_s);
        link.setEnrolling(true);
        std::optional<int> status;
        link.request("POST", u"/api/v1/licenses/acquire"_s, {}, this,
                     [&](const RestReply& reply) { status = reply.status; });
        QTRY_COMPARE(server.requests("/api/v1/licenses/acquire"), 1);
        QTest::qWait(200);
        QVERIFY(!status); // held until the enrollment ends
        link.setDeviceToken(u"new-token"_s);
        link.setEnrolling(false);
        QTRY_VERIFY(status.has_value());
        QCOMPARE(*status, 401);
        QCOMPARE(server.requests("/api/v1/licenses/acquire"), 2);

        // Enrolled meanwhile (no enrollment under way any more): sent again
        // at once; the current token's 401 is delivered.
        status.reset();
        link.request("POST", u"/api/v1/licenses/acquire"_s, {}, this,
                     [&](const RestReply& reply) { status = reply.status; });
        link.setDeviceToken(u"newer-token"_s);
        QTRY_VERIFY(status.has_value());
        QCOMPARE(*status, 401);
        QCOMPARE(server.requests("/api/v1/licenses/acquire"), 4);
    }
};

QTEST_GUILESS_MAIN(TestServerLink)
#include "tst_serverlink.moc"
