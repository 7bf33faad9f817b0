#include "server/TrustedProxies.h"

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

// "::ffff:10.1.2.3" and "10.1.2.3" are one client.
QHostAddress normalized(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

std::optional<TrustedProxies> TrustedProxies::parse(const QStringList& items, QString* error)
{
    TrustedProxies proxies;
    for (const QString& raw : items) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(item);
        if (subnet.first.isNull() && !item.contains(u'/')) {
            const QHostAddress single(item);
            if (!single.isNull())
                subnet = {single, single.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
        }
        if (subnet.first.isNull()) {
            if (error)
                *error = u"--trusted-proxy: \"%1\" is not an address or CIDR block"_s.arg(item);
            return std::nullopt;
        }
        proxies.m_subnets.append(subnet);
    }
    return proxies;
}

bool TrustedProxies::contains(const QHostAddress& address) const
{
    const QHostAddress plain = normalized(address);
    for (const auto& subnet : m_subnets) {
        if (plain.isInSubnet(subnet))
            return true;
    }
    return false;
}

QString TrustedProxies::clientAddress(const QString& peer, const QByteArrayList& forwardedFor) const
{
    const QHostAddress peerAddress = normalized(QHostAddress(peer));
    if (m_subnets.isEmpty() || peerAddress.isNull() || !contains(peerAddress))
        return peerAddress.isNull() ? peer : peerAddress.toString();
    QStringList hops;
    for (const QByteArray& line : forwardedFor) {
        for (const QByteArray& item : line.split(','))
            hops.append(QString::fromLatin1(item.trimmed()));
    }
    // From the right: each trusted proxy vouches for the hop before it.
    QHostAddress client = peerAddress;
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        QString hop = hops.at(i);
        if (hop.startsWith(u'[') && hop.contains(u']'))
            hop = hop.mid(1, hop.indexOf(u']') - 1); // "[2001:db8::1]:443"
        else if (hop.count(u':') == 1)
            hop = hop.left(hop.indexOf(u':')); // "192.0.2.1:51234"
        const QHostAddress address = normalized(QHostAddress(hop));
        if (address.isNull())
            break; // not an address: stop at the last hop a proxy vouched for
        client = address;
        if (!contains(address))
            break;
    }
    return client.toString();
}

} // namespace clm::server
