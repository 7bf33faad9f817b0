#include "core/Base64Url.h"
#include "core/Ed25519Key.h"
#include "core/Json.h"
#include "core/Jwks.h"
#include "core/Jws.h"

#include <QTest>

#include <openssl/evp.h>
#include <openssl/hmac.h>

using namespace Qt::StringLiterals;
using namespace clm;

namespace {

const QJsonObject kRfcPrivateJwk{
        {u"kty"_s, u"OKP"_s},
        {u"crv"_s, u"Ed25519"_s},
        {u"d"_s, u"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"_s},
        {u"x"_s, u"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"_s},
};

// RFC 8037 Appendix A.4.
const QByteArray kRfcCompact = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc."
                               "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5Bh"
                               "VsPt9g7sVvpAr_MuM0KAg";

// Builds a token by hand from a header, a payload and raw signature bytes, so
// tests can forge exactly the token they want to see refused.
QByteArray assemble(const QByteArray& headerJson, const QByteArray& payload,
                    const QByteArray& signature)
{
    return base64url::encode(headerJson) + '.' + base64url::encode(payload) + '.' +
           base64url::encode(signature);
}

QByteArray signingInput(const QByteArray& headerJson, const QByteArray& payload)
{
    return base64url::encode(headerJson) + '.' + base64url::encode(payload);
}

} // namespace

class TestJws : public QObject
{
    Q_OBJECT

private:
    Ed25519Key m_key = Ed25519Key::generate();
    Jwks m_keys;

private slots:
    void initTestCase() { m_keys.add(m_key); }

    void rfc8037SignatureByteForByte()
    {
        const auto key = Ed25519Key::fromJwk(kRfcPrivateJwk);
        QVERIFY(key);
        QCOMPARE(jws::sign("Example of Ed25519 signing", *key), kRfcCompact);
    }

