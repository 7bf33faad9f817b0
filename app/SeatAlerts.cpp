#include "app/SeatAlerts.h"

#include "core/Clock.h"

using namespace Qt::StringLiterals;

namespace clm::app {

SeatAlerts::SeatAlerts(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{}

void SeatAlerts::updateLicenses(const QList<QJsonObject>& licenses)
{
    QHash<QString, Seen> now;
    for (const QJsonObject& license : licenses) {
        const QString id = license.value("id"_L1).toString();
        Seen seen = m_licenses.value(id);
        const bool wasFull = m_licenses.contains(id) && seen.total > 0 && seen.used >= seen.total;
        seen.name = license.value("name"_L1).toString();
        seen.used = license.value("active_sessions"_L1).toInt();
        seen.total = license.value("max_concurrent_seats"_L1).toInt();
        const bool full = seen.total > 0 && seen.used >= seen.total;
        // A free seat ends a spell of refusals: the next one starts anew.
        if (!full)
            seen.lastDenialMs = -1;
        // A license first seen after the start (created, reactivated) is
        // new to the admin too.
        const bool known = m_learned;
        if (m_enabled && known && full && !wasFull)
            emit alert(Kind::SeatLimitReached, id, tr("%1: every seat is taken").arg(seen.name),
                       tr("%1 of %2 seats are in use; the next request is refused until one is "
                          "free.")
                               .arg(seen.used)
                               .arg(seen.total));
        now.insert(id, seen);
    }
    m_licenses = now;
    m_learned = true;
}

void SeatAlerts::handleEvent(const QJsonObject& event)
{
    if (event.value("type"_L1).toString() != "session.denied"_L1)
        return;
    const QString id = event.value("license_id"_L1).toString();
    Seen& seen = m_licenses[id];
    const qint64 now = m_clock.nowMsecs();
    const bool starting = seen.lastDenialMs < 0 || now - seen.lastDenialMs >= m_quietMs;
    seen.lastDenialMs = now;
    if (!m_enabled || !starting)
        return;
    const QString name = seen.name.isEmpty() ? event.value("product"_L1).toString() : seen.name;
    const QString who = event.value("os_user"_L1).toString();
    emit alert(Kind::DenialsStarted, id, tr("%1: requests are being refused").arg(name),
               who.isEmpty() ? tr("A machine was refused a seat because all are taken.")
                             : tr("%1 was refused a seat because all are taken.").arg(who));
}

} // namespace clm::app
