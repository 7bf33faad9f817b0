#include "core/JsonWriter.h"

#include <QLocale>

#include <cmath>
#include <utility>

namespace clm::json {

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_text.reserve(reserve);
    m_text.append('{');
}

void JsonWriter::name(QLatin1StringView name)
{
    if (m_text.size() > 1)
        m_text.append(',');
    m_text.append('"').append(name.data(), name.size()).append("\":");
}

void JsonWriter::string(QStringView value)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const qsizetype size = value.size();
    // Written in place: a UTF-16 unit becomes at most 6 bytes ("\u001f").
    const qsizetype start = m_text.size();
    m_text.resize(start + 6 * size + 2);
    char* out = m_text.data() + start;
    const auto escaped = [&out](char16_t c) {
        *out++ = '\\';
        *out++ = 'u';
        *out++ = kHex[(c >> 12) & 0xf];
        *out++ = kHex[(c >> 8) & 0xf];
        *out++ = kHex[(c >> 4) & 0xf];
        *out++ = kHex[c & 0xf];
    };
    const auto pair = [&out](char a, char b) {
        *out++ = a;
        *out++ = b;
    };
    *out++ = '"';
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = value.at(i).unicode();
        if (c < 0x80) {
            switch (c) {
            case '"':
                pair('\\', '"');
                break;
            case '\\':
                pair('\\', '\\');
                break;
            case '\b':
                pair('\\', 'b');
                break;
            case '\f':
                pair('\\', 'f');
                break;
            case '\n':
                pair('\\', 'n');
                break;
            case '\r':
                pair('\\', 'r');
                break;
            case '\t':
                pair('\\', 't');
                break;
            default:
                if (c < 0x20)
                    escaped(c);
                else
                    *out++ = char(c);
            }
        } else if (c < 0x800) {
            pair(char(0xc0 | (c >> 6)), char(0x80 | (c & 0x3f)));
        } else if (QChar::isHighSurrogate(c) && i + 1 < size &&
                   QChar::isLowSurrogate(value.at(i + 1).unicode())) {
            const char32_t u = QChar::surrogateToUcs4(c, value.at(++i).unicode());
            pair(char(0xf0 | (u >> 18)), char(0x80 | ((u >> 12) & 0x3f)));
            pair(char(0x80 | ((u >> 6) & 0x3f)), char(0x80 | (u & 0x3f)));
        } else if (QChar::isSurrogate(c)) {
            // Half of a pair, alone: not a character UTF-8 can carry; written
            // as its code unit, as QJsonDocument does.
            escaped(c);
        } else {
            *out++ = char(0xe0 | (c >> 12));
            pair(char(0x80 | ((c >> 6) & 0x3f)), char(0x80 | (c & 0x3f)));
        }
    }
    *out++ = '"';
    m_text.truncate(out - m_text.constData());
}

JsonWriter& JsonWriter::add(QLatin1StringView name, QStringView value)
{
    this->name(name);
    string(value);
    return *this;
}

JsonWriter& JsonWriter::add(QLatin1StringView name, qint64 value)
{
    this->name(name);
    m_text.append(QByteArray::number(value));
    return *this;
}

JsonWriter& JsonWriter::add(QLatin1StringView name, double value)
{
    this->name(name);
    if (std::isfinite(value))
        m_text.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
    else
        m_text.append("null");
    return *this;
}

JsonWriter& JsonWriter::add(QLatin1StringView name, const QStringList& values)
{
    this->name(name);
    m_text.append('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_text.append(',');
        string(values.at(i));
    }
    m_text.append(']');
    return *this;
}

JsonWriter& JsonWriter::addNull(QLatin1StringView name)
{
    this->name(name);
    m_text.append("null");
    return *this;
}

JsonWriter& JsonWriter::addJson(QLatin1StringView name, QByteArrayView json)
{
    this->name(name);
    m_text.append(json);
    return *this;
}

QByteArray JsonWriter::take()
{
    m_text.append('}');
    return std::exchange(m_text, QByteArrayLiteral("{"));
}

} // namespace clm::json
