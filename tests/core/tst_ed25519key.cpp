#include "core/Base64Url.h"
#include "core/Ed25519Key.h"
#include "core/Jwks.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace clm;

namespace {

// RFC 8037 Appendix A.1.
const QJsonObject kRfcPrivateJwk{
        {u"kty"_s, u"OKP"_s},
        {u"crv"_s, u"Ed25519"_s},
        {u"d"_s, u"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"_s},
        {u"x"_s, u"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"_s},
};

} // namespace

class TestEd25519Key : public QObject
{
    Q_OBJECT

private slots:
    void rfc8037KeyAndThumbprint()
    {
        QString error;
        const auto key = Ed25519Key::fromJwk(kRfcPrivateJwk, &error);
        QVERIFY2(key, qPrintable(error));
        QVERIFY(key->hasPrivateKey());
        // A.2: the public key derived from "d" is "x".
        QCOMPARE(base64url::encode(key->publicBytes()),
                 "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"_ba);
        // A.3: the RFC 7638 thumbprint.
        QCOMPARE(key->thumbprint(), u"kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"_s);
        QCOMPARE(key->keyId(), key->thumbprint());
    }

    void publicJwkHasTheContractMembersAndNoSecret()
    {
        const auto key = Ed25519Key::generate();
        const QJsonObject jwk = key.publicJwk();
        QCOMPARE(jwk.value("kty"_L1).toString(), u"OKP"_s);
        QCOMPARE(jwk.value("crv"_L1).toString(), u"Ed25519"_s);
        QCOMPARE(jwk.value("alg"_L1).toString(), u"EdDSA"_s);
        QCOMPARE(jwk.value("use"_L1).toString(), u"sig"_s);
        QCOMPARE(jwk.value("kid"_L1).toString(), key.thumbprint());
        QVERIFY(!jwk.contains("d"_L1));

        const auto imported = Ed25519Key::fromJwk(jwk);
        QVERIFY(imported);
        QVERIFY(!imported->hasPrivateKey());
        QCOMPARE(imported->publicBytes(), key.publicBytes());
        QCOMPARE(imported->keyId(), key.keyId());
        const QByteArray message = "hello";
        QVERIFY(imported->verify(message, key.sign(message)));
        QVERIFY(imported->sign(message).isEmpty()); // a public key cannot sign
    }

    void rejectsBadJwks_data()
    {
        QTest::addColumn<QJsonObject>("jwk");
        QJsonObject wrongKty = kRfcPrivateJwk;
        wrongKty[u"kty"_s] = u"EC"_s;
        QJsonObject wrongCrv = kRfcPrivateJwk;
        wrongCrv[u"crv"_s] = u"X25519"_s;
        QJsonObject shortX = kRfcPrivateJwk;
        shortX.remove(u"d"_s);
        shortX[u"x"_s] = u"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcH"_s;
        QJsonObject paddedX = shortX;
        paddedX[u"x"_s] = u"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo="_s;
        QJsonObject mismatched = kRfcPrivateJwk;
        mismatched[u"x"_s] =
                QString::fromLatin1(base64url::encode(Ed25519Key::generate().publicBytes()));
        QJsonObject wrongAlg = kRfcPrivateJwk;
        wrongAlg[u"alg"_s] = u"RS256"_s;
        QJsonObject numericKid = kRfcPrivateJwk;
        numericKid[u"kid"_s] = 7;
        QTest::newRow("kty") << wrongKty;
        QTest::newRow("crv") << wrongCrv;
        QTest::newRow("short x") << shortX;
        QTest::newRow("padded x") << paddedX;
        QTest::newRow("x not of d") << mismatched;
        QTest::newRow("alg") << wrongAlg;
        QTest::newRow("kid type") << numericKid;
        QTest::newRow("empty") << QJsonObject();
    }

    void rejectsBadJwks()
    {
        QFETCH(QJsonObject, jwk);
        QString error;
        QVERIFY(!Ed25519Key::fromJwk(jwk, &error));
        QVERIFY(!error.isEmpty());
    }

    void pemRoundTripWithOwnerOnlyFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"signing.pem"_s);
        const auto key = Ed25519Key::generate();
        const mode_t oldMask = ::umask(0); // the file must be 0600 even so
        QString error;
        const bool saved = key.savePemFile(path, &error);
        ::umask(oldMask);
        QVERIFY2(saved, qPrintable(error));

        struct stat info
        {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));

        const auto loaded = Ed25519Key::loadPemFile(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->hasPrivateKey());
        QCOMPARE(loaded->publicBytes(), key.publicBytes());
        QCOMPARE(loaded->keyId(), key.keyId());
        QVERIFY(key.verify("x", loaded->sign("x")));

        // Overwriting keeps the mode and replaces the key atomically.
        const auto other = Ed25519Key::generate();
        QVERIFY(other.savePemFile(path, &error));
        QCOMPARE(Ed25519Key::loadPemFile(path)->publicBytes(), other.publicBytes());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"signing.pem"_s});
    }

    void publicPemRoundTrip()
    {
        const auto key = Ed25519Key::generate();
        const auto loaded = Ed25519Key::fromPem(key.publicPem());
        QVERIFY(loaded);
        QVERIFY(!loaded->hasPrivateKey());
        QCOMPARE(loaded->publicBytes(), key.publicBytes());
    }

    void refusesOtherKeyFiles()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!Ed25519Key::loadPemFile(dir.filePath(u"missing.pem"_s), &error));
        QVERIFY(error.contains(u"missing.pem"_s));
        QVERIFY(!Ed25519Key::fromPem(
                "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", &error));
        QVERIFY(!Ed25519Key::fromPem("not a key", &error));
        QVERIFY(!Ed25519Key().savePemFile(dir.filePath(u"x.pem"_s), &error));
        QVERIFY(!QFile::exists(dir.filePath(u"x.pem"_s)));
        // A valid PEM key of another type is refused, private or public.
        EVP_PKEY* ec = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        QVERIFY(ec);
        BIO* bio = BIO_new(BIO_s_mem());
        QCOMPARE(PEM_write_bio_PrivateKey(bio, ec, nullptr, nullptr, 0, nullptr, nullptr), 1);
        QCOMPARE(PEM_write_bio_PUBKEY(bio, ec), 1);
        char* data = nullptr;
        const QByteArray pems(data, BIO_get_mem_data(bio, &data));
        BIO_free(bio);
        EVP_PKEY_free(ec);
        const qsizetype split = pems.indexOf("-----BEGIN PUBLIC KEY");
        QVERIFY(split > 0);
        QVERIFY(!Ed25519Key::fromPem(pems.left(split), &error));
        QVERIFY2(error.contains(u"not an Ed25519"_s), qPrintable(error));
        QVERIFY(!Ed25519Key::fromPem(pems.mid(split), &error));
        QVERIFY2(error.contains(u"not an Ed25519"_s), qPrintable(error));
    }

    void signatureFailsForAnyChange()
    {
        const auto key = Ed25519Key::generate();
        const QByteArray message = "the quick brown fox";
        const QByteArray signature = key.sign(message);
        QCOMPARE(signature.size(), Ed25519Key::kSignatureSize);
        QVERIFY(key.verify(message, signature));
        QVERIFY(!key.verify(message + '.', signature));
        QVERIFY(!Ed25519Key::generate().verify(message, signature));
        for (int bit = 0; bit < signature.size() * 8; ++bit) {
            QByteArray flipped = signature;
            flipped[bit / 8] = static_cast<char>(flipped[bit / 8] ^ (1 << (bit % 8)));
            QVERIFY2(!key.verify(message, flipped), qPrintable(u"bit %1"_s.arg(bit)));
        }
        QVERIFY(!key.verify(message, signature.left(63)));
        QVERIFY(!key.verify(message, signature + '\0'));
    }

    void jwksRoundTripAndLookup()
    {
        const auto first = Ed25519Key::generate();
        const auto second = Ed25519Key::generate();
        Jwks set;
        set.add(first);
        set.add(second);
        set.add(first); // same kid: replaces, does not duplicate
        QCOMPARE(set.size(), 2);
        const QJsonObject json = set.toJson();
        for (const auto& entry : json.value("keys"_L1).toArray())
            QVERIFY(!entry.toObject().contains("d"_L1));

        QString error;
        const auto parsed = Jwks::fromJson(json, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->keyIds(), QStringList({first.keyId(), second.keyId()}));
        QVERIFY(parsed->find(second.keyId()));
        QCOMPARE(parsed->find(second.keyId())->publicBytes(), second.publicBytes());
        QVERIFY(!parsed->find(u"nope"));

        // Other key types are skipped; private keys and junk are refused.
        QJsonArray keys = json.value("keys"_L1).toArray();
        keys.append(QJsonObject{{u"kty"_s, u"RSA"_s}, {u"n"_s, u"AQAB"_s}, {u"e"_s, u"AQAB"_s}});
        QCOMPARE(Jwks::fromJson(QJsonObject{{u"keys"_s, keys}})->size(), 2);
        QVERIFY(!Jwks::fromJson(QJsonObject{{u"keys"_s, QJsonArray{kRfcPrivateJwk}}}));
        QVERIFY(!Jwks::fromJson(QJsonObject{}));
        QVERIFY(!Jwks::fromJson(QJsonObject{
                {u"keys"_s,
                 QJsonArray{QJsonObject{{u"kty"_s, u"OKP"_s}, {u"crv"_s, u"Ed25519"_s}}}}}));
    }
};

QTEST_GUILESS_MAIN(TestEd25519Key)
#include "tst_ed25519key.moc"
