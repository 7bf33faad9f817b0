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
    m_text.append('"');
    const QByteArray utf8 = value.toUtf8();
    qsizetype plain = 0; // start of the run not yet copied
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_text.append(utf8.constData() + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"':
            m_text.append("\\\"");
            break;
        case '\\':
            m_text.append("\\\\");
            break;
        case '\b':
            m_text.append("\\b");
            break;
        case '\f':
            m_text.append("\\f");
            break;
        case '\n':
            m_text.append("\\n");
            break;
        case '\r':
            m_text.append("\\r");
            break;
        case '\t':
            m_text.append("\\t");
            break;
        default:
            m_text.append("\\u00").append(kHex[c >> 4]).append(kHex[c & 0xf]);
        }
    }
    m_text.append(utf8.constData() + plain, utf8.size() - plain);
    m_text.append('"');
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

QByteArray JsonWriter::take()
{
    m_text.append('}');
    return std::exchange(m_text, QByteArray());
}

} // namespace clm::json
