#pragma once

#include "core/Ed25519Key.h"
#include "core/Jwks.h"

#include <QList>
#include <QString>

namespace clm::server {

// The server's Ed25519 keys in --key-dir, each a 0600 PEM file:
// - lease-<UTC time>-<kid prefix>.pem: lease signing keys. The newest signs;
//   all are published in /.well-known/jwks.json, so leases signed before a
//   rotation keep verifying until the operator removes the old file.
// - access-token.pem: signs user access tokens; never published (deleting
//   it signs everyone out within one access-token lifetime, not longer).
class KeyStore
{
public:
    // Loads the keys, creating the directory (0700) and the first keys when
    // missing. Returns false with a reason on an unreadable or bad key file.
    bool load(const QString& directory, bool createMissing, QString* error);

    // `clm-server keygen`: adds a new lease key, which becomes the signing one.
    static bool addLeaseKey(const QString& directory, QString* path, QString* error);

    const Ed25519Key& leaseKey() const { return m_leaseKeys.constLast(); }
    const Ed25519Key& accessKey() const { return m_accessKey; }
    const Jwks& publishedKeys() const { return m_published; }
    const Jwks& accessKeys() const { return m_accessKeys; }

private:
    QList<Ed25519Key> m_leaseKeys;
    Ed25519Key m_accessKey;
    Jwks m_published;
    Jwks m_accessKeys;
};

} // namespace clm::server
