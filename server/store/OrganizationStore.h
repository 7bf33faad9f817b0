#pragma once

#include "server/store/Records.h"

#include <optional>

namespace clm::server {

class Transaction;

class OrganizationStore
{
public:
    explicit OrganizationStore(Transaction& tx)
        : m_tx(tx)
    {}

    // The transaction's own organization.
    std::optional<OrganizationRecord> current();
    // Creates the transaction's organization (its id is the transaction's).
    void insert(const OrganizationRecord& organization);
    // Renames; returns false when `expectedVersion` (if set) is stale.
    bool rename(const QString& name, std::optional<qint64> expectedVersion, qint64 now);

private:
    Transaction& m_tx;
};

} // namespace clm::server
