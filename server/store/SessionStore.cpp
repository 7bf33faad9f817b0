#include "server/store/SessionStore.h"

#include "server/store/ScopedQuery.h"
#include "server/store/Transaction.h"

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant nullable(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

const QString SessionStore::kColumns =
        u"s.organization_id, s.id, s.license_id, l.name, l.product, s.device_id, s.user_id, "
        "s.hardware_id, s.hostname, s.os_user, s.ip_address, s.client, s.started_at, "
        "s.last_heartbeat_at, s.lease_expires_at, s.borrowed_until, s.holds_until, s.ended_at, "
        "s.end_reason"_s;

SessionRecord SessionStore::fromRow(const SqlRow& row)
{
    SessionRecord s;
    s.organizationId = row.text(0);
    s.id = row.text(1);
    s.licenseId = row.text(2);
    s.licenseName = row.text(3);
    s.product = row.text(4);
    s.deviceId = row.isNull(5) ? QString() : row.text(5);
    s.userId = row.isNull(6) ? QString() : row.text(6);
    s.hardwareId = row.text(7);
    s.hostname = row.text(8);
    s.osUser = row.text(9);
    s.ipAddress = row.isNull(10) ? QString() : row.text(10);
    s.client = row.isNull(11) ? QString() : row.text(11);
    s.startedAt = row.int64(12);
    s.lastHeartbeatAt = row.int64(13);
    s.leaseExpiresAt = row.int64(14);
    s.borrowedUntil = row.optionalInt64(15);
    s.holdsUntil = row.int64(16);
    s.endedAt = row.optionalInt64(17);
    s.endReason = row.isNull(18) ? QString() : row.text(18);
    return s;
}

static const QString kFrom =
        u"license_sessions s JOIN licenses l ON l.organization_id = s.organization_id AND l.id = s.license_id"_s;

std::optional<SessionRecord> SessionStore::find(const QString& id)
{
    const SqlResult result = m_tx.exec(
            u"SELECT %1 FROM %2 WHERE s.organization_id = $1 AND s.id = $2"_s.arg(kColumns, kFrom),
            {m_tx.organizationId(), id});
    if (result.isEmpty())
        return std::nullopt;
    return fromRow(result.first());
}

std::optional<SessionRecord> SessionStore::findHolding(const QStringList& licenseIds,
                                                       const Owner& owner,
                                                       const QString& hardwareId,
                                                       const QString& osUser, qint64 now)
{
    const bool byDevice = !owner.deviceId.isEmpty();
    if (!byDevice && owner.userId.isEmpty())
        return std::nullopt;
    const QString ownerCondition =
            byDevice ? u"s.device_id = $6"_s : u"s.user_id = $6 AND s.device_id IS NULL"_s;
    for (const auto& licenseId : licenseIds) {
        const SqlResult result =
                m_tx.exec(u"SELECT %1 FROM %2 WHERE s.organization_id = $1 AND s.license_id = $2 "
                          "AND s.hardware_id = $3 AND s.os_user = $4 AND s.ended_at IS NULL "
                          "AND s.holds_until > $5 AND %3 ORDER BY s.started_at LIMIT 1"_s.arg(
                                  kColumns, kFrom, ownerCondition),
                          {m_tx.organizationId(), licenseId, hardwareId, osUser, now,
                           byDevice ? owner.deviceId : owner.userId});
        if (!result.isEmpty())
            return fromRow(result.first());
    }
    return std::nullopt;
}

QList<SessionRecord> SessionStore::list(const Filter& filter, qint64 limit, qint64 offset,
                                        qint64* count)
{
    ScopedQuery query(m_tx, kFrom, kColumns, u"s.organization_id"_s);
    if (!filter.licenseId.isEmpty())
        query.where(u"s.license_id = ?"_s, {filter.licenseId});
    if (!filter.deviceId.isEmpty())
        query.where(u"s.device_id = ?"_s, {filter.deviceId});
    if (!filter.userId.isEmpty())
        query.where(u"s.user_id = ?"_s, {filter.userId});
    if (filter.active) {
        if (*filter.active)
            query.where(u"s.ended_at IS NULL AND s.holds_until > ?"_s, {filter.now});
        else
            query.where(u"(s.ended_at IS NOT NULL OR s.holds_until <= ?)"_s, {filter.now});
    }
    query.orderBy(u"s.started_at DESC, s.id DESC"_s);
    const auto page = query.fetch(limit, offset);
    if (count)
        *count = page.count;
    QList<SessionRecord> out;
    for (qsizetype i = 0; i < page.rows.size(); ++i)
        out.append(fromRow(page.rows.row(i)));
    return out;
}

void SessionStore::insert(const SessionRecord& s)
{
    m_tx.exec(u"INSERT INTO license_sessions (organization_id, id, license_id, device_id, user_id, "
              "hardware_id, hostname, os_user, ip_address, client, started_at, last_heartbeat_at, "
              "lease_expires_at, borrowed_until, holds_until) "
              "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)"_s,
              {m_tx.organizationId(), s.id, s.licenseId, nullable(s.deviceId), nullable(s.userId),
               s.hardwareId, s.hostname, s.osUser, nullable(s.ipAddress), nullable(s.client),
               s.startedAt, s.lastHeartbeatAt, s.leaseExpiresAt, nullable(s.borrowedUntil),
               s.holdsUntil});
}

bool SessionStore::renew(const SessionRecord& s, qint64 now)
{
    return m_tx.exec(u"UPDATE license_sessions SET last_heartbeat_at = $3, lease_expires_at = $4, "
                     "borrowed_until = $5, holds_until = $6 WHERE organization_id = $1 AND id = $2 "
                     "AND ended_at IS NULL AND holds_until > $7"_s,
                     {m_tx.organizationId(), s.id, s.lastHeartbeatAt, s.leaseExpiresAt,
                      nullable(s.borrowedUntil), s.holdsUntil, now})
                   .affectedRows == 1;
}

bool SessionStore::end(const QString& id, qint64 now, const QString& reason)
{
    return m_tx.exec(u"UPDATE license_sessions SET ended_at = $3, end_reason = $4 "
                     "WHERE organization_id = $1 AND id = $2 AND ended_at IS NULL"_s,
                     {m_tx.organizationId(), id, now, reason})
                   .affectedRows == 1;
}

QList<QPair<QString, QString>> SessionStore::endAll(const QString& column, const QString& value,
                                                    qint64 now, const QString& reason)
{
    // `column` comes from our code (license_id, device_id), never a client.
    const SqlResult ended = m_tx.exec(
            u"UPDATE license_sessions SET ended_at = $3, end_reason = $4 WHERE organization_id = "
            u"$1 "
            "AND %1 = $2 AND ended_at IS NULL AND holds_until > $3 RETURNING id, license_id"_s.arg(
                    column),
            {m_tx.organizationId(), value, now, reason});
    QList<QPair<QString, QString>> out;
    for (qsizetype i = 0; i < ended.size(); ++i)
        out.append({ended.row(i).text(0), ended.row(i).text(1)});
    return out;
}

} // namespace clm::server
