#include "core/PasswordHasher.h"

#include "core/Crypto.h"

#include <QRegularExpression>

#include <argon2.h>

using namespace Qt::StringLiterals;

namespace clm {

namespace {

constexpr uint32_t kSaltBytes = 16;
constexpr uint32_t kHashBytes = 32;
// Refuse to verify against hashes that would make us allocate absurd memory
// or spin for minutes (a corrupted or planted row must not become a DoS).
constexpr uint32_t kMaxMemoryKiB = 1024 * 1024;
constexpr uint32_t kMaxIterations = 64;
constexpr uint32_t kMaxParallelism = 16;

} // namespace

PasswordHasher::PasswordHasher(Parameters parameters)
    : m_parameters(parameters)
{}

QString PasswordHasher::hash(const QString& password) const
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray salt = crypto::randomBytes(kSaltBytes);
    const size_t encodedLength =
            argon2_encodedlen(m_parameters.iterations, m_parameters.memoryKiB,
                              m_parameters.parallelism, kSaltBytes, kHashBytes, Argon2_id);
    QByteArray encoded(static_cast<qsizetype>(encodedLength), '\0');
    const int rc = argon2id_hash_encoded(m_parameters.iterations, m_parameters.memoryKiB,
                                         m_parameters.parallelism, utf8.constData(),
                                         static_cast<size_t>(utf8.size()), salt.constData(),
                                         kSaltBytes, kHashBytes, encoded.data(), encodedLength);
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.constData()); // stops at the terminating NUL
}

bool PasswordHasher::parseParameters(const QString& encoded, Parameters* out)
{
    static const QRegularExpression pattern(
            u"^\\$argon2id\\$v=19\\$m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,3})\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$"_s);
    const auto match = pattern.match(encoded);
    if (!match.hasMatch())
        return false;
    const qulonglong m = match.captured(1).toULongLong();
    const qulonglong t = match.captured(2).toULongLong();
    const qulonglong p = match.captured(3).toULongLong();
    if (m == 0 || m > kMaxMemoryKiB || t == 0 || t > kMaxIterations || p == 0 ||
        p > kMaxParallelism)
        return false;
    if (out)
        *out = Parameters{static_cast<uint32_t>(m), static_cast<uint32_t>(t),
                          static_cast<uint32_t>(p)};
    return true;
}

bool PasswordHasher::verify(const QString& password, const QString& encoded)
{
    if (!parseParameters(encoded, nullptr))
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray encodedLatin1 = encoded.toLatin1();
    // argon2id_verify recomputes the hash and compares in constant time.
    return argon2id_verify(encodedLatin1.constData(), utf8.constData(),
                           static_cast<size_t>(utf8.size())) == ARGON2_OK;
}

bool PasswordHasher::needsRehash(const QString& encoded) const
{
    Parameters stored;
    return !parseParameters(encoded, &stored) || stored != m_parameters;
}

} // namespace clm
