#pragma once

#include <QStringList>

namespace clm {

// The events a webhook endpoint may subscribe to (docs/webhooks.md), in the
// order the API documents them: the server checks subscriptions against
// them, clm-admin offers them.
inline const QStringList& webhookEventTypes()
{
    static const QStringList types{QStringLiteral("session.started"),
                                   QStringLiteral("session.ended"),
                                   QStringLiteral("session.denied"),
                                   QStringLiteral("license.created"),
                                   QStringLiteral("license.updated"),
                                   QStringLiteral("license.expiring"),
                                   QStringLiteral("license.seats_exhausted"),
                                   QStringLiteral("device.enrolled"),
                                   QStringLiteral("device.disabled"),
                                   QStringLiteral("user.created"),
                                   QStringLiteral("user.updated")};
    return types;
}

} // namespace clm
