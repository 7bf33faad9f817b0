#include "server/store/RefreshTokenStore.h"

#include "server/store/Transaction.h"

using namespace Qt::StringLiterals;

namespace clm::server {

void RefreshTokenStore::insert(const QString& id, const QString& familyId, const QString& userId,
                               const QString& tokenHash, qint64 now, qint64 expiresAt)
{
    m_tx.exec(u"INSERT INTO refresh_tokens (organization_id, id, family_id, user_id, token_hash, "
              "created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)"_s,
              {m_tx.organizationId(), id, familyId, userId, tokenHash, now, expiresAt});
}

std::optional<RefreshTokenStore::Token> RefreshTokenStore::findByHash(const QString& tokenHash)
{
    const SqlResult result = m_tx.exec(
            u"SELECT id, family_id, user_id, expires_at, used_at, revoked_at FROM refresh_tokens "
            "WHERE organization_id = $1 AND token_hash = $2"_s,
            {m_tx.organizationId(), tokenHash});
    if (result.isEmpty())
        return std::nullopt;
    const SqlRow row = result.first();
    return Token{row.text(0),  row.text(1),          row.text(2),
                 row.int64(3), row.optionalInt64(4), row.optionalInt64(5)};
}

bool RefreshTokenStore::markUsed(const QString& id, qint64 now)
{
    return m_tx.exec(u"UPDATE refresh_tokens SET used_at = $3 WHERE organization_id = $1 "
                     "AND id = $2 AND used_at IS NULL AND revoked_at IS NULL"_s,
                     {m_tx.organizationId(), id, now})
                   .affectedRows == 1;
}

void RefreshTokenStore::revokeFamily(const QString& familyId, qint64 now)
{
    m_tx.exec(u"UPDATE refresh_tokens SET revoked_at = $3 WHERE organization_id = $1 "
              "AND family_id = $2 AND revoked_at IS NULL"_s,
              {m_tx.organizationId(), familyId, now});
}

void RefreshTokenStore::revokeUser(const QString& userId, qint64 now, const QString& keepFamily)
{
    m_tx.exec(u"UPDATE refresh_tokens SET revoked_at = $3 WHERE organization_id = $1 "
              "AND user_id = $2 AND revoked_at IS NULL AND family_id <> $4"_s,
              {m_tx.organizationId(), userId, now,
               keepFamily.isEmpty() ? u"00000000-0000-0000-0000-000000000000"_s : keepFamily});
}

} // namespace clm::server
