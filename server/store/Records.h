#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace clm::server {

struct OrganizationRecord
{
    QString id;
    QString name;
    QString slug;
    QString subscriptionTier = QStringLiteral("free");
    qint64 maxConcurrentSeats = 5;
    bool isActive = true;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 version = 1;
};

struct UserRecord
{
    QString organizationId;
    QString id;
    QString email;
    QString fullName;
    QString role;
    QString passwordHash;
    bool isActive = true;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> lastLoginAt;
    qint64 version = 1;
};

struct LicenseRecord
{
    QString organizationId;
    QString id;
    QString name;
    QString product;
    QString licenseKey;
    qint64 maxConcurrentSeats = 1;
    std::optional<qint64> expiresAt;
    bool isActive = true;
    qint64 offlineLeaseSeconds = 360;
    qint64 maxBorrowSeconds = 604800;
    QStringList features;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 version = 1;
    qint64 activeSessions = 0; // computed when read

    bool isExpired(qint64 now) const { return expiresAt && *expiresAt <= now; }
    bool isValid(qint64 now) const { return isActive && !isExpired(now); }
};

struct EnrollmentTokenRecord
{
    QString organizationId;
    QString id;
    QString label;
    qint64 uses = 0;
    std::optional<qint64> maxUses;
    std::optional<qint64> expiresAt;
    qint64 createdAt = 0;
    std::optional<qint64> revokedAt;
};

struct DeviceRecord
{
    QString organizationId;
    QString id;
    QString hardwareId;
    QString hostname;
    QString os;
    qint64 enrolledAt = 0;
    std::optional<qint64> lastSeenAt;
    bool isActive = true;
};

struct SessionRecord
{
    QString organizationId;
    QString id;
    QString licenseId;
    QString licenseName; // joined when read
    QString product;     // joined when read
    QString deviceId;
    QString userId;
    QString hardwareId;
    QString hostname;
    QString osUser;
    QString ipAddress;
    QString client;
    qint64 startedAt = 0;
    qint64 lastHeartbeatAt = 0;
    qint64 leaseExpiresAt = 0;
    std::optional<qint64> borrowedUntil;
    qint64 holdsUntil = 0;
    std::optional<qint64> endedAt;
    QString endReason;

    bool holdsSeat(qint64 now) const { return !endedAt && holdsUntil > now; }
};

struct AuditEntry
{
    QString actorType = QStringLiteral("system");
    QString actorId;
    QString action;
    QString targetType;
    QString targetId;
    QString ipAddress;
    QJsonObject details;
};

} // namespace clm::server
