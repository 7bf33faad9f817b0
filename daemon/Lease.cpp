#include "daemon/Lease.h"

#include "core/Jwks.h"
#include "core/Jws.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace clm::daemon {

namespace {

LeaseCheck invalid(const QString& message)
{
    LeaseCheck check;
    check.error = LeaseCheck::Error::Invalid;
    check.message = message;
    return check;
}

} // namespace

LeaseCheck verifyLease(const QByteArray& token, const Jwks& keys, const QString& hardwareId,
                       const QString& product, const QString& osUser, const QString& sessionId)
{
    const jws::Result result = jws::verify(token, keys);
    if (result.error == jws::Error::UnknownKey) {
        LeaseCheck check;
        check.error = LeaseCheck::Error::UnknownKey;
        check.message = result.message;
        return check;
    }
    if (!result.ok())
        return invalid(u"lease signature: "_s + result.message);
    if (result.header.value("typ"_L1).toString() != "clm-lease+jwt"_L1)
        return invalid(u"not a lease (typ)"_s);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(result.payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(u"lease claims are not a JSON object"_s);
    const QJsonObject claims = document.object();
    for (const auto* name : {"sub", "prd", "hwid", "usr"}) {
        if (!claims.value(QLatin1String(name)).isString())
            return invalid(u"lease lacks \"%1\""_s.arg(QLatin1String(name)));
    }
    for (const auto* name : {"iat", "exp"}) {
        if (!claims.value(QLatin1String(name)).isDouble())
            return invalid(u"lease lacks \"%1\""_s.arg(QLatin1String(name)));
    }
    // What a grant tells the tool, and when the license ends, are signed
    // too; a lease without them is not one the server issued.
    if (!claims.value("feat"_L1).isArray())
        return invalid(u"lease lacks \"feat\""_s);
    if (!claims.value("lexp"_L1).isDouble() && !claims.value("lexp"_L1).isNull())
        return invalid(u"lease lacks \"lexp\""_s);
    if (claims.value("hwid"_L1).toString() != hardwareId)
        return invalid(u"lease is for another machine"_s);
    if (!product.isEmpty() && claims.value("prd"_L1).toString() != product)
        return invalid(u"lease is for another product"_s);
    if (!osUser.isEmpty() && claims.value("usr"_L1).toString() != osUser)
        return invalid(u"lease is for another user"_s);
    if (!sessionId.isEmpty() && claims.value("sub"_L1).toString() != sessionId)
        return invalid(u"lease is for another session"_s);
    LeaseCheck check;
    check.error = LeaseCheck::Error::None;
    check.claims = claims;
    return check;
}

Lease leaseFromClaims(const QByteArray& token, const QJsonObject& claims,
                      const QJsonObject& license, std::optional<qint64> borrowedUntilMs)
{
    Lease lease;
    lease.token = token;
    lease.sessionId = claims.value("sub"_L1).toString();
    lease.product = claims.value("prd"_L1).toString();
    lease.osUser = claims.value("usr"_L1).toString();
    lease.issuedAtMs = static_cast<qint64>(claims.value("iat"_L1).toDouble()) * 1000;
    lease.expiresAtMs = static_cast<qint64>(claims.value("exp"_L1).toDouble()) * 1000;
    if (claims.value("lexp"_L1).isDouble())
        lease.licenseExpiresAtMs = static_cast<qint64>(claims.value("lexp"_L1).toDouble()) * 1000;
    lease.licenseId = claims.value("lic"_L1).toString();
    for (const QJsonValue& feature : claims.value("feat"_L1).toArray()) {
        if (feature.isString())
            lease.features.append(feature);
    }
    lease.license = license;
    lease.borrowedUntilMs = borrowedUntilMs;
    return lease;
}

} // namespace clm::daemon
