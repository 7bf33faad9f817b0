#pragma once

#include "server/store/Records.h"

#include <QList>

#include <optional>

namespace clm::server {

class Transaction;

class LicenseStore
{
public:
    explicit LicenseStore(Transaction& tx, qint64 now)
        : m_tx(tx)
        , m_now(now)
    {}

    struct Filter
    {
        QString product;
        std::optional<bool> isActive;
        QString search;
        QString orderBy;
    };

    // `countSessions` false leaves activeSessions at 0 and skips counting
    // (the heartbeat path must not cost more with every seat in use).
    std::optional<LicenseRecord> find(const QString& id, bool lock = false,
                                      bool countSessions = true);
    // Every license with one of `keys` or one of `products`, in id order,
    // locked when `lock` (one statement on PostgreSQL, so that concurrent
    // acquirers lock in one order). For acquire, which counts seats itself
    // after the lock: activeSessions is left at 0.
    QList<LicenseRecord> findByKeysOrProducts(const QStringList& keys, const QStringList& products,
                                              bool lock);
    QList<LicenseRecord> list(const Filter& filter, qint64 limit, qint64 offset, qint64* count);
    void insert(const LicenseRecord& license);
    bool update(const LicenseRecord& license, std::optional<qint64> expectedVersion);

    static QString columns(const QString& nowParameter);

private:
    QList<LicenseRecord> read(const QString& where, const QVariantList& params, bool lock,
                              bool countSessions = true);

    Transaction& m_tx;
    qint64 m_now;
};

} // namespace clm::server
