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

    // Checks every organization's chain (as the schema owner, in maintenance
    // mode). Returns an empty string when intact, else the first broken link.
    static QString verifyAll(SqlConnection& db, qint64* organizations, qint64* rows);

    static QString rowHash(const QString& organizationId, qint64 seq, const QString& id, qint64 at,
                           const AuditEntry& entry, const QString& previousHash);

private:
    Transaction& m_tx;
};

} // namespace clm::server
