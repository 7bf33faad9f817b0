#pragma once

#include "server/store/Records.h"

#include <QList>

#include <optional>

namespace clm::server {

class Transaction;

// Devices and the enrollment tokens they enroll with. Secrets (token,
// device token) are stored only as SHA-256 hashes.
class DeviceStore
{
public:
    explicit DeviceStore(Transaction& tx)
        : m_tx(tx)
    {}

    // Enrollment tokens.
    void insertToken(const EnrollmentTokenRecord& token, const QString& tokenHash);
    std::optional<EnrollmentTokenRecord> findTokenByHash(const QString& tokenHash, bool lock);
    QList<EnrollmentTokenRecord> listTokens(qint64 limit, qint64 offset, qint64* count);
    bool revokeToken(const QString& id, qint64 now);
    bool tokenExists(const QString& id);
    void countTokenUse(const QString& id);

    // Devices.
    std::optional<DeviceRecord> find(const QString& id);
    std::optional<DeviceRecord> findByHardwareId(const QString& hardwareId);
    std::optional<DeviceRecord> findByTokenHash(const QString& tokenHash);
    QList<DeviceRecord> list(const QString& search, const QString& orderBy, qint64 limit,
                             qint64 offset, qint64* count);
    void insert(const DeviceRecord& device, const QString& tokenHash);
    // Re-enrollment: new token (the old one stops working), fresh details.
    void reenroll(const DeviceRecord& device, const QString& tokenHash);
    bool disable(const QString& id);
    // Active again, still without a token: the machine must enroll again.
    bool enable(const QString& id);
    void touch(const QString& id, qint64 now);

private:
    Transaction& m_tx;
};

} // namespace clm::server
