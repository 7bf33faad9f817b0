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
    const QString details = QString::fromUtf8(json::toCompact(entry.details));
    if (m_tx.isPostgres()) {
        // Written unsealed: entry_no comes from a sequence, so appending holds
        // no lock until commit, and the sealer chains the row once committed.
        m_tx.execLater(
                u"INSERT INTO audit_log (organization_id, id, at, actor_type, actor_id, action, "
                "target_type, target_id, ip_address, details) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"_s,
                {org, id, at, entry.actorType, nullable(entry.actorId), entry.action,
                 nullable(entry.targetType), nullable(entry.targetId), nullable(entry.ipAddress),
                 details});
        return;
    }
    // SQLite has one writer, which holds the lock anyway: sealed as written.
    const SqlResult head =
            m_tx.exec(u"SELECT seq, hash FROM audit_heads WHERE organization_id = $1"_s, {org});
    if (head.isEmpty())
        throw std::runtime_error("audit chain head missing for organization");
    const qint64 seq = head.first().int64(0) + 1;
    const QString previous = head.first().text(1);
    const QString hash = rowHash(org, seq, id, at, entry, previous);
    m_tx.exec(u"INSERT INTO audit_log (organization_id, seq, entry_no, id, at, actor_type, "
              "actor_id, action, target_type, target_id, ip_address, details, prev_hash, hash) "
              "VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"_s,
              {org, seq, id, at, entry.actorType, nullable(entry.actorId), entry.action,
               nullable(entry.targetType), nullable(entry.targetId), nullable(entry.ipAddress),
               details, previous, hash});
    m_tx.exec(u"UPDATE audit_heads SET seq = $2, hash = $3 WHERE organization_id = $1"_s,
              {org, seq, hash});
}

qint64 AuditStore::seal(qint64 maxRows, bool wait)
{
    const QString org = m_tx.organizationId();
    // Whoever holds the head seals; another sealer (another process) skips.
    const SqlResult head = m_tx.exec(
            u"SELECT seq, hash FROM audit_heads WHERE organization_id = $1 FOR UPDATE%1"_s.arg(
                    wait ? QString() : u" SKIP LOCKED"_s),
            {org});
    if (head.isEmpty())
        return 0;
    // Read after the lock: every row committed before it is visible.
    const SqlResult rows = m_tx.exec(
            u"SELECT entry_no, id, at, actor_type, actor_id, action, target_type, target_id, "
            "ip_address, details FROM audit_log WHERE organization_id = $1 AND hash IS NULL "
            "ORDER BY entry_no LIMIT $2"_s,
            {org, maxRows});
    if (rows.isEmpty())
        return 0;
    qint64 seq = head.first().int64(0);
    QString previous = head.first().text(1);
    QStringList entries, seqs, previousHashes, hashes;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const SqlRow row = rows.row(i);
        ++seq;
        const QString hash =
                rowHash(org, seq, row.text(1), row.int64(2), entryFromRow(row, 3), previous);
        entries.append(row.text(0));
        seqs.append(QString::number(seq));
        previousHashes.append(previous);
        hashes.append(hash);
        previous = hash;
    }
    m_tx.exec(u"UPDATE audit_log a SET seq = v.seq, prev_hash = v.prev_hash, hash = v.hash "
              "FROM unnest($2::bigint[], $3::bigint[], $4::text[], $5::text[]) "
              "AS v(entry_no, seq, prev_hash, hash) "
              "WHERE a.organization_id = $1 AND a.entry_no = v.entry_no "
              // The range lets any plan (a generic one made before the table
              // had statistics) find the rows by key, not scan the log.
              "AND a.entry_no BETWEEN $6 AND $7"_s,
              {org, pgArrayLiteral(entries), pgArrayLiteral(seqs), pgArrayLiteral(previousHashes),
               pgArrayLiteral(hashes), entries.first().toLongLong(), entries.last().toLongLong()});
    m_tx.exec(u"UPDATE audit_heads SET seq = $2, hash = $3 WHERE organization_id = $1"_s,
              {org, seq, previous});
    return rows.size();
}

