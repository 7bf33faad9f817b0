#include "core/PasswordHasher.h"

#include "core/Crypto.h"

#include <QHash>
#include <QRegularExpression>

#include <argon2.h>

#include <atomic>
#include <optional>

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

std::atomic<quint64> g_computations{0};

// "$argon2id$v=19$m=..,t=..,p=..$<salt>$<hash>" split at the last '$':
// what decides the computation, and the hash it must give.
struct Encoded
{
    QString head; // everything up to and including the salt
    QByteArray salt;
    qsizetype hashBytes = 0;
};

std::optional<Encoded> split(const QString& encoded)
{
    if (!PasswordHasher::parseParameters(encoded, nullptr))
        return std::nullopt;
    const qsizetype lastDollar = encoded.lastIndexOf(u'$');
    const qsizetype saltDollar = encoded.lastIndexOf(u'$', lastDollar - 1);
    Encoded parts;
    parts.head = encoded.left(lastDollar);
    parts.salt = QByteArray::fromBase64(
            encoded.mid(saltDollar + 1, lastDollar - saltDollar - 1).toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
    parts.hashBytes = QByteArray::fromBase64(encoded.mid(lastDollar + 1).toLatin1(),
                                             QByteArray::AbortOnBase64DecodingErrors)
                              .size();
    if (parts.salt.size() < 8 || parts.hashBytes < 16 || parts.hashBytes > 64)
        return std::nullopt;
    return parts;
}

QString encode(const PasswordHasher::Parameters& p, const QByteArray& password,
               const QByteArray& salt, qsizetype hashBytes)
{
    const size_t encodedLength = argon2_encodedlen(p.iterations, p.memoryKiB, p.parallelism,
                                                   static_cast<uint32_t>(salt.size()),
                                                   static_cast<uint32_t>(hashBytes), Argon2_id);
    QByteArray encoded(static_cast<qsizetype>(encodedLength), '\0');
    ++g_computations;
    const int rc =
            argon2id_hash_encoded(p.iterations, p.memoryKiB, p.parallelism, password.constData(),
                                  static_cast<size_t>(password.size()), salt.constData(),
                                  static_cast<size_t>(salt.size()), static_cast<size_t>(hashBytes),
                                  encoded.data(), encodedLength);
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.constData()); // stops at the terminating NUL
}

} // namespace

PasswordHasher::PasswordHasher(Parameters parameters)
    : m_parameters(parameters)
{}

QString PasswordHasher::hash(const QString& password, const QByteArray& salt) const
{
    const QByteArray chosen = salt.size() == kSaltBytes ? salt : crypto::randomBytes(kSaltBytes);
    return encode(m_parameters, password.toUtf8(), chosen, kHashBytes);
}

QByteArray PasswordHasher::saltOf(const QString& encoded)
{
    const auto parts = split(encoded);
    return parts ? parts->salt : QByteArray();
}

quint64 PasswordHasher::computations()
{
    return g_computations;
}

QList<qsizetype> PasswordHasher::verifyAll(const QString& password, const QStringList& encoded)
{
    const QByteArray utf8 = password.toUtf8();
    QList<qsizetype> matches;
    QHash<QString, QString> computed; // head + hash length -> what the password gives
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const auto parts = split(encoded.at(i));
        if (!parts)
            continue;
        const QString key = parts->head + u'#' + QString::number(parts->hashBytes);
        auto it = computed.constFind(key);
        if (it == computed.cend()) {
            Parameters p;
            parseParameters(encoded.at(i), &p);
            it = computed.insert(key, encode(p, utf8, parts->salt, parts->hashBytes));
        }
        if (!it->isEmpty() && crypto::constantTimeEquals(it->toLatin1(), encoded.at(i).toLatin1()))
            matches.append(i);
    }
    return matches;
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
    ++g_computations;
    return argon2id_verify(encodedLatin1.constData(), utf8.constData(),
                           static_cast<size_t>(utf8.size())) == ARGON2_OK;
}

bool PasswordHasher::needsRehash(const QString& encoded) const
{
    Parameters stored;
    return !parseParameters(encoded, &stored) || stored != m_parameters;
}

} // namespace clm
