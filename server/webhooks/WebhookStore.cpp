#include "server/webhooks/WebhookStore.h"

#include "core/Json.h"
#include "core/WebhookEvents.h"
#include "server/ApiSupport.h"
#include "server/db/SqlConnection.h"
#include "server/store/ScopedQuery.h"
#include "server/store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

const QString kColumns = u"id, url, description, events, is_active, disabled_reason, "
                         "failing_since, created_at, updated_at, version"_s;

WebhookRecord webhookFromRow(const SqlRow& row, const QString& organizationId)
{
    WebhookRecord w;
    w.organizationId = organizationId;
    w.id = row.text(0);
    w.url = row.text(1);
    w.description = row.text(2);
    for (const QJsonValue& event : QJsonDocument::fromJson(row.text(3).toUtf8()).array())
        w.events.append(event.toString());
    w.isActive = row.boolean(4);
    w.disabledReason = row.isNull(5) ? QString() : row.text(5);
    w.failingSince = row.optionalInt64(6);
    w.createdAt = row.int64(7);
    w.updatedAt = row.int64(8);
    w.version = row.int64(9);
    return w;
}

QString eventsText(const QStringList& events)
{
    return QString::fromUtf8(json::toCompact(QJsonArray::fromStringList(events)));
}

// The delivery columns, with the event's type, of `d` joined to `e`.
const QString kDeliveryColumns =
        u"d.id, d.webhook_id, d.event_id, e.type, d.status, d.attempts, d.next_attempt_at, "
        "d.last_attempt_at, d.response_status, d.latency_ms, d.response_body, d.error, "
        "d.created_at, d.delivered_at"_s;

WebhookDelivery deliveryFromRow(const SqlRow& row)
{
    WebhookDelivery d;
    d.id = row.text(0);
    d.webhookId = row.text(1);
    d.eventId = row.text(2);
    d.eventType = row.text(3);
    d.status = row.text(4);
    d.attempts = row.int64(5);
    d.nextAttemptAt = row.int64(6);
    d.lastAttemptAt = row.optionalInt64(7);
    d.responseStatus = row.optionalInt64(8);
    d.latencyMs = row.optionalInt64(9);
    d.responseBody = row.isNull(10) ? QString() : row.text(10);
    d.error = row.isNull(11) ? QString() : row.text(11);
    d.createdAt = row.int64(12);
    d.deliveredAt = row.optionalInt64(13);
    return d;
}

} // namespace

void WebhookStore::insert(const WebhookRecord& w, const QString& secret)
{
    m_tx.exec(u"INSERT INTO webhooks (organization_id, id, url, description, events, secret, "
              "is_active, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)"_s,
              {m_tx.organizationId(), w.id, w.url, w.description, eventsText(w.events), secret,
               w.isActive, w.createdAt});
}

std::optional<WebhookRecord> WebhookStore::find(const QString& id, bool lock)
{
    const SqlResult rows =
            m_tx.exec(u"SELECT %1 FROM webhooks WHERE organization_id = $1 AND "
                      "id = $2%2"_s.arg(kColumns, lock ? m_tx.forUpdate() : QString()),
                      {m_tx.organizationId(), id});
    if (rows.isEmpty())
        return std::nullopt;
    return webhookFromRow(rows.first(), m_tx.organizationId());
}

QList<WebhookRecord> WebhookStore::list(qint64 limit, qint64 offset, qint64* count)
{
    ScopedQuery query(m_tx, u"webhooks"_s, kColumns);
    query.orderBy(u"created_at DESC, id DESC"_s);
    const auto page = query.fetch(limit, offset);
    *count = page.count;
    QList<WebhookRecord> out;
    for (qsizetype i = 0; i < page.rows.size(); ++i)
        out.append(webhookFromRow(page.rows.row(i), m_tx.organizationId()));
    return out;
}

void WebhookStore::update(const WebhookRecord& w)
{
    m_tx.exec(u"UPDATE webhooks SET url = $3, description = $4, events = $5, is_active = $6, "
              "disabled_reason = $7, failing_since = $8, updated_at = $9, version = version + 1 "
              "WHERE organization_id = $1 AND id = $2"_s,
              {m_tx.organizationId(), w.id, w.url, w.description, eventsText(w.events), w.isActive,
               w.disabledReason.isEmpty() ? QVariant() : QVariant(w.disabledReason),
               w.failingSince ? QVariant(*w.failingSince) : QVariant(), w.updatedAt});
}

