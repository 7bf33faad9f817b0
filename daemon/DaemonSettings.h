#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace clm {
class Config;
}

namespace clm::daemon {

// Everything clmd reads from flags and /etc/clm/clmd.conf (CLI.md, "clmd").
struct DaemonSettings
{
    QString configFile;
    QList<QUrl> serverUrls;
    QString enrollmentToken;
    QString caFile;
    bool allowInsecureHttp = false;
    QString socketPath;
    QString stateDir;
    int lingerSeconds = 30;
    int requestTimeoutSeconds = 10;
    int retryMinSeconds = 1;
    int retryMaxSeconds = 60;
    int clockToleranceSeconds = 300;
    bool allowUnnamedUsers = false;
    int maxConnectionsPerUser = 1024;
    QString hardwareId;      // empty: the machine fingerprint
    QString clockOffsetFile; // tests only: shifts the wall clock by the file's seconds

    // The options of clmd, flags and INI keys.
    static Config makeConfig();
    // Reads and checks a loaded configuration; false with a one-line reason.
    bool read(const Config& config, QString* error);
};

} // namespace clm::daemon
