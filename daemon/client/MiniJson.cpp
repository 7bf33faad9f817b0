#include "daemon/client/MiniJson.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace clm::client::json {

namespace {

// Deep enough for any answer of the protocol, shallow enough that a hostile
// line cannot exhaust the stack of the program that links libclm.
constexpr int kMaxDepth = 128;

const std::string& emptyString()
{
    static const std::string empty;
    return empty;
}

void appendUtf8(std::string& out, uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Length of the UTF-8 sequence at text[pos], 0 when it is malformed.
size_t utf8SequenceLength(std::string_view text, size_t pos)
{
    const auto byte = [&](size_t i) {
        return static_cast<unsigned char>(text[i]);
    };
    const unsigned char lead = byte(pos);
    if (lead < 0x80)
        return 1;
    size_t length = 0;
    uint32_t cp = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        cp = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        cp = lead & 0x07;
    } else {
        return 0;
    }
    if (pos + length > text.size())
        return 0;
    for (size_t i = 1; i < length; ++i) {
        const unsigned char next = byte(pos + i);
        if ((next & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (next & 0x3F);
    }
    if ((length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return length;
}

class Parser
{
public:
    explicit Parser(std::string_view text)
        : m_text(text)
    {}

    ParseResult run()
    {
        skipSpace();
        std::optional<Value> value = parseValue(0);
        if (!value)
            return {std::nullopt, m_error};
        skipSpace();
        if (m_pos != m_text.size())
            return {std::nullopt, where("unexpected text after the JSON value")};
        return {std::move(value), {}};
    }

private:
    std::string where(const std::string& what) const
    {
        return what + " at offset " + std::to_string(m_pos);
    }

    std::nullopt_t fail(const std::string& what)
    {
        if (m_error.empty())
            m_error = where(what);
        return std::nullopt;
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text[m_pos]; }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    bool consumeWord(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }

    std::optional<Value> parseValue(int depth)
    {
        if (atEnd())
            return fail("unexpected end of text");
        switch (peek()) {
        case '{':
            return parseObject(depth);
        case '[':
            return parseArray(depth);
        case '"': {
            std::optional<std::string> text = parseString();
            if (!text)
                return std::nullopt;
            return Value::string(std::move(*text));
        }
        case 't':
            if (consumeWord("true"))
                return Value::boolean(true);
            return fail("invalid literal");
        case 'f':
            if (consumeWord("false"))
                return Value::boolean(false);
            return fail("invalid literal");
        case 'n':
            if (consumeWord("null"))
                return Value::null();
            return fail("invalid literal");
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9'))
                return parseNumber();
            return fail("unexpected character");
        }
    }

    std::optional<Value> parseObject(int depth)
    {
        if (depth >= kMaxDepth)
            return fail("nesting too deep");
        ++m_pos; // '{'
        Value::Object members;
        skipSpace();
        if (!atEnd() && peek() == '}') {
            ++m_pos;
            return Value::object(std::move(members));
        }
        for (;;) {
            skipSpace();
            if (atEnd() || peek() != '"')
                return fail("expected a string key");
            std::optional<std::string> key = parseString();
            if (!key)
                return std::nullopt;
            skipSpace();
            if (atEnd() || peek() != ':')
                return fail("expected ':'");
            ++m_pos;
            skipSpace();
            std::optional<Value> value = parseValue(depth + 1);
            if (!value)
                return std::nullopt;
            members.emplace_back(std::move(*key), std::move(*value));
            skipSpace();
            if (atEnd())
                return fail("unterminated object");
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return Value::object(std::move(members));
            }
            return fail("expected ',' or '}'");
        }
    }

    std::optional<Value> parseArray(int depth)
    {
        if (depth >= kMaxDepth)
            return fail("nesting too deep");
        ++m_pos; // '['
        Value::Array values;
        skipSpace();
        if (!atEnd() && peek() == ']') {
            ++m_pos;
            return Value::array(std::move(values));
        }
        for (;;) {
            skipSpace();
            std::optional<Value> value = parseValue(depth + 1);
            if (!value)
                return std::nullopt;
            values.push_back(std::move(*value));
            skipSpace();
            if (atEnd())
                return fail("unterminated array");
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return Value::array(std::move(values));
            }
            return fail("expected ',' or ']'");
        }
    }

    std::optional<uint32_t> parseHex4()
    {
        if (m_pos + 4 > m_text.size())
            return fail("truncated \\u escape");
        uint32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos++];
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= static_cast<uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f')
                value |= static_cast<uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                value |= static_cast<uint32_t>(c - 'A' + 10);
            else
                return fail("invalid \\u escape");
        }
        return value;
    }

    std::optional<std::string> parseString()
    {
        ++m_pos; // '"'
        std::string out;
        for (;;) {
            if (atEnd())
                return fail("unterminated string");
            const unsigned char c = static_cast<unsigned char>(peek());
            if (c == '"') {
                ++m_pos;
                return out;
            }
            if (c < 0x20)
                return fail("control character in a string");
            if (c == '\\') {
                ++m_pos;
                if (atEnd())
                    return fail("unterminated string");
                const char escape = m_text[m_pos++];
                switch (escape) {
                case '"':
                case '\\':
                case '/':
                    out += escape;
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u': {
                    std::optional<uint32_t> unit = parseHex4();
                    if (!unit)
                        return std::nullopt;
                    uint32_t cp = *unit;
                    if (cp >= 0xD800 && cp <= 0xDBFF && m_text.substr(m_pos, 2) == "\\u") {
                        const size_t save = m_pos;
                        m_pos += 2;
                        std::optional<uint32_t> low = parseHex4();
                        if (!low)
                            return std::nullopt;
                        if (*low >= 0xDC00 && *low <= 0xDFFF)
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (*low - 0xDC00);
                        else
                            m_pos = save; // a lone high surrogate, then another escape
                    }
                    // A lone surrogate has no UTF-8 form: U+FFFD, as Qt does.
                    if (cp >= 0xD800 && cp <= 0xDFFF)
                        cp = 0xFFFD;
                    appendUtf8(out, cp);
                    break;
                }
                default:
                    --m_pos;
                    return fail("invalid escape");
                }
                continue;
            }
            const size_t length = utf8SequenceLength(m_text, m_pos);
            if (length == 0)
                return fail("invalid UTF-8");
            out.append(m_text.substr(m_pos, length));
            m_pos += length;
        }
    }

