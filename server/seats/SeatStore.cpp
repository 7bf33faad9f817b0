#include "server/seats/SeatStore.h"

#include "core/Json.h"
#include "server/db/SqlConnection.h"
#include "server/store/ScopedQuery.h"
#include "server/store/Transaction.h"

#include <QJsonArray>
#include <QSet>

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

const QString kDatabaseNow =
        u"CAST(floor(extract(epoch FROM clock_timestamp()) * 1000) AS bigint)"_s;

QStringList featuresOf(const QString& stored)
{
    return json::stringList(
                   json::parseObject("{\"f\":" + stored.toUtf8() + '}').value_or(QJsonObject()),
                   u"f")
            .value_or(QStringList());
}

} // namespace

const QString SeatStore::kColumns =
        u"s.organization_id, s.id, s.license_id, l.name, l.product, s.device_id, s.user_id, "
        "s.hardware_id, s.hostname, s.os_user, s.ip_address, s.client, s.started_at, "
        "s.last_heartbeat_at, s.lease_expires_at, s.borrowed_until, s.holds_until, s.ended_at, "
        "s.end_reason"_s;

SessionRecord SeatStore::fromRow(const SqlRow& row)
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

std::optional<SessionRecord> SeatStore::find(const QString& id)
{
    const SqlResult result = m_tx.exec(
            u"SELECT %1 FROM %2 WHERE s.organization_id = $1 AND s.id = $2"_s.arg(kColumns, kFrom),
            {m_tx.organizationId(), id});
    if (result.isEmpty())
        return std::nullopt;
    return fromRow(result.first());
}

void SeatStore::lockLicensesOf(const QStringList& sessionIds)
{
    if (!m_tx.isPostgres() || sessionIds.isEmpty())
        return; // SQLite: the write transaction holds the database's lock
    m_tx.execLater(u"SELECT l.id FROM licenses l WHERE l.organization_id = $1 AND l.id IN "
                   "(SELECT s.license_id FROM license_sessions s WHERE s.organization_id = $1 "
                   "AND s.id = ANY($2::uuid[])) ORDER BY l.id FOR NO KEY UPDATE OF l"_s,
                   {m_tx.organizationId(), pgArrayLiteral(sessionIds)});
}

QHash<QString, SessionRecord> SeatStore::findMany(const QStringList& ids, const Clock& clock,
                                                  qint64* now)
{
    QHash<QString, SessionRecord> out;
    if (!m_tx.isPostgres()) {
        // One process serves SQLite, inside its write lock: one at a time.
        *now = clock.nowMsecs();
        for (const QString& id : ids) {
            if (auto s = find(id))
                out.insert(id, *s);
        }
        return out;
    }
    const SqlResult result = m_tx.exec(
            u"SELECT %1, %3 FROM %2 WHERE s.organization_id = $1 AND s.id = ANY($2::uuid[])"_s.arg(
                    kColumns, kFrom, kDatabaseNow),
            {m_tx.organizationId(), pgArrayLiteral(ids)});
    *now = 0;
    for (qsizetype i = 0; i < result.size(); ++i) {
        const SqlRow row = result.row(i);
        SessionRecord s = fromRow(row);
        *now = std::max(*now, row.int64(19));
        out.insert(s.id, s);
    }
    return out;
}

