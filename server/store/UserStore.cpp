#include "server/store/UserStore.h"

#include "server/store/Transaction.h"

using namespace Qt::StringLiterals;

namespace clm::server {

const QString UserStore::kColumns =
        u"organization_id, id, email, full_name, role, password_hash, is_active, created_at, "
        "updated_at, last_login_at, version"_s;

UserRecord UserStore::fromRow(const SqlRow& row)
{
    UserRecord u;
    u.organizationId = row.text(0);
    u.id = row.text(1);
    u.email = row.text(2);
    u.fullName = row.text(3);
    u.role = row.text(4);
    u.passwordHash = row.text(5);
    u.isActive = row.boolean(6);
    u.createdAt = row.int64(7);
    u.updatedAt = row.int64(8);
    u.lastLoginAt = row.optionalInt64(9);
    u.version = row.int64(10);
    return u;
}

std::optional<UserRecord> UserStore::find(const QString& id)
{
    const SqlResult result = m_tx.exec(
            u"SELECT %1 FROM users WHERE organization_id = $1 AND id = $2"_s.arg(kColumns),
            {m_tx.organizationId(), id});
    if (result.isEmpty())
        return std::nullopt;
    return fromRow(result.first());
}

std::optional<UserRecord> UserStore::findByEmail(const QString& email)
{
    const SqlResult result = m_tx.exec(
            u"SELECT %1 FROM users WHERE organization_id = $1 AND email = $2"_s.arg(kColumns),
            {m_tx.organizationId(), email});
    if (result.isEmpty())
        return std::nullopt;
    return fromRow(result.first());
}

QList<UserRecord> UserStore::list(const Filter& filter, qint64 limit, qint64 offset, qint64* count)
{
    ScopedQuery query(m_tx, u"users"_s, kColumns);
    if (!filter.role.isEmpty())
        query.where(u"role = ?"_s, {filter.role});
    if (filter.isActive)
        query.where(u"is_active = ?"_s, {*filter.isActive});
    query.search({u"email"_s, u"full_name"_s}, filter.search);
    query.orderBy(filter.orderBy);
    const auto page = query.fetch(limit, offset);
    if (count)
        *count = page.count;
    QList<UserRecord> users;
    for (qsizetype i = 0; i < page.rows.size(); ++i)
        users.append(fromRow(page.rows.row(i)));
    return users;
}

void UserStore::insert(const UserRecord& u)
{
    m_tx.exec(u"INSERT INTO users (organization_id, id, email, full_name, role, password_hash, "
              "is_active, created_at, updated_at, version) "
              "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1)"_s,
              {m_tx.organizationId(), u.id, u.email, u.fullName, u.role, u.passwordHash, u.isActive,
               u.createdAt, u.updatedAt});
}

bool UserStore::update(const UserRecord& u, std::optional<qint64> expectedVersion, qint64 now)
{
    QString sql = u"UPDATE users SET full_name = $3, role = $4, is_active = $5, "
                  "password_hash = $6, updated_at = $7, version = version + 1 "
                  "WHERE organization_id = $1 AND id = $2"_s;
    QVariantList params{m_tx.organizationId(), u.id, u.fullName, u.role, u.isActive,
                        u.passwordHash,        now};
    if (expectedVersion) {
        sql += u" AND version = $8"_s;
        params.append(*expectedVersion);
    }
    return m_tx.exec(sql, params).affectedRows == 1;
}

void UserStore::recordLogin(const QString& id, qint64 now)
{
    m_tx.exec(u"UPDATE users SET last_login_at = $3 WHERE organization_id = $1 AND id = $2"_s,
              {m_tx.organizationId(), id, now});
}

qint64 UserStore::lockActiveOwners()
{
    return m_tx
            .exec(u"SELECT id FROM users WHERE organization_id = $1 AND role = 'owner' "
                  "AND is_active = $2%1"_s.arg(m_tx.forUpdate()),
                  {m_tx.organizationId(), true})
            .size();
}

QByteArray UserStore::sharedSalt(const QList<UserRecord>& accounts,
                                 const PasswordHasher::Parameters& parameters)
{
    for (const auto& account : accounts) {
        PasswordHasher::Parameters stored;
        if (PasswordHasher::parseParameters(account.passwordHash, &stored) && stored == parameters)
            return PasswordHasher::saltOf(account.passwordHash);
    }
    return {};
}

QByteArray UserStore::saltFor(const QString& email, const PasswordHasher::Parameters& parameters)
{
    // The other organizations' rows of this one email, for this statement only.
    const QList<UserRecord> accounts = loginCandidates(m_tx, email.trimmed().toLower());
    m_tx.allowLoginLookup(QString());
    return sharedSalt(accounts, parameters);
}

QList<UserRecord> UserStore::loginCandidates(Transaction& tx, const QString& email)
{
    tx.allowLoginLookup(email);
    const SqlResult result = tx.exec(
            u"SELECT %1 FROM users WHERE email = $1 ORDER BY created_at, id"_s.arg(kColumns),
            {email});
    QList<UserRecord> users;
    for (qsizetype i = 0; i < result.size(); ++i)
        users.append(fromRow(result.row(i)));
    return users;
}

} // namespace clm::server
