#include "daemon/DeviceState.h"

#include "core/Base64Url.h"
#include "core/Crypto.h"
#include "core/Json.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace clm::daemon {

bool writePrivateFile(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

DeviceState::DeviceState(QString stateDir)
    : m_stateDir(std::move(stateDir))
{}

QString DeviceState::devicePath() const
{
    return m_stateDir + u"/device.json"_s;
}

QString DeviceState::jwksPath() const
{
    return m_stateDir + u"/jwks.json"_s;
}

bool DeviceState::load(QString* error)
{
    m_deviceToken.clear();
    QFile device(devicePath());
    if (!device.exists())
        return true;
    if (!device.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read %1: %2"_s.arg(devicePath(), device.errorString());
        return false;
    }
    QString reason;
    const auto json = json::parseObject(device.readAll(), &reason);
    if (!json) {
        if (error)
            *error = u"%1 is malformed: %2"_s.arg(devicePath(), reason);
        return false;
    }
    m_cacheKey = base64url::decode(json->value("cache_key"_L1).toString().toLatin1())
                         .value_or(QByteArray());
    m_spentTokens.clear();
    for (const QJsonValue& hash : json->value("spent_enrollment_tokens"_L1).toArray())
        m_spentTokens.append(hash.toString());
    m_deviceId = json->value("device_id"_L1).toString();
    m_organizationId = json->value("organization_id"_L1).toString();
    m_serverUrl = json->value("server_url"_L1).toString();
    const QString token = json->value("device_token"_L1).toString();
    if (token.isEmpty())
        return true; // only the cache key so far: not enrolled
    if (m_deviceId.isEmpty()) {
        if (error)
            *error = u"%1 lacks the device id"_s.arg(devicePath());
        return false;
    }
    QFile keys(jwksPath());
    if (!keys.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read %1: %2"_s.arg(jwksPath(), keys.errorString());
        return false;
    }
    const auto jwksJson = json::parseObject(keys.readAll(), &reason);
    const auto jwks = jwksJson ? Jwks::fromJson(*jwksJson, &reason) : std::nullopt;
    if (!jwks) {
        if (error)
            *error = u"%1 is malformed: %2"_s.arg(jwksPath(), reason);
        return false;
    }
    m_jwks = *jwks;
    m_deviceToken = token;
    return true;
}

QByteArray DeviceState::cacheKey()
{
    if (m_cacheKey.isEmpty()) {
        m_cacheKey = crypto::randomBytes(32);
        saveDevice(nullptr);
    }
    return m_cacheKey;
}

bool DeviceState::saveEnrollment(const QString& deviceId, const QString& deviceToken,
                                 const QString& organizationId, const QString& serverUrl,
                                 const Jwks& jwks, QString* error)
{
    m_deviceId = deviceId;
    m_deviceToken = deviceToken;
    m_organizationId = organizationId;
    m_serverUrl = serverUrl;
    if (m_cacheKey.isEmpty())
        m_cacheKey = crypto::randomBytes(32);
    // Keys first: a device file without keys would not load.
    return saveJwks(jwks, error) && saveDevice(error);
}

bool DeviceState::saveJwks(const Jwks& jwks, QString* error)
{
    m_jwks = jwks;
    return writePrivateFile(jwksPath(), json::toCompact(jwks.toJson()), error);
}

bool DeviceState::isSpentEnrollmentToken(const QString& token) const
{
    return m_spentTokens.contains(crypto::sha256Hex(token.toUtf8()));
}

bool DeviceState::markEnrollmentTokenSpent(const QString& token, QString* error)
{
    constexpr qsizetype kKept = 16;
    m_spentTokens.append(crypto::sha256Hex(token.toUtf8()));
    if (m_spentTokens.size() > kKept)
        m_spentTokens.remove(0, m_spentTokens.size() - kKept);
    if (m_cacheKey.isEmpty())
        m_cacheKey = crypto::randomBytes(32);
    return saveDevice(error);
}

bool DeviceState::saveDevice(QString* error)
{
    const QJsonObject json{
            {u"device_id"_s, m_deviceId},
            {u"device_token"_s, m_deviceToken},
            {u"organization_id"_s, m_organizationId},
            {u"server_url"_s, m_serverUrl},
            {u"cache_key"_s, QString::fromLatin1(base64url::encode(m_cacheKey))},
            {u"spent_enrollment_tokens"_s, QJsonArray::fromStringList(m_spentTokens)}};
    return writePrivateFile(devicePath(), json::toCompact(json), error);
}

} // namespace clm::daemon
