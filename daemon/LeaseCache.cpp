#include "daemon/LeaseCache.h"

#include "core/Crypto.h"
#include "core/Json.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcCache, "clm.daemon.cache")

using namespace Qt::StringLiterals;

namespace clm::daemon {

namespace {

QByteArray optionalNumber(std::optional<qint64> value)
{
    return value ? QByteArray::number(*value) : QByteArray();
}

} // namespace

LeaseCache::LeaseCache(QString path, QByteArray macKey)
    : m_path(std::move(path))
    , m_macKey(std::move(macKey))
    , m_connection(u"clm-lease-cache-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

LeaseCache::~LeaseCache()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool LeaseCache::open(QString* error)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        {
            QSqlDatabase db = QSqlDatabase::contains(m_connection)
                                      ? QSqlDatabase::database(m_connection, false)
                                      : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
            db.setDatabaseName(m_path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
            QString reason;
            if (db.open()) {
                bool intact = false;
                {
                    QSqlQuery check(db);
                    intact = check.exec(u"PRAGMA quick_check"_s) && check.next() &&
                             check.value(0).toString() == "ok"_L1;
                    if (!intact)
                        reason = check.lastError().text();
                }
                if (intact && createSchema(&reason))
                    return true;
            } else {
                reason = db.lastError().text();
            }
            db.close();
            if (attempt == 1) {
                if (error)
                    *error = u"lease cache %1: %2"_s.arg(m_path, reason);
                return false;
            }
            // Damaged beyond SQLite's repair: keep it for inspection, start
            // afresh. Nothing in it could be trusted anyway.
            const QString aside =
                    m_path + u".corrupt-"_s + QString::number(QDateTime::currentSecsSinceEpoch());
            qCWarning(lcCache).noquote() << "lease cache" << m_path << "is damaged (" << reason
                                         << "); moved to" << aside << "and started anew";
            QFile::remove(aside);
            QFile::rename(m_path, aside);
            QFile::remove(m_path + u"-wal"_s);
            QFile::remove(m_path + u"-shm"_s);
        }
    }
    return false;
}

bool LeaseCache::createSchema(QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    for (const QString& statement :
         {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
          u"CREATE TABLE IF NOT EXISTS leases ("
          "product TEXT NOT NULL, os_user TEXT NOT NULL, session_id TEXT NOT NULL, "
          "token TEXT NOT NULL, license TEXT NOT NULL, issued_at INTEGER NOT NULL, "
          "expires_at INTEGER NOT NULL, borrowed_until INTEGER, mac TEXT NOT NULL, "
          "PRIMARY KEY (product, os_user))"_s,
          u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s}) {
        if (!q.exec(statement)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

QByteArray LeaseCache::mac(const QList<QByteArray>& fields) const
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, m_macKey);
    for (const QByteArray& field : fields) {
        // Length-prefixed, so no two different rows give the same input.
        code.addData(QByteArray::number(field.size()) + ':');
        code.addData(field);
    }
    return code.result().toHex();
}

bool LeaseCache::put(const Lease& lease)
{
    const QByteArray license = json::toCompact(lease.license);
    const QByteArray rowMac =
            mac({"lease", lease.product.toUtf8(), lease.osUser.toUtf8(), lease.sessionId.toUtf8(),
                 lease.token, license, QByteArray::number(lease.issuedAtMs),
                 QByteArray::number(lease.expiresAtMs), optionalNumber(lease.borrowedUntilMs)});
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT OR REPLACE INTO leases (product, os_user, session_id, token, license, "
              "issued_at, expires_at, borrowed_until, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(lease.product);
    q.addBindValue(lease.osUser);
    q.addBindValue(lease.sessionId);
    q.addBindValue(QString::fromLatin1(lease.token));
    q.addBindValue(QString::fromUtf8(license));
    q.addBindValue(lease.issuedAtMs);
    q.addBindValue(lease.expiresAtMs);
    q.addBindValue(lease.borrowedUntilMs ? QVariant(*lease.borrowedUntilMs) : QVariant());
    q.addBindValue(QString::fromLatin1(rowMac));
    if (!q.exec()) {
        qCWarning(lcCache).noquote() << "cannot store a lease:" << q.lastError().text();
        return false;
    }
    return true;
}

bool LeaseCache::remove(const QString& product, const QString& osUser)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"DELETE FROM leases WHERE product = ? AND os_user = ?"_s);
    q.addBindValue(product);
    q.addBindValue(osUser);
    return q.exec();
}

QList<Lease> LeaseCache::all(int* discarded)
{
    QList<Lease> leases;
    QList<std::pair<QString, QString>> bad;
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (!q.exec(u"SELECT product, os_user, session_id, token, license, issued_at, "
                    "expires_at, borrowed_until, mac FROM leases"_s))
            return leases;
        while (q.next()) {
            Lease lease;
            lease.product = q.value(0).toString();
            lease.osUser = q.value(1).toString();
            lease.sessionId = q.value(2).toString();
            lease.token = q.value(3).toString().toLatin1();
            const QByteArray license = q.value(4).toString().toUtf8();
            lease.issuedAtMs = q.value(5).toLongLong();
            lease.expiresAtMs = q.value(6).toLongLong();
            if (!q.value(7).isNull())
                lease.borrowedUntilMs = q.value(7).toLongLong();
            const QByteArray expected = mac({"lease", lease.product.toUtf8(), lease.osUser.toUtf8(),
                                             lease.sessionId.toUtf8(), lease.token, license,
                                             QByteArray::number(lease.issuedAtMs),
                                             QByteArray::number(lease.expiresAtMs),
                                             optionalNumber(lease.borrowedUntilMs)});
            const auto licenseJson = json::parseObject(license);
            if (!crypto::constantTimeEquals(expected, q.value(8).toString().toLatin1()) ||
                !licenseJson) {
                bad.append({lease.product, lease.osUser});
                continue;
            }
            lease.license = *licenseJson;
            leases.append(lease);
        }
    }
    for (const auto& [product, osUser] : bad) {
        qCWarning(lcCache).noquote()
                << "discarded an altered lease cache row for" << product << "of" << osUser;
        remove(product, osUser);
    }
    if (discarded)
        *discarded = static_cast<int>(bad.size());
    return leases;
}