qint64 AuditStore::sealPending(SqlConnection& db, bool maintenance)
{
    if (!db.isPostgres())
        return 0;
    constexpr qint64 kBatch = 5000;
    QStringList orgIds;
    {
        Transaction tx(db, Transaction::Mode::Read, QString());
        if (maintenance)
            tx.enableMaintenance();
        // The app role sees no organization's rows without naming one; a
        // SECURITY DEFINER function lists the organizations with work.
        const SqlResult pending =
                tx.exec(maintenance ? u"SELECT DISTINCT organization_id FROM audit_log "
                                      "WHERE hash IS NULL"_s
                                    : u"SELECT organization_id FROM "
                                      "clm_unsealed_organizations(1000)"_s);
        for (qsizetype i = 0; i < pending.size(); ++i)
            orgIds.append(pending.row(i).text(0));
        tx.commit();
    }
    qint64 sealed = 0;
    for (const QString& org : orgIds) {
        for (;;) {
            Transaction tx(db, Transaction::Mode::Write, org);
            if (maintenance)
                tx.enableMaintenance();
            // A seal lost in a crash is written again from the rows, which
            // were durable before it: no need to wait for this commit's flush.
            tx.exec(u"SET LOCAL synchronous_commit = off"_s);
            const qint64 count = AuditStore(tx).seal(kBatch, maintenance);
            tx.commit();
            sealed += count;
            if (count < kBatch)
                break;
        }
    }
    return sealed;
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
    query.orderBy(filter.ascending ? u"entry_no ASC"_s : u"entry_no DESC"_s);
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

QString AuditStore::verifyAll(SqlConnection& db, qint64* organizations, qint64* rows,
                              qint64* unsealed)
{
    *organizations = 0;
    *rows = 0;
    if (db.isPostgres()) {
        // Row-level security shows any other user only what it shows the
        // server: verifying that would be a false all-clear.
        const SqlResult owner =
                db.exec(u"SELECT current_user::text, r.rolsuper OR r.rolbypassrls OR "
                        "pg_has_role(current_user, t.tableowner, 'USAGE') "
                        "FROM pg_roles r, pg_tables t WHERE r.rolname = current_user "
                        "AND t.schemaname = current_schema() AND t.tablename = 'audit_log'"_s);
        if (owner.isEmpty())
            return u"there is no audit log in this database (run migrate first)"_s;
        if (!owner.first().boolean(1))
            return u"database user \"%1\" does not own the schema, so row-level security hides "
                   "the audit log from it; run verify-audit as the user that ran migrate"_s.arg(
                           owner.first().text(0));
    }
    // Rows committed but not yet sealed (PostgreSQL) are sealed first, so
    // that the chain covers every row there is.
    sealPending(db, true);
    QStringList orgIds;
    qint64 expectedOrganizations = 0;
    {
        Transaction tx(db, Transaction::Mode::Read, QString());
        tx.enableMaintenance();
        const SqlResult heads =
                tx.exec(u"SELECT organization_id FROM audit_heads ORDER BY organization_id"_s);
        for (qsizetype i = 0; i < heads.size(); ++i)
            orgIds.append(heads.row(i).text(0));
        expectedOrganizations = tx.exec(u"SELECT count(*) FROM organizations"_s).first().int64(0);
        if (unsealed)
            *unsealed = tx.exec(u"SELECT count(*) FROM audit_log WHERE hash IS NULL"_s)
                                .first()
                                .int64(0);
    }
    // A verifier that cannot see what it is asked to verify must not say
    // "intact" (a role without the maintenance policy sees no heads).
    if (orgIds.size() != expectedOrganizations)
        return u"only %1 of %2 organizations' audit chains are visible to this database user"_s
                .arg(orgIds.size())
                .arg(expectedOrganizations);
    for (const auto& org : orgIds) {
        Transaction tx(db, Transaction::Mode::Read, org);
        tx.enableMaintenance();
        ++*organizations;
        // The head first: sealing goes on while this runs, and a row once
        // sealed never changes, so the chain up to this head is what is checked.
        const SqlResult head =
                tx.exec(u"SELECT seq, hash FROM audit_heads WHERE organization_id = $1"_s, {org});
        const qint64 headSeq = head.isEmpty() ? 0 : head.first().int64(0);
        QString previous(64, u'0');
        qint64 expectedSeq = 1;
        qint64 after = 0;
        constexpr qint64 kBatch = 1000;
        for (;;) {
            const SqlResult batch = tx.exec(
                    u"SELECT seq, id, at, actor_type, actor_id, action, target_type, target_id, "
                    "ip_address, details, prev_hash, hash FROM audit_log "
                    "WHERE organization_id = $1 AND seq > $2 AND seq <= $3 "
                    "ORDER BY seq LIMIT $4"_s,
                    {org, after, headSeq, kBatch});
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
                after = seq;
                ++expectedSeq;
                ++*rows;
            }
            if (batch.size() < kBatch)
                break;
        }
        if (head.isEmpty() || headSeq != expectedSeq - 1 || head.first().text(1) != previous)
            return u"organization %1: audit log ends at row %2 but its head says %3 (rows removed "
                   "from the end)"_s.arg(org, QString::number(expectedSeq - 1),
                                         head.isEmpty() ? u"nothing"_s : QString::number(headSeq));
        tx.commit();
    }
    return {};
}

} // namespace clm::server
