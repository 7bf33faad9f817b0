#include "app/TimeText.h"

#include "core/Time.h"

#include <QDateTime>
#include <QLocale>

#include <cstdlib>

namespace clm::app {

QString TimeText::relative(qint64 atMs, qint64 nowMs)
{
    const qint64 seconds = (nowMs - atMs) / 1000;
    const bool future = seconds < 0;
    const qint64 span = std::llabs(seconds);
    if (span < 5)
        return tr("just now");
    auto say = [future](const char* past, const char* ahead, qint64 n) {
        return tr(future ? ahead : past, nullptr, static_cast<int>(n));
    };
    if (span < 120)
        return say(QT_TR_N_NOOP("%n s ago"), QT_TR_N_NOOP("in %n s"), span);
    if (span < 7200)
        return say(QT_TR_N_NOOP("%n min ago"), QT_TR_N_NOOP("in %n min"), span / 60);
    if (span < 2 * 86400)
        return say(QT_TR_N_NOOP("%n h ago"), QT_TR_N_NOOP("in %n h"), span / 3600);
    return say(QT_TR_N_NOOP("%n days ago"), QT_TR_N_NOOP("in %n days"), span / 86400);
}

QString TimeText::absolute(qint64 atMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(atMs), QLocale::ShortFormat);
}

QString TimeText::both(qint64 atMs, qint64 nowMs)
{
    return tr("%1 (%2)").arg(relative(atMs, nowMs), absolute(atMs));
}

QString TimeText::duration(qint64 seconds)
{
    if (seconds % 86400 == 0 && seconds >= 86400)
        return tr("%n days", nullptr, static_cast<int>(seconds / 86400));
    if (seconds % 3600 == 0 && seconds >= 3600)
        return tr("%n h", nullptr, static_cast<int>(seconds / 3600));
    if (seconds % 60 == 0 && seconds >= 60)
        return tr("%n min", nullptr, static_cast<int>(seconds / 60));
    return tr("%n s", nullptr, static_cast<int>(seconds));
}

std::optional<qint64> TimeText::parse(const QString& rfc3339)
{
    if (rfc3339.isEmpty())
        return std::nullopt;
    return time::parseRfc3339(rfc3339);
}

int TimeText::daysUntil(qint64 atMs, qint64 nowMs)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    const QDate day = QDateTime::fromMSecsSinceEpoch(atMs).date();
    return static_cast<int>(today.daysTo(day));
}

} // namespace clm::app
