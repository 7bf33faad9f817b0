#pragma once

#include "server/db/SqlResult.h"
#include "server/store/Records.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace clm::server {

class Transaction;

class SessionStore
{
public:
    explicit SessionStore(Transaction& tx)
        : m_tx(tx)
    {}

    struct Filter
    {
        QString licenseId;
        QString deviceId;
        QString userId;
        std::optional<bool> active;
        qint64 now = 0;
    };

    std::optional<SessionRecord> find(const QString& id);
    // Who opened a session: a device (device token), or a user without a
    // device (user access token).
    struct Owner
    {
        QString deviceId;
        QString userId;
    };
    // The session of this owner, machine and OS user on one of `licenseIds`
    // that still holds its seat, if any. Another caller's session is never
    // found, whatever hardware id and OS user it claims.
    std::optional<SessionRecord> findHolding(const QStringList& licenseIds, const Owner& owner,
                                             const QString& hardwareId, const QString& osUser,
                                             qint64 now);
    QList<SessionRecord> list(const Filter& filter, qint64 limit, qint64 offset, qint64* count);
    void insert(const SessionRecord& session);
    // Writes heartbeat, lease and hold times of a session that still holds
    // its seat; false if it ended or lapsed meanwhile.
    bool renew(const SessionRecord& session, qint64 now);
    // Ends one session; false if it had already ended.
    bool end(const QString& id, qint64 now, const QString& reason);
    // Ends every seat-holding session matching `column = value`; returns
    // (session id, license id) of those ended.
    QList<QPair<QString, QString>> endAll(const QString& column, const QString& value, qint64 now,
                                          const QString& reason);

    static const QString kColumns;
    static SessionRecord fromRow(const SqlRow& row);

private:
    Transaction& m_tx;
};

} // namespace clm::server