QList<std::optional<SessionRecord>> SeatStore::findHolding(const QList<Holder>& holders, qint64 now)
{
    // At most one such session per license (acquire renews it rather than
    // start another, under the license's lock): no order, so that no plan
    // prefers an index for its order over the machine's index.
    QList<SqlStatement> lookups;
    for (const Holder& holder : holders) {
        const bool byDevice = !holder.owner.deviceId.isEmpty();
        if (!byDevice && holder.owner.userId.isEmpty())
            continue; // nobody's: finds nothing
        const QString ownerCondition =
                byDevice ? u"s.device_id = $6"_s : u"s.user_id = $6 AND s.device_id IS NULL"_s;
        for (const auto& licenseId : holder.licenseIds)
            lookups.append(
                    {u"SELECT %1 FROM %2 WHERE s.organization_id = $1 AND s.license_id = "
                     "$2 AND s.hardware_id = $3 AND s.os_user = $4 AND s.ended_at IS NULL "
                     "AND s.holds_until > $5 AND %3 LIMIT 1"_s.arg(kColumns, kFrom, ownerCondition),
                     {m_tx.organizationId(), licenseId, holder.hardwareId, holder.osUser, now,
                      byDevice ? holder.owner.deviceId : holder.owner.userId}});
    }
    const QList<SqlResult> found = m_tx.execEach(lookups);
    QList<std::optional<SessionRecord>> out;
    qsizetype next = 0;
    for (const Holder& holder : holders) {
        std::optional<SessionRecord>& session = out.emplace_back();
        if (holder.owner.deviceId.isEmpty() && holder.owner.userId.isEmpty())
            continue;
        for (qsizetype i = 0; i < holder.licenseIds.size(); ++i, ++next) {
            if (!session && !found.at(next).isEmpty())
                session = fromRow(found.at(next).first());
        }
    }
    return out;
}

