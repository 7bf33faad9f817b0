// JWS and JWT (core/Jws, core/Jwt). The first byte picks what the rest is:
// - even: a compact token as received (parsing, the key lookup, the
//   signature check). Only our key's real signatures can pass, and an
//   accepted token is exactly what we would have signed (no malleable
//   encodings or signatures).
// - odd: "<header JSON>\0<payload>", which the target signs with the key, so
//   header and claim checks past the signature are reached too. Whatever
//   jwt::validate accepts must meet the rules: the pinned "typ", "iss",
//   "aud", an "exp" not past and no "nbf"/"iat" in the future.
#include "FuzzSupport.h"
#include "core/Base64Url.h"
#include "core/Clock.h"
#include "core/Ed25519Key.h"
#include "core/Json.h"
#include "core/Jwks.h"
#include "core/Jws.h"
#include "core/Jwt.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace clm;

namespace {

struct Keys
{
    Keys()
        // A fixed key, so seeds signed with it (corpus/jws) keep verifying.
        : key(*Ed25519Key::fromPrivateBytes(QByteArray(32, '\x2a')))
    {
        set.add(key);
        rules.type = u"at+jwt"_s;
        rules.issuer = u"clm-server"_s;
        rules.audience = u"clm-api"_s;
        rules.leewaySeconds = 30;
    }

    Ed25519Key key;
    Jwks set;
    ManualClock clock{1'700'000'000'000};
    jwt::Rules rules;
};

const Keys& keys()
{
    static const Keys keys;
    return keys;
}

void checkAccepted(const jwt::Result& result)
{
    if (!result.ok())
        return;
    const Keys& k = keys();
    const double now = static_cast<double>(k.clock.nowSecs());
    const double leeway = static_cast<double>(k.rules.leewaySeconds);
    CLM_FUZZ_CHECK(result.header.value("alg"_L1).toString() == "EdDSA"_L1);
    CLM_FUZZ_CHECK(result.header.value("typ"_L1).toString() == k.rules.type);
    CLM_FUZZ_CHECK(result.claims.value("iss"_L1).toString() == k.rules.issuer);
    const QJsonValue aud = result.claims.value("aud"_L1);
    CLM_FUZZ_CHECK(aud.toString() == k.rules.audience ||
                   aud.toArray().contains(QJsonValue(k.rules.audience)));
    CLM_FUZZ_CHECK(result.claims.value("exp"_L1).isDouble());
    CLM_FUZZ_CHECK(now < result.claims.value("exp"_L1).toDouble() + leeway);
    for (const auto name : {"nbf"_L1, "iat"_L1}) {
        if (result.claims.contains(name)) {
            CLM_FUZZ_CHECK(result.claims.value(name).isDouble());
            CLM_FUZZ_CHECK(result.claims.value(name).toDouble() <= now + leeway);
        }
    }
}

void receivedToken(const QByteArray& token)
{
    const Keys& k = keys();
    const jws::Result bySet = jws::verify(token, k.set);
    const jws::Result byKey = jws::verify(token, k.key);
    CLM_FUZZ_CHECK(bySet.ok() == (bySet.error == jws::Error::None));
    if (bySet.ok() || byKey.ok()) {
        const qsizetype dot = token.lastIndexOf('.');
        CLM_FUZZ_CHECK(dot > 0);
        const auto signature = base64url::decode(token.mid(dot + 1));
        CLM_FUZZ_CHECK(signature && k.key.sign(token.left(dot)) == *signature);
    }
    if (bySet.ok())
        CLM_FUZZ_CHECK(bySet.header.value("kid"_L1).toString() == k.key.keyId());
    checkAccepted(jwt::validate(token, k.set, k.rules, k.clock));
}

void signedToken(const QByteArray& input)
{
    const Keys& k = keys();
    const qsizetype split = input.indexOf('\0');
    const QByteArray header = split < 0 ? input : input.left(split);
    const QByteArray payload = split < 0 ? QByteArray() : input.mid(split + 1);
    const QByteArray signingInput = base64url::encode(header) + '.' + base64url::encode(payload);
    const QByteArray token = signingInput + '.' + base64url::encode(k.key.sign(signingInput));

    const jws::Result result = jws::verify(token, k.set);
    if (result.ok()) {
        CLM_FUZZ_CHECK(result.payload == payload);
        const auto parsedHeader = json::parseObject(header);
        CLM_FUZZ_CHECK(parsedHeader && *parsedHeader == result.header);
        CLM_FUZZ_CHECK(!result.header.contains("crit"_L1) && !result.header.contains("b64"_L1));
    }
    checkAccepted(jwt::validate(token, k.set, k.rules, k.clock));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    clm::fuzz::quietQt();
    keys();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest = clm::fuzz::bytes(data + 1, size - 1);
    if (data[0] % 2 == 0)
        receivedToken(rest);
    else
        signedToken(rest);
    return 0;
}
