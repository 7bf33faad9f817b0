#pragma once

#include <QJsonValue>
#include <QString>

namespace clm::ui::fields {

// A translated label for a field of the API's objects ("max_concurrent_seats"
// reads "Seats"); unknown fields read as their name in words.
QString label(const QString& key);
// Why a session ended (API.md end_reason) in words.
QString endReason(const QString& reason);
// A value as the detail pane shows it: times in local time, role, audit
// action and actor or target types in words; empty for other values.
QString specialValue(const QString& key, const QJsonValue& value);
// Any value as text: booleans as yes/no, lists joined, objects as compact
// JSON, the special values above in words, null as a dash.
QString valueText(const QString& key, const QJsonValue& value);
// An RFC 3339 time in the locale's short format; empty if it is none.
QString localTime(const QString& rfc3339);

} // namespace clm::ui::fields
