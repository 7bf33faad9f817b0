#include "server/db/SqliteConnection.h"

#include "server/db/SqlError.h"

#include <QDir>
#include <QFileInfo>

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

void unicodeLower(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray lowered =
            QString::fromUtf8(text, sqlite3_value_bytes(argv[0])).toLower().toUtf8();
    sqlite3_result_text(context, lowered.constData(), static_cast<int>(lowered.size()),
                        SQLITE_TRANSIENT);
}

} // namespace

// The write transactions of one database file in this process, one at a
// time, first come first served.
class WriterTurns
{
public:
    // False if the turn did not come within `timeoutMs`.
    bool take(int timeoutMs)
    {
        std::unique_lock lock(m_mutex);
        const quint64 me = m_next++;
        m_waiting.push_back(me);
        const bool mine = m_wake.wait_for(lock, std::chrono::milliseconds(std::max(timeoutMs, 0)),
                                          [&] { return !m_taken && m_waiting.front() == me; });
        if (!mine) {
            m_waiting.erase(std::find(m_waiting.begin(), m_waiting.end(), me));
            lock.unlock();
            m_wake.notify_all(); // the next in line may be first now
            return false;
        }
        m_waiting.pop_front();
        m_taken = true;
        return true;
    }
    void give() noexcept
    {
        {
            std::lock_guard lock(m_mutex);
            m_taken = false;
        }
        m_wake.notify_all();
    }

    static std::shared_ptr<WriterTurns> of(const QString& path)
    {
        static std::mutex mutex;
        static std::map<QString, std::weak_ptr<WriterTurns>> all;
        const QString key = QFileInfo(path).absoluteFilePath();
        std::lock_guard lock(mutex);
        std::shared_ptr<WriterTurns> turns = all[key].lock();
        if (!turns) {
            turns = std::make_shared<WriterTurns>();
            all[key] = turns;
        }
        return turns;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<quint64> m_waiting;
    quint64 m_next = 0;
    bool m_taken = false;
};

SqliteConnection::SqliteConnection(const QString& path, int timeoutMs)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(directory)) {
        QDir().mkpath(directory);
        QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    // The database holds password hashes and device token hashes: 0600.
    // SQLite gives its -wal and -shm files the database file's mode, so the
    // file is created (or narrowed) before SQLite opens it. Never by opening
    // an existing file: closing any descriptor of it would drop the POSIX
    // locks that this process's other connections hold on it.
    const QByteArray file = QFile::encodeName(path);
    struct stat info = {};
    if (::stat(file.constData(), &info) != 0) {
        if (const int fd = ::open(file.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            fd >= 0)
            ::close(fd);
    }
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const QByteArray name = file + suffix;
        if (::stat(name.constData(), &info) == 0 && (info.st_mode & 077) != 0 &&
            info.st_uid == ::geteuid())
            ::chmod(name.constData(), 0600);
    }
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"out of memory"_s;
        sqlite3_close(m_db);
        m_db = nullptr;
        throw SqlError(SqlError::Kind::Unavailable, QString::number(rc),
                       u"cannot open %1: %2"_s.arg(path, message));
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Waiting for another connection's write lock is bounded like every
    // other database call.
    sqlite3_busy_timeout(m_db, timeoutMs);
    m_timeoutMs = timeoutMs;
    m_turns = WriterTurns::of(path);
    sqlite3_create_function(m_db, "lower", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                            &unicodeLower, nullptr, nullptr);
    exec(u"PRAGMA journal_mode=WAL"_s);
    // FULL: a commit is on disk before it is acknowledged.
    exec(u"PRAGMA synchronous=FULL"_s);
    exec(u"PRAGMA foreign_keys=ON"_s);
}

SqliteConnection::~SqliteConnection()
{
    if (m_hasTurn && !sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    endTurn();
    for (auto* statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    sqlite3_close(m_db);
}

void SqliteConnection::setTimeoutMs(int timeoutMs)
{
    sqlite3_busy_timeout(m_db, timeoutMs);
    m_timeoutMs = timeoutMs;
}

void SqliteConnection::fail(int rc, const QString& context)
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    SqlError::Kind kind = SqlError::Kind::Other;
    if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
        kind = SqlError::Kind::UniqueViolation;
    else if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        kind = SqlError::Kind::Conflict;
    else if ((rc & 0xff) == SQLITE_IOERR || (rc & 0xff) == SQLITE_CANTOPEN ||
             (rc & 0xff) == SQLITE_FULL)
        kind = SqlError::Kind::Unavailable;
    throw SqlError(kind, QString::number(rc), context + u": "_s + message);
}

sqlite3_stmt* SqliteConnection::prepare(const QString& sql)
{
    if (auto* cached = m_statements.value(sql))
        return cached;
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, u"prepare"_s);
    if (m_statements.size() < 512)
        m_statements.insert(sql, statement);
    return statement;
}

