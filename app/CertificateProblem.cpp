#include "app/CertificateProblem.h"

using namespace Qt::StringLiterals;

namespace clm::app {

CertificateProblem CertificateProblem::describe(const QString& host, const QList<QSslError>& errors,
                                                const QList<QSslCertificate>& chain)
{
    CertificateProblem problem;
    problem.host = host;
    for (const QSslError& error : errors) {
        if (!problem.errors.contains(error.errorString()))
            problem.errors.append(error.errorString());
        if (problem.certificate.isNull() && !error.certificate().isNull())
            problem.certificate = error.certificate();
    }
    // The server's own certificate is what the admin compares.
    if (!chain.isEmpty())
        problem.certificate = chain.first();
    if (!problem.certificate.isNull()) {
        problem.subject = distinguishedName(problem.certificate, false);
        problem.issuer = distinguishedName(problem.certificate, true);
        problem.sha256 = fingerprint(problem.certificate);
        problem.notBefore = problem.certificate.effectiveDate();
        problem.notAfter = problem.certificate.expiryDate();
    }
    return problem;
}

QString CertificateProblem::distinguishedName(const QSslCertificate& certificate, bool issuer)
{
    const QList<std::pair<QSslCertificate::SubjectInfo, QString>> parts{
            {QSslCertificate::CommonName, u"CN"_s},
            {QSslCertificate::Organization, u"O"_s},
            {QSslCertificate::OrganizationalUnitName, u"OU"_s},
            {QSslCertificate::LocalityName, u"L"_s},
            {QSslCertificate::StateOrProvinceName, u"ST"_s},
            {QSslCertificate::CountryName, u"C"_s}};
    QStringList named;
    for (const auto& [info, key] : parts) {
        const QStringList values =
                issuer ? certificate.issuerInfo(info) : certificate.subjectInfo(info);
        for (const QString& value : values)
            named.append(key + u'=' + value);
    }
    return named.join(u", "_s);
}

QString CertificateProblem::fingerprint(const QSslCertificate& certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

} // namespace clm::app
