#include "TestCertificate.h"

#include <QFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>

namespace clm::test {

namespace {

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

void setName(X509_NAME* name, const QString& commonName)
{
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("clm tests"), -1, -1, 0);
}

bool write(const QString& certPath, X509* cert, const QString& keyPath, EVP_PKEY* key)
{
    FILE* c = fopen(QFile::encodeName(certPath).constData(), "w");
    FILE* k = fopen(QFile::encodeName(keyPath).constData(), "w");
    const bool written = c && k && PEM_write_X509(c, cert) == 1 &&
                         PEM_write_PrivateKey(k, key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
    if (c)
        fclose(c);
    if (k)
        fclose(k);
    return written;
}

template<typename T, typename Read>
T* readPem(const QString& path, Read read)
{
    FILE* file = fopen(QFile::encodeName(path).constData(), "r");
    if (!file)
        return nullptr;
    T* value = read(file, nullptr, nullptr, nullptr);
    fclose(file);
    return value;
}

X509* newCertificate(EVP_PKEY* key, long serial)
{
    X509* cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert), -60);
    X509_gmtime_adj(X509_getm_notAfter(cert), 24 * 3600);
    X509_set_pubkey(cert, key);
    return cert;
}

} // namespace

bool TestCertificate::makeCa(const QString& caCert, const QString& caKey, const QString& commonName)
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    X509* cert = newCertificate(key, 1);
    setName(X509_get_subject_name(cert), commonName);
    X509_set_issuer_name(cert, X509_get_subject_name(cert));
    bool ok = addExtension(cert, cert, NID_basic_constraints, "critical,CA:TRUE") &&
              addExtension(cert, cert, NID_key_usage, "critical,keyCertSign,cRLSign") &&
              X509_sign(cert, key, EVP_sha256()) > 0;
    ok = ok && write(caCert, cert, caKey, key);
    X509_free(cert);
    EVP_PKEY_free(key);
    return ok;
}

bool TestCertificate::makeServer(const QString& certPath, const QString& keyPath,
                                 const QString& caCert, const QString& caKey,
                                 const QString& commonName)
{
    X509* issuer = nullptr;
    EVP_PKEY* issuerKey = nullptr;
    if (!caCert.isEmpty()) {
        issuer = readPem<X509>(caCert, PEM_read_X509);
        issuerKey = readPem<EVP_PKEY>(caKey, PEM_read_PrivateKey);
        if (!issuer || !issuerKey) {
            X509_free(issuer);
            EVP_PKEY_free(issuerKey);
            return false;
        }
    }
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    X509* cert = newCertificate(key, 2);
    setName(X509_get_subject_name(cert), commonName);
    X509_set_issuer_name(cert,
                         issuer ? X509_get_subject_name(issuer) : X509_get_subject_name(cert));
    // A self-signed server certificate is its own CA, as such certificates
    // usually are.
    bool ok = addExtension(cert, issuer ? issuer : cert, NID_subject_alt_name, "IP:127.0.0.1") &&
              addExtension(cert, issuer ? issuer : cert, NID_basic_constraints,
                           issuer ? "critical,CA:FALSE" : "critical,CA:TRUE") &&
              X509_sign(cert, issuerKey ? issuerKey : key, EVP_sha256()) > 0;
    ok = ok && write(certPath, cert, keyPath, key);
    X509_free(cert);
    EVP_PKEY_free(key);
    X509_free(issuer);
    EVP_PKEY_free(issuerKey);
    return ok;
}

} // namespace clm::test