SqlResult SqliteConnection::exec(const QString& sql, const QVariantList& params)
{
    sqlite3_stmt* statement = prepare(sql);
    const bool cached = m_statements.value(sql) == statement;
    struct Reset
    {
        sqlite3_stmt* s;
        bool cached;
        ~Reset()
        {
            if (cached) {
                sqlite3_reset(s);
                sqlite3_clear_bindings(s);
            } else {
                sqlite3_finalize(s);
            }
        }
    } reset{statement, cached};

    // Every parameter given is used and every placeholder given a value, as
    // PostgreSQL insists: a mismatch is a bug to hear about, not to hide.
    if (sqlite3_bind_parameter_count(statement) != params.size())
        throw SqlError(SqlError::Kind::Other, QString(),
                       u"the statement has %1 parameters, %2 given: %3"_s
                               .arg(sqlite3_bind_parameter_count(statement))
                               .arg(params.size())
                               .arg(sql.left(200)));
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QByteArray name = '$' + QByteArray::number(i + 1);
        const int index = sqlite3_bind_parameter_index(statement, name.constData());
        if (index == 0)
            throw SqlError(
                    SqlError::Kind::Other, QString(),
                    u"parameter $%1 is not in the statement: %2"_s.arg(i + 1).arg(sql.left(200)));
        const QVariant& value = params.at(i);
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(statement, index);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(statement, index, value.toBool() ? 1 : 0);
                break;
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Long:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                rc = sqlite3_bind_int64(statement, index, value.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(statement, index, value.toDouble());
                break;
            default: {
                const QByteArray text = value.typeId() == QMetaType::QByteArray
                                                ? value.toByteArray()
                                                : value.toString().toUtf8();
                rc = sqlite3_bind_text(statement, index, text.constData(),
                                       static_cast<int>(text.size()), SQLITE_TRANSIENT);
            }
            }
        }
        if (rc != SQLITE_OK)
            fail(rc, u"bind"_s);
    }

    SqlResult out;
    const int columns = sqlite3_column_count(statement);
    for (int c = 0; c < columns; ++c)
        out.columns.append(QString::fromUtf8(sqlite3_column_name(statement, c)));
    for (;;) {
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            fail(rc, u"query"_s);
        QList<QVariant> row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(statement, c)) {
            case SQLITE_NULL:
                row.append(QVariant());
                break;
            case SQLITE_INTEGER:
                row.append(static_cast<qint64>(sqlite3_column_int64(statement, c)));
                break;
            case SQLITE_FLOAT:
                row.append(sqlite3_column_double(statement, c));
                break;
            default:
                row.append(QString::fromUtf8(
                        reinterpret_cast<const char*>(sqlite3_column_text(statement, c)),
                        sqlite3_column_bytes(statement, c)));
            }
        }
        out.rows.append(std::move(row));
    }
    out.affectedRows = columns > 0 ? out.rows.size() : sqlite3_changes64(m_db);
    return out;
}

void SqliteConnection::begin(TransactionMode mode)
{
    if (mode != TransactionMode::Write) {
        exec(u"BEGIN"_s);
        return;
    }
    if (!m_hasTurn) {
        if (!m_turns->take(m_timeoutMs))
            throw SqlError(
                    SqlError::Kind::Conflict, QString::number(SQLITE_BUSY),
                    u"BEGIN IMMEDIATE: the other writers' turns took longer than %1 ms"_s.arg(
                            m_timeoutMs));
        m_hasTurn = true;
    }
    try {
        exec(u"BEGIN IMMEDIATE"_s);
    } catch (...) {
        endTurn();
        throw;
    }
}

void SqliteConnection::commit()
{
    exec(u"COMMIT"_s);
    endTurn();
}

void SqliteConnection::rollback() noexcept
{
    if (!sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    endTurn();
}

void SqliteConnection::endTurn() noexcept
{
    if (!m_hasTurn)
        return;
    m_hasTurn = false;
    m_turns->give();
}

} // namespace clm::server
