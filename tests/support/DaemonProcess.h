#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace clm::test {

// A real clmd process in a temporary directory of its own (configuration,
// state, socket), started with $NOTIFY_SOCKET pointing at a datagram socket
// of the test, so start() returns when the daemon reported READY=1 the way
// systemd would see it. Stopped by PID when the object goes away.
class DaemonProcess
{
public:
    // `name` tells daemons of one test apart; it also seeds the hardware id
    // override, so two DaemonProcess objects are two machines.
    explicit DaemonProcess(const QString& name);
    ~DaemonProcess();
    DaemonProcess(const DaemonProcess&) = delete;
    DaemonProcess& operator=(const DaemonProcess&) = delete;

    // INI values ("server/url", "daemon/release_linger_seconds", ...) written
    // to the configuration file at start().
    void set(const QString& key, const QString& value) { m_values.insert(key, value); }
    void unset(const QString& key) { m_values.remove(key); }
    // Mode of the configuration file written at start() (default 0644, as
    // IT's tools leave a file that holds no secret).
    void setConfigPermissions(QFileDevice::Permissions permissions)
    {
        m_configPermissions = permissions;
    }
    // An environment variable of the daemon (in addition to the test's own).
    void setEnvironment(const QString& name, const QString& value)
    {
        m_environment.insert(name, value);
    }

    bool start(int timeoutMs = 20000);
    // SIGTERM, then waits; the exit code, or -1 on a crash or timeout.
    int stop(int timeoutMs = 20000);
    void kill();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    // Shifts the daemon's wall clock (testing/clock_offset_file).
    void setClockOffsetSeconds(qint64 seconds);

    // In the daemon's own directory, which only its owner may enter, unless
    // a test sets "daemon/socket" elsewhere (for clients of other uids).
    QString socketPath() const { return m_values.value(QStringLiteral("daemon/socket")); }
    QString stateDir() const { return m_dir.path() + QStringLiteral("/state"); }
    QString configPath() const { return m_dir.path() + QStringLiteral("/clmd.conf"); }
    QString hardwareId() const { return m_hardwareId; }
    QString error() const { return m_error; }
    QByteArray standardError();
    qint64 pid() const { return m_process.processId(); }

    // Runs the `clm` command against this daemon's socket; exit code, with
    // stdout and stderr in the out-parameters.
    int clm(const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr,
            int timeoutMs = 60000) const;

    static QString daemonBinary();
    static QString clmBinary();

private:
    bool writeConfig();

    QTemporaryDir m_dir;
    QString m_name;
    QString m_hardwareId;
    QMap<QString, QString> m_values;
    QMap<QString, QString> m_environment;
    QFileDevice::Permissions m_configPermissions = QFileDevice::ReadOwner |
                                                   QFileDevice::WriteOwner |
                                                   QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QProcess m_process;
    QByteArray m_stderr;
    QString m_error;
};

} // namespace clm::test
