// JWK and JWKS import (core/Ed25519Key::fromJwk, core/Jwks::fromJson): the
// daemon takes a server's key set at enrollment and on refresh. The input is
// JSON text; as an object it is read both as one JWK and as a key set (and
// wrapped as {"keys":[...]}, so a single key also takes the set's path).
// An imported key must export and import again as the same key, a private
// one must sign what its public half verifies, and a key set never holds a
// private key.
#include "FuzzSupport.h"
#include "core/Ed25519Key.h"
#include "core/Json.h"
#include "core/Jwks.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace clm;

namespace {

void checkKey(const QJsonObject& jwk, const Ed25519Key& key)
{
    CLM_FUZZ_CHECK(!key.isNull());
    CLM_FUZZ_CHECK(key.publicBytes().size() == Ed25519Key::kKeySize);
    if (jwk.contains("kid"_L1))
        CLM_FUZZ_CHECK(key.keyId() == jwk.value("kid"_L1).toString());
    else
        CLM_FUZZ_CHECK(key.keyId() == key.thumbprint());

    const auto again = Ed25519Key::fromJwk(key.publicJwk());
    CLM_FUZZ_CHECK(again && !again->hasPrivateKey());
    CLM_FUZZ_CHECK(again->publicBytes() == key.publicBytes());
    CLM_FUZZ_CHECK(again->keyId() == key.keyId());

    if (key.hasPrivateKey()) {
        const QByteArray message = "fuzz";
        const QByteArray signature = key.sign(message);
        CLM_FUZZ_CHECK(signature.size() == Ed25519Key::kSignatureSize);
        CLM_FUZZ_CHECK(again->verify(message, signature));
    }
}

void checkSet(const QJsonObject& json)
{
    QString error;
    const auto set = Jwks::fromJson(json, &error);
    if (!set) {
        CLM_FUZZ_CHECK(!error.isEmpty());
        return;
    }
    for (const QString& kid : set->keyIds()) {
        const Ed25519Key* key = set->find(kid);
        CLM_FUZZ_CHECK(key && !key->hasPrivateKey());
    }
    const auto again = Jwks::fromJson(set->toJson());
    CLM_FUZZ_CHECK(again && again->keyIds() == set->keyIds());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    clm::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = json::parseObject(clm::fuzz::bytes(data, size));
    if (!json)
        return 0;
    QString error;
    if (const auto key = Ed25519Key::fromJwk(*json, &error))
        checkKey(*json, *key);
    else
        CLM_FUZZ_CHECK(!error.isEmpty());
    checkSet(*json);
    checkSet(QJsonObject{{u"keys"_s, QJsonArray{*json}}});
    return 0;
}
