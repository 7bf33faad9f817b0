#include "server/webhooks/WebhookOutbox.h"

#include "core/WebhookEvents.h"
#include "server/ServerContext.h"
#include "server/store/Transaction.h"
#include "server/webhooks/WebhookStore.h"

using namespace Qt::StringLiterals;

namespace clm::server {

bool WebhookSubscriptions::hasEndpoints(Transaction& tx)
{
    const QString& organization = tx.organizationId();
    quint64 generation = 0;
    {
        std::lock_guard lock(m_mutex);
        if (m_trusted) {
            const auto known = m_known.constFind(organization);
            if (known != m_known.cend())
                return known.value();
        }
        generation = m_generation;
    }
    const bool has = !tx.exec(u"SELECT 1 FROM webhooks WHERE organization_id = $1 AND is_active "
                              "LIMIT 1"_s,
                              {organization})
                              .isEmpty();
    std::lock_guard lock(m_mutex);
    // Not if an endpoint changed meanwhile: the answer may be stale.
    if (m_trusted && generation == m_generation)
        m_known.insert(organization, has);
    return has;
}

void WebhookSubscriptions::observe(const QJsonObject& event)
{
    if (event.value("type"_L1).toString() != "webhook.updated"_L1)
        return;
    std::lock_guard lock(m_mutex);
    m_known.remove(event.value("organization_id"_L1).toString());
    ++m_generation;
}

void WebhookSubscriptions::setTrusted(bool trusted)
{
    std::lock_guard lock(m_mutex);
    m_trusted = trusted;
    m_known.clear();
    ++m_generation;
}

void recordWebhook(const ServerContext& context, Transaction& tx, const QString& type,
                   const QJsonObject& data)
{
    if (!webhookEventTypes().contains(type))
        return;
    if (context.webhooks && !context.webhooks->hasEndpoints(tx))
        return;
    WebhookStore(tx).record(type, data, context.clock->nowMsecs());
}

void recordWebhookOf(const ServerContext& context, Transaction& tx, const QJsonObject& liveEvent,
                     const QString& type)
{
    const QString webhookType = type.isEmpty() ? liveEvent.value("type"_L1).toString() : type;
    if (!webhookEventTypes().contains(webhookType)) // heartbeats, device.updated: not copied
        return;
    QJsonObject data = liveEvent;
    data.remove(u"type"_s);
    recordWebhook(context, tx, webhookType, data);
}

} // namespace clm::server
