// base64url (core/Base64Url): decoding is strict and canonical, so whatever
// decodes must encode back to exactly the same text, and any bytes must
// survive an encode/decode round trip.
#include "FuzzSupport.h"
#include "core/Base64Url.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = clm::fuzz::bytes(data, size);

    if (const auto decoded = clm::base64url::decode(input)) {
        CLM_FUZZ_CHECK(clm::base64url::encode(*decoded) == input);
        CLM_FUZZ_CHECK(decoded->size() == input.size() * 3 / 4);
    }

    const QByteArray encoded = clm::base64url::encode(input);
    CLM_FUZZ_CHECK(!encoded.contains('=') && !encoded.contains('+') && !encoded.contains('/'));
    const auto back = clm::base64url::decode(encoded);
    CLM_FUZZ_CHECK(back && *back == input);
    return 0;
}
