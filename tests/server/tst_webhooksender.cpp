#include "server/webhooks/WebhookDispatcher.h"
#include "server/webhooks/WebhookSender.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace clm::server;

// Where webhooks may go, and the arithmetic of retries, without a network
// (tst_server_webhooks sends real ones).
class TestWebhookSender : public QObject
{
    Q_OBJECT

private slots:
    void addressesRefusedByDefault_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("allowed");
        for (const char* refused : {"127.0.0.1",
                                    "127.1.2.3",
                                    "10.0.0.1",
                                    "172.16.0.1",
                                    "172.31.255.255",
                                    "192.168.1.1",
                                    "169.254.169.254",
                                    "100.64.0.1",
                                    "0.0.0.0",
                                    "224.0.0.1",
                                    "255.255.255.255",
                                    "::1",
                                    "::",
                                    "fe80::1",
                                    "fd00::1",
                                    "fc00::1",
                                    "ff02::1",
                                    "::ffff:10.0.0.1",
                                    "::ffff:127.0.0.1",
                                    "64:ff9b::a00:1"})
            QTest::newRow(refused) << QString::fromLatin1(refused) << false;
        for (const char* open :
             {"93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:93.184.216.34"})
            QTest::newRow(open) << QString::fromLatin1(open) << true;
    }
    void addressesRefusedByDefault()
    {
        QFETCH(QString, address);
        QFETCH(bool, allowed);
        const WebhookSender sender{WebhookPolicy{}};
        QCOMPARE(sender.addressAllowed(QHostAddress(address)), allowed);
    }

    void theOperatorMayAllowNetworks()
    {
        WebhookPolicy policy;
        QString error;
        policy.allowedNetworks = *TrustedProxies::parse({u"10.20.0.0/16"_s}, &error);
        WebhookSender sender(policy);
        QVERIFY(sender.addressAllowed(QHostAddress(u"10.20.3.4"_s)));
        QVERIFY(!sender.addressAllowed(QHostAddress(u"10.21.3.4"_s)));
        QVERIFY(!sender.addressAllowed(QHostAddress(u"127.0.0.1"_s)));
        policy.allowInsecure = true; // loopback and http:// for tests
        QVERIFY(WebhookSender(policy).addressAllowed(QHostAddress(u"127.0.0.1"_s)));
        QVERIFY(!WebhookSender(policy).addressAllowed(QHostAddress(u"192.168.0.1"_s)));
    }

    void urls()
    {
        const WebhookSender strict{WebhookPolicy{}};
        QVERIFY(!strict.urlProblem(QUrl(u"https://hooks.example.com/clm?x=1"_s)));
        QVERIFY(strict.urlProblem(QUrl(u"http://hooks.example.com/clm"_s)));
        QVERIFY(strict.urlProblem(QUrl(u"ftp://hooks.example.com/clm"_s)));
        QVERIFY(strict.urlProblem(QUrl(u"https://user:secret@hooks.example.com/"_s)));
        QVERIFY(strict.urlProblem(QUrl(u"https://10.0.0.5/"_s)));
        QVERIFY(strict.urlProblem(QUrl(u"https://[::1]:8443/"_s)));
        QVERIFY(strict.urlProblem(QUrl(u"/relative"_s)));
        // A name is checked when it is resolved, at each delivery.
        QVERIFY(!strict.urlProblem(QUrl(u"https://localhost/"_s)));
        WebhookPolicy insecure;
        insecure.allowInsecure = true;
        QVERIFY(!WebhookSender(insecure).urlProblem(QUrl(u"http://127.0.0.1:9/x"_s)));
    }

    // A name that resolves to a refused address is never connected to.
    void resolvedAddressesAreChecked()
    {
        const WebhookSender strict{WebhookPolicy{}};
        const WebhookResponse response = strict.post(QUrl(u"https://localhost:9/hook"_s), "{}", {});
        QCOMPARE(response.status, 0);
        QVERIFY2(response.error.contains(u"loopback"_s), qPrintable(response.error));
    }

    void signatureIsStripesScheme()
    {
        // HMAC-SHA256("whsec_test", "1700000000.{}"), computed independently
        // (printf '1700000000.{}' | openssl dgst -sha256 -hmac whsec_test).
        QCOMPARE(WebhookDispatcher::signature(u"whsec_test"_s, 1700000000, "{}"),
                 QByteArray("t=1700000000,v1="
                            "35495024f4ef3f94e5a93e22221544c4b75e9a42300cd965ab81cb85cd994e91"));
    }

    void retriesBackOffAndGiveUp()
    {
        const qint64 day = 24 * 3600 * 1000;
        qint64 previousDelay = 0;
        for (int attempt = 1; attempt <= 8; ++attempt) {
            const auto at = WebhookDispatcher::retryAt(attempt, 0, 0, 10'000, day);
            QVERIFY(at);
            // 10 s doubled per attempt, +-20 %.
            const double nominal = 10'000.0 * (1 << (attempt - 1));
            QVERIFY(*at >= nominal * 0.8 && *at <= nominal * 1.2);
            QVERIFY(*at > previousDelay);
            previousDelay = *at;
        }
        // At most an hour apart.
        QVERIFY(*WebhookDispatcher::retryAt(30, 0, 0, 10'000, day) <= 3600'000 * 1.2);
        // Past a day since the delivery was created: given up.
        QVERIFY(!WebhookDispatcher::retryAt(40, 0, day - 1000, 10'000, day));
    }
};

QTEST_GUILESS_MAIN(TestWebhookSender)
#include "tst_webhooksender.moc"
