#pragma once

#include "core/Jwks.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace clm::daemon {

// What enrollment leaves in the state directory: the device identity and
// token (device.json) and the server's lease keys (jwks.json), both written
// atomically with mode 0600. The enrollment token is never stored.
class DeviceState
{
public:
    explicit DeviceState(QString stateDir);

    // Reads both files; a missing device file means "not enrolled". A
    // malformed one is an error (with a reason) and counts as not enrolled.
    bool load(QString* error = nullptr);

    bool isEnrolled() const { return !m_deviceToken.isEmpty(); }
    QString deviceId() const { return m_deviceId; }
    QString deviceToken() const { return m_deviceToken; }
    QString organizationId() const { return m_organizationId; }
    QString serverUrl() const { return m_serverUrl; }
    const Jwks& jwks() const { return m_jwks; }
    // A random secret of this machine's state that authenticates the lease
    // cache's rows (created on first use, kept in device.json).
    QByteArray cacheKey();

    bool saveEnrollment(const QString& deviceId, const QString& deviceToken,
                        const QString& organizationId, const QString& serverUrl, const Jwks& jwks,
                        QString* error = nullptr);
    bool saveJwks(const Jwks& jwks, QString* error = nullptr);

    // Enrollment tokens used before that could not be removed from where
    // they were configured, by SHA-256: a restart does not use them again.
    bool isSpentEnrollmentToken(const QString& token) const;
    bool markEnrollmentTokenSpent(const QString& token, QString* error = nullptr);

    QString devicePath() const;
    QString jwksPath() const;

private:
    bool saveDevice(QString* error);

    QString m_stateDir;
    QString m_deviceId;
    QString m_deviceToken;
    QString m_organizationId;
    QString m_serverUrl;
    QByteArray m_cacheKey;
    QStringList m_spentTokens; // SHA-256 hex, newest last
    Jwks m_jwks;
};

// Writes `data` to `path` atomically (temporary file, fsync, rename) with
// owner-only permissions.
bool writePrivateFile(const QString& path, const QByteArray& data, QString* error = nullptr);

} // namespace clm::daemon