void WebhookStore::setSecret(const QString& id, const QString& secret)
{
    m_tx.exec(u"UPDATE webhooks SET secret = $3 WHERE organization_id = $1 AND id = $2"_s,
              {m_tx.organizationId(), id, secret});
}

void WebhookStore::remove(const QString& id)
{
    const QString org = m_tx.organizationId();
    m_tx.exec(u"DELETE FROM webhook_deliveries WHERE organization_id = $1 AND webhook_id = $2"_s,
              {org, id});
    m_tx.exec(u"DELETE FROM webhooks WHERE organization_id = $1 AND id = $2"_s, {org, id});
    removeUnneededEvents();
}

void WebhookStore::removeUnneededEvents()
{
    m_tx.exec(u"DELETE FROM webhook_events WHERE organization_id = $1 AND NOT EXISTS "
              "(SELECT 1 FROM webhook_deliveries d WHERE d.organization_id = $1 "
              "AND d.event_id = webhook_events.id)"_s,
              {m_tx.organizationId()});
}

qint64 WebhookStore::prune(qint64 before)
{
    const qint64 removed =
            m_tx.exec(u"DELETE FROM webhook_deliveries WHERE organization_id = $1 AND "
                      "status <> 'pending' AND created_at < $2"_s,
                      {m_tx.organizationId(), before})
                    .affectedRows;
    if (removed > 0)
        removeUnneededEvents();
    return removed;
}

QStringList WebhookStore::prunableOrganizations(SqlConnection& db, qint64 before)
{
    return Transaction::organizations(
            db, u"SELECT organization_id FROM clm_webhook_prunable_organizations($1)"_s,
            u"SELECT DISTINCT organization_id FROM webhook_deliveries WHERE status <> 'pending' "
            "AND created_at < $1"_s,
            {before});
}

int WebhookStore::record(const QString& type, const QJsonObject& data, qint64 now,
                         const QString& onlyWebhook)
{
    const QString org = m_tx.organizationId();
    // Numbers a delivery per endpoint and locks the endpoint's row until
    // this transaction ends: another transaction's event for the same
    // endpoint waits, so numbers follow the order of commits.
    const SqlResult endpoints =
            onlyWebhook.isEmpty()
                    ? m_tx.exec(u"UPDATE webhooks SET last_seq = last_seq + 1 WHERE "
                                "organization_id = $1 AND is_active AND events LIKE $2 "
                                "RETURNING id, last_seq"_s,
                                {org, QString(u"%\""_s + type + u"\"%"_s)})
                    : m_tx.exec(u"UPDATE webhooks SET last_seq = last_seq + 1 WHERE "
                                "organization_id = $1 AND id = $2 RETURNING id, last_seq"_s,
                                {org, onlyWebhook});
    if (endpoints.isEmpty())
        return 0;
    const QString eventId = api::newId();
    const QJsonObject event{{u"id"_s, eventId},
                            {u"type"_s, type},
                            {u"created_at"_s, api::timestamp(now)},
                            {u"organization_id"_s, org},
                            {u"data"_s, data}};
    m_tx.exec(u"INSERT INTO webhook_events (organization_id, id, type, payload, created_at) "
              "VALUES ($1, $2, $3, $4, $5)"_s,
              {org, eventId, type, QString::fromUtf8(json::toCompact(event)), now});
    for (qsizetype i = 0; i < endpoints.size(); ++i)
        m_tx.exec(u"INSERT INTO webhook_deliveries (organization_id, id, webhook_id, event_id, "
                  "seq, next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $6)"_s,
                  {org, api::newId(), endpoints.row(i).text(0), eventId, endpoints.row(i).int64(1),
                   now});
    return static_cast<int>(endpoints.size());
}

