#pragma once

#include "core/PasswordHasher.h"
#include "server/store/Records.h"
#include "server/store/ScopedQuery.h"

#include <QList>

#include <optional>

namespace clm::server {

class Transaction;

class UserStore
{
public:
    explicit UserStore(Transaction& tx)
        : m_tx(tx)
    {}

    struct Filter
    {
        QString role;
        std::optional<bool> isActive;
        QString search;
        QString orderBy; // SQL, from a whitelist
    };

    std::optional<UserRecord> find(const QString& id);
    std::optional<UserRecord> findByEmail(const QString& email);
    QList<UserRecord> list(const Filter& filter, qint64 limit, qint64 offset, qint64* count);
    // Throws SqlError(UniqueViolation) for a duplicate email.
    void insert(const UserRecord& user);
    // Writes the mutable fields; false when `expectedVersion` is stale.
    bool update(const UserRecord& user, std::optional<qint64> expectedVersion, qint64 now);
    void recordLogin(const QString& id, qint64 now);
    // Active owners, locked until the transaction ends, so two concurrent
    // demotions cannot both pass the "last owner" check.
    qint64 lockActiveOwners();

    // Sign-in: every user with this email, in any organization. The one
    // query that is not tenant-scoped, narrowed to exactly this email.
    static QList<UserRecord> loginCandidates(Transaction& tx, const QString& email);
    // The salt a new password hash of `email` takes: that of the email's
    // oldest account in any organization made with `parameters` (empty: a
    // fresh one). The accounts of one email share a salt so that a sign-in
    // checks all of them with one Argon2 computation, and a failed sign-in
    // costs the same whether the email has no account, one, or several.
    QByteArray saltFor(const QString& email, const PasswordHasher::Parameters& parameters);
    static QByteArray sharedSalt(const QList<UserRecord>& accounts,
                                 const PasswordHasher::Parameters& parameters);

    static UserRecord fromRow(const SqlRow& row);
    static const QString kColumns;

private:
    Transaction& m_tx;
};

} // namespace clm::server
