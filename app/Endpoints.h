#pragma once

#include <QString>

// The API's collections (API.md), so that ui/ names no paths, and the one
// way a page of a list is asked for.
namespace clm::app::endpoints {

inline QString licenses()
{
    return QStringLiteral("/api/v1/licenses/");
}
inline QString sessions()
{
    return QStringLiteral("/api/v1/sessions/");
}
inline QString users()
{
    return QStringLiteral("/api/v1/users/");
}
// The signed-in user's own account.
inline QString me()
{
    return QStringLiteral("/api/v1/users/me/");
}
inline QString devices()
{
    return QStringLiteral("/api/v1/devices/");
}
inline QString enrollmentTokens()
{
    return QStringLiteral("/api/v1/enrollment-tokens/");
}
inline QString webhooks()
{
    return QStringLiteral("/api/v1/webhooks/");
}
// The delivery log of one webhook endpoint, and the redelivery of one.
inline QString webhookDeliveries(const QString& webhookId)
{
    return webhooks() + webhookId + QStringLiteral("/deliveries/");
}
inline QString redeliver(const QString& webhookId, const QString& deliveryId)
{
    return webhookDeliveries(webhookId) + deliveryId + QStringLiteral("/redeliver");
}
inline QString audit()
{
    return QStringLiteral("/api/v1/audit/");
}
// Seat usage history of one license (for the dashboard's chart).
inline QString usage(const QString& licenseId)
{
    return licenses() + licenseId + QStringLiteral("/usage");
}

// Who was refused seats of one license (for the seat advice).
inline QString denials(const QString& licenseId)
{
    return licenses() + licenseId + QStringLiteral("/denials");
}

// Page `page` of a list endpoint; `query` is an encoded query (filters,
// search, ordering) without page parameters, or empty.
inline QString page(const QString& endpoint, const QString& query, int page, int pageSize)
{
    QString path = endpoint + QStringLiteral("?page=%1&page_size=%2").arg(page).arg(pageSize);
    if (!query.isEmpty())
        path += u'&' + query;
    return path;
}

} // namespace clm::app::endpoints
