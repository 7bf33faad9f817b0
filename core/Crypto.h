#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace clm::crypto {

// Cryptographically secure random bytes from OpenSSL's RAND_bytes. Aborts the
// process if the generator fails: continuing with weak randomness would be
// worse than stopping.
QByteArray randomBytes(qsizetype count);

// An unguessable token: `bytes` random bytes, base64url without padding.
QString randomToken(qsizetype bytes = 32);

// Lower-case hex SHA-256.
QByteArray sha256(QByteArrayView data);
QString sha256Hex(QByteArrayView data);

// HMAC-SHA256 of `data` with `key` (raw 32 bytes).
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

// Compares in time that depends only on the lengths, never on the contents.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace clm::crypto
