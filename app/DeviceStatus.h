#pragma once

#include <QJsonObject>

namespace clm::app::devices {

// An active device that has not contacted the server for `staleDays` days
// (since its enrollment, if it never has since): a machine that may be
// gone, still counted as enrolled.
bool isStale(const QJsonObject& device, qint64 nowMs, int staleDays);
// When the device last contacted the server, or was enrolled; -1 if neither.
qint64 lastContactMs(const QJsonObject& device);

} // namespace clm::app::devices
