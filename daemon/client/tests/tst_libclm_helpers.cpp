// The JSON, time and INI helpers under libclm and clm.
#include "daemon/client/IniFile.h"
#include "daemon/client/MiniJson.h"
#include "daemon/client/Rfc3339.h"
#include "daemon/client/tests/TestMain.h"

#include <string>

namespace json = clm::client::json;
using clm::client::formatRfc3339;
using clm::client::IniFile;
using clm::client::parseRfc3339;

namespace {

bool rejects(std::string_view text)
{
    const json::ParseResult result = json::parse(text);
    return !result.value && !result.error.empty();
}

std::optional<std::string> parsedString(std::string_view text)
{
    const json::ParseResult result = json::parse(text);
    if (!result.value || !result.value->isString())
        return std::nullopt;
    return result.value->toString();
}

} // namespace

TEST_CASE(jsonScalars)
{
    CHECK(json::parse("null").value->isNull());
    CHECK_EQ(json::parse(" true ").value->toBool(), true);
    CHECK_EQ(json::parse("\tfalse\r\n").value->toBool(true), false);
    CHECK_EQ(json::parse("0").value->toInteger(), std::optional<int64_t>(0));
    CHECK_EQ(json::parse("-12").value->toInteger(), std::optional<int64_t>(-12));
    CHECK_EQ(json::parse("9223372036854775807").value->toInteger(),
             std::optional<int64_t>(INT64_MAX));
    CHECK_EQ(json::parse("1.5").value->toDouble(), 1.5);
    CHECK(!json::parse("1.5").value->toInteger());
    CHECK_EQ(json::parse("2e3").value->toInteger(), std::optional<int64_t>(2000));
    CHECK_EQ(json::parse("-0.25E+2").value->toDouble(), -25.0);
    CHECK_EQ(json::parse("1E-2").value->numberText(), "1E-2");
}

TEST_CASE(jsonRejectsMalformedNumbersAndLiterals)
{
    for (const char* text : {"01", "-", "+1", "1.", ".5", "1e", "1e+", "0x10", "NaN", "Infinity",
                             "1e400", "tru", "nul", "True", "--1", "1 2"})
        CHECK(rejects(text)) || std::fprintf(stderr, "    accepted: %s\n", text);
}

TEST_CASE(jsonStringEscapes)
{
    CHECK_EQ(parsedString(R"("a\"b\\c\/d\b\f\n\r\t")"), std::string("a\"b\\c/d\b\f\n\r\t"));
    CHECK_EQ(parsedString(R"("\u0041\u00e9\u20AC")"), std::string("A\xc3\xa9\xe2\x82\xac"));
    // A surrogate pair is one code point: U+1F600, four bytes of UTF-8.
    CHECK_EQ(parsedString(R"("\ud83d\ude00")"), std::string("\xf0\x9f\x98\x80"));
    CHECK_EQ(parsedString(R"("\uD834\uDD1E")"), std::string("\xf0\x9d\x84\x9e"));
    // Lone surrogates have no UTF-8: replaced with U+FFFD, as Qt does.
    CHECK_EQ(parsedString(R"("\ud83dx")"), std::string("\xef\xbf\xbdx"));
    CHECK_EQ(parsedString(R"("\ude00")"), std::string("\xef\xbf\xbd"));
    CHECK_EQ(parsedString(R"("\ud83d\u0041")"), std::string("\xef\xbf\xbd"
                                                            "A"));
    CHECK_EQ(parsedString(R"("\u0000")"), std::string(1, '\0'));
    CHECK_EQ(parsedString("\"raw UTF-8: \xc3\xbc \xe2\x82\xac \xf0\x9f\x98\x80\""),
             std::string("raw UTF-8: \xc3\xbc \xe2\x82\xac \xf0\x9f\x98\x80"));

    for (const char* text :
         {R"("\x")", R"("\u12")", R"("\u12G4")", R"("abc)", "\"a\nb\"", "\"tab\there\"", "\"\xff\"",
          "\"\xc3\"", "\"\xc0\xaf\"", "\"\xed\xa0\x80\"", "\"\xf4\x90\x80\x80\"", "'single'"})
        CHECK(rejects(text)) || std::fprintf(stderr, "    accepted: %s\n", text);
}

