#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace clm {

// Argon2id password hashing (libargon2). Hashes are self-describing PHC
// strings ($argon2id$v=19$m=...,t=...,p=...$salt$hash), so changing the
// parameters later still verifies every hash stored before.
class PasswordHasher
{
public:
    struct Parameters
    {
        uint32_t memoryKiB = 19 * 1024; // OWASP: m=19 MiB, t=2, p=1
        uint32_t iterations = 2;
        uint32_t parallelism = 1;

        bool operator==(const Parameters&) const = default;
    };

    static Parameters owasp() { return {}; }

    explicit PasswordHasher(Parameters parameters = owasp());

    Parameters parameters() const { return m_parameters; }

    // A new salted hash; empty only if libargon2 fails (out of memory). With
    // `salt` (16 bytes, see saltOf) the hash shares that salt, else a fresh
    // random one is drawn.
    QString hash(const QString& password, const QByteArray& salt = {}) const;

    // Constant-time check of `password` against a stored hash, whatever
    // parameters it was made with. A malformed hash never verifies.
    static bool verify(const QString& password, const QString& encoded);

    // Indexes of the hashes in `encoded` that `password` matches. Hashes
    // that share parameters and salt cost one Argon2 computation together,
    // so the accounts of one email in several organizations (which share a
    // salt) are checked for the price of one.
    static QList<qsizetype> verifyAll(const QString& password, const QStringList& encoded);

    // The salt of an encoded hash (empty if it is not one of ours).
    static QByteArray saltOf(const QString& encoded);

    // Argon2 computations done by this process (for tests of the cost).
    static quint64 computations();

    // True when `encoded` was made with other parameters than ours (rehash on
    // the next successful login).
    bool needsRehash(const QString& encoded) const;

    // Parameters read back from an encoded hash; false if it is not one of ours.
    static bool parseParameters(const QString& encoded, Parameters* out);

private:
    Parameters m_parameters;
};

} // namespace clm