QList<SessionRecord> SeatStore::list(const Filter& filter, qint64 limit, qint64 offset,
                                     qint64* count)
{
    ScopedQuery query(m_tx, kFrom, kColumns, u"s.organization_id"_s);
    // Every session has its license (a foreign key): the join adds the
    // license's name, not rows.
    query.countFrom(u"license_sessions s"_s);
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

void SeatStore::insert(const SessionRecord& s)
{
    m_tx.execLater(
            u"INSERT INTO license_sessions (organization_id, id, license_id, device_id, user_id, "
            "hardware_id, hostname, os_user, ip_address, client, started_at, last_heartbeat_at, "
            "lease_expires_at, borrowed_until, holds_until) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)"_s,
            {m_tx.organizationId(), s.id, s.licenseId, nullable(s.deviceId), nullable(s.userId),
             s.hardwareId, s.hostname, s.osUser, nullable(s.ipAddress), nullable(s.client),
             s.startedAt, s.lastHeartbeatAt, s.leaseExpiresAt, nullable(s.borrowedUntil),
             s.holdsUntil});
}

bool SeatStore::renew(const SessionRecord& s, qint64 now)
{
    return m_tx.exec(u"UPDATE license_sessions SET last_heartbeat_at = $3, lease_expires_at = $4, "
                     "borrowed_until = $5, holds_until = $6 WHERE organization_id = $1 AND id = $2 "
                     "AND ended_at IS NULL AND holds_until > $7"_s,
                     {m_tx.organizationId(), s.id, s.lastHeartbeatAt, s.leaseExpiresAt,
                      nullable(s.borrowedUntil), s.holdsUntil, now})
                   .affectedRows == 1;
}

bool SeatStore::end(const QString& id, qint64 now, const QString& reason)
{
    return m_tx.exec(u"UPDATE license_sessions SET ended_at = $3, end_reason = $4 "
                     "WHERE organization_id = $1 AND id = $2 AND ended_at IS NULL"_s,
                     {m_tx.organizationId(), id, now, reason})
                   .affectedRows == 1;
}

QSet<QString> SeatStore::endMany(const QStringList& ids, qint64 now, const QString& reason)
{
    QSet<QString> out;
    if (ids.isEmpty())
        return out;
    if (!m_tx.isPostgres()) {
        for (const QString& id : ids) {
            if (end(id, now, reason))
                out.insert(id);
        }
        return out;
    }
    const SqlResult ended = m_tx.exec(
            u"UPDATE license_sessions SET ended_at = $3, end_reason = $4 WHERE organization_id = "
            "$1 AND id = ANY($2::uuid[]) AND ended_at IS NULL RETURNING id"_s,
            {m_tx.organizationId(), pgArrayLiteral(ids), now, reason});
    for (qsizetype i = 0; i < ended.size(); ++i)
        out.insert(ended.row(i).text(0));
    return out;
}

QList<QPair<QString, QString>> SeatStore::endAll(const QString& column, const QString& value,
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

QList<SeatStore::Holding> SeatStore::countHoldingEach(const QStringList& licenseIds, qint64 now)
{
    const bool pg = m_tx.isPostgres();
    QList<SqlStatement> counts;
    for (const QString& licenseId : licenseIds)
        counts.append({u"SELECT count(*)%1 FROM license_sessions WHERE organization_id = $1 "
                       "AND license_id = $2 AND ended_at IS NULL AND holds_until > $3"_s.arg(
                               pg ? u", "_s + kDatabaseNow : QString()),
                       {m_tx.organizationId(), licenseId, now}});
    QList<Holding> out;
    for (const SqlResult& result : m_tx.execEach(counts))
        out.append({result.first().int64(0), pg ? std::max(now, result.first().int64(1)) : now});
    return out;
}

QString SeatStore::countHoldingExpression(const QString& nowParameter)
{
    // The organization as $1 (the caller's statements all bind it first),
    // not correlated with l: Citus cannot route a correlated subquery.
    return u"(SELECT count(*) FROM license_sessions s WHERE s.organization_id = $1 "
           "AND s.license_id = l.id AND s.ended_at IS NULL AND s.holds_until > %1)"_s.arg(
                   nowParameter);
}

namespace {

// A renewed session from the RETURNING columns id, last_heartbeat_at,
// lease_expires_at, borrowed_until, holds_until, hardware_id, os_user,
// user_id, device_id, license_id (both backends' renewal statements).
SessionRecord renewedSession(const SqlRow& row, const QString& org)
{
    SessionRecord s;
    s.organizationId = org;
    s.id = row.text(0);
    s.lastHeartbeatAt = row.int64(1);
    s.leaseExpiresAt = row.int64(2);
    s.borrowedUntil = row.optionalInt64(3);
    s.holdsUntil = row.int64(4);
    s.hardwareId = row.text(5);
    s.osUser = row.text(6);
    s.userId = row.isNull(7) ? QString() : row.text(7);
    s.deviceId = row.isNull(8) ? QString() : row.text(8);
    s.licenseId = row.text(9);
    return s;
}

// The license columns name, product, license_key, features,
// max_concurrent_seats, expires_at from column `first` of `row` on.
LicenseRecord renewedLicense(const SqlRow& row, int first, const QString& org, const QString& id)
{
    LicenseRecord l;
    l.organizationId = org;
    l.id = id;
    l.name = row.text(first);
    l.product = row.text(first + 1);
    l.licenseKey = row.text(first + 2);
    l.features = featuresOf(row.text(first + 3));
    l.maxConcurrentSeats = row.int64(first + 4);
    l.expiresAt = row.optionalInt64(first + 5);
    return l;
}

// Renewal at "t" (a SQL expression) of session `s` of license `l`, as
// SeatLedger's renewTimes does it in C++: the lease runs offline_lease
// seconds past the heartbeat or to the end of a borrow, never past the
// license's expiry; the seat is held until max(heartbeat + TTL, lease).
struct RenewalSql
{
    QString borrowed;
    QString lease;
    QString holds;
};

RenewalSql renewalSql(const QString& t, qint64 ttlMs)
{
    RenewalSql sql;
    sql.borrowed = u"CASE WHEN s.borrowed_until IS NULL THEN NULL WHEN l.expires_at IS NOT NULL "
                   "AND l.expires_at < s.borrowed_until THEN l.expires_at ELSE s.borrowed_until "
                   "END"_s;
    const QString offline = u"(%1 + l.offline_lease_seconds * 1000)"_s.arg(t);
    const QString stretched =
            u"(CASE WHEN (%1) IS NOT NULL AND (%1) > %2 THEN (%1) ELSE %2 END)"_s.arg(sql.borrowed,
                                                                                      offline);
    sql.lease = u"(CASE WHEN l.expires_at IS NOT NULL AND l.expires_at < %1 THEN l.expires_at "
                "ELSE %1 END)"_s.arg(stretched);
    sql.holds =
            u"(CASE WHEN %1 + %2 > %3 THEN %1 + %2 ELSE %3 END)"_s.arg(t).arg(ttlMs).arg(sql.lease);
    return sql;
}

} // namespace

SeatStore::RenewBatch SeatStore::renewAll(SqlConnection& db, const QString& org,
                                          const QList<RenewRequest>& requests, qint64 ttlMs,
                                          const Clock& clock)
{
    RenewBatch batch;
    const bool pg = db.isPostgres();
    db.setLocal(u"app.org"_s, org);
    QStringList ids, devices, users;
    for (const auto& request : requests) {
        ids.append(request.sessionId);
        devices.append(request.deviceId);
        users.append(request.userId);
    }
    if (pg) {
        // Share-lock the licenses: an acquire (which locks them for update)
        // either sees these renewals or runs after this commit and then finds
        // lapsed sessions ended below. "Now" is read after the lock, by the
        // renewing statement itself (n.t, once per statement).
        // Nothing is read from it: it goes with the UPDATE, one round trip.
        db.execLater(u"SELECT l.id FROM licenses l WHERE l.organization_id = $1 AND l.id IN "
                     "(SELECT s.license_id FROM license_sessions s WHERE s.organization_id = $1 "
                     "AND s.id = ANY($2::uuid[])) ORDER BY l.id FOR SHARE OF l"_s,
                     {org, pgArrayLiteral(ids)});
        // Citus refuses a volatile function in a distributed UPDATE: there
        // the time is read first and bound.
        QVariantList params{org, pgArrayLiteral(ids), pgArrayLiteral(devices),
                            pgArrayLiteral(users)};
        QString now = kDatabaseNow;
        if (db.isCitus()) {
            params.append(db.now(clock));
            now = u"CAST($5 AS bigint)"_s;
        }
        const RenewalSql sql = renewalSql(u"n.t"_s, ttlMs);
        // One statement: the caller's check, the seat's and the license's,
        // and the renewal; what comes back is what the leases are signed from.
        const SqlResult renewed = db.exec(
                u"UPDATE license_sessions s SET last_heartbeat_at = n.t, borrowed_until = %1, "
                "lease_expires_at = %2, holds_until = %3 "
                "FROM unnest($2::uuid[], $3::uuid[], $4::uuid[]) AS v(id, device, usr), "
                "licenses l, (SELECT %4 AS t) AS n "
                "WHERE s.organization_id = $1 AND s.id = v.id "
                "AND ((v.device IS NOT NULL AND s.device_id = v.device) OR "
                "(v.device IS NULL AND s.device_id IS NULL AND s.user_id = v.usr)) "
                "AND s.ended_at IS NULL AND s.holds_until > n.t "
                "AND l.organization_id = s.organization_id AND l.id = s.license_id "
                "AND l.is_active AND (l.expires_at IS NULL OR l.expires_at > n.t) "
                "RETURNING s.id, s.last_heartbeat_at, s.lease_expires_at, s.borrowed_until, "
                "s.holds_until, s.hardware_id, s.os_user, s.user_id, s.device_id, s.license_id, "
                "l.name, l.product, l.license_key, l.features, l.max_concurrent_seats, "
                "l.expires_at"_s.arg(sql.borrowed, sql.lease, sql.holds, now),
                params);
        // Every renewed row carries the statement's "now" as its heartbeat.
        if (!renewed.isEmpty())
            batch.now = renewed.first().int64(1);
        for (qsizetype i = 0; i < renewed.size(); ++i) {
            const SqlRow row = renewed.row(i);
            Renewed r;
            r.session = renewedSession(row, org);
            r.license = renewedLicense(row, 10, org, r.session.licenseId);
            r.session.licenseName = r.license.name;
            r.session.product = r.license.product;
            batch.renewed.append(r);
        }
    } else {
        // One process serves SQLite: the same rules, a session at a time,
        // inside the batch's write transaction (which holds the lock).
        batch.now = clock.nowMsecs();
        const RenewalSql sql = renewalSql(u"CAST($3 AS bigint)"_s, ttlMs);
        for (const auto& request : requests) {
            const SqlResult renewed = db.exec(
                    u"UPDATE license_sessions AS s SET last_heartbeat_at = $3, borrowed_until = "
                    u"%1, "
                    "lease_expires_at = %2, holds_until = %3 FROM licenses l "
                    "WHERE s.organization_id = $1 AND s.id = $2 AND "
                    "((CAST($4 AS text) IS NOT NULL AND s.device_id = $4) OR "
                    "(CAST($4 AS text) IS NULL AND s.device_id IS NULL AND s.user_id = $5)) "
                    "AND s.ended_at IS NULL AND s.holds_until > $3 "
                    "AND l.organization_id = s.organization_id AND l.id = s.license_id "
                    "AND l.is_active AND (l.expires_at IS NULL OR l.expires_at > $3) "
                    "RETURNING id, last_heartbeat_at, lease_expires_at, borrowed_until, "
                    "holds_until, hardware_id, os_user, user_id, device_id, "
                    "license_id"_s.arg(sql.borrowed, sql.lease, sql.holds),
                    {org, request.sessionId, batch.now,
                     request.deviceId.isEmpty() ? QVariant() : QVariant(request.deviceId),
                     request.userId.isEmpty() ? QVariant() : QVariant(request.userId)});
            if (renewed.isEmpty())
                continue;
            Renewed r;
            r.session = renewedSession(renewed.first(), org);
            // SQLite's RETURNING cannot name the joined table: read it.
            const SqlResult license =
                    db.exec(u"SELECT name, product, license_key, features, max_concurrent_seats, "
                            "expires_at FROM licenses WHERE organization_id = $1 AND id = $2"_s,
                            {org, r.session.licenseId});
            r.license = renewedLicense(license.first(), 0, org, r.session.licenseId);
            r.session.licenseName = r.license.name;
            r.session.product = r.license.product;
            batch.renewed.append(r);
        }
    }
    // Those not renewed: the caller's (ended, lapsed, license gone) or not.
    QSet<QString> done;
    for (const auto& r : batch.renewed)
        done.insert(r.session.id);
    for (const auto& request : requests) {
        if (done.contains(request.sessionId))
            continue;
        const SqlResult owner = db.exec(u"SELECT device_id, user_id FROM license_sessions WHERE "
                                        "organization_id = $1 AND id = $2"_s,
                                        {org, request.sessionId});
        const bool mine =
                !owner.isEmpty() &&
                (request.deviceId.isEmpty()
                         ? owner.first().isNull(0) && owner.first().text(1) == request.userId
                         : !owner.first().isNull(0) && owner.first().text(0) == request.deviceId);
        (mine ? batch.expired : batch.unknown).append(request.sessionId);
    }
    // The machines were seen.
    QStringList seen;
    for (const auto& r : batch.renewed) {
        if (!r.session.deviceId.isEmpty() && !seen.contains(r.session.deviceId))
            seen.append(r.session.deviceId);
    }
    if (!seen.isEmpty()) {
        if (pg) {
            // Sent with the batch's COMMIT.
            db.execLater(u"UPDATE devices SET last_seen_at = $3 WHERE organization_id = $1 "
                         "AND id = ANY($2::uuid[])"_s,
                         {org, pgArrayLiteral(seen), batch.now});
        } else {
            for (const QString& device : seen)
                db.exec(u"UPDATE devices SET last_seen_at = $3 WHERE organization_id = $1 "
                        "AND id = $2"_s,
                        {org, device, batch.now});
        }
    }
    return batch;
}

QStringList SeatStore::organizationsWithLapsed(SqlConnection& db, qint64 now)
{
    return Transaction::organizations(db,
                                      u"SELECT organization_id FROM clm_lapsed_organizations($1)"_s,
                                      u"SELECT DISTINCT organization_id FROM license_sessions "
                                      "WHERE ended_at IS NULL AND holds_until <= $1"_s,
                                      {now});
}

QList<SeatStore::Key> SeatStore::holdingCounts(SqlConnection& db, qint64 now, QList<qint64>* counts)
{
    Transaction tx(db, Transaction::Mode::Read, QString()); // as Transaction::organizations
    const SqlResult rows =
            db.isPostgres()
                    ? tx.exec(u"SELECT organization_id, license_id, active FROM clm_active_counts($1)"_s,
                              {now})
                    : tx.exec(u"SELECT organization_id, license_id, count(*) FROM license_sessions "
                              "WHERE ended_at IS NULL AND holds_until > $1 "
                              "GROUP BY organization_id, license_id"_s,
                              {now});
    tx.commit();
    QList<Key> out;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        out.append({rows.row(i).text(0), QString(), rows.row(i).text(1)});
        counts->append(rows.row(i).int64(2));
    }
    return out;
}

QList<SeatStore::Seats> SeatStore::seatsOfEveryLicense(SqlConnection& db, qint64 now)
{
    Transaction tx(db, Transaction::Mode::Read, QString()); // as holdingCounts
    const SqlResult rows =
            db.isPostgres()
                    ? tx.exec(u"SELECT organization_id, license_id, seats, in_use "
                              "FROM clm_license_seats($1)"_s,
                              {now})
                    : tx.exec(u"SELECT l.organization_id, l.id, l.max_concurrent_seats, "
                              "(SELECT count(*) FROM license_sessions s "
                              "WHERE s.organization_id = l.organization_id AND s.license_id = l.id "
                              "AND s.ended_at IS NULL AND s.holds_until > $1) "
                              "FROM licenses l WHERE l.is_active"_s,
                              {now});
    tx.commit();
    QList<Seats> out;
    out.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto row = rows.row(i);
        out.append({row.text(0), row.text(1), row.int64(2), row.int64(3)});
    }
    return out;
}

