#include "ServerFixture.h"
#include "TestPostgres.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;
using namespace clm::test;

namespace {

// A self-signed certificate for 127.0.0.1, made with OpenSSL for the test.
bool makeCertificate(const QString& certPath, const QString& keyPath)
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    X509* cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), -60);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
    X509_set_pubkey(cert, key);
    X509_NAME* name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("127.0.0.1"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION* san = X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, "IP:127.0.0.1");
    X509_add_ext(cert, san, -1);
    X509_EXTENSION_free(san);
    X509_EXTENSION* basic =
            X509V3_EXT_conf_nid(nullptr, &ctx, NID_basic_constraints, "critical,CA:TRUE");
    X509_add_ext(cert, basic, -1);
    X509_EXTENSION_free(basic);
    const bool signedOk = X509_sign(cert, key, EVP_sha256()) > 0;
    FILE* c = fopen(QFile::encodeName(certPath).constData(), "w");
    FILE* k = fopen(QFile::encodeName(keyPath).constData(), "w");
    const bool written = c && k && PEM_write_X509(c, cert) == 1 &&
                         PEM_write_PrivateKey(k, key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
    if (c)
        fclose(c);
    if (k)
        fclose(k);
    X509_free(cert);
    EVP_PKEY_free(key);
    return signedOk && written;
}

} // namespace

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
        QVERIFY(makeCertificate(cert, key));

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
