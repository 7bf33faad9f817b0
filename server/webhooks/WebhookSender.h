#pragma once

#include "server/TrustedProxies.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace clm::server {

// Where webhooks may go (docs/webhooks.md, "Safety"): https:// to public
// addresses only, unless the operator allows more.
struct WebhookPolicy
{
    // --webhook-allow-insecure: http:// too, and loopback addresses (tests,
    // a receiver on the same machine).
    bool allowInsecure = false;
    // --webhook-allow-network CIDR (repeatable): private, link-local or
    // loopback ranges that may be reached anyway (an internal receiver).
    // Parsed like --trusted-proxy.
    TrustedProxies allowedNetworks;
    int timeoutMs = 10000;
    // --webhook-ca-file: certificates trusted besides the system's.
    QString caFile;
};

// One attempt's result.
struct WebhookResponse
{
    int status = 0;  // 0: no HTTP answer (refused, unreachable, timeout, TLS)
    QByteArray body; // at most the first 1 KiB
    qint64 latencyMs = 0;
    QString error; // why there is no 2xx answer, in words
    bool delivered() const { return status >= 200 && status < 300; }
};

// Sends a webhook request: resolves the host, refuses addresses the policy
// does not allow, then connects to an address it checked (never resolving
// again, so a DNS answer that changes cannot redirect it), over TLS with
// the certificate verified for the host name. Redirects are not followed.
// Blocks for at most the policy's timeout.
class WebhookSender
{
public:
    explicit WebhookSender(WebhookPolicy policy);

    // Why `url` can never be a webhook endpoint under the policy (scheme,
    // user info, a literal address it refuses); nullopt if it may be.
    std::optional<QString> urlProblem(const QUrl& url) const;
    // Whether a connection to `address` is allowed.
    bool addressAllowed(const QHostAddress& address) const;

    WebhookResponse post(const QUrl& url, const QByteArray& body,
                         const QList<QPair<QByteArray, QByteArray>>& headers) const;

    const WebhookPolicy& policy() const { return m_policy; }

private:
    WebhookPolicy m_policy;
};

} // namespace clm::server