TEST_CASE(jsonNesting)
{
    const json::ParseResult result = json::parse(
            R"( {"a": [1, {"b": null, "c": [true, false, []]}, "x"], "d": {}, "a2": {"e": {"f": "g"}}} )");
    CHECK(result.value.has_value());
    if (!result.value)
        return;
    const json::Value& root = *result.value;
    CHECK(root.isObject());
    const json::Value* a = root.find("a");
    CHECK(a && a->isArray() && a->toArray().size() == 3);
    if (a && a->toArray().size() == 3) {
        CHECK_EQ(a->toArray()[0].toInteger(), std::optional<int64_t>(1));
        CHECK(a->toArray()[1].find("b")->isNull());
        CHECK_EQ(a->toArray()[1].find("c")->toArray().size(), size_t(3));
        CHECK_EQ(a->toArray()[2].toString(), "x");
    }
    CHECK(root.find("d")->isObject() && root.find("d")->toObject().empty());
    CHECK_EQ(root.find("a2")->find("e")->stringAt("f"), "g");
    CHECK(root.find("missing") == nullptr);
    CHECK_EQ(root.stringAt("missing"), "");
    CHECK_EQ(root.stringAt("a"), ""); // not a string

    // The last of a repeated key wins, as in Qt.
    CHECK_EQ(json::parse(R"({"k":1,"k":2})").value->find("k")->toInteger(),
             std::optional<int64_t>(2));

    // Deep enough for any answer, bounded against hostile input.
    CHECK(json::parse(std::string(100, '[') + std::string(100, ']')).value.has_value());
    CHECK(rejects(std::string(100000, '[') + std::string(100000, ']')));
}

