#include "ServerFixture.h"
#include "TestCertificate.h"
#include "TestPostgres.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clm::test;

class TestServerTls : public QObject
{
    Q_OBJECT

private slots:
    void servesHttpsWithTheGivenCertificate()
    {
        if (TestDatabase::backend() == TestDatabase::Backend::PostgreSQL &&
            TestPostgres::url().isEmpty()) {
            if (TestPostgres::required())
                QFAIL("CLM_TEST_PG_URL is not set under CI");
            QSKIP("CLM_TEST_PG_URL is not set");
        }
        QTemporaryDir dir;
        const QString cert = dir.filePath(u"cert.pem"_s);
        const QString key = dir.filePath(u"key.pem"_s);
        QVERIFY(TestCertificate::makeServer(cert, key));

        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        ServerProcess server(db.url(), {u"--tls-cert"_s, cert, u"--tls-key"_s, key});
        QVERIFY2(server.start(), qPrintable(server.error()));
        QCOMPARE(server.baseUrl().scheme(), u"https"_s);

        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        QFile pem(cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        config.addCaCertificates(QSslCertificate::fromData(pem.readAll()));
        QSslConfiguration::setDefaultConfiguration(config);

        HttpClient client(server.baseUrl());
        const HttpReply health = client.get(u"/health"_s);
        QVERIFY2(health.status == 200, health.describe().constData());
        QCOMPARE(health.json.value("status"_L1).toString(), u"healthy"_s);
        // Plain HTTP on the TLS port gets no answer.
        HttpClient plain(QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())));
        QCOMPARE(plain.send("GET", u"/health"_s, {}, {}, 5000).status, 0);
        QCOMPARE(server.stop(), 0);
    }

    void refusesAMissingCertificate()
    {
        QTemporaryDir dir;
        QByteArray err;
        const int code = ServerProcess::run(
                {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s,
                 u"sqlite://"_s + dir.filePath(u"x.db"_s), u"--key-dir"_s, dir.filePath(u"keys"_s),
                 u"--tls-cert"_s, dir.filePath(u"none.pem"_s), u"--tls-key"_s,
                 dir.filePath(u"none.key"_s)},
                {}, nullptr, &err);
        QVERIFY(code != 0);
        QVERIFY2(err.contains("certificate"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_server_tls.moc"
