#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace clm {

class Ed25519Key;
class Jwks;

// JWS compact serialization (RFC 7515) with EdDSA/Ed25519 (RFC 8037) only.
namespace jws {

enum class Error
{
    None,
    Malformed,            // not three canonical base64url parts, bad JSON, trailing data
    UnsupportedAlgorithm, // "alg" other than EdDSA ("none" included), or "crit" present
    UnknownKey,           // "kid" missing or not in the key set
    BadSignature,         // wrong length or does not verify
};

struct Result
{
    Error error = Error::Malformed;
    QString message;
    QJsonObject header;
    QByteArray payload;

    bool ok() const { return error == Error::None; }
};

// Longest compact token accepted; nothing we sign comes close.
inline constexpr qsizetype kMaxCompactSize = 64 * 1024;

// Signs `payload`. The protected header is `header` with "alg":"EdDSA" set;
// put "kid" and "typ" in `header` as needed.
QByteArray sign(const QByteArray& payload, const Ed25519Key& key,
                const QJsonObject& header = QJsonObject());
// The same with the protected header given as its JSON text, which must
// already carry "alg":"EdDSA" (see jwt::issue for a hot path's use).
QByteArray signWithHeader(const QByteArray& headerJson, const QByteArray& payload,
                          const Ed25519Key& key);

// Verifies against a key set: the header must name a known "kid".
Result verify(QByteArrayView compact, const Jwks& keys);
// Verifies against one key: a "kid", if present, must be that key's.
Result verify(QByteArrayView compact, const Ed25519Key& key);

QString errorString(Error error);

} // namespace jws
} // namespace clm
