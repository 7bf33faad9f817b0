#include "server/store/DeviceStore.h"

#include "server/store/ScopedQuery.h"
#include "server/store/Transaction.h"

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

const QString kTokenColumns =
        u"organization_id, id, label, uses, max_uses, expires_at, created_at, revoked_at"_s;
const QString kDeviceColumns =
        u"organization_id, id, hardware_id, hostname, os, enrolled_at, last_seen_at, is_active"_s;

EnrollmentTokenRecord tokenFromRow(const SqlRow& row)
{
    EnrollmentTokenRecord t;
    t.organizationId = row.text(0);
    t.id = row.text(1);
    t.label = row.text(2);
    t.uses = row.int64(3);
    t.maxUses = row.optionalInt64(4);
    t.expiresAt = row.optionalInt64(5);
    t.createdAt = row.int64(6);
    t.revokedAt = row.optionalInt64(7);
    return t;
}

DeviceRecord deviceFromRow(const SqlRow& row)
{
    DeviceRecord d;
    d.organizationId = row.text(0);
    d.id = row.text(1);
    d.hardwareId = row.text(2);
    d.hostname = row.text(3);
    d.os = row.text(4);
    d.enrolledAt = row.int64(5);
    d.lastSeenAt = row.optionalInt64(6);
    d.isActive = row.boolean(7);
    return d;
}

QVariant nullable(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

void DeviceStore::insertToken(const EnrollmentTokenRecord& t, const QString& tokenHash)
{
    m_tx.exec(u"INSERT INTO enrollment_tokens (organization_id, id, label, token_hash, uses, "
              "max_uses, expires_at, created_at) VALUES ($1, $2, $3, $4, 0, $5, $6, $7)"_s,
              {m_tx.organizationId(), t.id, t.label, tokenHash, nullable(t.maxUses),
               nullable(t.expiresAt), t.createdAt});
}

std::optional<EnrollmentTokenRecord> DeviceStore::findTokenByHash(const QString& tokenHash,
                                                                  bool lock)
{
    const SqlResult result = m_tx.exec(
            u"SELECT %1 FROM enrollment_tokens WHERE organization_id = $1 AND token_hash = $2%2"_s
                    .arg(kTokenColumns, lock ? m_tx.forUpdate() : QString()),
            {m_tx.organizationId(), tokenHash});
    if (result.isEmpty())
        return std::nullopt;
    return tokenFromRow(result.first());
}

QList<EnrollmentTokenRecord> DeviceStore::listTokens(qint64 limit, qint64 offset, qint64* count)
{
    ScopedQuery query(m_tx, u"enrollment_tokens"_s, kTokenColumns);
    query.orderBy(u"created_at DESC, id DESC"_s);
    const auto page = query.fetch(limit, offset);
    if (count)
        *count = page.count;
    QList<EnrollmentTokenRecord> out;
    for (qsizetype i = 0; i < page.rows.size(); ++i)
        out.append(tokenFromRow(page.rows.row(i)));
    return out;
}

bool DeviceStore::tokenExists(const QString& id)
{
    return !m_tx.exec(u"SELECT 1 FROM enrollment_tokens WHERE organization_id = $1 AND id = $2"_s,
                      {m_tx.organizationId(), id})
                    .isEmpty();
}

bool DeviceStore::revokeToken(const QString& id, qint64 now)
{
    return m_tx.exec(u"UPDATE enrollment_tokens SET revoked_at = $3 WHERE organization_id = $1 "
                     "AND id = $2 AND revoked_at IS NULL"_s,
                     {m_tx.organizationId(), id, now})
                   .affectedRows == 1;
}

void DeviceStore::countTokenUse(const QString& id)
{
    m_tx.exec(
            u"UPDATE enrollment_tokens SET uses = uses + 1 WHERE organization_id = $1 AND id = $2"_s,
            {m_tx.organizationId(), id});
}

std::optional<DeviceRecord> DeviceStore::find(const QString& id)
{
    const SqlResult result = m_tx.exec(
            u"SELECT %1 FROM devices WHERE organization_id = $1 AND id = $2"_s.arg(kDeviceColumns),
            {m_tx.organizationId(), id});
    if (result.isEmpty())
        return std::nullopt;
    return deviceFromRow(result.first());
}

std::optional<DeviceRecord> DeviceStore::findByHardwareId(const QString& hardwareId)
{
    const SqlResult result = m_tx.exec(
            u"SELECT %1 FROM devices WHERE organization_id = $1 AND hardware_id = $2%2"_s.arg(
                    kDeviceColumns, m_tx.forUpdate()),
            {m_tx.organizationId(), hardwareId});
    if (result.isEmpty())
        return std::nullopt;
    return deviceFromRow(result.first());
}

std::optional<DeviceRecord> DeviceStore::findByTokenHash(const QString& tokenHash)
{
    const SqlResult result = m_tx.exec(
            u"SELECT %1 FROM devices WHERE organization_id = $1 AND token_hash = $2"_s.arg(
                    kDeviceColumns),
            {m_tx.organizationId(), tokenHash});
    if (result.isEmpty())
        return std::nullopt;
    return deviceFromRow(result.first());
}

QList<DeviceRecord> DeviceStore::list(const QString& search, const QString& orderBy, qint64 limit,
                                      qint64 offset, qint64* count)
{
    ScopedQuery query(m_tx, u"devices"_s, kDeviceColumns);
    query.search({u"hostname"_s, u"os"_s, u"hardware_id"_s}, search);
    query.orderBy(orderBy);
    const auto page = query.fetch(limit, offset);
    if (count)
        *count = page.count;
    QList<DeviceRecord> out;
    for (qsizetype i = 0; i < page.rows.size(); ++i)
        out.append(deviceFromRow(page.rows.row(i)));
    return out;
}

void DeviceStore::insert(const DeviceRecord& d, const QString& tokenHash)
{
    m_tx.exec(u"INSERT INTO devices (organization_id, id, hardware_id, hostname, os, token_hash, "
              "enrolled_at, last_seen_at, is_active) VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8)"_s,
              {m_tx.organizationId(), d.id, d.hardwareId, d.hostname, d.os, tokenHash, d.enrolledAt,
               true});
}

void DeviceStore::reenroll(const DeviceRecord& d, const QString& tokenHash)
{
    m_tx.exec(u"UPDATE devices SET hostname = $3, os = $4, token_hash = $5, enrolled_at = $6, "
              "last_seen_at = $6, is_active = $7 WHERE organization_id = $1 AND id = $2"_s,
              {m_tx.organizationId(), d.id, d.hostname, d.os, tokenHash, d.enrolledAt, true});
}

bool DeviceStore::disable(const QString& id)
{
    return m_tx.exec(u"UPDATE devices SET is_active = $3, token_hash = $4 WHERE organization_id = "
                     u"$1 "
                     "AND id = $2"_s,
                     {m_tx.organizationId(), id, false, QString(u"disabled:"_s + id)})
                   .affectedRows == 1;
}

bool DeviceStore::enable(const QString& id)
{
    return m_tx.exec(u"UPDATE devices SET is_active = $3 WHERE organization_id = $1 AND id = $2"_s,
                     {m_tx.organizationId(), id, true})
                   .affectedRows == 1;
}

void DeviceStore::touch(const QString& id, qint64 now)
{
    m_tx.execLater(u"UPDATE devices SET last_seen_at = $3 WHERE organization_id = $1 AND id = $2"_s,
                   {m_tx.organizationId(), id, now});
}

} // namespace clm::server
