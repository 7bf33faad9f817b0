#include "server/store/OrganizationStore.h"

#include "server/store/Transaction.h"

using namespace Qt::StringLiterals;

namespace clm::server {

std::optional<OrganizationRecord> OrganizationStore::current()
{
    const SqlResult result =
            m_tx.exec(u"SELECT id, name, slug, subscription_tier, max_concurrent_seats, is_active, "
                      "created_at, updated_at, version FROM organizations WHERE id = $1"_s,
                      {m_tx.organizationId()});
    if (result.isEmpty())
        return std::nullopt;
    const SqlRow row = result.first();
    OrganizationRecord o;
    o.id = row.text(0);
    o.name = row.text(1);
    o.slug = row.text(2);
    o.subscriptionTier = row.text(3);
    o.maxConcurrentSeats = row.int64(4);
    o.isActive = row.boolean(5);
    o.createdAt = row.int64(6);
    o.updatedAt = row.int64(7);
    o.version = row.int64(8);
    return o;
}

void OrganizationStore::insert(const OrganizationRecord& o)
{
    m_tx.exec(u"INSERT INTO organizations (id, name, slug, subscription_tier, "
              "max_concurrent_seats, is_active, created_at, updated_at, version) "
              "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1)"_s,
              {m_tx.organizationId(), o.name, o.slug, o.subscriptionTier, o.maxConcurrentSeats,
               o.isActive, o.createdAt, o.updatedAt});
    // The audit chain's head exists from the start, so appending always has
    // a row to lock.
    m_tx.exec(u"INSERT INTO audit_heads (organization_id, seq, hash) VALUES ($1, 0, $2)"_s,
              {m_tx.organizationId(), QString(64, u'0')});
}

bool OrganizationStore::rename(const QString& name, std::optional<qint64> expectedVersion,
                               qint64 now)
{
    QString sql = u"UPDATE organizations SET name = $2, updated_at = $3, version = version + 1 "
                  "WHERE id = $1"_s;
    QVariantList params{m_tx.organizationId(), name, now};
    if (expectedVersion) {
        sql += u" AND version = $4"_s;
        params.append(*expectedVersion);
    }
    return m_tx.exec(sql, params).affectedRows == 1;
}

} // namespace clm::server
