#include "server/store/LicenseStore.h"

#include "core/Json.h"
#include "server/db/SqlConnection.h"
#include "server/seats/SeatStore.h"
#include "server/store/ScopedQuery.h"
#include "server/store/Transaction.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

LicenseRecord fromRow(const SqlRow& row)
{
    LicenseRecord l;
    l.organizationId = row.text(0);
    l.id = row.text(1);
    l.name = row.text(2);
    l.product = row.text(3);
    l.licenseKey = row.text(4);
    l.maxConcurrentSeats = row.int64(5);
    l.expiresAt = row.optionalInt64(6);
    l.isActive = row.boolean(7);
    l.offlineLeaseSeconds = row.int64(8);
    l.maxBorrowSeconds = row.int64(9);
    const QByteArray features = "{\"f\":" + row.text(10).toUtf8() + '}';
    l.features = json::stringList(json::parseObject(features).value_or(QJsonObject()), u"f")
                         .value_or(QStringList());
    l.createdAt = row.int64(11);
    l.updatedAt = row.int64(12);
    l.version = row.int64(13);
    l.activeSessions = row.int64(14);
    return l;
}

QString featuresJson(const QStringList& features)
{
    return QString::fromUtf8(json::toCompact(QJsonArray::fromStringList(features)));
}

} // namespace

// The last column counts seat-holding sessions as of the store's "now",
// bound as the parameter `now` names ("$2", ...), or is 0 (`now` empty).
QString LicenseStore::columns(const QString& now)
{
    return u"l.organization_id, l.id, l.name, l.product, l.license_key, l.max_concurrent_seats, "
           "l.expires_at, l.is_active, l.offline_lease_seconds, l.max_borrow_seconds, l.features, "
           "l.created_at, l.updated_at, l.version, "_s +
           (now.isEmpty() ? u"0"_s : SeatStore::countHoldingExpression(now));
}

// `where` numbers its parameters from $2; "now" follows them when counted.
QList<LicenseRecord> LicenseStore::read(const QString& where, const QVariantList& params, bool lock,
                                        bool countSessions)
{
    QVariantList all{m_tx.organizationId()};
    all += params;
    QString nowParameter;
    if (countSessions) {
        all.append(m_now);
        nowParameter = u'$' + QString::number(all.size());
    }
    const SqlResult result = m_tx.exec(
            u"SELECT %1 FROM licenses l WHERE l.organization_id = $1 AND %2 ORDER BY l.id%3"_s.arg(
                    columns(nowParameter), where, lock ? m_tx.forUpdate() : QString()),
            all);
    QList<LicenseRecord> out;
    for (qsizetype i = 0; i < result.size(); ++i)
        out.append(fromRow(result.row(i)));
    return out;
}

std::optional<LicenseRecord> LicenseStore::find(const QString& id, bool lock, bool countSessions)
{
    const auto found = read(u"l.id = $2"_s, {id}, lock, countSessions);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<LicenseRecord> LicenseStore::findByKeysOrProducts(const QStringList& keys,
                                                        const QStringList& products, bool lock)
{
    if (m_tx.isPostgres())
        return read(u"(l.license_key = ANY($2::text[]) OR l.product = ANY($3::text[]))"_s,
                    {pgTextArrayLiteral(keys), pgTextArrayLiteral(products)}, lock, false);
    // SQLite: one writer at a time holds the database's lock; no order to keep.
    QList<LicenseRecord> out;
    QSet<QString> seen;
    auto add = [&](const QList<LicenseRecord>& found) {
        for (const LicenseRecord& l : found) {
            if (!seen.contains(l.id)) {
                seen.insert(l.id);
                out.append(l);
            }
        }
    };
    for (const QString& key : keys)
        add(read(u"l.license_key = $2"_s, {key}, lock, false));
    for (const QString& product : products)
        add(read(u"l.product = $2"_s, {product}, lock, false));
    std::sort(out.begin(), out.end(),
              [](const LicenseRecord& a, const LicenseRecord& b) { return a.id < b.id; });
    return out;
}

QList<LicenseRecord> LicenseStore::list(const Filter& filter, qint64 limit, qint64 offset,
                                        qint64* count)
{
    // ScopedQuery numbers its own parameters; "now" is bound as its first
    // extra condition, so it is $2.
    ScopedQuery query(m_tx, u"licenses l"_s, columns(u"$2"_s), u"l.organization_id"_s);
    query.where(u"CAST(? AS bigint) >= 0"_s, {m_now});
    if (!filter.product.isEmpty())
        query.where(u"l.product = ?"_s, {filter.product});
    if (filter.isActive)
        query.where(u"l.is_active = ?"_s, {*filter.isActive});
    query.search({u"l.name"_s, u"l.product"_s}, filter.search);
    query.orderBy(filter.orderBy);
    const auto page = query.fetch(limit, offset);
    if (count)
        *count = page.count;
    QList<LicenseRecord> out;
    for (qsizetype i = 0; i < page.rows.size(); ++i)
        out.append(fromRow(page.rows.row(i)));
    return out;
}

void LicenseStore::insert(const LicenseRecord& l)
{
    m_tx.exec(u"INSERT INTO licenses (organization_id, id, name, product, license_key, "
              "max_concurrent_seats, expires_at, is_active, offline_lease_seconds, "
              "max_borrow_seconds, features, created_at, updated_at, version) "
              "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 1)"_s,
              {m_tx.organizationId(), l.id, l.name, l.product, l.licenseKey, l.maxConcurrentSeats,
               l.expiresAt ? QVariant(*l.expiresAt) : QVariant(), l.isActive, l.offlineLeaseSeconds,
               l.maxBorrowSeconds, featuresJson(l.features), l.createdAt, l.updatedAt});
}

bool LicenseStore::update(const LicenseRecord& l, std::optional<qint64> expectedVersion)
{
    QString sql =
            u"UPDATE licenses SET name = $3, product = $4, max_concurrent_seats = $5, "
            "expires_at = $6, is_active = $7, offline_lease_seconds = $8, "
            "max_borrow_seconds = $9, features = $10, updated_at = $11, version = version + 1 "
            "WHERE organization_id = $1 AND id = $2"_s;
    QVariantList params{m_tx.organizationId(),
                        l.id,
                        l.name,
                        l.product,
                        l.maxConcurrentSeats,
                        l.expiresAt ? QVariant(*l.expiresAt) : QVariant(),
                        l.isActive,
                        l.offlineLeaseSeconds,
                        l.maxBorrowSeconds,
                        featuresJson(l.features),
                        m_now};
    if (expectedVersion) {
        sql += u" AND version = $12"_s;
        params.append(*expectedVersion);
    }
    return m_tx.exec(sql, params).affectedRows == 1;
}

} // namespace clm::server
