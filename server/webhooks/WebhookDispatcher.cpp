#include "server/webhooks/WebhookDispatcher.h"

#include "core/Crypto.h"
#include "server/ApiSupport.h"
#include "server/ServerContext.h"
#include "server/db/SqlConnection.h"
#include "server/metrics/ServerMetrics.h"
#include "server/store/AuditStore.h"
#include "server/store/Transaction.h"
#include "server/webhooks/WebhookStore.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWebhooks, "clm.server.webhooks")

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

// A taken delivery's lease beyond two timeouts (resolving has one, the
// exchange another): long enough that no other process takes a delivery
// still being sent, short enough that one a dead process held is sent
// again soon.
constexpr qint64 kLeaseMarginMs = 10'000;
constexpr int kPerOrganization = 16;     // deliveries taken per organization and pass
constexpr qint64 kMaxDelayMs = 3600'000; // the longest wait between two attempts
constexpr qint64 kDayMs = 24 * 3600'000;

} // namespace

WebhookDispatcher::WebhookDispatcher(const ServerContext& context)
    : BackgroundThread(context, u"webhook dispatcher"_s, std::chrono::milliseconds(500),
                       [this, &context](SqlConnection& db) {
                           const qint64 now = db.now(*context.clock);
                           if (now - m_lastExpiryCheck >= context.settings.webhookExpiryCheckMs) {
                               m_lastExpiryCheck = now;
                               noteExpiring(db, now);
                               prune(db, now - context.settings.webhookRetentionMs);
                           }
                           return passOnce(db, context, m_sender);
                       })
    , m_sender(context.settings.webhookPolicy)
{}

QByteArray WebhookDispatcher::signature(const QString& secret, qint64 unixSeconds,
                                        const QByteArray& body)
{
    const QByteArray t = QByteArray::number(unixSeconds);
    return "t=" + t +
           ",v1=" + crypto::hmacSha256(secret.toUtf8(), QByteArray(t + '.' + body)).toHex();
}

std::optional<qint64> WebhookDispatcher::retryAt(qint64 attempts, qint64 createdAt, qint64 now,
                                                 qint64 baseMs, qint64 giveUpMs)
{
    const int doublings = static_cast<int>(std::clamp<qint64>(attempts - 1, 0, 30));
    qint64 delay = std::min(kMaxDelayMs, baseMs << doublings);
    // +-20 %, so that endpoints that failed together are not retried together.
    delay += static_cast<qint64>(static_cast<double>(delay) *
                                 (QRandomGenerator::global()->generateDouble() * 0.4 - 0.2));
    const qint64 at = now + std::max<qint64>(delay, 1);
    if (at - createdAt > giveUpMs)
        return std::nullopt;
    return at;
}

