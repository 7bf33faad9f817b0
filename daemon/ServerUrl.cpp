#include "daemon/ServerUrl.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace clm::daemon {

bool isLoopbackUrl(const QUrl& url)
{
    const QString host = url.host().toLower();
    if (host == "localhost"_L1)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    // An IPv4 address, or one mapped into IPv6 (::ffff:127.0.0.1).
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return (v4 >> 24) == 127;
    return address.isLoopback();
}

bool isInsecureUrl(const QUrl& url)
{
    return url.scheme() == "http"_L1 && !isLoopbackUrl(url);
}

bool checkServerUrl(const QUrl& url, bool allowInsecureHttp, QString* reason)
{
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) ||
        url.host().isEmpty()) {
        *reason = u"is not an http(s) URL"_s;
        return false;
    }
    if (isInsecureUrl(url) && !allowInsecureHttp) {
        *reason = u"is plain http:// to another machine, where anyone on the path could forge "
                  "leases; use https://, or set allow_insecure_http=true under [server]"_s;
        return false;
    }
    return true;
}

} // namespace clm::daemon
