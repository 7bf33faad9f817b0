#include "server/store/AuditStore.h"

#include "core/Crypto.h"
#include "core/Json.h"
#include "server/ApiSupport.h"
#include "server/store/ScopedQuery.h"
#include "server/store/Transaction.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

AuditEntry entryFromRow(const SqlRow& row, int first)
{
    AuditEntry e;
    e.actorType = row.text(first);
    e.actorId = row.isNull(first + 1) ? QString() : row.text(first + 1);
    e.action = row.text(first + 2);
    e.targetType = row.isNull(first + 3) ? QString() : row.text(first + 3);
    e.targetId = row.isNull(first + 4) ? QString() : row.text(first + 4);
    e.ipAddress = row.isNull(first + 5) ? QString() : row.text(first + 5);
    e.details = json::parseObject(row.text(first + 6).toUtf8()).value_or(QJsonObject());
    return e;
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

QString AuditStore::rowHash(const QString& organizationId, qint64 seq, const QString& id, qint64 at,
                            const AuditEntry& e, const QString& previousHash)
{
    // A JSON array is an unambiguous encoding of the fields (no separator
    // games), and QJsonDocument writes object keys sorted.
    const QJsonArray content{organizationId,
                             seq,
                             id,
                             at,
                             e.actorType,
                             orNull(e.actorId.isEmpty() ? QString() : e.actorId),
                             e.action,
                             orNull(e.targetType.isEmpty() ? QString() : e.targetType),
                             orNull(e.targetId.isEmpty() ? QString() : e.targetId),
                             orNull(e.ipAddress.isEmpty() ? QString() : e.ipAddress),
                             e.details,
                             previousHash};
    return crypto::sha256Hex(json::toCompact(content));
}

void AuditStore::append(const AuditEntry& entry, const QString& id, qint64 at)
{
    const QString org = m_tx.organizationId();
    const SqlResult head =
            m_tx.exec(u"SELECT seq, hash FROM audit_heads WHERE organization_id = $1%1"_s.arg(
                              m_tx.forUpdate()),
                      {org});
    if (head.isEmpty())
        throw std::runtime_error("audit chain head missing for organization");
    const qint64 seq = head.first().int64(0) + 1;
    const QString previous = head.first().text(1);
    const QString hash = rowHash(org, seq, id, at, entry, previous);
    m_tx.exec(u"INSERT INTO audit_log (organization_id, seq, id, at, actor_type, actor_id, action, "
              "target_type, target_id, ip_address, details, prev_hash, hash) "
              "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"_s,
              {org, seq, id, at, entry.actorType, nullable(entry.actorId), entry.action,
               nullable(entry.targetType), nullable(entry.targetId), nullable(entry.ipAddress),
               QString::fromUtf8(json::toCompact(entry.details)), previous, hash});
    m_tx.exec(u"UPDATE audit_heads SET seq = $2, hash = $3 WHERE organization_id = $1"_s,
              {org, seq, hash});
}

QList<QJsonObject> AuditStore::list(const Filter& filter, qint64 limit, qint64 offset,
                                    qint64* count)
{
    ScopedQuery query(m_tx, u"audit_log"_s,
                      u"id, at, actor_type, actor_id, action, target_type, target_id, "
                      "ip_address, details"_s);
    if (!filter.action.isEmpty())
        query.where(u"action = ?"_s, {filter.action});
    if (!filter.actorId.isEmpty())
        query.where(u"actor_id = ?"_s, {filter.actorId});
    if (filter.from)
        query.where(u"at >= ?"_s, {*filter.from});
    if (filter.to)
        query.where(u"at <= ?"_s, {*filter.to});
    query.orderBy(filter.ascending ? u"seq ASC"_s : u"seq DESC"_s);
    const auto page = query.fetch(limit, offset);
    if (count)
        *count = page.count;
    QList<QJsonObject> out;
    for (qsizetype i = 0; i < page.rows.size(); ++i) {
        const SqlRow row = page.rows.row(i);
        const AuditEntry e = entryFromRow(row, 2);
        out.append(QJsonObject{
                {u"id"_s, row.text(0)},
                {u"at"_s, api::timestamp(row.int64(1))},
                {u"actor_type"_s, e.actorType},
                {u"actor_id"_s, orNull(e.actorId.isEmpty() ? QString() : e.actorId)},
                {u"action"_s, e.action},
                {u"target_type"_s, orNull(e.targetType.isEmpty() ? QString() : e.targetType)},
                {u"target_id"_s, orNull(e.targetId.isEmpty() ? QString() : e.targetId)},
                {u"ip_address"_s, orNull(e.ipAddress.isEmpty() ? QString() : e.ipAddress)},
                {u"details"_s, e.details},
        });
    }
    return out;
}

QString AuditStore::verifyAll(SqlConnection& db, qint64* organizations, qint64* rows)
{
    *organizations = 0;
    *rows = 0;
    QStringList orgIds;
    {
        Transaction tx(db, Transaction::Mode::Read, QString());
        tx.enableMaintenance();
        const SqlResult heads =
                tx.exec(u"SELECT organization_id FROM audit_heads ORDER BY organization_id"_s);
        for (qsizetype i = 0; i < heads.size(); ++i)
            orgIds.append(heads.row(i).text(0));
    }
    for (const auto& org : orgIds) {
        Transaction tx(db, Transaction::Mode::Read, org);
        tx.enableMaintenance();
        ++*organizations;
        QString previous(64, u'0');
        qint64 expectedSeq = 1;
        qint64 offset = 0;
        constexpr qint64 kBatch = 1000;
        for (;;) {
            const SqlResult batch = tx.exec(
                    u"SELECT seq, id, at, actor_type, actor_id, action, target_type, target_id, "
                    "ip_address, details, prev_hash, hash FROM audit_log WHERE organization_id = "
                    "$1 "
                    "ORDER BY seq LIMIT $2 OFFSET $3"_s,
                    {org, kBatch, offset});
            for (qsizetype i = 0; i < batch.size(); ++i) {
                const SqlRow row = batch.row(i);
                const qint64 seq = row.int64(0);
                const QString where = u"organization %1, audit row %2 (id %3)"_s.arg(
                        org, QString::number(seq), row.text(1));
                if (seq != expectedSeq)
                    return u"organization %1: audit row %2 is missing (next row is %3)"_s.arg(
                            org, QString::number(expectedSeq), QString::number(seq));
                if (row.text(10) != previous)
                    return where + u": prev_hash does not link to the row before"_s;
                const AuditEntry e = entryFromRow(row, 3);
                const QString hash = rowHash(org, seq, row.text(1), row.int64(2), e, previous);
                if (hash != row.text(11))
                    return where + u": content does not match its hash (edited)"_s;
                previous = hash;
                ++expectedSeq;
                ++*rows;
            }
            if (batch.size() < kBatch)
                break;
            offset += kBatch;
        }
        const SqlResult head =
                tx.exec(u"SELECT seq, hash FROM audit_heads WHERE organization_id = $1"_s, {org});
        if (head.isEmpty() || head.first().int64(0) != expectedSeq - 1 ||
            head.first().text(1) != previous)
            return u"organization %1: audit log ends at row %2 but its head says %3 (rows removed "
                   "from the end)"_s.arg(org, QString::number(expectedSeq - 1),
                                         head.isEmpty() ? u"nothing"_s
                                                        : QString::number(head.first().int64(0)));
        tx.commit();
    }
    return {};
}

} // namespace clm::server
