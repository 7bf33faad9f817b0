#include "server/api/Serializers.h"

#include "server/ApiSupport.h"

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

} // namespace clm::server::api
