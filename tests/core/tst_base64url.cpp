#include "core/Base64Url.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace clm;

class TestBase64Url : public QObject
{
    Q_OBJECT

private slots:
    void rfc4648Vectors_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("encoded");
        // RFC 4648 section 10, without padding.
        QTest::newRow("empty") << ""_ba
                               << ""_ba;
        QTest::newRow("f") << "f"_ba
                           << "Zg"_ba;
        QTest::newRow("fo") << "fo"_ba
                            << "Zm8"_ba;
        QTest::newRow("foo") << "foo"_ba
                             << "Zm9v"_ba;
        QTest::newRow("foob") << "foob"_ba
                              << "Zm9vYg"_ba;
        QTest::newRow("fooba") << "fooba"_ba
                               << "Zm9vYmE"_ba;
        QTest::newRow("foobar") << "foobar"_ba
                                << "Zm9vYmFy"_ba;
        // The two characters where base64url differs from base64.
        QTest::newRow("url-safe") << "\xfb\xff\xbf"_ba
                                  << "-_-_"_ba;
    }

    void rfc4648Vectors()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, encoded);
        QCOMPARE(base64url::encode(plain), encoded);
        const auto decoded = base64url::decode(encoded);
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, plain);
    }

    void rejectsNonCanonicalAndForeignInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("padding") << "Zg=="_ba;
        QTest::newRow("standard alphabet +") << "+/+/"_ba;
        QTest::newRow("white space") << "Zm9v Yg"_ba;
        QTest::newRow("newline") << "Zm9v\n"_ba;
        QTest::newRow("impossible length") << "Zm9vY"_ba;
        // "Zh" decodes to "f" too, but its unused low bits are not zero.
        QTest::newRow("non-zero trailing bits") << "Zh"_ba;
        QTest::newRow("non-zero trailing bits 2") << "Zm9"_ba; // "fo" is "Zm8"
        QTest::newRow("NUL") << QByteArray("Zm\0v", 4);
        QTest::newRow("non-ASCII") << "Zm9\xc3\xa9"_ba;
    }

    void rejectsNonCanonicalAndForeignInput()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!base64url::decode(text).has_value());
    }

    void roundTripsEveryLength()
    {
        QByteArray data;
        for (int i = 0; i < 200; ++i) {
            const auto decoded = base64url::decode(base64url::encode(data));
            QVERIFY(decoded.has_value());
            QCOMPARE(*decoded, data);
            data.append(static_cast<char>(i * 37 + 11));
        }
    }
};

QTEST_GUILESS_MAIN(TestBase64Url)
#include "tst_base64url.moc"
