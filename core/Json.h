#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace clm::json {

// Parses text that must be exactly one JSON object (nothing before or after it
// but white space). On failure returns nullopt and, if given, a reason.
std::optional<QJsonObject> parseObject(const QByteArray& text, QString* error = nullptr);

// Compact UTF-8 serialization (no white space), as sent on the wire.
QByteArray toCompact(const QJsonObject& object);
QByteArray toCompact(const QJsonArray& array);

// Typed reads that refuse the wrong JSON type instead of converting it.
std::optional<QString> string(const QJsonObject& object, QStringView key);
std::optional<qint64> integer(const QJsonObject& object, QStringView key);
std::optional<bool> boolean(const QJsonObject& object, QStringView key);
std::optional<QStringList> stringList(const QJsonObject& object, QStringView key);

// True when a JSON number holds an integer exactly representable as qint64
// (JSON numbers are doubles; 2^53 is the edge of exactness).
bool isInteger(const QJsonValue& value);

} // namespace clm::json
