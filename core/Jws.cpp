#include "core/Jws.h"

#include "core/Base64Url.h"
#include "core/Ed25519Key.h"
#include "core/Json.h"
#include "core/Jwks.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace clm::jws {

namespace {

struct Parsed
{
    Result result;
    QByteArray signingInput;
    QByteArray signature;
};

Result failure(Error error, const QString& message)
{
    Result result;
    result.error = error;
    result.message = message;
    return result;
}

// Everything up to the key lookup and signature check.
Parsed parse(QByteArrayView compact)
{
    Parsed parsed;
    if (compact.isEmpty() || compact.size() > kMaxCompactSize) {
        parsed.result = failure(Error::Malformed, u"token is empty or too long"_s);
        return parsed;
    }
    const qsizetype firstDot = compact.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : compact.indexOf('.', firstDot + 1);
    if (firstDot <= 0 || secondDot < 0 || compact.indexOf('.', secondDot + 1) >= 0) {
        parsed.result = failure(Error::Malformed, u"a compact JWS has exactly three parts"_s);
        return parsed;
    }
    const auto headerPart = compact.first(firstDot);
    const auto payloadPart = compact.sliced(firstDot + 1, secondDot - firstDot - 1);
    const auto signaturePart = compact.sliced(secondDot + 1);

    const auto headerBytes = base64url::decode(headerPart);
    const auto payload = base64url::decode(payloadPart);
    const auto signature = base64url::decode(signaturePart);
    if (!headerBytes || !payload || !signature) {
        parsed.result = failure(Error::Malformed, u"a part is not canonical base64url"_s);
        return parsed;
    }
    QString jsonError;
    const auto header = json::parseObject(*headerBytes, &jsonError);
    if (!header) {
        parsed.result = failure(Error::Malformed, u"header: "_s + jsonError);
        return parsed;
    }
    const auto alg = header->value("alg"_L1);
    if (!alg.isString() || alg.toString() != "EdDSA"_L1) {
        parsed.result = failure(Error::UnsupportedAlgorithm,
                                u"algorithm \"%1\" is not allowed"_s.arg(alg.toString()));
        return parsed;
    }
    // We understand no extensions, so any critical one must be refused
    // (RFC 7515 section 4.1.11); "b64":false (RFC 7797) would change the
    // signing input.
    if (header->contains("crit"_L1) || header->contains("b64"_L1)) {
        parsed.result = failure(Error::UnsupportedAlgorithm, u"unsupported header extension"_s);
        return parsed;
    }
    if (header->contains("kid"_L1) && !header->value("kid"_L1).isString()) {
        parsed.result = failure(Error::Malformed, u"\"kid\" must be a string"_s);
        return parsed;
    }
    if (signature->size() != Ed25519Key::kSignatureSize) {
        parsed.result = failure(Error::BadSignature, u"an Ed25519 signature has 64 bytes"_s);
        return parsed;
    }
    parsed.result.error = Error::None;
    parsed.result.header = *header;
    parsed.result.payload = *payload;
    parsed.signingInput = compact.first(secondDot).toByteArray();
    parsed.signature = *signature;
    return parsed;
}

Result check(Parsed& parsed, const Ed25519Key& key)
{
    if (!key.verify(parsed.signingInput, parsed.signature))
        return failure(Error::BadSignature, u"signature does not verify"_s);
    return std::move(parsed.result);
}

} // namespace

QByteArray sign(const QByteArray& payload, const Ed25519Key& key, const QJsonObject& header)
{
    QJsonObject protectedHeader = header;
    protectedHeader.insert(u"alg"_s, u"EdDSA"_s);
    return signWithHeader(json::toCompact(protectedHeader), payload, key);
}

QByteArray signWithHeader(const QByteArray& headerJson, const QByteArray& payload,
                          const Ed25519Key& key)
{
    const QByteArray signingInput =
            base64url::encode(headerJson) + '.' + base64url::encode(payload);
    const QByteArray signature = key.sign(signingInput);
    if (signature.isEmpty())
        return {};
    return signingInput + '.' + base64url::encode(signature);
}

Result verify(QByteArrayView compact, const Jwks& keys)
{
    Parsed parsed = parse(compact);
    if (!parsed.result.ok())
        return parsed.result;
    const auto kid = parsed.result.header.value("kid"_L1).toString();
    const Ed25519Key* key = kid.isEmpty() ? nullptr : keys.find(kid);
    if (!key)
        return failure(Error::UnknownKey, u"unknown signing key"_s);
    return check(parsed, *key);
}

Result verify(QByteArrayView compact, const Ed25519Key& key)
{
    Parsed parsed = parse(compact);
    if (!parsed.result.ok())
        return parsed.result;
    if (parsed.result.header.contains("kid"_L1) &&
        parsed.result.header.value("kid"_L1).toString() != key.keyId())
        return failure(Error::UnknownKey, u"token names another signing key"_s);
    return check(parsed, key);
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
    }
    return u"unknown error"_s;
}

} // namespace clm::jws