QList<QPair<QString, QString>> SeatStore::endLapsed(qint64 now, int limit)
{
    // Still open and still lapsed: another process (or a heartbeat) may have
    // got there first, and then this ends nothing. The conditions are
    // repeated outside the subquery so that a row's current version decides.
    // On PostgreSQL the picked ids are an array, so that each row is found
    // by its key: with `id IN (subquery)` the plan walked every remaining
    // lapsed session of the organization to join them with the batch.
    const QString lapsed = u"organization_id = $1 AND ended_at IS NULL AND holds_until <= $2"_s;
    const QString pick = u"SELECT id FROM license_sessions WHERE %1 LIMIT $3"_s.arg(lapsed);
    const QString picked = m_tx.isPostgres()
                                   ? u"id = ANY (ARRAY (%1 FOR UPDATE SKIP LOCKED))"_s.arg(pick)
                                   : u"id IN (%1)"_s.arg(pick);
    const SqlResult ended =
            m_tx.exec(u"UPDATE license_sessions SET ended_at = $2, end_reason = 'timeout' "
                      "WHERE %1 AND %2 RETURNING id, license_id"_s.arg(lapsed, picked),
                      {m_tx.organizationId(), now, limit});
    QList<QPair<QString, QString>> out;
    out.reserve(ended.size());
    for (qsizetype i = 0; i < ended.size(); ++i)
        out.append({ended.row(i).text(0), ended.row(i).text(1)});
    return out;
}

} // namespace clm::server
