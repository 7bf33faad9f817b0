#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace clm::app {

// Why the server's certificate was not trusted, in the terms an admin can
// check with the server's operator: who it names (subject), who vouches for
// it (issuer), its SHA-256 fingerprint and validity, and what TLS said.
// clm-admin never ignores such an error; the admin may trust the
// certificate's CA by adding its file in the settings.
struct CertificateProblem
{
    QString host;
    QStringList errors; // TLS's reasons, in words
    QSslCertificate certificate;
    QString subject;
    QString issuer;
    QString sha256; // "AB:CD:..."
    QDateTime notBefore;
    QDateTime notAfter;

    bool isNull() const { return errors.isEmpty(); }
    bool isSelfSigned() const { return !isNull() && certificate.isSelfSigned(); }

    // From the errors TLS reported and the chain the server sent (its own
    // certificate first).
    static CertificateProblem describe(const QString& host, const QList<QSslError>& errors,
                                       const QList<QSslCertificate>& chain);
    // "CN=licenses.example.com, O=Acme" of the subject or the issuer.
    static QString distinguishedName(const QSslCertificate& certificate, bool issuer);
    // Colon-separated upper-case hex, as browsers and `openssl x509
    // -fingerprint -sha256` show it.
    static QString fingerprint(const QSslCertificate& certificate);
};

} // namespace clm::app
