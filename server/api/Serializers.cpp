#include "server/api/Serializers.h"

#include "server/ApiSupport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace clm::server::api {

QJsonObject toJson(const UserRecord& u)
{
    return QJsonObject{
            {u"id"_s, u.id},
            {u"email"_s, u.email},
            {u"full_name"_s, u.fullName},
            {u"role"_s, u.role},
            {u"is_active"_s, u.isActive},
            {u"created_at"_s, timestamp(u.createdAt)},
            {u"last_login_at"_s, timestampOrNull(u.lastLoginAt)},
            {u"version"_s, u.version},
    };
}

QJsonObject toJson(const OrganizationRecord& o)
{
    return QJsonObject{
            {u"id"_s, o.id},
            {u"name"_s, o.name},
            {u"slug"_s, o.slug},
            {u"subscription_tier"_s, o.subscriptionTier},
            {u"max_concurrent_seats"_s, o.maxConcurrentSeats},
            {u"is_active"_s, o.isActive},
            {u"created_at"_s, timestamp(o.createdAt)},
            {u"updated_at"_s, timestamp(o.updatedAt)},
            {u"version"_s, o.version},
    };
}

QJsonObject toJson(const LicenseRecord& l, qint64 now)
{
    return QJsonObject{
            {u"id"_s, l.id},
            {u"name"_s, l.name},
            {u"product"_s, l.product},
            {u"license_key"_s, l.licenseKey},
            {u"max_concurrent_seats"_s, l.maxConcurrentSeats},
            {u"expires_at"_s, timestampOrNull(l.expiresAt)},
            {u"is_active"_s, l.isActive},
            {u"is_expired"_s, l.isExpired(now)},
            {u"is_valid"_s, l.isValid(now)},
            {u"active_sessions"_s, l.activeSessions},
            {u"offline_lease_seconds"_s, l.offlineLeaseSeconds},
            {u"max_borrow_seconds"_s, l.maxBorrowSeconds},
            {u"features"_s, QJsonArray::fromStringList(l.features)},
            {u"created_at"_s, timestamp(l.createdAt)},
            {u"updated_at"_s, timestamp(l.updatedAt)},
            {u"version"_s, l.version},
    };
}

QJsonObject toJson(const EnrollmentTokenRecord& t)
{
    return QJsonObject{
            {u"id"_s, t.id},
            {u"label"_s, t.label},
            {u"uses"_s, t.uses},
            {u"max_uses"_s, t.maxUses ? QJsonValue(*t.maxUses) : QJsonValue(QJsonValue::Null)},
            {u"expires_at"_s, timestampOrNull(t.expiresAt)},
            {u"created_at"_s, timestamp(t.createdAt)},
            {u"revoked"_s, t.revokedAt.has_value()},
    };
}

QJsonObject toJson(const DeviceRecord& d)
{
    return QJsonObject{
            {u"id"_s, d.id},
            {u"hostname"_s, d.hostname},
            {u"os"_s, d.os},
            {u"hardware_id"_s, d.hardwareId},
            {u"enrolled_at"_s, timestamp(d.enrolledAt)},
            {u"last_seen_at"_s, timestampOrNull(d.lastSeenAt)},
            {u"is_active"_s, d.isActive},
    };
}

QJsonObject toJson(const SessionRecord& s, qint64 now)
{
    auto orNull = [](const QString& text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    return QJsonObject{
            {u"id"_s, s.id},
            {u"license_id"_s, s.licenseId},
            {u"license_name"_s, s.licenseName},
            {u"product"_s, s.product},
            {u"device_id"_s, orNull(s.deviceId)},
            {u"hostname"_s, s.hostname},
            {u"os_user"_s, s.osUser},
            {u"user_id"_s, orNull(s.userId)},
            {u"ip_address"_s, orNull(s.ipAddress)},
            {u"started_at"_s, timestamp(s.startedAt)},
            {u"last_heartbeat_at"_s, timestamp(s.lastHeartbeatAt)},
            {u"borrowed_until"_s, timestampOrNull(s.borrowedUntil)},
            {u"lease_expires_at"_s, timestamp(s.leaseExpiresAt)},
            {u"ended_at"_s, timestampOrNull(s.endedAt)},
            {u"end_reason"_s, orNull(s.endReason)},
            {u"is_active"_s, s.holdsSeat(now)},
    };
}

} // namespace clm::server::api