QList<WebhookDelivery> WebhookStore::deliveries(const QString& webhookId, qint64 limit,
                                                qint64 offset, qint64* count)
{
    ScopedQuery query(m_tx,
                      u"webhook_deliveries d JOIN webhook_events e ON e.organization_id = "
                      "d.organization_id AND e.id = d.event_id"_s,
                      kDeliveryColumns, u"d.organization_id"_s);
    query.where(u"d.webhook_id = ?"_s, {webhookId});
    query.countFrom(u"webhook_deliveries d"_s);
    query.orderBy(u"d.seq DESC"_s);
    const auto page = query.fetch(limit, offset);
    *count = page.count;
    QList<WebhookDelivery> out;
    for (qsizetype i = 0; i < page.rows.size(); ++i)
        out.append(deliveryFromRow(page.rows.row(i)));
    return out;
}

std::optional<WebhookDelivery> WebhookStore::findDelivery(const QString& webhookId,
                                                          const QString& id)
{
    const SqlResult rows = m_tx.exec(
            u"SELECT %1 FROM webhook_deliveries d JOIN webhook_events e ON e.organization_id = "
            "d.organization_id AND e.id = d.event_id WHERE d.organization_id = $1 AND "
            "d.webhook_id = $2 AND d.id = $3"_s.arg(kDeliveryColumns),
            {m_tx.organizationId(), webhookId, id});
    if (rows.isEmpty())
        return std::nullopt;
    return deliveryFromRow(rows.first());
}

QString WebhookStore::redeliver(const WebhookDelivery& delivery, qint64 now)
{
    const QString org = m_tx.organizationId();
    const SqlResult seq = m_tx.exec(u"UPDATE webhooks SET last_seq = last_seq + 1 WHERE "
                                    "organization_id = $1 AND id = $2 RETURNING last_seq"_s,
                                    {org, delivery.webhookId});
    const QString id = api::newId();
    m_tx.exec(u"INSERT INTO webhook_deliveries (organization_id, id, webhook_id, event_id, seq, "
              "next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $6)"_s,
              {org, id, delivery.webhookId, delivery.eventId, seq.first().int64(0), now});
    return id;
}

QStringList WebhookStore::dueOrganizations(SqlConnection& db, qint64 now)
{
    return Transaction::organizations(
            db, u"SELECT organization_id FROM clm_webhook_due_organizations($1)"_s,
            u"SELECT DISTINCT organization_id FROM webhook_deliveries WHERE "
            "status = 'pending' AND next_attempt_at <= $1 AND locked_until <= $1"_s,
            {now});
}

QStringList WebhookStore::expiringOrganizations(SqlConnection& db, qint64 now, qint64 horizonMs)
{
    return Transaction::organizations(
            db, u"SELECT organization_id FROM clm_expiring_organizations($1, $2)"_s,
            u"SELECT DISTINCT l.organization_id FROM licenses l JOIN webhooks w "
            "ON w.organization_id = l.organization_id AND w.is_active "
            "WHERE l.is_active AND l.expires_at > $1 AND l.expires_at <= $1 + $2"_s,
            {now, horizonMs});
}

QList<WebhookStore::Claimed> WebhookStore::claimDue(qint64 now, qint64 leaseUntil, int limit)
{
    const QString org = m_tx.organizationId();
    // The head of each active endpoint's queue (its lowest pending number):
    // one delivery per endpoint at a time, in order. The outer conditions
    // are checked again on the row's latest version, so two processes
    // never take the same delivery.
    const SqlResult taken = m_tx.exec(
            u"UPDATE webhook_deliveries SET locked_until = $3, attempts = attempts + 1, "
            "last_attempt_at = $2 WHERE organization_id = $1 AND status = 'pending' "
            "AND locked_until <= $2 AND next_attempt_at <= $2 AND id IN ("
            "SELECT d.id FROM webhook_deliveries d JOIN webhooks w ON w.organization_id = "
            "d.organization_id AND w.id = d.webhook_id AND w.is_active "
            "WHERE d.organization_id = $1 AND d.status = 'pending' AND d.next_attempt_at <= $2 "
            "AND d.locked_until <= $2 AND d.seq = (SELECT min(p.seq) FROM webhook_deliveries p "
            "WHERE p.organization_id = $1 AND p.webhook_id = d.webhook_id "
            "AND p.status = 'pending') LIMIT $4) RETURNING id"_s,
            {org, now, leaseUntil, limit});
    QList<Claimed> out;
    for (qsizetype i = 0; i < taken.size(); ++i) {
        const SqlResult rows = m_tx.exec(
                u"SELECT %1, w.url, w.secret, e.payload FROM webhook_deliveries d "
                "JOIN webhook_events e ON e.organization_id = d.organization_id AND "
                "e.id = d.event_id JOIN webhooks w ON w.organization_id = d.organization_id AND "
                "w.id = d.webhook_id WHERE d.organization_id = $1 AND d.id = $2"_s.arg(
                        kDeliveryColumns),
                {org, taken.row(i).text(0)});
        if (rows.isEmpty())
            continue;
        const auto row = rows.first();
        out.append({deliveryFromRow(row), row.text(14), row.text(15), row.text(16).toUtf8()});
    }
    return out;
}