    std::optional<Value> parseNumber()
    {
        const size_t start = m_pos;
        if (peek() == '-')
            ++m_pos;
        if (atEnd())
            return fail("invalid number");
        if (peek() == '0') {
            ++m_pos;
        } else if (peek() >= '1' && peek() <= '9') {
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                ++m_pos;
        } else {
            return fail("invalid number");
        }
        if (!atEnd() && peek() == '.') {
            ++m_pos;
            if (atEnd() || peek() < '0' || peek() > '9')
                return fail("invalid number");
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                ++m_pos;
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            ++m_pos;
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                ++m_pos;
            if (atEnd() || peek() < '0' || peek() > '9')
                return fail("invalid number");
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                ++m_pos;
        }
        const std::string_view text = m_text.substr(start, m_pos - start);
        double value = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
            m_pos = start;
            return fail("number out of range");
        }
        return Value::number(value, std::string(text));
    }

    std::string_view m_text;
    size_t m_pos = 0;
    std::string m_error;
};

void serializeTo(std::string& out, const Value& value)
{
    switch (value.type()) {
    case Value::Type::Null:
        out += "null";
        break;
    case Value::Type::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case Value::Type::Number:
        out += value.numberText();
        break;
    case Value::Type::String:
        out += quote(value.toString());
        break;
    case Value::Type::Array: {
        out += '[';
        bool first = true;
        for (const Value& element : value.toArray()) {
            if (!first)
                out += ',';
            first = false;
            serializeTo(out, element);
        }
        out += ']';
        break;
    }
    case Value::Type::Object: {
        out += '{';
        bool first = true;
        for (const auto& [key, member] : value.toObject()) {
            if (!first)
                out += ',';
            first = false;
            out += quote(key);
            out += ':';
            serializeTo(out, member);
        }
        out += '}';
        break;
    }
    }
}

} // namespace

