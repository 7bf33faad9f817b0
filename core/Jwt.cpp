#include "core/Jwt.h"

#include "core/Clock.h"
#include "core/Ed25519Key.h"
#include "core/Json.h"
#include "core/JsonWriter.h"
#include "core/Jwks.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace clm::jwt {

namespace {

Result failure(Error error, const QString& message)
{
    Result result;
    result.error = error;
    result.message = message;
    return result;
}

Error fromJws(jws::Error error)
{
    switch (error) {
    case jws::Error::None:
        return Error::None;
    case jws::Error::Malformed:
        return Error::Malformed;
    case jws::Error::UnsupportedAlgorithm:
        return Error::UnsupportedAlgorithm;
    case jws::Error::UnknownKey:
        return Error::UnknownKey;
    case jws::Error::BadSignature:
        return Error::BadSignature;
    }
    return Error::Malformed;
}

bool audienceMatches(const QJsonValue& aud, const QString& expected)
{
    if (aud.isString())
        return aud.toString() == expected;
    if (aud.isArray()) {
        const auto entries = aud.toArray();
        for (const auto& entry : entries) {
            if (entry.isString() && entry.toString() == expected)
                return true;
        }
    }
    return false;
}

} // namespace

QByteArray issue(const QJsonObject& claims, const Ed25519Key& key, const QString& type)
{
    QJsonObject header{{u"kid"_s, key.keyId()}};
    if (!type.isEmpty())
        header.insert(u"typ"_s, type);
    return jws::sign(json::toCompact(claims), key, header);
}

QByteArray issue(const QByteArray& claimsJson, const Ed25519Key& key, const QString& type)
{
    // The members QJsonObject would sort them into: "alg", "kid", "typ".
    json::JsonWriter header(96);
    header.add("alg"_L1, u"EdDSA"_s).add("kid"_L1, key.keyId());
    if (!type.isEmpty())
        header.add("typ"_L1, type);
    return jws::signWithHeader(header.take(), claimsJson, key);
}

Result validate(QByteArrayView token, const Jwks& keys, const Rules& rules, const Clock& clock)
{
    const jws::Result signature = jws::verify(token, keys);
    if (!signature.ok())
        return failure(fromJws(signature.error), signature.message);

    if (!rules.type.isEmpty() && signature.header.value("typ"_L1).toString() != rules.type)
        return failure(Error::WrongType, u"token type is not %1"_s.arg(rules.type));

    QString jsonError;
    const auto claims = json::parseObject(signature.payload, &jsonError);
    if (!claims)
        return failure(Error::Malformed, u"claims: "_s + jsonError);

    // Numeric dates must be numbers when present; a string "exp" is an error,
    // never "no expiry".
    for (const auto name : {"exp"_L1, "nbf"_L1, "iat"_L1}) {
        if (claims->contains(name) && !claims->value(name).isDouble())
            return failure(Error::Malformed, u"claim \"%1\" must be a number"_s.arg(name));
    }
    const double now = static_cast<double>(clock.nowSecs());
    const double leeway = static_cast<double>(rules.leewaySeconds);
    if (!claims->contains("exp"_L1)) {
        if (rules.requireExpiry)
            return failure(Error::MissingClaim, u"token has no expiry"_s);
    } else if (now >= claims->value("exp"_L1).toDouble() + leeway) {
        return failure(Error::Expired, u"token has expired"_s);
    }
    if (claims->contains("nbf"_L1) && now + leeway < claims->value("nbf"_L1).toDouble())
        return failure(Error::NotYetValid, u"token is not valid yet"_s);
    if (claims->contains("iat"_L1) && now + leeway < claims->value("iat"_L1).toDouble())
        return failure(Error::IssuedInFuture, u"token was issued in the future"_s);

    if (!rules.issuer.isEmpty() && claims->value("iss"_L1).toString() != rules.issuer)
        return failure(Error::WrongIssuer, u"token has the wrong issuer"_s);
    if (!rules.audience.isEmpty() && !audienceMatches(claims->value("aud"_L1), rules.audience))
        return failure(Error::WrongAudience, u"token is not meant for this audience"_s);

    Result result;
    result.error = Error::None;
    result.header = signature.header;
    result.claims = *claims;
    return result;
}

QString errorString(Error error)
{
    switch (error) {
    case Error::None:
        return u"valid"_s;
    case Error::Malformed:
        return u"malformed token"_s;
    case Error::UnsupportedAlgorithm:
        return u"unsupported algorithm"_s;
    case Error::UnknownKey:
        return u"unknown signing key"_s;
    case Error::BadSignature:
        return u"bad signature"_s;
    case Error::WrongType:
        return u"wrong token type"_s;
    case Error::MissingClaim:
        return u"missing claim"_s;
    case Error::Expired:
        return u"token expired"_s;
    case Error::NotYetValid:
        return u"token not yet valid"_s;
    case Error::IssuedInFuture:
        return u"token issued in the future"_s;
    case Error::WrongIssuer:
        return u"wrong issuer"_s;
    case Error::WrongAudience:
        return u"wrong audience"_s;
    }
    return u"unknown error"_s;
}

} // namespace clm::jwt
