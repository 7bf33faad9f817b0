#include "core/Base64Url.h"

namespace clm::base64url {

namespace {

constexpr auto kOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool isAlphabet(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}

} // namespace

QByteArray encode(QByteArrayView data)
{
    return data.toByteArray().toBase64(kOptions);
}

std::optional<QByteArray> decode(QByteArrayView text)
{
    // A length of 1 modulo 4 cannot come from any byte sequence.
    if (text.size() % 4 == 1)
        return std::nullopt;
    for (const char c : text) {
        if (!isAlphabet(c))
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(
            text.toByteArray(), kOptions | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    if (encode(decoded.decoded) != text)
        return std::nullopt;
    return std::move(decoded.decoded);
}

} // namespace clm::base64url