TEST_CASE(jsonRejectsTrailingGarbageAndBrokenStructure)
{
    for (const char* text :
         {"", "   ", "{} x", "{}{}", "[1,]", "[,1]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "{\"a\":}",
          "[1 2]", "{\"a\":1", "[", "]", "\"unterminated", "{\"a\":1}\n\n{", "[1]]"})
        CHECK(rejects(text)) || std::fprintf(stderr, "    accepted: \"%s\"\n", text);
    CHECK(json::parse("{}\n").value.has_value());
    CHECK(json::parse("\n\t {\"a\" : [ ] } \r\n").value.has_value());
}

TEST_CASE(jsonSerialize)
{
    CHECK_EQ(json::quote("plain"), "\"plain\"");
    CHECK_EQ(json::quote("q\"b\\n\nt\tc\x01\x1f\x7f"),
             "\"q\\\"b\\\\n\\nt\\tc\\u0001\\u001f\\u007f\"");
    CHECK_EQ(json::quote("\xc3\xbc\xf0\x9f\x98\x80"), "\"\xc3\xbc\xf0\x9f\x98\x80\"");

    // Round trip: the serialized text parses to an equal value, numbers
    // keep their wire form, and it is one line.
    const std::string text = "{\n  \"id\": \"x\",\n  \"n\": 1.50e3,\n  \"list\": [1, \"two\\n\", "
                             "null, {\"deep\": true}],\n  \"s\": \"\\u00fc\\ud83d\\ude00\"\n}";
    const json::Value value = *json::parse(text).value;
    const std::string compact = json::serialize(value);
    CHECK_EQ(compact, "{\"id\":\"x\",\"n\":1.50e3,\"list\":[1,\"two\\n\",null,{\"deep\":true}],"
                      "\"s\":\"\xc3\xbc\xf0\x9f\x98\x80\"}");
    CHECK(compact.find('\n') == std::string::npos);
    CHECK(*json::parse(compact).value == value);

    json::Value object = json::Value::object({{"op", json::Value::string("ping")}});
    object.prepend("id", json::Value::integer(7));
    object.insert("extra", json::Value::boolean(false));
    CHECK_EQ(json::serialize(object), "{\"id\":7,\"op\":\"ping\",\"extra\":false}");
    object.prepend("id", json::Value::integer(8));
    CHECK_EQ(json::serialize(object), "{\"id\":8,\"op\":\"ping\",\"extra\":false}");
}

TEST_CASE(jsonEquality)
{
    CHECK(*json::parse("1").value == json::Value::integer(1));
    CHECK(*json::parse("1.0").value == json::Value::integer(1));
    CHECK(!(*json::parse("\"1\"").value == json::Value::integer(1)));
    CHECK(!(*json::parse("2").value == json::Value::integer(1)));
    CHECK(*json::parse("null").value == json::Value::null());
    CHECK(*json::parse("[1,{\"a\":\"b\"}]").value == *json::parse("[1, {\"a\": \"b\"}]").value);
}

TEST_CASE(utf8Validation)
{
    CHECK(json::isValidUtf8(""));
    CHECK(json::isValidUtf8("coditect-cli"));
    CHECK(json::isValidUtf8("\xc3\xbc\xe2\x82\xac\xf0\x9f\x98\x80\xf4\x8f\xbf\xbf"));
    CHECK(!json::isValidUtf8("\xff"));
    CHECK(!json::isValidUtf8("\xc3"));
    CHECK(!json::isValidUtf8("\xc0\x80"));         // overlong
    CHECK(!json::isValidUtf8("\xe0\x80\x80"));     // overlong
    CHECK(!json::isValidUtf8("\xed\xb0\x80"));     // surrogate
    CHECK(!json::isValidUtf8("\xf4\x90\x80\x80")); // past U+10FFFF
    CHECK(!json::isValidUtf8("a\x80"));
}

TEST_CASE(rfc3339)
{
    const int64_t reference = 1795341600; // 2026-11-22T10:00:00Z
    CHECK_EQ(parseRfc3339("2026-11-22T10:00:00Z"), std::optional<int64_t>(reference));
    CHECK_EQ(parseRfc3339("2026-11-22t10:00:00z"), std::optional<int64_t>(reference));
    CHECK_EQ(parseRfc3339("2026-11-22 10:00:00Z"), std::optional<int64_t>(reference));
    CHECK_EQ(parseRfc3339("2026-11-22T10:00:00.999Z"), std::optional<int64_t>(reference));
    CHECK_EQ(parseRfc3339("2026-11-22T10:00:00.123456789Z"), std::optional<int64_t>(reference));
    CHECK_EQ(parseRfc3339("2026-11-22T12:00:00+02:00"), std::optional<int64_t>(reference));
    CHECK_EQ(parseRfc3339("2026-11-22T04:30:00.5-05:30"), std::optional<int64_t>(reference));
    CHECK_EQ(parseRfc3339("2026-11-22T10:00:00+00:00"), std::optional<int64_t>(reference));
    CHECK_EQ(parseRfc3339("1970-01-01T00:00:00Z"), std::optional<int64_t>(0));
    CHECK_EQ(parseRfc3339("2024-02-29T00:00:00Z"), std::optional<int64_t>(1709164800));
    CHECK_EQ(parseRfc3339("2000-01-01T00:00:00Z"), std::optional<int64_t>(946684800));

    for (const char* text :
         {"", "2026-11-22", "2026-11-22T10:00:00", "2026-11-22T10:00Z", "2026-13-01T00:00:00Z",
          "2026-02-29T00:00:00Z", "2026-11-31T00:00:00Z", "2026-11-22T24:00:00Z",
          "2026-11-22T10:60:00Z", "2026-11-22T10:00:00.Z", "2026-11-22T10:00:00+0200",
          "2026-11-22T10:00:00+2:00", "2026-11-22T10:00:00Z ", " 2026-11-22T10:00:00Z",
          "2026-11-22X10:00:00Z", "26-11-22T10:00:00Z", "2026-1-22T10:00:00Z"})
        CHECK(!parseRfc3339(text)) || std::fprintf(stderr, "    accepted: %s\n", text);

    CHECK_EQ(formatRfc3339(reference), "2026-11-22T10:00:00Z");
    CHECK_EQ(formatRfc3339(0), "1970-01-01T00:00:00Z");
    // Found by fuzz_time: years before 1000 lost their leading zeros, so
    // what clm printed did not parse again.
    CHECK_EQ(formatRfc3339(-62135596800), "0001-01-01T00:00:00Z");
    CHECK_EQ(parseRfc3339(formatRfc3339(-62135596800)), std::optional<int64_t>(-62135596800));
    CHECK_EQ(formatRfc3339(-30610310400), "0999-12-31T00:00:00Z");
    CHECK_EQ(formatRfc3339(253402300799), "9999-12-31T23:59:59Z");
}

TEST_CASE(iniRead)
{
    const IniFile ini("top=1\n"
                      "# comment = no\n"
                      "; socket=/comment.sock\n"
                      "[server]\n"
                      "url = https://a.example, https://b.example ; tried in order\n"
                      "socket=/wrong.sock\n"
                      "[daemon]\r\n"
                      "  socket  =  /run/x y.sock   ; where tools connect\r\n"
                      "quoted=\"a;b \\\"c\\\" \\\\d\" ; comment\n"
                      "at=@@literal\n"
                      "empty=\n"
                      "[ daemon ]\n"
                      "state_dir=/var/lib/clm\n"
                      "[Daemon]\n"
                      "socket=/case.sock\n");
    CHECK_EQ(ini.value("daemon", "socket"), std::optional<std::string>("/run/x y.sock"));
    CHECK_EQ(ini.value("daemon", "quoted"), std::optional<std::string>("a;b \"c\" \\d"));
    CHECK_EQ(ini.value("daemon", "at"), std::optional<std::string>("@literal"));
    CHECK_EQ(ini.value("daemon", "empty"), std::optional<std::string>(""));
    CHECK_EQ(ini.value("daemon", "state_dir"), std::optional<std::string>("/var/lib/clm"));
    CHECK_EQ(ini.value("server", "url"),
             std::optional<std::string>("https://a.example, https://b.example"));
    CHECK_EQ(ini.value("Daemon", "socket"), std::optional<std::string>("/case.sock"));
    CHECK(!ini.value("daemon", "missing"));
    CHECK(!ini.value("nosection", "socket"));

    // A section may come back; the last value of a key wins.
    const IniFile repeated("[daemon]\nsocket=/first\n[server]\nurl=u\n[daemon]\nsocket=/second\n");
    CHECK_EQ(repeated.value("daemon", "socket"), std::optional<std::string>("/second"));
}

TEST_CASE(iniEditKeepsEverythingElse)
{
    const std::string original = "; clmd configuration, managed by IT\n"
                                 "[server]\n"
                                 "url=https://old.example ; one or more, comma-separated\n"
                                 "enrollment_token=old-token\n"
                                 "ca_file=/etc/ssl/private-ca.pem\n"
                                 "\n"
                                 "; local settings\n"
                                 "[daemon]\n"
                                 "socket=/run/clm/clmd.sock\n"
                                 "release_linger_seconds=30\n";
    IniFile ini(original);
    ini.setValue("server", "url", "https://new.example");
    ini.remove("server", "enrollment_token");
    CHECK_EQ(ini.text(), "; clmd configuration, managed by IT\n"
                         "[server]\n"
                         "url=https://new.example ; one or more, comma-separated\n"
                         "ca_file=/etc/ssl/private-ca.pem\n"
                         "\n"
                         "; local settings\n"
                         "[daemon]\n"
                         "socket=/run/clm/clmd.sock\n"
                         "release_linger_seconds=30\n");
    ini.setValue("server", "enrollment_token", "org.secret");
    CHECK_EQ(ini.value("server", "enrollment_token"), std::optional<std::string>("org.secret"));
    CHECK(ini.text().find("ca_file=/etc/ssl/private-ca.pem\nenrollment_token=org.secret\n\n; "
                          "local settings") != std::string::npos);

    // Only the [server] key changes; the same key elsewhere stays.
    IniFile other("[daemon]\nurl=keep\n[server]\n[daemon]\nx=1\n");
    other.setValue("server", "url", "https://x");
    CHECK_EQ(other.text(), "[daemon]\nurl=keep\n[server]\nurl=https://x\n[daemon]\nx=1\n");

    // Duplicates collapse into one line, where the first was.
    IniFile duplicates("[server]\nurl=a\nurl=b\n[daemon]\n[server]\nurl=c\n");
    duplicates.setValue("server", "url", "new");
    CHECK_EQ(duplicates.text(), "[server]\nurl=new\n[daemon]\n[server]\n");

    // No section: appended, so that keys before any section stay where
    // they are.
    IniFile noSection("top=1\n[daemon]\nsocket=/s\n");
    noSection.setValue("server", "url", "https://x");
    CHECK_EQ(noSection.text(), "top=1\n[daemon]\nsocket=/s\n\n[server]\nurl=https://x\n");
    IniFile empty("");
    empty.setValue("server", "url", "https://x");
    CHECK_EQ(empty.text(), "[server]\nurl=https://x\n");

    // Windows line ends stay Windows line ends.
    IniFile crlf("[server]\r\nurl=a\r\n");
    crlf.setValue("server", "url", "b");
    CHECK_EQ(crlf.text(), "[server]\r\nurl=b\r\n");

    // A file without a final newline gets one.
    IniFile unterminated("[server]\nurl=a");
    unterminated.setValue("server", "url", "b");
    CHECK_EQ(unterminated.text(), "[server]\nurl=b\n");
}

TEST_CASE(iniValuesReadBackAsWritten)
{
    for (const std::string value :
         {"https://licenses.example.com", "https://a, https://b", "with;semicolon", "quote\"d",
          "back\\slash", " padded ", "@at", "@@two", "new\nline", ""}) {
        IniFile ini("[server]\n");
        ini.setValue("server", "key", value);
        const IniFile reread(ini.text());
        CHECK_EQ(reread.value("server", "key"), std::optional<std::string>(value)) ||
                std::fprintf(stderr, "    written as: %s\n", ini.text().c_str());
    }
    CHECK_EQ(IniFile::formatValue("plain"), "plain");
    CHECK_EQ(IniFile::formatValue("a;b"), "\"a;b\"");
}

TEST_MAIN
