#pragma once

#include "core/Jws.h"

#include <QJsonObject>
#include <QString>

namespace clm {

class Clock;
class Ed25519Key;
class Jwks;

// JSON Web Tokens (RFC 7519) on top of EdDSA JWS, validated as RFC 8725
// recommends: one algorithm, a pinned "typ" per kind of token so that an
// access token never passes as a lease or the reverse, "iss" and "aud"
// checked, times checked against an injectable clock with a small leeway.
namespace jwt {

enum class Error
{
    None,
    Malformed,
    UnsupportedAlgorithm,
    UnknownKey,
    BadSignature,
    WrongType,
    MissingClaim,
    Expired,
    NotYetValid,
    IssuedInFuture,
    WrongIssuer,
    WrongAudience,
};

struct Result
{
    Error error = Error::Malformed;
    QString message;
    QJsonObject header;
    QJsonObject claims;

    bool ok() const { return error == Error::None; }
};

struct Rules
{
    QString type;              // required "typ" header, e.g. "at+jwt"; empty: not checked
    QString issuer;            // required "iss"; empty: not checked
    QString audience;          // must be "aud" or one of its entries; empty: not checked
    qint64 leewaySeconds = 30; // tolerance for clock skew on exp/nbf/iat
    bool requireExpiry = true;
};

// Signs `claims` with `key`; the header carries "kid" and, if not empty, "typ".
QByteArray issue(const QJsonObject& claims, const Ed25519Key& key, const QString& type);
// The same with the claims given as their JSON text (json::JsonWriter), for
// tokens signed on every request.
QByteArray issue(const QByteArray& claimsJson, const Ed25519Key& key, const QString& type);

Result validate(QByteArrayView token, const Jwks& keys, const Rules& rules, const Clock& clock);

QString errorString(Error error);

} // namespace jwt
} // namespace clm
