#include "core/Ed25519Key.h"

#include "core/Base64Url.h"
#include "core/Crypto.h"
#include "core/Json.h"

#include <QDir>
#include <QFileInfo>

#include <fcntl.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace clm {

namespace {

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return u"unknown OpenSSL error"_s;
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

struct BioDeleter
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, length);
}

bool writeAll(int fd, const QByteArray& data)
{
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n =
                ::write(fd, data.constData() + written, static_cast<size_t>(data.size() - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        written += n;
    }
    return true;
}

} // namespace

Ed25519Key::Ed25519Key(evp_pkey_st* key, bool hasPrivate)
    : m_key(key, &EVP_PKEY_free)
    , m_hasPrivate(hasPrivate)
{
    m_kid = thumbprint();
}

Ed25519Key Ed25519Key::generate()
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key)
        qFatal("Ed25519 key generation failed: %s", qPrintable(opensslError()));
    return Ed25519Key(key, true);
}

std::optional<Ed25519Key> Ed25519Key::fromPrivateBytes(const QByteArray& seed, QString* error)
{
    if (seed.size() != kKeySize) {
        setError(error, u"an Ed25519 private key has 32 bytes"_s);
        return std::nullopt;
    }
    EVP_PKEY* key = EVP_PKEY_new_raw_private_key(
            EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(seed.constData()),
            static_cast<size_t>(seed.size()));
    if (!key) {
        setError(error, opensslError());
        return std::nullopt;
    }
    return Ed25519Key(key, true);
}

std::optional<Ed25519Key> Ed25519Key::fromPublicBytes(const QByteArray& publicKey, QString* error)
{
    if (publicKey.size() != kKeySize) {
        setError(error, u"an Ed25519 public key has 32 bytes"_s);
        return std::nullopt;
    }
    EVP_PKEY* key = EVP_PKEY_new_raw_public_key(
            EVP_PKEY_ED25519, nullptr,
            reinterpret_cast<const unsigned char*>(publicKey.constData()),
            static_cast<size_t>(publicKey.size()));
    if (!key) {
        setError(error, opensslError());
        return std::nullopt;
    }
    return Ed25519Key(key, false);
}

std::optional<Ed25519Key> Ed25519Key::fromPem(const QByteArray& pem, QString* error)
{
    const bool isPrivate = pem.contains("PRIVATE KEY");
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    if (!bio) {
        setError(error, opensslError());
        return std::nullopt;
    }
    EVP_PKEY* key = isPrivate ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)
                              : PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    if (!key) {
        setError(error, u"not a PEM key: "_s + opensslError());
        return std::nullopt;
    }
    if (EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        setError(error, u"the PEM key is not an Ed25519 key"_s);
        return std::nullopt;
    }
    return Ed25519Key(key, isPrivate);
}

std::optional<Ed25519Key> Ed25519Key::loadPemFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, u"cannot read %1: %2"_s.arg(path, file.errorString()));
        return std::nullopt;
    }
    // A key file is small; refuse to slurp anything that is obviously not one.
    if (file.size() > 64 * 1024) {
        setError(error, u"%1 is too large to be a key file"_s.arg(path));
        return std::nullopt;
    }
    QString reason;
    auto key = fromPem(file.readAll(), &reason);
    if (!key)
        setError(error, u"%1: %2"_s.arg(path, reason));
    return key;
}

std::optional<Ed25519Key> Ed25519Key::fromJwk(const QJsonObject& jwk, QString* error)
{
    if (jwk.value("kty"_L1).toString() != "OKP"_L1 ||
        jwk.value("crv"_L1).toString() != "Ed25519"_L1) {
        setError(error, u"not an OKP Ed25519 JWK"_s);
        return std::nullopt;
    }
    if (jwk.contains("alg"_L1) && jwk.value("alg"_L1).toString() != "EdDSA"_L1) {
        setError(error, u"the JWK's alg is not EdDSA"_s);
        return std::nullopt;
    }
    const auto x = base64url::decode(jwk.value("x"_L1).toString().toLatin1());
    if (!x || x->size() != kKeySize) {
        setError(error, u"the JWK's \"x\" is not a base64url 32-byte public key"_s);
        return std::nullopt;
    }
    std::optional<Ed25519Key> key;
    if (jwk.contains("d"_L1)) {
        const auto d = base64url::decode(jwk.value("d"_L1).toString().toLatin1());
        if (!d || d->size() != kKeySize) {
            setError(error, u"the JWK's \"d\" is not a base64url 32-byte private key"_s);
            return std::nullopt;
        }
        key = fromPrivateBytes(*d, error);
        if (key && key->publicBytes() != *x) {
            setError(error, u"the JWK's \"x\" does not belong to its \"d\""_s);
            return std::nullopt;
        }
    } else {
        key = fromPublicBytes(*x, error);
    }
    if (key && jwk.contains("kid"_L1)) {
        const auto kid = jwk.value("kid"_L1);
        if (!kid.isString() || kid.toString().isEmpty() || kid.toString().size() > 256) {
            setError(error, u"the JWK's \"kid\" must be a non-empty string"_s);
            return std::nullopt;
        }
        key->m_kid = kid.toString();
    }
    return key;
}

