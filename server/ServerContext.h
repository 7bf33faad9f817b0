#pragma once

#include "core/Clock.h"
#include "core/PasswordHasher.h"
#include "server/KeyStore.h"
#include "server/TrustedProxies.h"
#include "server/webhooks/WebhookSender.h"

#include <QString>
#include <QUrl>

namespace clm::server {

class AcquireCombiner;
class ReleaseCombiner;
class AuthCache;
class EventHub;
class HealthMonitor;
class HeartbeatBatcher;
class ServerMetrics;
class WebhookSubscriptions;

struct ServerSettings
{
    QString databaseUrl;
    QString databaseRole = QStringLiteral("clm_app");
    QString issuer = QStringLiteral("clm-server");
    QString audience = QStringLiteral("clm-api");
    qint64 accessTokenSeconds = 15 * 60;
    qint64 refreshTokenSeconds = 7 * 24 * 3600;
    qint64 sessionTtlSeconds = 360;
    qint64 heartbeatIntervalSeconds = 60;
    qint64 reaperIntervalSeconds = 30;
    // Every database call's deadline; how long a request waits for a
    // database connection before it is answered 503.
    qint64 databaseTimeoutMs = 5000;
    qint64 databaseWaitMs = 3000;
    bool allowRegistration = false;
    // Failed sign-ins within a minute: per (email, client address), and per
    // client address whatever the emails (API.md).
    int loginAttemptsPerMinute = 5;
    int loginAttemptsPerAddress = 20;
    int registrationsPerHour = 5;
    // Where clients reach this server (absolute links such as `next`).
    QUrl publicUrl;
    TrustedProxies trustedProxies;
    // Webhooks (docs/webhooks.md): where they may go, the first retry's
    // delay (doubling up to an hour), and how long a delivery is retried,
    // and an endpoint may keep failing before it is disabled.
    WebhookPolicy webhookPolicy;
    qint64 webhookRetryBaseMs = 10'000;
    qint64 webhookGiveUpMs = 24 * 3600 * 1000;
    // How often licenses are checked for license.expiring (and old
    // deliveries pruned), and how long a delivery that is no longer pending
    // is kept in the log.
    qint64 webhookExpiryCheckMs = 60'000;
    qint64 webhookRetentionMs = 30LL * 24 * 3600 * 1000;
};

// What every request handler shares, read-only after start.
struct ServerContext
{
    ServerSettings settings;
    const Clock* clock = &Clock::system();
    KeyStore keys;
    PasswordHasher hasher;
    // A hash of a random password, verified against when an email is unknown
    // so that a wrong email costs as long as a wrong password.
    QString dummyPasswordHash;
    // Live events (WebSocket); null when nobody listens (tools, tests).
    EventHub* events = nullptr;
    // Group commit for heartbeats (heartbeats need it: null refuses them).
    HeartbeatBatcher* heartbeats = nullptr;
    // Acquires of one organization decided together; null: one at a time.
    AcquireCombiner* acquires = nullptr;
    // Releases of one organization ended together; null: one at a time.
    ReleaseCombiner* releases = nullptr;
    // Callers already authenticated; null: every request asks the database.
    AuthCache* auth = nullptr;
    // GET /health's own probe; null: /health says unhealthy.
    HealthMonitor* health = nullptr;
    // What GET /metrics reports (--metrics-listen); null: nothing counted.
    ServerMetrics* metrics = nullptr;
    // Organizations known to have webhook endpoints, or not; null: every
    // change asks the database.
    WebhookSubscriptions* webhooks = nullptr;
};

} // namespace clm::server
