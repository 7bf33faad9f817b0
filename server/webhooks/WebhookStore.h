#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace clm::server {

class SqlConnection;
class Transaction;

struct WebhookRecord
{
    QString organizationId;
    QString id;
    QString url;
    QString description;
    QStringList events;
    bool isActive = true;
    QString disabledReason;             // why the server disabled it (empty: it did not)
    std::optional<qint64> failingSince; // first failure since the last success
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 version = 1;
};

struct WebhookDelivery
{
    QString id;
    QString webhookId;
    QString eventId;
    QString eventType;
    QString status; // pending, delivered, failed
    qint64 attempts = 0;
    qint64 nextAttemptAt = 0;
    std::optional<qint64> lastAttemptAt;
    std::optional<qint64> responseStatus;
    std::optional<qint64> latencyMs;
    QString responseBody;
    QString error;
    qint64 createdAt = 0;
    std::optional<qint64> deliveredAt;
};

// Webhook endpoints, the outbox of events and their deliveries
// (docs/webhooks.md). Every line of webhook SQL is here.
class WebhookStore
{
public:
    explicit WebhookStore(Transaction& tx)
        : m_tx(tx)
    {}

    void insert(const WebhookRecord& webhook, const QString& secret);
    std::optional<WebhookRecord> find(const QString& id, bool lock = false);
    QList<WebhookRecord> list(qint64 limit, qint64 offset, qint64* count);
    // Writes url, description, events, is_active, disabled_reason and
    // failing_since; the version goes up by one.
    void update(const WebhookRecord& webhook);
    void setSecret(const QString& id, const QString& secret);
    // The endpoint, its deliveries and the events no other delivery needs.
    void remove(const QString& id);

    // The outbox: in the transaction of the change it describes, writes the
    // event and one delivery for every active endpoint subscribed to `type`
    // (or for `onlyWebhook`, whatever it subscribes to: the ping). Each
    // endpoint's row is locked and numbers the delivery, so an endpoint's
    // deliveries are numbered in the order their transactions commit.
    // Returns the deliveries written.
    int record(const QString& type, const QJsonObject& data, qint64 now,
               const QString& onlyWebhook = {});

    QList<WebhookDelivery> deliveries(const QString& webhookId, qint64 limit, qint64 offset,
                                      qint64* count);
    std::optional<WebhookDelivery> findDelivery(const QString& webhookId, const QString& id);
    // The same event again, at the end of the endpoint's queue; the new
    // delivery's id.
    QString redeliver(const WebhookDelivery& delivery, qint64 now);

    // --- the dispatcher ---
    // Organizations with delivered or given-up deliveries created before
    // `before` (every organization's).
    static QStringList prunableOrganizations(SqlConnection& db, qint64 before);
    // Deletes the transaction's organization's delivered and given-up
    // deliveries created before `before`, and the events no delivery needs
    // any more; how many deliveries.
    qint64 prune(qint64 before);
    // Organizations with a delivery due at `now` (every organization's).
    static QStringList dueOrganizations(SqlConnection& db, qint64 now);
    // Organizations with an active endpoint and a license expiring within
    // `horizonMs`.
    static QStringList expiringOrganizations(SqlConnection& db, qint64 now, qint64 horizonMs);

    struct Claimed
    {
        WebhookDelivery delivery;
        QString url;
        QString secret;
        QByteArray payload;
    };
    // Takes the first pending delivery of each active endpoint of the
    // transaction's organization that is due and not taken, until
    // `leaseUntil` (another process takes it again after that, so a process
    // that died mid-delivery delays it, never loses it).
    QList<Claimed> claimDue(qint64 now, qint64 leaseUntil, int limit);
    struct Outcome
    {
        bool delivered = false;
        std::optional<qint64> responseStatus;
        qint64 latencyMs = 0;
        QString responseBody;
        QString error;
    };
    // Records an attempt: delivered, or retried at `retryAt`, or failed for
    // good when `retryAt` is empty. A success clears the endpoint's
    // failure; a failure starts it. Returns the endpoint's failing_since.
    std::optional<qint64> complete(const Claimed& claimed, const Outcome& outcome, qint64 now,
                                   std::optional<qint64> retryAt);
    // Disables an endpoint that has failed for too long, saying why.
    void disable(const QString& id, const QString& reason, qint64 now);

    // license.expiring: (license id, name, product, expires_at) of active
    // licenses expiring within `horizonMs` for which `days` was not sent.
    struct Expiring
    {
        QString licenseId;
        QString name;
        QString product;
        qint64 expiresAt = 0;
    };
    QList<Expiring> expiringWithout(int days, qint64 now, qint64 horizonMs);
    // False when another process noted it first.
    bool noteExpiry(const QString& licenseId, qint64 expiresAt, int days);

private:
    void removeUnneededEvents();

    Transaction& m_tx;
};

} // namespace clm::server
