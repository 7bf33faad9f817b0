#include "server/tools/AdminCommands.h"

#include "core/Json.h"
#include "core/PasswordHasher.h"
#include "server/ApiSupport.h"
#include "server/KeyStore.h"
#include "server/db/Migrator.h"
#include "server/db/SqlConnection.h"
#include "server/db/SqlError.h"
#include "server/store/AuditStore.h"
#include "server/store/OrganizationStore.h"
#include "server/store/Transaction.h"
#include "server/store/UserStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTextStream>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace clm::server::tools {

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "clm-server: %s\n", qPrintable(message));
    return 1;
}

// An sqlite3 handle closed on every way out.
struct SqliteHandle
{
    sqlite3* db = nullptr;
    SqliteHandle() = default;
    SqliteHandle(const SqliteHandle&) = delete;
    SqliteHandle& operator=(const SqliteHandle&) = delete;
    ~SqliteHandle() { close(); }
    void close()
    {
        sqlite3_close(db);
        db = nullptr;
    }
    QString message() const
    {
        return db ? QString::fromUtf8(sqlite3_errmsg(db)) : u"out of memory"_s;
    }
};

bool syncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// The one text value a single-row pragma answers, or an empty string.
QString pragmaText(sqlite3* db, const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    QString value;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return value;
}

} // namespace

int migrate(const QString& databaseUrl)
{
    try {
        auto db = SqlConnection::open(databaseUrl);
        const int version = Migrator(*db).migrate();
        std::printf("schema at version %d\n", version);
        return 0;
    } catch (const SqlError& e) {
        return fail(u"migration failed: "_s + e.message());
    }
}

int distribute(const QString& databaseUrl)
{
    if (databaseUrl.startsWith(u"sqlite:"_s))
        return fail(u"distribute needs a Citus coordinator (postgresql://...); this is a SQLite "
                    "database, which one process serves"_s);
    try {
        auto db = SqlConnection::open(databaseUrl);
        const int version = Migrator(*db).distribute();
        const SqlResult tables =
                db->exec(u"SELECT table_name::text, citus_table_type, shard_count, "
                         "coalesce(distribution_column, '') FROM citus_tables "
                         "ORDER BY citus_table_type, table_name::text"_s);
        for (qsizetype i = 0; i < tables.size(); ++i) {
            const SqlRow row = tables.row(i);
            const QString column = row.text(3);
            const QString by =
                    column.isEmpty() || column.startsWith(u'<') ? QString() : u" by "_s + column;
            std::printf("%s: %s%s, %s shard(s)\n", qPrintable(row.text(0)), qPrintable(row.text(1)),
                        qPrintable(by), qPrintable(row.text(2)));
        }
        std::printf("schema at version %d, distributed\n", version);
        return 0;
    } catch (const SqlError& e) {
        return fail(u"distribute failed: "_s + e.message());
    }
}

int keygen(const QString& keyDir)
{
    QString path;
    QString error;
    if (!KeyStore::addLeaseKey(keyDir, &path, &error))
        return fail(error);
    const auto key = Ed25519Key::loadPemFile(path, &error);
    if (!key)
        return fail(error);
    std::printf(
            "%s\n",
            json::toCompact(QJsonObject{{u"path"_s, path}, {u"kid"_s, key->keyId()}}).constData());
    return 0;
}

int createOrganization(const QString& databaseUrl, const QString& name, const QString& ownerEmail)
{
    QTextStream in(stdin);
    const QString password = in.readLine();
    const QJsonObject body{{u"name"_s, name}, {u"email"_s, ownerEmail}, {u"password"_s, password}};
    QString email;
    try {
        api::Validator v(body);
        v.string(u"name"_s, true);
        email = v.email(u"email"_s, true).value_or(QString());
        v.password(u"password"_s, true, email);
        v.check();
    } catch (const std::exception&) {
        if (name.trimmed().isEmpty() || name.size() > 255)
            return fail(u"--name must be 1 to 255 characters"_s);
        if (email.isEmpty())
            return fail(u"--owner-email is not an email address"_s);
        return fail(u"the password must be 10 to 1024 characters and not the email"_s);
    }
    try {
        auto db = SqlConnection::open(databaseUrl);
        Migrator(*db).migrate();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        OrganizationRecord organization;
        organization.id = api::newId();
        organization.name = name.trimmed();
        QString slug;
        for (const QChar c : organization.name.toLower())
            slug += c.isLetterOrNumber() && c.unicode() < 128 ? c : u'-';
        organization.slug = slug.left(40) + u'-' + organization.id.left(8);
        organization.createdAt = organization.updatedAt = now;
        UserRecord owner;
        owner.organizationId = organization.id;
        owner.id = api::newId();
        owner.email = email;
        owner.role = u"owner"_s;
        owner.passwordHash = PasswordHasher().hash(password);
        owner.createdAt = owner.updatedAt = now;

        Transaction tx(*db, Transaction::Mode::Write, organization.id);
        OrganizationStore(tx).insert(organization);
        UserStore(tx).insert(owner);
        AuditEntry entry;
        entry.actorType = u"system"_s;
        entry.action = u"user.create"_s;
        entry.targetType = u"user"_s;
        entry.targetId = owner.id;
        entry.details = {
                {u"email"_s, owner.email}, {u"role"_s, owner.role}, {u"via"_s, u"create-org"_s}};
        AuditStore(tx).append(entry, api::newId(), now);
        tx.commit();
        std::printf("%s\n", json::toCompact(QJsonObject{{u"organization_id"_s, organization.id},
                                                        {u"user_id"_s, owner.id}})
                                    .constData());
        return 0;
    } catch (const SqlError& e) {
        return fail(u"cannot create the organization: "_s + e.message());
    }
}

