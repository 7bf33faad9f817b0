#pragma once

#include <QString>
#include <QStringList>

namespace clm::server {

class RequestContext;

// API.md's limits on guessing, shared by every server process through the
// database: failed sign-ins (and wrong current passwords) per (email, client
// address) and per client address whatever the emails, registrations per
// client address. Keyed on the client's address, so one address behind a
// trusted proxy cannot lock an account for everyone else.
class SignInLimits
{
public:
    // Takes a slot for an attempt to sign in as `email`, or throws 429
    // rate_limited with Retry-After. A successful attempt gives its reserved
    // back with succeeded().
    static QStringList attempt(RequestContext& ctx, const QString& email);
    static void succeeded(RequestContext& ctx, const QStringList& reserved);
    // Counts a registration; throws 429 past the hourly limit.
    static void registration(RequestContext& ctx);
};

} // namespace clm::server
