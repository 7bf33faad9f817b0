#include "server/store/UsageStore.h"

#include "server/store/Transaction.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

qint64 floorTo(qint64 value, qint64 step)
{
    qint64 q = value / step;
    if (value % step < 0)
        --q;
    return q * step;
}

} // namespace

void UsageStore::recordPeak(const QString& licenseId, qint64 at, qint64 sessions)
{
    m_tx.execLater(
            u"INSERT INTO usage_buckets (organization_id, license_id, bucket_start, max_sessions, "
            "denials) VALUES ($1, $2, $3, $4, 0) ON CONFLICT (organization_id, license_id, "
            "bucket_start) DO UPDATE SET max_sessions = CASE WHEN excluded.max_sessions > "
            "usage_buckets.max_sessions THEN excluded.max_sessions ELSE usage_buckets.max_sessions END"_s,
            {m_tx.organizationId(), licenseId, floorTo(at, kResolutionMs), sessions});
}

void UsageStore::recordDenials(const QString& licenseId, qint64 at, const QList<Refusal>& refusals)
{
    qint64 total = 0;
    for (const Refusal& r : refusals)
        total += r.count;
    if (total == 0)
        return;
    m_tx.execLater(
            u"INSERT INTO usage_buckets (organization_id, license_id, bucket_start, max_sessions, "
            "denials) VALUES ($1, $2, $3, 0, $4) ON CONFLICT (organization_id, license_id, "
            "bucket_start) DO UPDATE SET denials = usage_buckets.denials + excluded.denials"_s,
            {m_tx.organizationId(), licenseId, floorTo(at, kResolutionMs), total});
    // One row per caller (the callers are distinct: an upsert may touch a
    // row only once).
    QString values;
    QVariantList params{m_tx.organizationId(), licenseId, floorTo(at, kDenialResolutionMs), at};
    for (const Refusal& r : refusals) {
        const qsizetype n = params.size();
        if (!values.isEmpty())
            values += u", "_s;
        values += u"($1, $2, $3, $%1, $%2, $%3, $%4, $4)"_s.arg(n + 1).arg(n + 2).arg(n + 3).arg(n +
                                                                                                 4);
        params << (r.hardwareId.isNull() ? u""_s : r.hardwareId)
               << (r.osUser.isNull() ? u""_s : r.osUser)
               << (r.hostname.isNull() ? u""_s : r.hostname) << r.count;
    }
    m_tx.execLater(u"INSERT INTO usage_denials (organization_id, license_id, bucket_start, "
                   "hardware_id, os_user, hostname, denials, last_at) VALUES "_s +
                           values +
                           u" ON CONFLICT (organization_id, license_id, bucket_start, hardware_id, "
                           "os_user) DO UPDATE SET denials = usage_denials.denials + "
                           "excluded.denials, last_at = excluded.last_at, hostname = CASE WHEN "
                           "excluded.hostname = '' THEN usage_denials.hostname ELSE "
                           "excluded.hostname END"_s,
                   params);
}

QList<UsageStore::Denied> UsageStore::denied(const QString& licenseId, qint64 from, qint64 to,
                                             int limit)
{
    const SqlResult rows = m_tx.exec(
            u"SELECT hardware_id, os_user, max(hostname), sum(denials), max(last_at) "
            "FROM usage_denials WHERE organization_id = $1 AND license_id = $2 "
            "AND bucket_start >= $3 AND bucket_start <= $4 GROUP BY hardware_id, os_user "
            "ORDER BY sum(denials) DESC, max(last_at) DESC LIMIT $5"_s,
            {m_tx.organizationId(), licenseId, floorTo(from, kDenialResolutionMs), to, limit});
    QList<Denied> out;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const SqlRow row = rows.row(i);
        out.append({row.text(0), row.text(1), row.text(2), row.int64(3), row.int64(4)});
    }
    return out;
}

QList<UsageStore::Point> UsageStore::series(const QString& licenseId, qint64 from, qint64 to,
                                            qint64 bucketMs)
{
    const qint64 first = floorTo(from, bucketMs);
    // Folded into buckets by the database: 90 days of minutes are 129,600
    // rows, but only 2,160 hours.
    const SqlResult rows =
            m_tx.exec(u"SELECT bucket_start / $5 * $5 AS b, max(max_sessions), sum(denials) "
                      "FROM usage_buckets WHERE organization_id = $1 AND license_id = $2 "
                      "AND bucket_start >= $3 AND bucket_start <= $4 GROUP BY b"_s,
                      {m_tx.organizationId(), licenseId, first, to, bucketMs});
    QHash<qint64, Point> byBucket;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const SqlRow row = rows.row(i);
        Point& p = byBucket[row.int64(0)];
        p.start = row.int64(0);
        p.maxSessions = row.int64(1);
        p.denials = row.int64(2);
    }
    QList<Point> points;
    for (qint64 t = first; t <= to; t += bucketMs) {
        Point p = byBucket.value(t);
        p.start = t;
        points.append(p);
    }
    return points;
}

QList<UsageStore::DeniedHour> UsageStore::deniedHours(const QString& licenseId, qint64 from,
                                                      qint64 to)
{
    const SqlResult rows =
            m_tx.exec(u"SELECT bucket_start, count(*), sum(denials) FROM usage_denials "
                      "WHERE organization_id = $1 AND license_id = $2 AND bucket_start >= $3 "
                      "AND bucket_start <= $4 GROUP BY bucket_start ORDER BY bucket_start"_s,
                      {m_tx.organizationId(), licenseId, floorTo(from, kDenialResolutionMs), to});
    QList<DeniedHour> out;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const SqlRow row = rows.row(i);
        out.append({row.int64(0), row.int64(1), row.int64(2)});
    }
    return out;
}

} // namespace clm::server
