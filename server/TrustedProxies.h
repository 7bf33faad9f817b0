#pragma once

#include <QByteArrayList>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace clm::server {

// The peers whose X-Forwarded-For the server believes (`--trusted-proxy
// CIDR`, repeatable). Behind a load balancer the TCP peer is the balancer;
// the client is the right-most X-Forwarded-For entry that is not itself a
// trusted proxy. A client that is not behind a trusted proxy cannot choose
// its address by sending the header (API.md, rate limits).
class TrustedProxies
{
public:
    // Each item is an address or a CIDR ("10.0.0.0/8", "::1"); nullopt and
    // a reason naming the item when one is malformed.
    static std::optional<TrustedProxies> parse(const QStringList& items, QString* error);

    bool isEmpty() const { return m_subnets.isEmpty(); }
    bool contains(const QHostAddress& address) const;
    // The client's address given the TCP peer and every X-Forwarded-For
    // header line, in the order received.
    QString clientAddress(const QString& peer, const QByteArrayList& forwardedFor) const;

private:
    QList<QPair<QHostAddress, int>> m_subnets;
};

} // namespace clm::server
