#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace clm::server {

class SqlConnection;

// Sign-in attempts by key ("email:...", "ip:..."), shared by every server
// process through the database. A slot is taken before the password is
// checked, so concurrent guesses cannot slip past the limit: the k-th
// committed attempt always sees at least k rows.
class AttemptStore
{
public:
    explicit AttemptStore(SqlConnection& db)
        : m_db(db)
    {}

    struct Reservation
    {
        QStringList ids;
        qint64 retryAfterSeconds = 0; // > 0: over the limit, nothing reserved
    };

    // One slot under each key; over `limit` slots of a key within the window
    // refuses them all.
    struct Key
    {
        QString key;
        int limit = 0;
    };
    Reservation reserve(const QList<Key>& keys, qint64 now, qint64 windowMs);
    // A successful attempt gives its slots back.
    void release(const QStringList& ids);
    void prune(qint64 olderThan);

private:
    SqlConnection& m_db;
};

} // namespace clm::server
