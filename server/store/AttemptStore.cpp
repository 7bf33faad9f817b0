#include "server/store/AttemptStore.h"

#include "server/db/SqlConnection.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clm::server {

AttemptStore::Reservation AttemptStore::reserve(const QList<Key>& keys, qint64 now, qint64 windowMs)
{
    Reservation reservation;
    for (const auto& [key, limit] : keys) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_db.exec(u"INSERT INTO auth_attempts (id, key, at) VALUES ($1, $2, $3)"_s, {id, key, now});
        reservation.ids.append(id);
    }
    qint64 retryAfter = 0;
    for (const auto& [key, limit] : keys) {
        const SqlResult recent =
                m_db.exec(u"SELECT at FROM auth_attempts WHERE key = $1 AND at > $2 ORDER BY at"_s,
                          {key, now - windowMs});
        if (recent.size() > limit) {
            // Free again once the oldest attempts fall out of the window.
            const qint64 freeAt = recent.row(recent.size() - limit - 1).int64(0) + windowMs;
            retryAfter = std::max(retryAfter, std::max<qint64>(1, (freeAt - now + 999) / 1000));
        }
    }
    if (retryAfter > 0) {
        release(reservation.ids);
        reservation.ids.clear();
        reservation.retryAfterSeconds = retryAfter;
    }
    return reservation;
}

void AttemptStore::release(const QStringList& ids)
{
    for (const auto& id : ids)
        m_db.exec(u"DELETE FROM auth_attempts WHERE id = $1"_s, {id});
}

void AttemptStore::prune(qint64 olderThan)
{
    m_db.exec(u"DELETE FROM auth_attempts WHERE at < $1"_s, {olderThan});
}

} // namespace clm::server
