#pragma once

#include "server/store/Records.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace clm::server {

class SqlConnection;
class Transaction;

// The audit log: append-only, and tamper-evident. Each row of an
// organization carries hash = SHA-256(previous row's hash, the row's content),
// and audit_heads keeps the last sequence number and hash, so an edited,
// deleted, inserted or truncated row breaks the chain.
//
// On PostgreSQL a row is sealed (given its seq and hash) after its
// transaction commits, by AuditSealer in every server process: appending
// then holds no per-organization lock through the commit, which would
// serialize every audited change of an organization (docs/seats.md). Rows
// keep the order they were written in (entry_no); the chain follows the order
// they were sealed in. SQLite, with its one writer, seals as it appends.
class AuditStore
{
public:
    explicit AuditStore(Transaction& tx)
        : m_tx(tx)
    {}

    struct Filter
    {
        QString action;
        QString actorId;
        std::optional<qint64> from;
        std::optional<qint64> to;
        bool ascending = false;
    };

    void append(const AuditEntry& entry, const QString& id, qint64 at);
    QList<QJsonObject> list(const Filter& filter, qint64 limit, qint64 offset, qint64* count);

    // Seals up to maxRows committed, unsealed rows of this transaction's
    // organization, in the order they were written. Without `wait`, returns 0
    // at once when another sealer holds the organization's head.
    qint64 seal(qint64 maxRows, bool wait);
    // Seals every organization's pending rows, one short transaction per
    // organization and batch (as the app role, or as the schema owner in
    // maintenance mode); returns how many. Does nothing on SQLite.
    static qint64 sealPending(SqlConnection& db, bool maintenance);

    // Seals what is pending, then checks every organization's chain (as the
    // schema owner, in maintenance mode). Returns an empty string when
    // intact, else the first broken link, or why it could not see every
    // chain. `unsealed`: rows written while it ran, not checked.
    static QString verifyAll(SqlConnection& db, qint64* organizations, qint64* rows,
                             qint64* unsealed = nullptr);

    static QString rowHash(const QString& organizationId, qint64 seq, const QString& id, qint64 at,
                           const AuditEntry& entry, const QString& previousHash);

private:
    Transaction& m_tx;
};

} // namespace clm::server
