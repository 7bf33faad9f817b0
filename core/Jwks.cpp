#include "core/Jwks.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace clm {

void Jwks::add(const Ed25519Key& key)
{
    const Ed25519Key publicKey = key.publicKey();
    for (auto& existing : m_keys) {
        if (existing.keyId() == publicKey.keyId()) {
            existing = publicKey;
            return;
        }
    }
    m_keys.append(publicKey);
}

const Ed25519Key* Jwks::find(QStringView kid) const
{
    for (const auto& key : m_keys) {
        if (key.keyId() == kid)
            return &key;
    }
    return nullptr;
}

QStringList Jwks::keyIds() const
{
    QStringList ids;
    for (const auto& key : m_keys)
        ids.append(key.keyId());
    return ids;
}

QJsonObject Jwks::toJson() const
{
    QJsonArray keys;
    for (const auto& key : m_keys)
        keys.append(key.publicJwk());
    return QJsonObject{{u"keys"_s, keys}};
}

std::optional<Jwks> Jwks::fromJson(const QJsonObject& json, QString* error)
{
    const auto keys = json.value("keys"_L1);
    if (!keys.isArray()) {
        if (error)
            *error = u"a JWKS needs a \"keys\" array"_s;
        return std::nullopt;
    }
    Jwks set;
    for (const auto& entry : keys.toArray()) {
        const auto jwk = entry.toObject();
        if (jwk.value("kty"_L1).toString() != "OKP"_L1 ||
            jwk.value("crv"_L1).toString() != "Ed25519"_L1)
            continue;
        QString reason;
        auto key = Ed25519Key::fromJwk(jwk, &reason);
        if (!key) {
            if (error)
                *error = u"bad key in JWKS: "_s + reason;
            return std::nullopt;
        }
        if (key->hasPrivateKey()) {
            if (error)
                *error = u"a published JWKS must not contain private keys"_s;
            return std::nullopt;
        }
        set.add(*key);
    }
    return set;
}

} // namespace clm
