#pragma once

#include <QJsonValue>
#include <QString>

namespace clm::ui::fields {

// A translated label for a field of the API's objects ("max_concurrent_seats"
// reads "Seats"); unknown fields read as their name in words.
QString label(const QString& key);
// A value as the detail pane shows it: role, audit action and actor or
// target types in words; other values unchanged (empty when not special).
QString specialValue(const QString& key, const QJsonValue& value);

} // namespace clm::ui::fields
