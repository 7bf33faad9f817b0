#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringList>
#include <QStringView>

namespace clm::json {

// Writes one compact JSON object member by member, straight into UTF-8
// bytes: for documents built on every request of a hot path (a lease's
// claims), where a QJsonObject costs more than the text it becomes (it
// keeps its members sorted in a CBOR container, then serializes them).
// Members come out in the order they are added; names are ASCII literals
// that need no escaping. Strings are escaped byte for byte as QJsonDocument
// escapes them (tst_json checks every kind), half surrogate pairs included.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 256);

    JsonWriter& add(QLatin1StringView name, QStringView value);
    JsonWriter& add(QLatin1StringView name, qint64 value);
    JsonWriter& add(QLatin1StringView name, int value) { return add(name, qint64(value)); }
    // As QJsonDocument writes a double: the shortest text that reads back
    // the same; null when not finite.
    JsonWriter& add(QLatin1StringView name, double value);
    JsonWriter& add(QLatin1StringView name, const QStringList& values);
    JsonWriter& addNull(QLatin1StringView name);
    // A member whose value is JSON text already (a nested object written by
    // another writer), copied as it is.
    JsonWriter& addJson(QLatin1StringView name, QByteArrayView json);

    // The object's text; the writer starts a new, empty object.
    QByteArray take();

private:
    void name(QLatin1StringView name);
    void string(QStringView value);

    QByteArray m_text;
};

} // namespace clm::json