Value Value::boolean(bool value)
{
    Value v;
    v.m_type = Type::Bool;
    v.m_bool = value;
    return v;
}

Value Value::number(double value, std::string text)
{
    Value v;
    v.m_type = Type::Number;
    v.m_number = value;
    v.m_text = std::move(text);
    return v;
}

Value Value::integer(int64_t value)
{
    return number(static_cast<double>(value), std::to_string(value));
}

Value Value::string(std::string value)
{
    Value v;
    v.m_type = Type::String;
    v.m_text = std::move(value);
    return v;
}

Value Value::array(Array values)
{
    Value v;
    v.m_type = Type::Array;
    v.m_array = std::move(values);
    return v;
}

Value Value::object(Object members)
{
    Value v;
    v.m_type = Type::Object;
    v.m_object = std::move(members);
    return v;
}

std::optional<int64_t> Value::toInteger() const
{
    if (!isNumber())
        return std::nullopt;
    // Integers written without fraction or exponent are read exactly, also
    // past 2^53 where the double would round.
    int64_t exact = 0;
    const char* begin = m_text.data();
    const char* end = begin + m_text.size();
    const auto [stop, ec] = std::from_chars(begin, end, exact);
    if (ec == std::errc() && stop == end)
        return exact;
    if (std::trunc(m_number) != m_number || m_number < -9223372036854775808.0 ||
        m_number >= 9223372036854775808.0)
        return std::nullopt;
    return static_cast<int64_t>(m_number);
}

const std::string& Value::toString() const
{
    return isString() ? m_text : emptyString();
}

const Value* Value::find(std::string_view key) const
{
    if (!isObject())
        return nullptr;
    for (auto it = m_object.rbegin(); it != m_object.rend(); ++it) {
        if (it->first == key)
            return &it->second;
    }
    return nullptr;
}

const std::string& Value::stringAt(std::string_view key) const
{
    const Value* member = find(key);
    return member ? member->toString() : emptyString();
}

void Value::prepend(std::string key, Value value)
{
    for (auto& member : m_object) {
        if (member.first == key) {
            member.second = std::move(value);
            return;
        }
    }
    m_object.emplace(m_object.begin(), std::move(key), std::move(value));
}

void Value::insert(std::string key, Value value)
{
    for (auto& member : m_object) {
        if (member.first == key) {
            member.second = std::move(value);
            return;
        }
    }
    m_object.emplace_back(std::move(key), std::move(value));
}

bool operator==(const Value& a, const Value& b)
{
    if (a.m_type != b.m_type)
        return false;
    switch (a.m_type) {
    case Value::Type::Null:
        return true;
    case Value::Type::Bool:
        return a.m_bool == b.m_bool;
    case Value::Type::Number: {
        const std::optional<int64_t> ia = a.toInteger();
        const std::optional<int64_t> ib = b.toInteger();
        if (ia && ib)
            return *ia == *ib;
        return a.m_number == b.m_number;
    }
    case Value::Type::String:
        return a.m_text == b.m_text;
    case Value::Type::Array:
        return a.m_array == b.m_array;
    case Value::Type::Object:
        return a.m_object == b.m_object;
    }
    return false;
}

ParseResult parse(std::string_view text)
{
    return Parser(text).run();
}

std::string serialize(const Value& value)
{
    std::string out;
    serializeTo(out, value);
    return out;
}

std::string quote(std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (byte < 0x20 || byte == 0x7F) {
                out += "\\u00";
                out += kHex[byte >> 4];
                out += kHex[byte & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

bool isValidUtf8(std::string_view text)
{
    for (size_t pos = 0; pos < text.size();) {
        const size_t length = utf8SequenceLength(text, pos);
        if (length == 0)
            return false;
        pos += length;
    }
    return true;
}

} // namespace clm::client::json
