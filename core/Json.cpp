#include "core/Json.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace clm::json {

std::optional<QJsonObject> parseObject(const QByteArray& text, QString* error)
{
    QJsonParseError parseError{};
    const auto document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("invalid JSON at offset %1: %2")
                             .arg(parseError.offset)
                             .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = QStringLiteral("expected a JSON object");
        return std::nullopt;
    }
    return document.object();
}

QByteArray toCompact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray toCompact(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

bool isInteger(const QJsonValue& value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    constexpr double kMaxExact = 9007199254740992.0; // 2^53
    return std::isfinite(d) && std::trunc(d) == d && std::fabs(d) <= kMaxExact;
}

std::optional<QString> string(const QJsonObject& object, QStringView key)
{
    const auto value = object.value(key);
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

std::optional<qint64> integer(const QJsonObject& object, QStringView key)
{
    const auto value = object.value(key);
    if (!isInteger(value))
        return std::nullopt;
    return static_cast<qint64>(value.toDouble());
}

std::optional<bool> boolean(const QJsonObject& object, QStringView key)
{
    const auto value = object.value(key);
    if (!value.isBool())
        return std::nullopt;
    return value.toBool();
}

std::optional<QStringList> stringList(const QJsonObject& object, QStringView key)
{
    const auto value = object.value(key);
    if (!value.isArray())
        return std::nullopt;
    QStringList result;
    const auto array = value.toArray();
    result.reserve(array.size());
    for (const auto& item : array) {
        if (!item.isString())
            return std::nullopt;
        result.append(item.toString());
    }
    return result;
}

} // namespace clm::json
