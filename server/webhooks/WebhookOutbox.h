#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <mutex>

namespace clm::server {

struct ServerContext;
class Transaction;

// Which organizations have an active webhook endpoint, so that the changes
// of the many organizations without one cost no query for webhooks. An
// organization's answer is forgotten when any process changes one of its
// endpoints (the "webhook.updated" event, which crosses processes like
// user.updated); while events from other processes cannot arrive (the
// LISTEN connection is down) nothing is trusted and every change asks.
class WebhookSubscriptions
{
public:
    // Whether the organization has an active endpoint, asking the
    // database in `tx` when it is not known.
    bool hasEndpoints(Transaction& tx);
    // Sees every event of every process (EventHub's observer).
    void observe(const QJsonObject& event);
    void setTrusted(bool trusted);

private:
    std::mutex m_mutex;
    QHash<QString, bool> m_known;
    quint64 m_generation = 0;
    bool m_trusted = false;
};

// The outbox (docs/webhooks.md): writes the webhook event `type` about a
// change, in the transaction of that change, for the organization's
// endpoints subscribed to it. `data` is the event's body.
void recordWebhook(const ServerContext& context, Transaction& tx, const QString& type,
                   const QJsonObject& data);

// A live event (EventHub) as a webhook event: its type (or `type` when
// given; an event no webhook carries is left out) and its body without
// "type".
void recordWebhookOf(const ServerContext& context, Transaction& tx, const QJsonObject& liveEvent,
                     const QString& type = {});

} // namespace clm::server