    void rfc8037Verification()
    {
        const auto key = Ed25519Key::fromJwk(kRfcPrivateJwk);
        QVERIFY(key);
        const jws::Result result = jws::verify(kRfcCompact, key->publicKey());
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.payload, "Example of Ed25519 signing"_ba);
        QCOMPARE(result.header.value("alg"_L1).toString(), u"EdDSA"_s);
        // The vector has no "kid", so a key set (which needs one) refuses it.
        Jwks set;
        set.add(*key);
        QCOMPARE(jws::verify(kRfcCompact, set).error, jws::Error::UnknownKey);
    }

    void roundTripWithKeyId()
    {
        const QByteArray token = jws::sign("{\"a\":1}", m_key, {{u"kid"_s, m_key.keyId()}});
        const jws::Result result = jws::verify(token, m_keys);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.payload, "{\"a\":1}"_ba);
        QCOMPARE(result.header.value("kid"_L1).toString(), m_key.keyId());
        QVERIFY(jws::verify(token, m_key).ok());
        QCOMPARE(jws::verify(token, Ed25519Key::generate()).error, jws::Error::UnknownKey);
    }

    void everySingleBitFlipIsRejected()
    {
        const QByteArray token = jws::sign("{\"sub\":\"x\"}", m_key, {{u"kid"_s, m_key.keyId()}});
        QVERIFY(jws::verify(token, m_keys).ok());
        int checked = 0;
        for (qsizetype i = 0; i < token.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray tampered = token;
                tampered[i] = static_cast<char>(tampered[i] ^ (1 << bit));
                const jws::Result result = jws::verify(tampered, m_keys);
                QVERIFY2(!result.ok(),
                         qPrintable(u"flip of bit %1 at %2 accepted"_s.arg(bit).arg(i)));
                ++checked;
            }
        }
        QCOMPARE(checked, token.size() * 8);
    }

    void rfcVectorBitFlipsAreRejected()
    {
        const auto key = Ed25519Key::fromJwk(kRfcPrivateJwk)->publicKey();
        for (qsizetype i = 0; i < kRfcCompact.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray tampered = kRfcCompact;
                tampered[i] = static_cast<char>(tampered[i] ^ (1 << bit));
                QVERIFY(!jws::verify(tampered, key).ok());
            }
        }
    }

    void algNoneIsRejected()
    {
        const QByteArray payload = "{\"sub\":\"admin\"}";
        // Unsigned, as an attacker would send it.
        const QByteArray unsignedToken = signingInput("{\"alg\":\"none\"}", payload) + '.';
        QCOMPARE(jws::verify(unsignedToken, m_keys).error, jws::Error::UnsupportedAlgorithm);
        QCOMPARE(jws::verify(unsignedToken, m_key).error, jws::Error::UnsupportedAlgorithm);
        // Even with a kid we know and a real signature by our key.
        const QByteArray header = "{\"alg\":\"none\",\"kid\":\"" + m_key.keyId().toLatin1() + "\"}";
        const QByteArray signedNone =
                assemble(header, payload, m_key.sign(signingInput(header, payload)));
        QCOMPARE(jws::verify(signedNone, m_keys).error, jws::Error::UnsupportedAlgorithm);
        // Variants of spelling and type.
        for (const QByteArray& alg : {"\"None\""_ba, "\"NONE\""_ba, "\"EDDSA\""_ba, "\"eddsa\""_ba,
                                      "\"Ed25519\""_ba, "[\"EdDSA\"]"_ba, "null"_ba, "1"_ba}) {
            const QByteArray h =
                    "{\"alg\":" + alg + ",\"kid\":\"" + m_key.keyId().toLatin1() + "\"}";
            const QByteArray token = assemble(h, payload, m_key.sign(signingInput(h, payload)));
            QCOMPARE(jws::verify(token, m_keys).error, jws::Error::UnsupportedAlgorithm);
        }
        // No alg at all.
        const QByteArray noAlg = "{\"kid\":\"" + m_key.keyId().toLatin1() + "\"}";
        QCOMPARE(jws::verify(assemble(noAlg, payload, m_key.sign(signingInput(noAlg, payload))),
                             m_keys)
                         .error,
                 jws::Error::UnsupportedAlgorithm);
    }

    void hmacWithThePublicKeyIsRejected()
    {
        // The classic confusion: HS256 keyed with the verifier's public key.
        const QByteArray header =
                "{\"alg\":\"HS256\",\"kid\":\"" + m_key.keyId().toLatin1() + "\"}";
        const QByteArray payload = "{\"sub\":\"admin\"}";
        const QByteArray input = signingInput(header, payload);
        const QByteArray secret = m_key.publicBytes();
        unsigned char mac[32];
        unsigned int macLength = 0;
        QVERIFY(HMAC(EVP_sha256(), secret.constData(), static_cast<int>(secret.size()),
                     reinterpret_cast<const unsigned char*>(input.constData()),
                     static_cast<size_t>(input.size()), mac, &macLength));
        const QByteArray token =
                assemble(header, payload, QByteArray(reinterpret_cast<char*>(mac), macLength));
        QCOMPARE(jws::verify(token, m_keys).error, jws::Error::UnsupportedAlgorithm);
    }

    void unknownOrMissingKidIsRejected()
    {
        const QByteArray payload = "{}";
        const QByteArray unknown = jws::sign(payload, m_key, {{u"kid"_s, u"someone-else"_s}});
        QCOMPARE(jws::verify(unknown, m_keys).error, jws::Error::UnknownKey);
        const QByteArray missing = jws::sign(payload, m_key);
        QCOMPARE(jws::verify(missing, m_keys).error, jws::Error::UnknownKey);
        const QByteArray numeric = jws::sign(payload, m_key, {{u"kid"_s, 5}});
        QCOMPARE(jws::verify(numeric, m_keys).error, jws::Error::Malformed);
        // A token by another key that claims our kid fails on the signature.
        const QByteArray impostor =
                jws::sign(payload, Ed25519Key::generate(), {{u"kid"_s, m_key.keyId()}});
        QCOMPARE(jws::verify(impostor, m_keys).error, jws::Error::BadSignature);
    }

    void keyRotationVerifiesEveryPublishedKey()
    {
        const auto next = Ed25519Key::generate();
        Jwks both = m_keys;
        both.add(next);
        const QByteArray old = jws::sign("old", m_key, {{u"kid"_s, m_key.keyId()}});
        const QByteArray current = jws::sign("new", next, {{u"kid"_s, next.keyId()}});
        QVERIFY(jws::verify(old, both).ok());
        QVERIFY(jws::verify(current, both).ok());
        QCOMPARE(jws::verify(current, m_keys).error, jws::Error::UnknownKey);
    }

    void malformedTokensAreRejected_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("error");
        const QByteArray good = jws::sign("{}", m_key, {{u"kid"_s, m_key.keyId()}});
        const auto parts = good.split('.');
        const int malformed = static_cast<int>(jws::Error::Malformed);
        const int badSignature = static_cast<int>(jws::Error::BadSignature);
        const int unsupported = static_cast<int>(jws::Error::UnsupportedAlgorithm);
        QTest::newRow("empty") << QByteArray() << malformed;
        QTest::newRow("one part") << parts[0] << malformed;
        QTest::newRow("two parts") << parts[0] + '.' + parts[1] << malformed;
        QTest::newRow("four parts") << good + ".AAAA" << malformed;
        QTest::newRow("trailing dot") << good + '.' << malformed;
        QTest::newRow("trailing newline") << good + '\n' << malformed;
        QTest::newRow("trailing space") << good + ' ' << malformed;
        QTest::newRow("trailing garbage") << good + "xyz" << malformed;
        QTest::newRow("leading space") << ' ' + good << malformed;
        QTest::newRow("padding") << good + "==" << malformed;
        QTest::newRow("empty header") << '.' + parts[1] + '.' + parts[2] << malformed;
        QTest::newRow("header not JSON")
                << base64url::encode("alg=EdDSA") + '.' + parts[1] + '.' + parts[2] << malformed;
        QTest::newRow("header is an array")
                << base64url::encode("[\"EdDSA\"]") + '.' + parts[1] + '.' + parts[2] << malformed;
        const QByteArray signature = *base64url::decode(parts[2]);
        QTest::newRow("signature 63 bytes")
                << parts[0] + '.' + parts[1] + '.' + base64url::encode(signature.left(63))
                << badSignature;
        QTest::newRow("signature 65 bytes")
                << parts[0] + '.' + parts[1] + '.' + base64url::encode(QByteArray(signature + 'x'))
                << badSignature;
        QTest::newRow("no signature") << parts[0] + '.' + parts[1] + '.' << badSignature;
        QTest::newRow("too long") << QByteArray(jws::kMaxCompactSize + 1, 'A') << malformed;
        const QByteArray crit = "{\"alg\":\"EdDSA\",\"crit\":[\"exp\"],\"kid\":\"" +
                                m_key.keyId().toLatin1() + "\"}";
        QTest::newRow("crit") << assemble(crit, "{}", m_key.sign(signingInput(crit, "{}")))
                              << unsupported;
        const QByteArray b64 =
                "{\"alg\":\"EdDSA\",\"b64\":false,\"kid\":\"" + m_key.keyId().toLatin1() + "\"}";
        QTest::newRow("b64") << assemble(b64, "{}", m_key.sign(signingInput(b64, "{}")))
                             << unsupported;
    }

    void malformedTokensAreRejected()
    {
        QFETCH(QByteArray, token);
        QFETCH(int, error);
        const jws::Result result = jws::verify(token, m_keys);
        QCOMPARE(static_cast<int>(result.error), error);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(result.payload.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJws)
#include "tst_jws.moc"