QByteArray Ed25519Key::publicBytes() const
{
    if (!m_key)
        return {};
    QByteArray bytes(kKeySize, Qt::Uninitialized);
    size_t length = static_cast<size_t>(bytes.size());
    if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char*>(bytes.data()),
                                    &length) != 1 ||
        length != static_cast<size_t>(kKeySize))
        return {};
    return bytes;
}

QByteArray Ed25519Key::privatePem() const
{
    if (!m_key || !m_hasPrivate)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr,
                                         nullptr) != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray Ed25519Key::publicPem() const
{
    if (!m_key)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        return {};
    return bioContents(bio.get());
}

bool Ed25519Key::savePemFile(const QString& path, QString* error) const
{
    const QByteArray pem = privatePem();
    if (pem.isEmpty()) {
        setError(error, u"no private key to save"_s);
        return false;
    }
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".tmp-" + crypto::randomToken(6).toLatin1();
    // O_EXCL with mode 0600: the file never exists with wider permissions,
    // whatever the umask, and a planted symlink is not followed.
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        setError(error,
                 u"cannot create %1: %2"_s.arg(path, QString::fromLocal8Bit(strerror(errno))));
        return false;
    }
    const bool ok = ::fchmod(fd, 0600) == 0 && writeAll(fd, pem) && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!ok || ::rename(temporary.constData(), target.constData()) != 0) {
        const int reason = ok ? errno : savedErrno;
        ::unlink(temporary.constData());
        setError(error,
                 u"cannot write %1: %2"_s.arg(path, QString::fromLocal8Bit(strerror(reason))));
        return false;
    }
    // Make the rename itself durable.
    const QByteArray directory = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dirFd = ::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}

QString Ed25519Key::thumbprint() const
{
    if (!m_key)
        return {};
    // RFC 7638: the required members in lexicographic order, no white space.
    const QByteArray canonical =
            R"({"crv":"Ed25519","kty":"OKP","x":")" + base64url::encode(publicBytes()) + R"("})";
    return QString::fromLatin1(base64url::encode(crypto::sha256(canonical)));
}

QJsonObject Ed25519Key::publicJwk() const
{
    if (!m_key)
        return {};
    return QJsonObject{
            {u"kty"_s, u"OKP"_s},
            {u"crv"_s, u"Ed25519"_s},
            {u"x"_s, QString::fromLatin1(base64url::encode(publicBytes()))},
            {u"kid"_s, m_kid},
            {u"alg"_s, u"EdDSA"_s},
            {u"use"_s, u"sig"_s},
    };
}

Ed25519Key Ed25519Key::publicKey() const
{
    if (!m_key)
        return {};
    auto key = fromPublicBytes(publicBytes());
    if (!key)
        return {};
    key->m_kid = m_kid;
    return *key;
}

QByteArray Ed25519Key::sign(const QByteArray& message) const
{
    if (!m_key || !m_hasPrivate)
        return {};
    MdCtxPtr ctx(EVP_MD_CTX_new());
    QByteArray signature(kSignatureSize, Qt::Uninitialized);
    size_t length = static_cast<size_t>(signature.size());
    // Ed25519 is one-shot: no digest, no streaming (NOTES.md, OpenSSL 3.0).
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<size_t>(message.size())) != 1 ||
        length != static_cast<size_t>(kSignatureSize)) {
        ERR_clear_error();
        return {};
    }
    return signature;
}

bool Ed25519Key::verify(const QByteArray& message, const QByteArray& signature) const
{
    if (!m_key || signature.size() != kSignatureSize)
        return false;
    MdCtxPtr ctx(EVP_MD_CTX_new());
    const bool ok = ctx &&
                    EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) == 1 &&
                    EVP_DigestVerify(ctx.get(),
                                     reinterpret_cast<const unsigned char*>(signature.constData()),
                                     static_cast<size_t>(signature.size()),
                                     reinterpret_cast<const unsigned char*>(message.constData()),
                                     static_cast<size_t>(message.size())) == 1;
    ERR_clear_error();
    return ok;
}

} // namespace clm
