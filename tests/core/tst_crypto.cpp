#include "core/Base64Url.h"
#include "core/Crypto.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clm;

class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    void sha256KnownAnswers()
    {
        // FIPS 180-2 examples.
        QCOMPARE(crypto::sha256Hex("abc"),
                 u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
        QCOMPARE(crypto::sha256Hex(""),
                 u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
        QCOMPARE(crypto::sha256("abc").size(), 32);
    }

    // RFC 4231, test cases 1 and 2 (the webhook signatures use it).
    void hmacSha256KnownAnswers()
    {
        QCOMPARE(crypto::hmacSha256(QByteArray(20, '\x0b'), "Hi There").toHex(),
                 QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
        QCOMPARE(crypto::hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void randomBytesHaveTheLengthAskedAndDiffer()
    {
        QCOMPARE(crypto::randomBytes(0).size(), 0);
        QCOMPARE(crypto::randomBytes(1).size(), 1);
        QCOMPARE(crypto::randomBytes(4096).size(), 4096);
        QSet<QByteArray> seen;
        for (int i = 0; i < 1000; ++i)
            seen.insert(crypto::randomBytes(16));
        QCOMPARE(seen.size(), 1000);
    }

    void randomTokensAreUrlSafeAndCarryTheirEntropy()
    {
        const QString token = crypto::randomToken(32);
        QCOMPARE(token.size(), 43); // 256 bits in base64url without padding
        const auto decoded = base64url::decode(token.toLatin1());
        QVERIFY(decoded.has_value());
        QCOMPARE(decoded->size(), 32);
        QVERIFY(crypto::randomToken() != crypto::randomToken());
    }

    void randomBytesAreNotObviouslyBiased()
    {
        // 64 KiB of output: every byte value should appear, and the count of
        // set bits should sit near one half (a broken generator returning
        // zeros, a counter or one repeated byte fails this).
        const QByteArray data = crypto::randomBytes(65536);
        int counts[256] = {};
        qint64 ones = 0;
        for (const char c : data) {
            const auto byte = static_cast<unsigned char>(c);
            ++counts[byte];
            ones += __builtin_popcount(byte);
        }
        for (int value = 0; value < 256; ++value)
            QVERIFY2(counts[value] > 0, qPrintable(u"byte %1 never appeared"_s.arg(value)));
        const double ratio = static_cast<double>(ones) / (65536.0 * 8);
        QVERIFY2(ratio > 0.49 && ratio < 0.51, qPrintable(QString::number(ratio)));
    }

    void constantTimeEquals()
    {
        QVERIFY(crypto::constantTimeEquals("", ""));
        QVERIFY(crypto::constantTimeEquals("secret", "secret"));
        QVERIFY(!crypto::constantTimeEquals("secret", "secreT"));
        QVERIFY(!crypto::constantTimeEquals("secret", "secret1"));
        QVERIFY(!crypto::constantTimeEquals("", "a"));
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
