#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace clm {
class Jwks;
}

namespace clm::daemon {

// A signed lease (API.md, "Signed lease") as the daemon keeps it: the compact
// JWS itself plus the fields read from its verified claims. Only the token
// is trusted; the other fields are derived from it after verification.
struct Lease
{
    QString product;
    QString osUser;
    QString sessionId;
    QByteArray token;
    QJsonObject license;                      // the acquire answer's "license" object (unsigned)
    qint64 issuedAtMs = 0;                    // "iat"
    qint64 expiresAtMs = 0;                   // "exp": the lease may be used offline until then
    std::optional<qint64> licenseExpiresAtMs; // "lexp": no grant past it, offline or not
    QString licenseId;                        // "lic"
    QJsonArray features;                      // "feat": what a tool is told it may use
    std::optional<qint64> borrowedUntilMs;

    bool isBorrowed(qint64 nowMs) const { return borrowedUntilMs && *borrowedUntilMs > nowMs; }
};

struct LeaseCheck
{
    enum class Error
    {
        None,
        UnknownKey, // signed with a key the stored JWKS lacks: refresh it and retry
        Invalid,    // bad signature, wrong type, machine, product, user or session
    };
    Error error = Error::Invalid;
    QString message;
    QJsonObject claims;
    bool ok() const { return error == Error::None; }
};

// Verifies `token` against `keys` and checks that it is a lease for this
// machine and, where given, for this product, OS user and session. Times
// are not judged here: the caller compares "exp" with trusted time.
LeaseCheck verifyLease(const QByteArray& token, const Jwks& keys, const QString& hardwareId,
                       const QString& product = {}, const QString& osUser = {},
                       const QString& sessionId = {});

// Builds a Lease from a verified token; `license` comes from the server's
// answer (or the cache).
Lease leaseFromClaims(const QByteArray& token, const QJsonObject& claims,
                      const QJsonObject& license, std::optional<qint64> borrowedUntilMs);

} // namespace clm::daemon
