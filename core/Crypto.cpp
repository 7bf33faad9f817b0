#include "core/Crypto.h"

#include "core/Base64Url.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <cstdio>
#include <cstdlib>

namespace clm::crypto {

QByteArray randomBytes(qsizetype count)
{
    QByteArray buffer(count, Qt::Uninitialized);
    if (count > 0 &&
        RAND_bytes(reinterpret_cast<unsigned char*>(buffer.data()), static_cast<int>(count)) != 1) {
        std::fputs("clm: OpenSSL RAND_bytes failed; refusing to continue without randomness\n",
                   stderr);
        std::abort();
    }
    return buffer;
}

QString randomToken(qsizetype bytes)
{
    return QString::fromLatin1(base64url::encode(randomBytes(bytes)));
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char*>(data.data()), static_cast<size_t>(data.size()),
              digest, &length) ||
        length != 32) {
        std::fputs("clm: OpenSSL HMAC-SHA256 failed\n", stderr);
        std::abort();
    }
    return QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length));
}

QByteArray sha256(QByteArrayView data)
{
    unsigned char digest[32];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), static_cast<size_t>(data.size()), digest, &length, EVP_sha256(),
                   nullptr) != 1 ||
        length != sizeof digest) {
        std::fputs("clm: OpenSSL SHA-256 failed\n", stderr);
        std::abort();
    }
    return QByteArray(reinterpret_cast<const char*>(digest), sizeof digest);
}

QString sha256Hex(QByteArrayView data)
{
    return QString::fromLatin1(sha256(data).toHex());
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

} // namespace clm::crypto
