#include "app/ServerTrust.h"

#include "app/ApiClient.h"
#include "app/Settings.h"

#include <QFile>

namespace clm::app {

ServerTrust::ServerTrust(ApiClient* api, Settings* settings, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_settings(settings)
{
    connect(m_settings, &Settings::caFilesChanged, this, &ServerTrust::apply);
    apply();
}

QList<QSslCertificate> ServerTrust::readCaFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray data = file.read(4 * 1024 * 1024);
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (certificates.isEmpty())
        *error = tr("%1: no certificate in this file").arg(path);
    return certificates;
}

void ServerTrust::apply()
{
    m_certificates.clear();
    m_problems.clear();
    for (const QString& path : m_settings->caFiles()) {
        QString error;
        const QList<QSslCertificate> read = readCaFile(path, &error);
        if (read.isEmpty())
            m_problems.append(error);
        m_certificates += read;
    }
    m_api->setExtraCaCertificates(m_certificates);
    emit applied(m_problems);
}

} // namespace clm::app
