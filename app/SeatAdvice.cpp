#include "app/SeatAdvice.h"

#include "app/TimeText.h"
#include "app/UsageHistory.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clm::app {

namespace {

// Nearest rank: the smallest value with at least 95 % at or below it.
int percentile95(QList<int> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = (95 * values.size() + 99) / 100;
    return values.at(std::max<qsizetype>(rank, 1) - 1);
}

} // namespace

bool SeatAdvice::isWorkingHour(qint64 t)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(t);
    const int hour = local.time().hour();
    return local.date().dayOfWeek() <= 5 && hour >= 8 && hour < 18;
}

SeatAdvice SeatAdvice::compute(int seats, int days, const QList<Hour>& hours,
                               const QList<Caller>& denied)
{
    SeatAdvice a;
    a.seats = seats;
    a.days = days;
    a.denied = denied;
    QList<int> peaks;
    QList<int> workingPeaks;
    peaks.reserve(hours.size());
    // Denials by how many extra seats their hour would have needed.
    QMap<int, qint64> denialsByNeed;
    for (const Hour& h : hours) {
        peaks.append(h.peak);
        if (isWorkingHour(h.t))
            workingPeaks.append(h.peak);
        a.peak = std::max(a.peak, h.peak);
        if (seats > 0 && h.peak >= seats)
            ++a.hoursAtLimit;
        a.denials += h.denials;
        if (h.denials > 0)
            denialsByNeed[std::max(1, h.refused)] += h.denials;
    }
    a.p95 = percentile95(peaks);
    a.p95WorkingHours = percentile95(workingPeaks);
    if (a.denials > 0) {
        qint64 served = 0;
        for (auto it = denialsByNeed.begin(); it != denialsByNeed.end(); ++it) {
            served += it.value();
            a.extraSeatsFor95 = it.key();
            if (served * 100 >= a.denials * 95)
                break;
        }
    }
    if (a.denials > 0)
        a.verdict = Verdict::TooFew;
    else if (a.peak == 0)
        a.verdict = Verdict::Unused;
    else if (a.peak < seats)
        a.verdict = Verdict::TooMany;
    else
        a.verdict = Verdict::Fits;
    return a;
}

QString SeatAdvice::sentence() const
{
    switch (verdict) {
    case Verdict::Unused:
        return tr("No seat was used in %n day(s): all %1 seats are unused.", nullptr, days)
                .arg(seats);
    case Verdict::TooMany:
        return tr("Peak use %1 of %2: %3 seats unused for %n day(s).", nullptr, days)
                .arg(peak)
                .arg(seats)
                .arg(unusedSeats());
    case Verdict::Fits:
        return tr("Peak use %1 of %2 and nobody was refused: the seats fit.").arg(peak).arg(seats);
    case Verdict::TooFew:
        return tr("At the limit %n hour(s) with %1 denials: %2 more seats would have served "
                  "95 % of them.",
                  nullptr, hoursAtLimit)
                .arg(denials)
                .arg(extraSeatsFor95);
    }
    return {};
}

QString SeatAdvice::callerName(const Caller& caller)
{
    const QString machine = caller.hostname.isEmpty() ? caller.hardwareId : caller.hostname;
    if (caller.osUser.isEmpty())
        return machine;
    return tr("%1 (%2)").arg(machine, caller.osUser);
}

QList<SeatAdvice::Hour> SeatAdvice::hoursFrom(const QJsonObject& usage, const QJsonObject& denials)
{
    QHash<qint64, int> refused;
    for (const QJsonValue& v : denials.value("hours"_L1).toArray()) {
        const QJsonObject h = v.toObject();
        if (const auto t = TimeText::parse(h.value("t"_L1).toString()))
            refused.insert(*t, h.value("callers"_L1).toInt());
    }
    QList<Hour> hours;
    for (const UsageHistory::Point& p : UsageHistory::parse(usage))
        hours.append({p.t, p.maxSessions, p.denials, refused.value(p.t)});
    return hours;
}

QList<SeatAdvice::Caller> SeatAdvice::callersFrom(const QJsonObject& denials)
{
    QList<Caller> callers;
    for (const QJsonValue& v : denials.value("denied"_L1).toArray()) {
        const QJsonObject d = v.toObject();
        callers.append({d.value("hardware_id"_L1).toString(), d.value("hostname"_L1).toString(),
                        d.value("os_user"_L1).toString(), d.value("denials"_L1).toInteger(),
                        TimeText::parse(d.value("last_at"_L1).toString()).value_or(0)});
    }
    return callers;
}

} // namespace clm::app
