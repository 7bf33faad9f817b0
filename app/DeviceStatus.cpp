#include "app/DeviceStatus.h"

#include "app/TimeText.h"

using namespace Qt::StringLiterals;

namespace clm::app::devices {

qint64 lastContactMs(const QJsonObject& device)
{
    if (const auto seen = TimeText::parse(device.value("last_seen_at"_L1).toString()))
        return *seen;
    if (const auto enrolled = TimeText::parse(device.value("enrolled_at"_L1).toString()))
        return *enrolled;
    return -1;
}

bool isStale(const QJsonObject& device, qint64 nowMs, int staleDays)
{
    if (!device.value("is_active"_L1).toBool())
        return false;
    const qint64 last = lastContactMs(device);
    return last >= 0 && nowMs - last >= qint64(staleDays) * 86'400'000;
}

} // namespace clm::app::devices
