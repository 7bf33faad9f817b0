#include "core/Json.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace clm;

class TestJson : public QObject
{
    Q_OBJECT

private slots:
    void parsesOneObject()
    {
        QString error;
        const auto object = json::parseObject(R"( {"a": 1, "b": "x"} )"_ba, &error);
        QVERIFY2(object.has_value(), qPrintable(error));
        QCOMPARE(object->value("a"_L1).toInt(), 1);
        QCOMPARE(object->value("b"_L1).toString(), u"x"_s);
    }

    void refusesWhatIsNotOneObject_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << ""_ba;
        QTest::newRow("array") << "[1,2]"_ba;
        QTest::newRow("string") << R"("a")"_ba;
        QTest::newRow("truncated") << R"({"a":)"_ba;
        QTest::newRow("trailing data") << R"({"a":1} {"b":2})"_ba;
        QTest::newRow("trailing garbage") << R"({"a":1}x)"_ba;
        QTest::newRow("single quotes") << "{'a':1}"_ba;
    }

    void refusesWhatIsNotOneObject()
    {
        QFETCH(QByteArray, text);
        QString error;
        QVERIFY(!json::parseObject(text, &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void compactHasNoWhiteSpaceAndKeepsUnicode()
    {
        const QJsonObject object{{u"name"_s, u"Müller 東京"_s}, {u"n"_s, 3}};
        const QByteArray compact = json::toCompact(object);
        QCOMPARE(compact, "{\"n\":3,\"name\":\"M\xc3\xbcller \xe6\x9d\xb1\xe4\xba\xac\"}"_ba);
        QCOMPARE(json::parseObject(compact)->value("name"_L1).toString(), u"Müller 東京"_s);
    }

    void typedReadsRefuseTheWrongType()
    {
        const auto object = *json::parseObject(
                R"({"s":"x","i":42,"f":1.5,"b":true,"l":["a","b"],"m":["a",1],"big":1e300})"_ba);
        QCOMPARE(json::string(object, u"s"), u"x"_s);
        QVERIFY(!json::string(object, u"i"));
        QCOMPARE(json::integer(object, u"i"), 42);
        QVERIFY(!json::integer(object, u"f"));
        QVERIFY(!json::integer(object, u"s"));
        QVERIFY(!json::integer(object, u"big"));
        QVERIFY(!json::integer(object, u"missing"));
        QCOMPARE(json::boolean(object, u"b"), true);
        QVERIFY(!json::boolean(object, u"i"));
        QCOMPARE(json::stringList(object, u"l"), QStringList({u"a"_s, u"b"_s}));
        QVERIFY(!json::stringList(object, u"m"));
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
