#pragma once

// A small JSON reader and writer for libclm and clm, which must not depend on
// Qt (libclm is linked into programs of any language). Strict RFC 8259: one
// value, nothing but white space around it, UTF-8 checked, nesting bounded.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace clm::client::json {

class Value
{
public:
    enum class Type
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };
    using Array = std::vector<Value>;
    // Members in the order of the text; a key given twice finds the last.
    using Object = std::vector<std::pair<std::string, Value>>;

    Value() = default;
    static Value null() { return {}; }
    static Value boolean(bool value);
    // `text` is the number as written on the wire, kept for re-serialization
    // so that numbers pass through clm_request unchanged.
    static Value number(double value, std::string text);
    static Value integer(int64_t value);
    static Value string(std::string value);
    static Value array(Array values = {});
    static Value object(Object members = {});

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool(bool fallback = false) const { return isBool() ? m_bool : fallback; }
    double toDouble(double fallback = 0) const { return isNumber() ? m_number : fallback; }
    // The number when it is an integer that int64_t holds exactly.
    std::optional<int64_t> toInteger() const;
    const std::string& numberText() const { return m_text; }
    // The string, or "" for other types.
    const std::string& toString() const;
    const Array& toArray() const { return m_array; }
    const Object& toObject() const { return m_object; }

    // Object lookup; nullptr when absent or not an object.
    const Value* find(std::string_view key) const;
    // The member's string, or "" when absent or not a string.
    const std::string& stringAt(std::string_view key) const;

    // Puts `key` first when absent, replaces it otherwise.
    void prepend(std::string key, Value value);
    void insert(std::string key, Value value);

    // Equal type and content; numbers compare by value (1 == 1.0).
    friend bool operator==(const Value& a, const Value& b);

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0;
    std::string m_text; // a string's content or a number's wire text
    Array m_array;
    Object m_object;
};

struct ParseResult
{
    std::optional<Value> value;
    std::string error; // "" on success
};

// Parses exactly one JSON value (any type) surrounded only by white space.
ParseResult parse(std::string_view text);

// Compact JSON (no white space), always one line: control characters in
// strings are escaped, UTF-8 is written as is.
std::string serialize(const Value& value);

// `text` as a JSON string literal, quotes included.
std::string quote(std::string_view text);

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or values
// past U+10FFFF).
bool isValidUtf8(std::string_view text);

} // namespace clm::client::json
