#include "core/Json.h"
#include "core/JsonWriter.h"

#include <QRandomGenerator>
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

    void writerTextParsesToWhatAnObjectWouldHold()
    {
        // Every kind of string a lease carries from clients (product names,
        // OS users, hardware ids): quotes, backslashes, every control
        // character, non-ASCII, characters outside the BMP.
        QStringList strings{QString(),
                            u""_s,
                            u"plain"_s,
                            u"odd,\"{tool}\"\\"_s,
                            u"M\u00fcller \u6771\u4eac"_s,
                            u"\U0001F600 emoji"_s,
                            u"line\nbreak\ttab\r\b\f"_s,
                            u"</script>"_s};
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c)
            controls.append(QChar(c));
        controls.append(QChar(0x7f));
        strings.append(controls);
        // Halves of surrogate pairs, alone and out of order.
        strings += {QString(QChar(0xd800)), QString(QChar(0xdfff)) + u"x"_s,
                    u"a"_s + QChar(0xdc00) + QChar(0xd800) + u"b"_s};
        QRandomGenerator random(14);
        for (int i = 0; i < 400; ++i) {
            QString s;
            for (int n = int(random.bounded(12)); n > 0; --n)
                s.append(QChar(char16_t(random.bounded(i % 2 ? 0x80 : 0x10000))));
            strings.append(s);
        }
        for (qsizetype i = 0; i < strings.size(); ++i) {
            const QString& s = strings.at(i);
            const QStringList list{s, strings.at((i + 1) % strings.size()), u"x"_s};
            json::JsonWriter writer;
            writer.add("s"_L1, s)
                    .add("n"_L1, qint64(-9007199254740993LL + i))
                    .add("list"_L1, list)
                    .add("empty"_L1, QStringList())
                    .addNull("none"_L1);
            const QByteArray text = writer.take();
            const QJsonObject expected{{u"s"_s, s},
                                       {u"n"_s, qint64(-9007199254740993LL + i)},
                                       {u"list"_s, QJsonArray::fromStringList(list)},
                                       {u"empty"_s, QJsonArray()},
                                       {u"none"_s, QJsonValue::Null}};
            QString error;
            const auto parsed = json::parseObject(text, &error);
            QVERIFY2(parsed, qPrintable(error + u": "_s + QString::fromUtf8(text)));
            QCOMPARE(*parsed, expected);
            // Escaped byte for byte as QJsonDocument escapes: a parser that
            // refuses raw control characters (Qt's does not) reads it too.
            json::JsonWriter one;
            one.add("s"_L1, s);
            QCOMPARE(one.take(), json::toCompact(QJsonObject{{u"s"_s, s}}));
        }
        // Doubles as QJsonDocument writes them.
        for (const double d : {0.0, -0.0, 0.1, 1.0 / 3, 3.0, -2.5e-10, 1e21, 1.7976931348623157e308,
                               4.9e-324, 12.345678, 123456789012.5}) {
            json::JsonWriter writer;
            writer.add("d"_L1, d);
            QCOMPARE(writer.take(), json::toCompact(QJsonObject{{u"d"_s, d}}));
        }
        json::JsonWriter infinite;
        infinite.add("d"_L1, qInf());
        QCOMPARE(infinite.take(), "{\"d\":null}"_ba);
        // Members in the order written; take() starts a new object.
        json::JsonWriter writer;
        writer.add("b"_L1, qint64(1)).add("a"_L1, u"x"_s);
        QCOMPARE(writer.take(), "{\"b\":1,\"a\":\"x\"}"_ba);
        writer.add("c"_L1, qint64(2));
        QCOMPARE(writer.take(), "{\"c\":2}"_ba);
        QCOMPARE(json::JsonWriter().take(), "{}"_ba);
        // Another writer's object nested as it is (an event in its envelope).
        json::JsonWriter inner;
        inner.add("type"_L1, u"t\"q"_s).add("n"_L1, qint64(3));
        json::JsonWriter outer;
        outer.add("o"_L1, u"org"_s).addJson("e"_L1, inner.take());
        const QByteArray nested = outer.take();
        QCOMPARE(nested, "{\"o\":\"org\",\"e\":{\"type\":\"t\\\"q\",\"n\":3}}"_ba);
        const auto parsed = json::parseObject(nested);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->value("e"_L1).toObject().value("type"_L1).toString(), u"t\"q"_s);
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