std::optional<qint64> WebhookStore::complete(const Claimed& claimed, const Outcome& outcome,
                                             qint64 now, std::optional<qint64> retryAt)
{
    const QString org = m_tx.organizationId();
    const QString status =
            outcome.delivered ? u"delivered"_s : (retryAt ? u"pending"_s : u"failed"_s);
    m_tx.exec(u"UPDATE webhook_deliveries SET status = $3, locked_until = 0, "
              "next_attempt_at = $4, response_status = $5, latency_ms = $6, response_body = $7, "
              "error = $8, delivered_at = $9 WHERE organization_id = $1 AND id = $2"_s,
              {org, claimed.delivery.id, status, retryAt.value_or(claimed.delivery.nextAttemptAt),
               outcome.responseStatus ? QVariant(*outcome.responseStatus) : QVariant(),
               outcome.latencyMs, outcome.responseBody,
               outcome.error.isEmpty() ? QVariant() : QVariant(outcome.error),
               outcome.delivered ? QVariant(now) : QVariant()});
    const SqlResult failing =
            outcome.delivered
                    ? m_tx.exec(u"UPDATE webhooks SET failing_since = NULL WHERE "
                                "organization_id = $1 AND id = $2 RETURNING failing_since"_s,
                                {org, claimed.delivery.webhookId})
                    : m_tx.exec(u"UPDATE webhooks SET failing_since = coalesce(failing_since, $3) "
                                "WHERE organization_id = $1 AND id = $2 RETURNING failing_since"_s,
                                {org, claimed.delivery.webhookId, now});
    if (failing.isEmpty())
        return std::nullopt;
    return failing.first().optionalInt64(0);
}

void WebhookStore::disable(const QString& id, const QString& reason, qint64 now)
{
    m_tx.exec(u"UPDATE webhooks SET is_active = $3, disabled_reason = $4, updated_at = $5, "
              "version = version + 1 WHERE organization_id = $1 AND id = $2 AND is_active"_s,
              {m_tx.organizationId(), id, false, reason, now});
}

QList<WebhookStore::Expiring> WebhookStore::expiringWithout(int days, qint64 now, qint64 horizonMs)
{
    const SqlResult rows = m_tx.exec(
            u"SELECT l.id, l.name, l.product, l.expires_at FROM licenses l WHERE "
            "l.organization_id = $1 AND l.is_active AND l.expires_at > $2 AND "
            "l.expires_at <= $2 + $3 AND NOT EXISTS (SELECT 1 FROM license_expiry_notices n "
            "WHERE n.organization_id = $1 AND n.license_id = l.id AND "
            "n.expires_at = l.expires_at AND n.days = $4)"_s,
            {m_tx.organizationId(), now, horizonMs, days});
    QList<Expiring> out;
    for (qsizetype i = 0; i < rows.size(); ++i)
        out.append({rows.row(i).text(0), rows.row(i).text(1), rows.row(i).text(2),
                    rows.row(i).int64(3)});
    return out;
}

bool WebhookStore::noteExpiry(const QString& licenseId, qint64 expiresAt, int days)
{
    return m_tx.exec(u"INSERT INTO license_expiry_notices (organization_id, license_id, "
                     "expires_at, days) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING"_s,
                     {m_tx.organizationId(), licenseId, expiresAt, days})
                   .affectedRows == 1;
}

} // namespace clm::server
