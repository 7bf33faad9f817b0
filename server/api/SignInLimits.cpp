#include "server/api/SignInLimits.h"

#include "server/ApiError.h"
#include "server/RequestContext.h"
#include "server/store/AttemptStore.h"

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 3'600'000;

QStringList reserve(RequestContext& ctx, const QList<AttemptStore::Key>& keys, qint64 window,
                    const QString& message)
{
    const auto reservation = AttemptStore(ctx.db).reserve(keys, ctx.now(), window);
    if (reservation.retryAfterSeconds > 0) {
        ApiError error(429, u"rate_limited"_s, message);
        error.headerName = "Retry-After";
        error.headerValue = QByteArray::number(reservation.retryAfterSeconds);
        throw error;
    }
    return reservation.ids;
}

} // namespace

QStringList SignInLimits::attempt(RequestContext& ctx, const QString& email)
{
    const auto& settings = ctx.server.settings;
    const QString address = ctx.request.clientAddress;
    return reserve(ctx,
                   {{u"login:"_s + address + u' ' + email, settings.loginAttemptsPerMinute},
                    {u"login-address:"_s + address, settings.loginAttemptsPerAddress}},
                   kMinute, u"too many sign-in attempts; try again later"_s);
}

void SignInLimits::succeeded(RequestContext& ctx, const QStringList& reserved)
{
    AttemptStore(ctx.db).release(reserved);
}

void SignInLimits::registration(RequestContext& ctx)
{
    reserve(ctx,
            {{u"register:"_s + ctx.request.clientAddress,
              ctx.server.settings.registrationsPerHour}},
            kHour, u"too many registrations from this address; try again later"_s);
}

} // namespace clm::server
