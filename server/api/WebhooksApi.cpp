#include "server/api/WebhooksApi.h"

#include "core/Crypto.h"
#include "core/WebhookEvents.h"
#include "server/ApiError.h"
#include "server/ApiSupport.h"
#include "server/RequestContext.h"
#include "server/Router.h"
#include "server/api/Responses.h"
#include "server/webhooks/WebhookSender.h"
#include "server/webhooks/WebhookStore.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

constexpr int kMaxUrlLength = 2048;

QJsonObject toJson(const WebhookRecord& w)
{
    return {{u"id"_s, w.id},
            {u"url"_s, w.url},
            {u"description"_s, w.description},
            {u"events"_s, QJsonArray::fromStringList(w.events)},
            {u"is_active"_s, w.isActive},
            {u"disabled_reason"_s, w.disabledReason.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(w.disabledReason)},
            {u"failing_since"_s, api::timestampOrNull(w.failingSince)},
            {u"created_at"_s, api::timestamp(w.createdAt)},
            {u"updated_at"_s, api::timestamp(w.updatedAt)},
            {u"version"_s, w.version}};
}

QJsonObject toJson(const WebhookDelivery& d)
{
    auto orNull = [](const std::optional<qint64>& value) {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    };
    auto textOrNull = [](const QString& text) {
        return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    return {{u"id"_s, d.id},
            {u"webhook_id"_s, d.webhookId},
            {u"event_id"_s, d.eventId},
            {u"event_type"_s, d.eventType},
            {u"status"_s, d.status},
            {u"attempts"_s, d.attempts},
            {u"response_status"_s, orNull(d.responseStatus)},
            {u"latency_ms"_s, orNull(d.latencyMs)},
            {u"response_body"_s, textOrNull(d.responseBody)},
            {u"error"_s, textOrNull(d.error)},
            {u"created_at"_s, api::timestamp(d.createdAt)},
            {u"last_attempt_at"_s, api::timestampOrNull(d.lastAttemptAt)},
            {u"next_attempt_at"_s, d.status == "pending"_L1
                                           ? QJsonValue(api::timestamp(d.nextAttemptAt))
                                           : QJsonValue(QJsonValue::Null)},
            {u"delivered_at"_s, api::timestampOrNull(d.deliveredAt)}};
}

QString newSecret()
{
    return u"whsec_"_s + crypto::randomToken(32);
}

// Every process forgets what it knew of the organization's endpoints, and
// the admin GUI's webhooks page updates.
void publishWebhook(RequestContext& ctx, Transaction& tx, const WebhookRecord& webhook,
                    bool deleted = false)
{
    ctx.publish(tx, {{u"type"_s, u"webhook.updated"_s},
                     {u"organization_id"_s, tx.organizationId()},
                     {u"webhook"_s, toJson(webhook)},
                     {u"deleted"_s, deleted}});
}

// The checks of url, events and description shared by create and update;
// writes what the body has into `webhook`.
void readFields(RequestContext& ctx, const QJsonObject& body, api::Validator& v,
                WebhookRecord& webhook, bool creating)
{
    if (const auto url = v.string(u"url"_s, creating, kMaxUrlLength)) {
        const QUrl parsed(url->trimmed(), QUrl::StrictMode);
        if (const auto problem =
                    WebhookSender(ctx.server.settings.webhookPolicy).urlProblem(parsed))
            v.fail(u"url"_s, *problem);
        webhook.url = parsed.toString(QUrl::FullyEncoded);
    }
    if (body.contains("events"_L1) || creating) {
        const QJsonValue events = body.value("events"_L1);
        QStringList list;
        bool valid = events.isArray() && !events.toArray().isEmpty();
        for (const QJsonValue& event : events.toArray()) {
            if (!event.isString() || !webhookEventTypes().contains(event.toString()))
                valid = false;
            else if (!list.contains(event.toString()))
                list.append(event.toString());
        }
        if (!valid)
            v.fail(u"events"_s,
                   u"must be a non-empty list of: "_s + webhookEventTypes().join(u", "_s));
        webhook.events = list;
    }
    if (const auto description = v.string(u"description"_s, false, 255, true))
        webhook.description = description->trimmed();
}

HttpResponse create(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const QJsonObject body =
            api::jsonBody(ctx.request, {u"url"_s, u"events"_s, u"description"_s, u"is_active"_s});
    api::Validator v(body);
    WebhookRecord webhook;
    readFields(ctx, body, v, webhook, true);
    webhook.isActive = v.boolean(u"is_active"_s, false).value_or(true);
    v.check();
    webhook.organizationId = p.organizationId;
    webhook.id = api::newId();
    webhook.createdAt = webhook.updatedAt = ctx.now();
    const QString secret = newSecret();

    Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
    WebhookStore store(tx);
    store.insert(webhook, secret);
    ctx.audit(tx, u"webhook.create"_s, u"webhook"_s, webhook.id,
              {{u"url"_s, webhook.url}, {u"events"_s, QJsonArray::fromStringList(webhook.events)}});
    // The first delivery: "ping", so the receiver can check its setup.
    if (webhook.isActive)
        store.record(u"ping"_s, {{u"webhook_id"_s, webhook.id}}, ctx.now(), webhook.id);
    const auto created = store.find(webhook.id);
    publishWebhook(ctx, tx, *created);
    tx.commit();
    QJsonObject answer = toJson(*created);
    answer.insert(u"secret"_s, secret); // shown this once
    return jsonResponse(201, answer);
}

HttpResponse list(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const auto params = api::listParams(ctx.request, {}, u"created_at DESC, id DESC"_s);
    Transaction tx(ctx.db, Transaction::Mode::Read, p.organizationId);
    qint64 count = 0;
    const auto webhooks = WebhookStore(tx).list(params.pageSize, params.offset(), &count);
    tx.commit();
    QJsonArray results;
    for (const auto& webhook : webhooks)
        results.append(toJson(webhook));
    return jsonResponse(200, api::page(ctx.request, params, count, results));
}

HttpResponse show(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const QString id = ctx.idParam();
    Transaction tx(ctx.db, Transaction::Mode::Read, p.organizationId);
    const auto webhook = WebhookStore(tx).find(id);
    tx.commit();
    if (!webhook)
        throw ApiError::notFound();
    return jsonResponse(200, toJson(*webhook));
}

HttpResponse update(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const QString id = ctx.idParam();
    const QJsonObject body =
            api::jsonBody(ctx.request, {u"url"_s, u"events"_s, u"description"_s, u"is_active"_s,
                                        u"rotate_secret"_s, u"version"_s});
    api::Validator v(body);
    WebhookRecord changed;
    readFields(ctx, body, v, changed, false);
    const auto isActive = v.boolean(u"is_active"_s, false);
    const bool rotate = v.boolean(u"rotate_secret"_s, false).value_or(false);
    v.check();

    Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
    WebhookStore store(tx);
    const auto before = store.find(id, true);
    if (!before)
        throw ApiError::notFound();
    const auto expected = api::expectedVersion(ctx.request, body);
    if (expected && *expected != before->version)
        throw ApiError::conflict(
                u"the webhook was changed by someone else (version %1)"_s.arg(before->version),
                412);
    WebhookRecord after = *before;
    QJsonObject changes;
    if (body.contains("url"_L1) && changed.url != before->url) {
        after.url = changed.url;
        changes.insert(u"url"_s, QJsonArray{before->url, after.url});
    }
    if (body.contains("events"_L1) && changed.events != before->events) {
        after.events = changed.events;
        changes.insert(u"events"_s, QJsonArray{QJsonArray::fromStringList(before->events),
                                               QJsonArray::fromStringList(after.events)});
    }
    if (body.contains("description"_L1) && changed.description != before->description) {
        after.description = changed.description;
        changes.insert(u"description"_s, QJsonArray{before->description, after.description});
    }
    if (isActive && *isActive != before->isActive) {
        after.isActive = *isActive;
        changes.insert(u"is_active"_s, QJsonArray{before->isActive, after.isActive});
        // Enabled again: its failures so far are forgiven, and what waited
        // in its queue is sent.
        if (after.isActive) {
            after.disabledReason.clear();
            after.failingSince.reset();
        }
    }
    after.updatedAt = ctx.now();
    QString secret;
    if (rotate) {
        secret = newSecret();
        store.setSecret(id, secret);
        changes.insert(u"secret_rotated"_s, true);
    }
    if (!changes.isEmpty()) {
        store.update(after);
        ctx.audit(tx, u"webhook.update"_s, u"webhook"_s, id, changes);
    }
    const auto result = store.find(id);
    publishWebhook(ctx, tx, *result);
    tx.commit();
    QJsonObject answer = toJson(*result);
    if (rotate)
        answer.insert(u"secret"_s, secret); // shown this once
    return jsonResponse(200, answer);
}

HttpResponse remove(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const QString id = ctx.idParam();
    Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
    WebhookStore store(tx);
    const auto webhook = store.find(id, true);
    if (!webhook)
        throw ApiError::notFound();
    store.remove(id);
    ctx.audit(tx, u"webhook.delete"_s, u"webhook"_s, id, {{u"url"_s, webhook->url}});
    publishWebhook(ctx, tx, *webhook, true);
    tx.commit();
    return noContent();
}

HttpResponse deliveries(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const QString id = ctx.idParam();
    const auto params = api::listParams(ctx.request, {}, QString());
    Transaction tx(ctx.db, Transaction::Mode::Read, p.organizationId);
    WebhookStore store(tx);
    if (!store.find(id))
        throw ApiError::notFound();
    qint64 count = 0;
    const auto list = store.deliveries(id, params.pageSize, params.offset(), &count);
    tx.commit();
    QJsonArray results;
    for (const auto& delivery : list)
        results.append(toJson(delivery));
    return jsonResponse(200, api::page(ctx.request, params, count, results));
}

HttpResponse redeliver(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const QString id = ctx.idParam();
    const QString deliveryId = ctx.idParam(u"delivery_id"_s);
    Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
    WebhookStore store(tx);
    if (!store.find(id, true))
        throw ApiError::notFound();
    const auto delivery = store.findDelivery(id, deliveryId);
    if (!delivery)
        throw ApiError::notFound();
    const QString newId = store.redeliver(*delivery, ctx.now());
    ctx.audit(tx, u"webhook.redeliver"_s, u"webhook"_s, id,
              {{u"delivery_id"_s, deliveryId}, {u"new_delivery_id"_s, newId}});
    const auto created = store.findDelivery(id, newId);
    tx.commit();
    return jsonResponse(202, toJson(*created));
}

} // namespace

void WebhooksApi::registerRoutes(Router& router)
{
    router.add("POST", u"/api/v1/webhooks"_s, create);
    router.add("GET", u"/api/v1/webhooks"_s, list);
    router.add("GET", u"/api/v1/webhooks/{id}"_s, show);
    router.add("PATCH", u"/api/v1/webhooks/{id}"_s, update);
    router.add("DELETE", u"/api/v1/webhooks/{id}"_s, remove);
    router.add("GET", u"/api/v1/webhooks/{id}/deliveries"_s, deliveries);
    router.add("POST", u"/api/v1/webhooks/{id}/deliveries/{delivery_id}/redeliver"_s, redeliver);
}

} // namespace clm::server
