#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace clm::test {

// A PostgreSQL 15 cluster of one test's own, in a temporary directory on a
// free loopback port, for fault tests that stop, restart or freeze the
// database without disturbing the suites that share the test cluster.
// initdb runs as the postgres system user when the test runs as root
// (initdb refuses root). Stopped and removed when the object goes away.
class PrivatePostgres
{
public:
    // `settings`: more server settings ("name=value"), for example a Citus
    // node's shared_preload_libraries.
    explicit PrivatePostgres(QStringList settings = {});
    ~PrivatePostgres();
    PrivatePostgres(const PrivatePostgres&) = delete;
    PrivatePostgres& operator=(const PrivatePostgres&) = delete;

    // initdb and start; false with error() if not.
    bool create();
    bool start();
    // A fast shutdown: sessions are disconnected, the postmaster exits.
    bool stop();
    // SIGSTOP / SIGCONT to the postmaster and every backend: the database
    // keeps its sockets open but answers nothing, as a stalled host does.
    bool freeze();
    bool thaw();

    // postgresql://postgres@127.0.0.1:PORT/postgres
    QString url() const;
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }

    // The binaries' directory (Debian's PostgreSQL 15), empty if missing.
    static QString binDir();

private:
    int ctl(const QStringList& args, int timeoutMs = 60000);
    bool signalAll(int signal);

    QStringList m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_frozen = false;
    QString m_error;
};

} // namespace clm::test
