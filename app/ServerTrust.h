#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace clm::app {

class ApiClient;
class Settings;

// Keeps the API client trusting the CA files of the settings, besides the
// system's CA store: read at start and whenever the list changes. A file
// that cannot be read, or holds no certificate, is reported and skipped.
class ServerTrust : public QObject
{
    Q_OBJECT
public:
    ServerTrust(ApiClient* api, Settings* settings, QObject* parent = nullptr);

    // The PEM (or DER) certificates of one file; empty with `error` set
    // when it has none.
    static QList<QSslCertificate> readCaFile(const QString& path, QString* error);

    // The certificates in force and the files that could not be read.
    QList<QSslCertificate> certificates() const { return m_certificates; }
    QStringList problems() const { return m_problems; }

signals:
    void applied(const QStringList& problems);

private:
    void apply();

    ApiClient* m_api;
    Settings* m_settings;
    QList<QSslCertificate> m_certificates;
    QStringList m_problems;
};

} // namespace clm::app
