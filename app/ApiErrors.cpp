#include "app/ApiErrors.h"

#include "core/RestClient.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace clm::app {

namespace {

// A validation reason the server words with numbers or names in it.
struct Pattern
{
    QRegularExpression match;
    QString (*say)(const QRegularExpressionMatch&);
};

} // namespace

QStringList ApiErrors::codes()
{
    return {u"bad_request"_s,       u"validation_failed"_s,
            u"unauthorized"_s,      u"forbidden"_s,
            u"not_found"_s,         u"method_not_allowed"_s,
            u"conflict"_s,          u"no_seats"_s,
            u"license_inactive"_s,  u"license_expired"_s,
            u"session_expired"_s,   u"borrow_not_allowed"_s,
            u"device_disabled"_s,   u"rate_limited"_s,
            u"payload_too_large"_s, u"unsupported_media_type"_s,
            u"unavailable"_s,       u"internal"_s,
            u"unreachable"_s};
}

QString ApiErrors::sentence(const QString& code)
{
    if (code == "bad_request"_L1)
        return tr("The server could not read the request.");
    if (code == "validation_failed"_L1)
        return tr("Some values were not accepted.");
    if (code == "unauthorized"_L1)
        return tr("Your sign-in is no longer valid. Sign in again.");
    if (code == "forbidden"_L1)
        return tr("Your role does not allow this.");
    if (code == "not_found"_L1)
        return tr("It no longer exists, or it was never there.");
    if (code == "method_not_allowed"_L1)
        return tr("The server does not offer this action.");
    if (code == "conflict"_L1)
        return tr("This clashes with what is already there.");
    if (code == "no_seats"_L1)
        return tr("All seats of the license are in use.");
    if (code == "license_inactive"_L1)
        return tr("The license is deactivated.");
    if (code == "license_expired"_L1)
        return tr("The license has expired.");
    if (code == "session_expired"_L1)
        return tr("The seat has already been given up.");
    if (code == "borrow_not_allowed"_L1)
        return tr("The license does not allow borrowing seats.");
    if (code == "device_disabled"_L1)
        return tr("The machine is disabled.");
    if (code == "rate_limited"_L1)
        return tr("Too many requests. Wait a minute, then try again.");
    if (code == "payload_too_large"_L1)
        return tr("That is too much data to send at once.");
    if (code == "unsupported_media_type"_L1)
        return tr("The server could not read the request's format.");
    if (code == "unavailable"_L1)
        return tr("The server cannot do this right now. Try again shortly.");
    if (code == "internal"_L1)
        return tr("The server failed. Try again; if it keeps failing, tell the server's "
                  "operator.");
    if (code == "unreachable"_L1)
        return tr("The server does not answer. Check the network and try again.");
    return tr("The server refused this.");
}

QString ApiErrors::describe(const RestReply& reply)
{
    const QString code = reply.errorCode();
    const QString message = reply.json.value("message"_L1).toString();
    const QJsonObject details = reply.json.value("details"_L1).toObject();
    if (!reply.reached())
        return sentence(u"unreachable"_s);
    if (code == "validation_failed"_L1 && !details.isEmpty()) {
        const auto first = details.begin();
        return tr("%1: %2").arg(first.key(), reason(first.value().toString()));
    }
    if (code == "no_seats"_L1 && details.contains("max_concurrent_seats"_L1)) {
        const int seats = details.value("max_concurrent_seats"_L1).toInt();
        return tr("All %n seat(s) of the license are in use.", nullptr, seats);
    }
    // Refusals whose code alone says too little.
    if (code == "conflict"_L1) {
        if (reply.status == 412)
            return tr("Someone else changed this meanwhile.");
        if (message.contains("already exists"_L1))
            return tr("A user with this email address already exists.");
        if (message.contains("last active owner"_L1))
            return tr("The organization's last active owner cannot be demoted or deactivated.");
    }
    if (code == "forbidden"_L1 && message.startsWith("only an owner"_L1))
        return tr("Only an owner may do this.");
    if (code == "forbidden"_L1 && message.contains("self-registration"_L1))
        return tr("This server does not let anyone create an organization.");
    if (code == "unauthorized"_L1 && message == "wrong email or password"_L1)
        return tr("Wrong email or password.");
    if (code == "unauthorized"_L1 && message.contains("no longer active"_L1))
        return tr("Your account has been deactivated.");
    if (code.isEmpty())
        return tr("The server answered with an error (HTTP %1).").arg(reply.status);
    return sentence(code);
}