std::optional<Lease> LeaseCache::find(const QString& product, const QString& osUser)
{
    for (const Lease& lease : all()) {
        if (lease.product == product && lease.osUser == osUser)
            return lease;
    }
    return std::nullopt;
}

void LeaseCache::saveClock(qint64 serverMs, qint64 wallMs)
{
    const QByteArray value = QByteArray::number(serverMs) + ' ' + QByteArray::number(wallMs);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('clock', ?)"_s);
    q.addBindValue(QString::fromLatin1(value + ' ' + mac({"clock", value})));
    if (!q.exec())
        qCWarning(lcCache).noquote()
                << "cannot store the trusted-clock record:" << q.lastError().text();
}

LeaseCache::ClockRecord LeaseCache::loadClock(qint64* serverMs, qint64* wallMs)
{
    *serverMs = 0;
    *wallMs = 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'clock'"_s) || !q.next())
        return ClockRecord::Missing;
    const QList<QByteArray> parts = q.value(0).toString().toLatin1().split(' ');
    if (parts.size() != 3 ||
        !crypto::constantTimeEquals(mac({"clock", parts[0] + ' ' + parts[1]}), parts[2])) {
        // Only someone who can write the daemon's state (root) can edit it;
        // the caller decides what a lost history means for cached leases.
        qCWarning(lcCache) << "discarded an altered trusted-clock record";
        return ClockRecord::Altered;
    }
    *serverMs = parts[0].toLongLong();
    *wallMs = parts[1].toLongLong();
    return ClockRecord::Intact;
}

bool LeaseCache::hasLeases()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // Unreadable counts as "yes": the cautious answer for the clock check.
    if (!q.exec(u"SELECT EXISTS (SELECT 1 FROM leases)"_s) || !q.next())
        return true;
    return q.value(0).toInt() != 0;
}

int LeaseCache::size()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(u"SELECT count(*) FROM leases"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace clm::daemon
