#pragma once

#include <QString>
#include <QUrl>

namespace clm::daemon {

// The rule for the license server's URLs (CLI.md, allow_insecure_http): over
// plain HTTP anyone on the path could answer with forged leases and key sets,
// so http:// is only for this machine itself unless IT says otherwise.

// Whether the URL's host is this machine: "localhost", 127.0.0.0/8 or ::1
// (also as an IPv4-mapped address). A name that merely resolves there does
// not count.
bool isLoopbackUrl(const QUrl& url);

// Plain http:// to a host that is not this machine.
bool isInsecureUrl(const QUrl& url);

// Whether clmd may use `url`: http(s) with a host, and plain http to another
// machine only when `allowInsecureHttp`. False with the reason, worded to
// follow the URL ("is not an http(s) URL").
bool checkServerUrl(const QUrl& url, bool allowInsecureHttp, QString* reason);

} // namespace clm::daemon