QString ApiErrors::reason(const QString& serverReason, bool* known)
{
    const QString r = serverReason.trimmed();
    if (known)
        *known = true;
    // Worded without numbers or names.
    if (r == "this field is required"_L1)
        return tr("This is required.");
    if (r == "must be a string"_L1)
        return tr("Must be text.");
    if (r == "must not be empty"_L1)
        return tr("Must not be empty.");
    if (r == "must be an email address"_L1)
        return tr("Must be an email address.");
    if (r == "must not be the email address"_L1)
        return tr("Must not be the email address.");
    if (r == "must be true or false"_L1)
        return tr("Must be yes or no.");
    if (r == "must be a whole number"_L1)
        return tr("Must be a whole number.");
    if (r == "must be an RFC 3339 timestamp"_L1 || r == "must be an RFC 3339 timestamp or null"_L1)
        return tr("Must be a date and time.");
    if (r == "must be in the future"_L1)
        return tr("Must be in the future.");
    if (r == "must be an id"_L1)
        return tr("Must be an id.");
    if (r == "is not valid UTF-8"_L1)
        return tr("Contains characters that are not valid text.");
    if (r == "must not contain U+0000 or a UTF-16 surrogate without its pair"_L1)
        return tr("Contains a character that cannot be stored.");
    if (r == "unknown or read-only field"_L1)
        return tr("Cannot be changed.");
    if (r == "is not your current password"_L1)
        return tr("This is not your current password.");
    if (r == "is not this device's"_L1)
        return tr("Belongs to another machine.");
    if (r == "license_key or product is required"_L1)
        return tr("A license key or a product is required.");
    if (r == "must be a list of at most 100 strings of 1 to 255 characters"_L1)
        return tr("Must be at most 100 entries of 1 to 255 characters each.");
    if (r == "only true (re-enable); DELETE disables a device"_L1)
        return tr("Can only re-enable a machine.");
    if (r == "must be seconds from 60 to 86400"_L1)
        return tr("Must be from one minute to one day.");
    if (r == "the range holds more than 10000 buckets"_L1)
        return tr("The time range is too long for this resolution.");
    if (r == "must not be after \"to\""_L1)
        return tr("Must not be after the end.");
    if (r == "must be an absolute https:// URL"_L1)
        return tr("Must be a full https:// address.");
    if (r.startsWith("must be https://"_L1))
        return tr("Must start with https://.");
    if (r == "must not carry a user name or password"_L1)
        return tr("Must not contain a user name or password.");
    if (r == "must not have a fragment"_L1)
        return tr("Must not end in a #fragment.");
    if (r.startsWith("names a private, loopback or link-local address"_L1))
        return tr("Names a private or local address, which the server does not send to.");

    // Worded with numbers or names.
    static const QList<Pattern> patterns{
            {QRegularExpression(u"^must be at most (\\d+) characters$"_s),
             [](const QRegularExpressionMatch& m) {
                 return tr("Must be at most %n character(s).", nullptr, m.captured(1).toInt());
             }},
            {QRegularExpression(u"^must be at least (\\d+) characters$"_s),
             [](const QRegularExpressionMatch& m) {
                 return tr("Must be at least %n character(s).", nullptr, m.captured(1).toInt());
             }},
            {QRegularExpression(u"^must be from (-?\\d+) to (-?\\d+)$"_s),
             [](const QRegularExpressionMatch& m) {
                 return tr("Must be from %1 to %2.").arg(m.captured(1), m.captured(2));
             }},
            {QRegularExpression(u"^must be a whole number from 1 to (\\d+)$"_s),
             [](const QRegularExpressionMatch& m) {
                 return tr("Must be a whole number from 1 to %1.").arg(m.captured(1));
             }},
            {QRegularExpression(u"^must be at most (\\d+)$"_s),
             [](const QRegularExpressionMatch& m) {
                 return tr("Must be at most %1.").arg(m.captured(1));
             }},
            {QRegularExpression(u"^must be one of: (.*)$"_s),
             [](const QRegularExpressionMatch& m) {
                 return tr("Must be one of: %1.").arg(m.captured(1));
             }},
            {QRegularExpression(u"^must be a non-empty list of: (.*)$"_s),
             [](const QRegularExpressionMatch& m) {
                 return tr("Choose at least one of: %1.").arg(m.captured(1));
             }},
            {QRegularExpression(u"^unknown field; one of: (.*)$"_s),
             [](const QRegularExpressionMatch& m) {
                 return tr("Unknown field; one of: %1.").arg(m.captured(1));
             }},
    };
    for (const Pattern& pattern : patterns) {
        const QRegularExpressionMatch m = pattern.match.match(r);
        if (m.hasMatch())
            return pattern.say(m);
    }
    if (known)
        *known = false;
    return tr("Not accepted (%1).").arg(serverReason);
}

} // namespace clm::app
