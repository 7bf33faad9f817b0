#include "PrivatePostgres.h"

#include "RunProgram.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>

#include <sys/types.h>
#include <unistd.h>

#include <csignal>
#include <utility>

using namespace Qt::StringLiterals;

namespace clm::test {

namespace {

bool isRoot()
{
    return ::geteuid() == 0;
}

// As the postgres system user when we are root (initdb and postgres refuse
// to run as root), else as ourselves.
int runAsOwner(const QString& program, const QStringList& args, QByteArray* err, int timeoutMs)
{
    if (isRoot())
        return runProgram(u"runuser"_s,
                          QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args, {}, nullptr,
                          err, timeoutMs);
    return runProgram(program, args, {}, nullptr, err, timeoutMs);
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

PrivatePostgres::PrivatePostgres(QStringList settings)
    : m_settings(std::move(settings))
{}

PrivatePostgres::~PrivatePostgres()
{
    if (m_frozen)
        thaw();
    if (m_running)
        ctl({u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s});
}

QString PrivatePostgres::binDir()
{
    const QString dir = qEnvironmentVariable("CLM_PG_BIN", u"/usr/lib/postgresql/15/bin"_s);
    return QFileInfo::exists(dir + u"/initdb"_s) ? dir : QString();
}

QString PrivatePostgres::url() const
{
    return u"postgresql://postgres@127.0.0.1:%1/postgres"_s.arg(m_port);
}

int PrivatePostgres::ctl(const QStringList& args, int timeoutMs)
{
    QByteArray err;
    const int rc =
            runAsOwner(binDir() + u"/pg_ctl"_s,
                       QStringList{u"-D"_s, m_dir->path() + u"/data"_s} + args, &err, timeoutMs);
    if (rc != 0)
        m_error = QString::fromUtf8(err);
    return rc;
}

bool PrivatePostgres::create()
{
    if (binDir().isEmpty()) {
        m_error = u"PostgreSQL 15 binaries not found (Debian package postgresql)"_s;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/clm-private-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        m_error = u"no temporary directory"_s;
        return false;
    }
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                 QFile::ReadOther | QFile::ExeOther);
    if (isRoot() && runProgram(u"chown"_s, {u"postgres:postgres"_s, m_dir->path()}) != 0) {
        m_error = u"cannot hand the directory to the postgres user"_s;
        return false;
    }
    QByteArray err;
    if (runAsOwner(binDir() + u"/initdb"_s,
                   {u"-D"_s, m_dir->path() + u"/data"_s, u"-U"_s, u"postgres"_s, u"-A"_s,
                    u"trust"_s, u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s, u"--no-sync"_s},
                   &err, 120000) != 0) {
        m_error = u"initdb failed: "_s + QString::fromUtf8(err);
        return false;
    }
    return start();
}

bool PrivatePostgres::start()
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (m_port == 0 || attempt > 0)
            m_port = freePort();
        // fsync off: thrown away after the test.
        QString options =
                u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c max_connections=100 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off"_s.arg(m_port)
                        .arg(m_dir->path());
        for (const QString& setting : m_settings)
            options += u" -c "_s + setting;
        if (ctl({u"-l"_s, m_dir->path() + u"/server.log"_s, u"-o"_s, options, u"-w"_s, u"-t"_s,
                 u"60"_s, u"start"_s}) == 0) {
            m_running = true;
            return true;
        }
    }
    return false;
}

bool PrivatePostgres::stop()
{
    if (!m_running)
        return true;
    const bool ok = ctl({u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s}) == 0;
    m_running = !ok;
    return ok;
}

bool PrivatePostgres::signalAll(int signal)
{
    QFile pidFile(m_dir->path() + u"/data/postmaster.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly)) {
        m_error = u"no postmaster.pid"_s;
        return false;
    }
    const pid_t postmaster = static_cast<pid_t>(pidFile.readLine().trimmed().toLongLong());
    // The postmaster and its children (backends, checkpointer, ...).
    QList<pid_t> pids{postmaster};
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool numeric = false;
        const pid_t pid = static_cast<pid_t>(entry.toLongLong(&numeric));
        if (!numeric)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // "pid (comm) state ppid ...": the fields after the last ')'.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == postmaster)
            pids.append(pid);
    }
    bool ok = true;
    for (const pid_t pid : pids)
        ok = ::kill(pid, signal) == 0 && ok;
    return ok;
}

bool PrivatePostgres::freeze()
{
    m_frozen = signalAll(SIGSTOP);
    return m_frozen;
}

bool PrivatePostgres::thaw()
{
    m_frozen = false;
    return signalAll(SIGCONT);
}

} // namespace clm::test
