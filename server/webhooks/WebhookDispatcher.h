#pragma once

#include "server/BackgroundThread.h"
#include "server/webhooks/WebhookSender.h"

#include <QByteArray>
#include <QString>

namespace clm::server {

struct ServerContext;
class SqlConnection;

// Delivers the webhook outbox (docs/webhooks.md), in every server process
// at once: each pass takes the due deliveries at the head of each active
// endpoint's queue (one at a time per endpoint, in order; a delivery taken
// by one process is left alone by the others until its lease ends), sends
// them signed, and records the outcome: delivered, retried later with
// exponential backoff, or failed after the give-up time, when the endpoint,
// failing all that time, is disabled with the reason. Once a minute it also
// writes license.expiring events (30, 7 and 1 days before) and prunes
// deliveries older than the retention that are no longer pending.
class WebhookDispatcher : public BackgroundThread
{
public:
    explicit WebhookDispatcher(const ServerContext& context);

    // One pass; whether it sent anything (then another pass follows at once).
    static bool passOnce(SqlConnection& db, const ServerContext& context,
                         const WebhookSender& sender);
    // license.expiring events due at `now`; how many were written.
    static int noteExpiring(SqlConnection& db, qint64 now);
    // Deletes delivered and given-up deliveries created before `before`
    // (and events no delivery needs); how many.
    static qint64 prune(SqlConnection& db, qint64 before);

    // The Clm-Signature header's value for `body` sent at `unixSeconds`:
    // "t=<unixSeconds>,v1=<hex HMAC-SHA256 of "<unixSeconds>.<body>">".
    static QByteArray signature(const QString& secret, qint64 unixSeconds, const QByteArray& body);
    // When attempt number `attempts` (1: the first) failed at `now`: the
    // next attempt's time, or nullopt when the delivery, created at
    // `createdAt`, is given up.
    static std::optional<qint64> retryAt(qint64 attempts, qint64 createdAt, qint64 now,
                                         qint64 baseMs, qint64 giveUpMs);

private:
    WebhookSender m_sender;
    qint64 m_lastExpiryCheck = 0;
};

} // namespace clm::server
