#pragma once

#include <QString>
#include <QStringList>

namespace clm::app::audit {

// The audit log's action codes (API.md, "Audit log and live events"), in
// the order a filter lists them.
QStringList actions();
// A translated, readable name for an action code ("license.create" reads
// "License created"); unknown codes are shown as they are.
QString actionName(const QString& action);
// "user", "device", "system" and the target types as translated words.
QString typeName(const QString& type);

} // namespace clm::app::audit
