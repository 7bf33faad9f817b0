#pragma once

#include <QJsonObject>
#include <QString>

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
