#pragma once

#include <QString>

#include <optional>

namespace clm::server {

class Transaction;

// Refresh tokens are stored only as a SHA-256 of their secret. Each belongs
// to a family (one sign-in); rotation marks the old one used and adds the
// next to the same family; presenting a used one revokes the family.
class RefreshTokenStore
{
public:
    struct Token
    {
        QString id;
        QString familyId;
        QString userId;
        qint64 expiresAt = 0;
        std::optional<qint64> usedAt;
        std::optional<qint64> revokedAt;
    };

    explicit RefreshTokenStore(Transaction& tx)
        : m_tx(tx)
    {}

    void insert(const QString& id, const QString& familyId, const QString& userId,
                const QString& tokenHash, qint64 now, qint64 expiresAt);
    std::optional<Token> findByHash(const QString& tokenHash);
    // Marks the token used; false if it already was (a concurrent rotation).
    bool markUsed(const QString& id, qint64 now);
    void revokeFamily(const QString& familyId, qint64 now);
    // Every refresh token of the user, but those of `keepFamily` (the sign-in
    // that asked) when given.
    void revokeUser(const QString& userId, qint64 now, const QString& keepFamily = {});

private:
    Transaction& m_tx;
};

} // namespace clm::server