int verifyAudit(const QString& databaseUrl)
{
    try {
        auto db = SqlConnection::open(databaseUrl);
        qint64 organizations = 0;
        qint64 rows = 0;
        qint64 unsealed = 0;
        const QString broken = AuditStore::verifyAll(*db, &organizations, &rows, &unsealed);
        if (!broken.isEmpty()) {
            std::printf("audit chain broken: %s\n", qPrintable(broken));
            return 1;
        }
        std::printf("audit chain intact: %lld organizations, %lld rows\n",
                    static_cast<long long>(organizations), static_cast<long long>(rows));
        if (unsealed > 0)
            std::printf("%lld rows written while verifying are not sealed yet; run again to "
                        "include them\n",
                        static_cast<long long>(unsealed));
        return 0;
    } catch (const SqlError& e) {
        return fail(u"cannot read the audit log: "_s + e.message());
    }
}

int backup(const QString& databaseUrl, const QString& file)
{
    if (databaseUrl.startsWith("postgresql://"_L1) || databaseUrl.startsWith("postgres://"_L1))
        return fail(u"backup copies SQLite databases; back up PostgreSQL with pg_dump"_s);
    QString error;
    if (!SqlConnection::isValidUrl(databaseUrl, &error))
        return fail(error);
    const QString source = databaseUrl.mid(9);
    if (!QFileInfo(source).isFile())
        return fail(u"no SQLite database at %1"_s.arg(source));
    const QFileInfo target(file);
    if (file.isEmpty() || target.isDir())
        return fail(u"backup needs the name of the file to write"_s);
    if (target.absoluteFilePath() == QFileInfo(source).absoluteFilePath())
        return fail(u"the backup cannot replace the database itself"_s);

    // Written beside the target and renamed over it when complete and
    // checked: FILE is always either the old copy or the whole new one.
    const QString temporary = target.absolutePath() + u"/."_s + target.fileName() + u".tmp-"_s +
                              QString::number(QCoreApplication::applicationPid());
    const int fd = ::open(QFile::encodeName(temporary).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return fail(u"cannot create %1: %2"_s.arg(temporary,
                                                  QString::fromLocal8Bit(std::strerror(errno))));
    ::close(fd);
    auto removeTemporary = qScopeGuard([&] {
        QFile::remove(temporary);
        QFile::remove(temporary + u"-journal"_s);
    });

    SqliteHandle from;
    SqliteHandle to;
    if (sqlite3_open_v2(QFile::encodeName(source).constData(), &from.db, SQLITE_OPEN_READWRITE,
                        nullptr) != SQLITE_OK)
        return fail(u"cannot open %1: %2"_s.arg(source, from.message()));
    sqlite3_busy_timeout(from.db, 15000);
    if (sqlite3_open_v2(QFile::encodeName(temporary).constData(), &to.db, SQLITE_OPEN_READWRITE,
                        nullptr) != SQLITE_OK)
        return fail(u"cannot open %1: %2"_s.arg(temporary, to.message()));

    sqlite3_backup* copy = sqlite3_backup_init(to.db, "main", from.db, "main");
    if (!copy)
        return fail(u"cannot start the backup: %1"_s.arg(to.message()));
    // All pages in one step, inside one read transaction: a snapshot of the
    // moment it began. The server's database is in WAL mode, so its writers
    // carry on meanwhile; only a lock held during recovery makes it wait.
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 300; ++attempt) {
        rc = sqlite3_backup_step(copy, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    const int pages = sqlite3_backup_pagecount(copy);
    sqlite3_backup_finish(copy);
    if (rc != SQLITE_DONE)
        return fail(
                u"backup of %1 failed: %2"_s.arg(source, QString::fromUtf8(sqlite3_errstr(rc))));
    from.close();

    // One self-contained file (no -wal beside it), checked before it counts.
    if (pragmaText(to.db, "PRAGMA journal_mode=DELETE") != "delete"_L1)
        return fail(u"cannot finish %1: %2"_s.arg(temporary, to.message()));
    const QString integrity = pragmaText(to.db, "PRAGMA integrity_check");
    if (integrity != "ok"_L1)
        return fail(u"the copy fails its integrity check: %1"_s.arg(integrity));
    to.close();
    if (!syncPath(temporary, O_RDONLY) || ::rename(QFile::encodeName(temporary).constData(),
                                                   QFile::encodeName(file).constData()) != 0)
        return fail(
                u"cannot write %1: %2"_s.arg(file, QString::fromLocal8Bit(std::strerror(errno))));
    removeTemporary.dismiss();
    syncPath(target.absolutePath(), O_RDONLY | O_DIRECTORY);
    std::printf("backup of %s written to %s (%d pages)\n", qPrintable(source), qPrintable(file),
                pages);
    return 0;
}

} // namespace clm::server::tools