bool WebhookDispatcher::passOnce(SqlConnection& db, const ServerContext& context,
                                 const WebhookSender& sender)
{
    const auto& settings = context.settings;
    bool sent = false;
    for (const QString& organization : WebhookStore::dueOrganizations(db, db.now(*context.clock))) {
        QList<WebhookStore::Claimed> claimed;
        {
            const qint64 now = db.now(*context.clock);
            Transaction tx(db, Transaction::Mode::Write, organization);
            claimed = WebhookStore(tx).claimDue(
                    now, now + 2LL * settings.webhookPolicy.timeoutMs + kLeaseMarginMs,
                    kPerOrganization);
            tx.commit();
        }
        for (const WebhookStore::Claimed& one : claimed) {
            sent = true;
            const qint64 unixSeconds = QDateTime::currentSecsSinceEpoch();
            const WebhookResponse response =
                    sender.post(QUrl(one.url), one.payload,
                                {{"Clm-Signature", signature(one.secret, unixSeconds, one.payload)},
                                 {"Clm-Event", one.delivery.eventType.toUtf8()},
                                 {"Clm-Delivery", one.delivery.id.toUtf8()},
                                 {"Idempotency-Key", one.delivery.eventId.toUtf8()}});
            const qint64 now = db.now(*context.clock);
            WebhookStore::Outcome outcome;
            outcome.delivered = response.delivered();
            if (response.status > 0)
                outcome.responseStatus = response.status;
            outcome.latencyMs = response.latencyMs;
            outcome.responseBody = QString::fromUtf8(response.body);
            outcome.error = response.error;
            const std::optional<qint64> retry =
                    outcome.delivered
                            ? std::nullopt
                            : retryAt(one.delivery.attempts, one.delivery.createdAt, now,
                                      settings.webhookRetryBaseMs, settings.webhookGiveUpMs);
            if (context.metrics)
                context.metrics->webhookAttempt(outcome.delivered ? u"delivered"_s
                                                : retry           ? u"retried"_s
                                                                  : u"failed"_s,
                                                static_cast<double>(response.latencyMs) / 1000.0);
            Transaction tx(db, Transaction::Mode::Write, organization);
            WebhookStore store(tx);
            const std::optional<qint64> failingSince = store.complete(one, outcome, now, retry);
            // Given up: this delivery, the head of the endpoint's queue,
            // failed for the whole give-up time, and so did the endpoint.
            if (!outcome.delivered &&
                (!retry || (failingSince && now - *failingSince >= settings.webhookGiveUpMs))) {
                const QString reason = u"every delivery failed since %1; the last: %2"_s.arg(
                        api::timestamp(*failingSince), response.error);
                store.disable(one.delivery.webhookId, reason, now);
                AuditEntry entry;
                entry.action = u"webhook.disable"_s;
                entry.targetType = u"webhook"_s;
                entry.targetId = one.delivery.webhookId;
                entry.details = {{u"reason"_s, reason}};
                AuditStore(tx).append(entry, api::newId(), now);
                qCWarning(lcWebhooks).noquote() << "disabled webhook" << one.delivery.webhookId
                                                << "of" << organization << ":" << reason;
            }
            tx.commit();
            if (!outcome.delivered)
                qCInfo(lcWebhooks).noquote() << "webhook delivery" << one.delivery.id << "attempt"
                                             << one.delivery.attempts << "failed:" << response.error
                                             << (retry ? u"(retried)"_s : u"(given up)"_s);
        }
    }
    return sent;
}

qint64 WebhookDispatcher::prune(SqlConnection& db, qint64 before)
{
    qint64 removed = 0;
    for (const QString& organization : WebhookStore::prunableOrganizations(db, before)) {
        Transaction tx(db, Transaction::Mode::Write, organization);
        removed += WebhookStore(tx).prune(before);
        tx.commit();
    }
    return removed;
}

int WebhookDispatcher::noteExpiring(SqlConnection& db, qint64 now)
{
    static const int kDays[] = {1, 7, 30}; // the nearest first: one event per license and pass
    int written = 0;
    for (const QString& organization : WebhookStore::expiringOrganizations(db, now, 30 * kDayMs)) {
        Transaction tx(db, Transaction::Mode::Write, organization);
        WebhookStore store(tx);
        QSet<QString> told;
        for (const int days : kDays) {
            for (const auto& license : store.expiringWithout(days, now, days * kDayMs)) {
                // Only the process that notes it first tells it.
                if (!store.noteExpiry(license.licenseId, license.expiresAt, days) ||
                    told.contains(license.licenseId))
                    continue;
                told.insert(license.licenseId);
                written += store.record(u"license.expiring"_s,
                                        {{u"license_id"_s, license.licenseId},
                                         {u"name"_s, license.name},
                                         {u"product"_s, license.product},
                                         {u"expires_at"_s, api::timestamp(license.expiresAt)},
                                         {u"days"_s, days}},
                                        now);
            }
        }
        tx.commit();
    }
    return written;
}

} // namespace clm::server
