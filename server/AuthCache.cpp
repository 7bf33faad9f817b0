#include "server/AuthCache.h"

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

// A device token never expires by itself; its entry is looked at again now
// and then all the same.
constexpr qint64 kDeviceEntryMs = 10 * 60 * 1000;

} // namespace

AuthCache::AuthCache(qsizetype capacity)
    : m_capacity(capacity)
{}

template<typename Key>
std::optional<Principal> AuthCache::find(const QHash<Key, Entry>& entries, const Key& key,
                                         qint64 now)
{
    std::lock_guard lock(m_mutex);
    const auto it = entries.constFind(key);
    if (!m_trusted || it == entries.constEnd() || it->expiresAt <= now)
        return std::nullopt;
    return it->principal;
}

template<typename Key>
void AuthCache::remember(QHash<Key, Entry>& entries, const Key& key, Entry entry,
                         quint64 generation)
{
    std::lock_guard lock(m_mutex);
    if (!m_trusted || generation != m_generation)
        return;
    makeRoom();
    entries.insert(key, std::move(entry));
}

std::optional<Principal> AuthCache::user(const QByteArray& accessToken, qint64 now)
{
    return find(m_users, accessToken, now);
}

void AuthCache::rememberUser(const QByteArray& accessToken, const Principal& principal,
                             quint64 generation)
{
    remember(m_users, accessToken, {principal, principal.tokenExpiresAt}, generation);
}

std::optional<Principal> AuthCache::device(const QString& tokenHash, qint64 now)
{
    return find(m_devices, tokenHash, now);
}

void AuthCache::rememberDevice(const QString& tokenHash, const Principal& principal, qint64 now,
                               quint64 generation)
{
    remember(m_devices, tokenHash, {principal, now + kDeviceEntryMs}, generation);
}

quint64 AuthCache::generation() const
{
    std::lock_guard lock(m_mutex);
    return m_generation;
}

void AuthCache::makeRoom()
{
    if (m_users.size() + m_devices.size() < m_capacity)
        return;
    m_users.clear();
    m_devices.clear();
}

void AuthCache::observe(const QJsonObject& event)
{
    const QString type = event.value("type"_L1).toString();
    if (type == "user.updated"_L1)
        forget(event.value("user"_L1).toObject().value("id"_L1).toString(), QString());
    else if (type == "device.updated"_L1)
        forget(QString(), event.value("device"_L1).toObject().value("id"_L1).toString());
}

void AuthCache::forget(const QString& userId, const QString& deviceId)
{
    std::lock_guard lock(m_mutex);
    ++m_generation;
    if (!userId.isEmpty()) {
        m_users.removeIf([&](const auto& it) { return it.value().principal.userId == userId; });
    }
    if (!deviceId.isEmpty()) {
        m_devices.removeIf(
                [&](const auto& it) { return it.value().principal.deviceId == deviceId; });
    }
}

void AuthCache::setTrusted(bool trusted)
{
    std::lock_guard lock(m_mutex);
    ++m_generation;
    // Whatever changed while nothing was heard is unknown: start again.
    m_users.clear();
    m_devices.clear();
    m_trusted = trusted;
}

} // namespace clm::server
