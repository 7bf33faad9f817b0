#pragma once

#include <QString>

namespace clm::test {

// Certificates for TLS tests, made with OpenSSL: a CA, and a server
// certificate for 127.0.0.1 signed by it (or by itself).
class TestCertificate
{
public:
    // Writes a CA certificate and key (PEM) to `caCert` and `caKey`.
    static bool makeCa(const QString& caCert, const QString& caKey,
                       const QString& commonName = QStringLiteral("clm test CA"));
    // Writes a certificate for 127.0.0.1 (subject CN `commonName`, SAN IP
    // 127.0.0.1) and its key, signed by the CA at `caCert`/`caKey`; with
    // both empty, signed by itself.
    static bool makeServer(const QString& cert, const QString& key, const QString& caCert = {},
                           const QString& caKey = {},
                           const QString& commonName = QStringLiteral("127.0.0.1"));
};

} // namespace clm::test
