#pragma once

#include "HttpClient.h"
#include "ServerFixture.h"

#include <QJsonObject>
#include <QString>

namespace clm::test {

// Data the admin GUI's suites set up through the API, shared so that no
// suite keeps its own copy.

// An HTTP client signed in as `account` (an owner or admin).
HttpClient admin(const ServerFixture& fixture, const ServerFixture::Account& account);
// POST /licenses/; the new license's id, empty on failure. `extra` adds
// fields (expires_at, features, ...).
QString createLicense(HttpClient& client, const QString& name, const QString& product, int seats,
                      const QJsonObject& extra = {});
inline QString createLicense(HttpClient&& client, const QString& name, const QString& product,
                             int seats, const QJsonObject& extra = {})
{
    return createLicense(client, name, product, seats, extra);
}
// POST /webhooks/ (a receiver nobody runs, for pages that need a row);
// the new endpoint's id, empty on failure.
QString createWebhook(HttpClient& client, const QString& url, const QStringList& events);

// POST /licenses/acquire with a device token (or a user's access token and
// `hardwareId`), as `osUser`.
HttpReply acquire(const ServerFixture& fixture, const QString& token, const QString& product,
                  const QString& osUser, const QString& hardwareId = {});
// POST /licenses/release of `sessionId` with the token that acquired it.
HttpReply release(const ServerFixture& fixture, const QString& token, const QString& sessionId);

// Writes a working day of seat use into the usage history of a license
// (every 15 minutes over the last 24 hours but the last 70 minutes, which
// real acquisitions fill): busy from 8 to 18 local time with a dip at
// lunch, a little at night, denials while at the limit when asked.
// Returns the denials it recorded since local midnight; -1 on an error.
int recordUsage(TestDatabase& database, const QString& organizationId, const QString& licenseId,
                int seats, bool withDenials);

// Writes `days` days of hourly seat use before the last 24 hours: working
// days busy from 9 to 17 local time up to `peak` seats, weekends and nights
// quiet. When `refused` names callers ("host/os_user"), hours at the limit
// of `seats` also get denials from the first one to three of them (in
// usage_denials, as the server counts who was refused). True on success.
bool recordHistory(TestDatabase& database, const QString& organizationId, const QString& licenseId,
                   int seats, int peak, int days, const QStringList& refused = {});

} // namespace clm::test
