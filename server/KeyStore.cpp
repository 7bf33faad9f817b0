#include "server/KeyStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

bool ensureDirectory(const QString& directory, QString* error)
{
    if (QDir(directory).exists())
        return true;
    if (!QDir().mkpath(directory)) {
        *error = u"cannot create key directory %1"_s.arg(directory);
        return false;
    }
    ::chmod(QFile::encodeName(directory).constData(), 0700);
    return true;
}

} // namespace

bool KeyStore::addLeaseKey(const QString& directory, QString* path, QString* error)
{
    if (!ensureDirectory(directory, error))
        return false;
    const Ed25519Key key = Ed25519Key::generate();
    const QString name = u"lease-%1-%2.pem"_s.arg(
            QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmsszzz"_s),
            key.keyId().left(8).replace(u'-', u'x').replace(u'_', u'y'));
    const QString file = QDir(directory).filePath(name);
    if (!key.savePemFile(file, error))
        return false;
    if (path)
        *path = file;
    return true;
}

bool KeyStore::load(const QString& directory, bool createMissing, QString* error)
{
    if (!ensureDirectory(directory, error))
        return false;
    QDir dir(directory);
    if (dir.entryList({u"lease-*.pem"_s}, QDir::Files).isEmpty()) {
        if (!createMissing) {
            *error = u"no lease signing key in %1"_s.arg(directory);
            return false;
        }
        if (!addLeaseKey(directory, nullptr, error))
            return false;
    }
    m_leaseKeys.clear();
    m_published = Jwks();
    // Names start with the creation time, so name order is age order.
    const auto files = dir.entryList({u"lease-*.pem"_s}, QDir::Files, QDir::Name);
    for (const auto& name : files) {
        auto key = Ed25519Key::loadPemFile(dir.filePath(name), error);
        if (!key)
            return false;
        if (!key->hasPrivateKey()) {
            *error = u"%1 holds no private key"_s.arg(dir.filePath(name));
            return false;
        }
        m_leaseKeys.append(*key);
        m_published.add(*key);
    }

    const QString accessPath = dir.filePath(u"access-token.pem"_s);
    if (!QFile::exists(accessPath)) {
        if (!createMissing) {
            *error = u"no access token key %1"_s.arg(accessPath);
            return false;
        }
        if (!Ed25519Key::generate().savePemFile(accessPath, error))
            return false;
    }
    auto access = Ed25519Key::loadPemFile(accessPath, error);
    if (!access)
        return false;
    m_accessKey = *access;
    m_accessKeys = Jwks();
    m_accessKeys.add(m_accessKey);
    return true;
}

} // namespace clm::server
