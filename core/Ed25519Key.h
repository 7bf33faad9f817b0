#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

struct evp_pkey_st;

namespace clm {

// An Ed25519 key (private or public only) held by OpenSSL 3 EVP. Copies share
// the same immutable key, so one key can sign from several threads at once.
class Ed25519Key
{
public:
    static constexpr qsizetype kKeySize = 32;
    static constexpr qsizetype kSignatureSize = 64;

    Ed25519Key() = default;

    static Ed25519Key generate();
    static std::optional<Ed25519Key> fromPrivateBytes(const QByteArray& seed,
                                                      QString* error = nullptr);
    static std::optional<Ed25519Key> fromPublicBytes(const QByteArray& publicKey,
                                                     QString* error = nullptr);
    // PKCS#8 private key or SubjectPublicKeyInfo public key in PEM.
    static std::optional<Ed25519Key> fromPem(const QByteArray& pem, QString* error = nullptr);
    static std::optional<Ed25519Key> loadPemFile(const QString& path, QString* error = nullptr);
    // An OKP/Ed25519 JWK; private when it carries "d". A "kid" member is kept
    // as the key's id, otherwise the id is the RFC 7638 thumbprint.
    static std::optional<Ed25519Key> fromJwk(const QJsonObject& jwk, QString* error = nullptr);

    bool isNull() const { return !m_key; }
    bool hasPrivateKey() const { return m_hasPrivate; }

    QByteArray publicBytes() const;
    QByteArray privatePem() const;
    QByteArray publicPem() const;

    // Writes the private key as PEM atomically (temporary file, then rename),
    // readable and writable by the owner only (0600) from the first byte.
    bool savePemFile(const QString& path, QString* error = nullptr) const;

    // RFC 7638 JWK thumbprint (SHA-256, base64url).
    QString thumbprint() const;
    QString keyId() const { return m_kid; }

    // {"kty":"OKP","crv":"Ed25519","x",...,"kid","alg":"EdDSA","use":"sig"}
    QJsonObject publicJwk() const;
    Ed25519Key publicKey() const;

    QByteArray sign(const QByteArray& message) const;
    bool verify(const QByteArray& message, const QByteArray& signature) const;

private:
    explicit Ed25519Key(evp_pkey_st* key, bool hasPrivate);

    std::shared_ptr<evp_pkey_st> m_key;
    bool m_hasPrivate = false;
    QString m_kid;
};

} // namespace clm
