#include "DaemonProcess.h"

#include "RunProgram.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QThread>

#include <poll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <csignal>
#include <cstring>

using namespace Qt::StringLiterals;

namespace clm::test {

QString DaemonProcess::daemonBinary()
{
    return QStringLiteral(CLM_DAEMON_BIN);
}

QString DaemonProcess::clmBinary()
{
    return QStringLiteral(CLM_CLI_BIN);
}

DaemonProcess::DaemonProcess(const QString& name)
    : m_name(name)
{
    // The program ends with the test that started it, even one that crashed.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_hardwareId = QString::fromLatin1(
            QCryptographicHash::hash(
                    QString(u"clm-test-machine:"_s + name + u':' + m_dir.path()).toUtf8(),
                    QCryptographicHash::Sha256)
                    .toHex());
    m_values.insert(u"daemon/socket"_s, m_dir.path() + u"/clmd.sock"_s);
    m_values.insert(u"daemon/state_dir"_s, stateDir());
    m_values.insert(u"daemon/hardware_id"_s, m_hardwareId);
    m_values.insert(u"daemon/release_linger_seconds"_s, u"1"_s);
    m_values.insert(u"daemon/retry_min_seconds"_s, u"1"_s);
    m_values.insert(u"daemon/retry_max_seconds"_s, u"2"_s);
    m_values.insert(u"server/timeout_seconds"_s, u"5"_s);
    m_values.insert(u"testing/clock_offset_file"_s, m_dir.path() + u"/clock-offset"_s);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

DaemonProcess::~DaemonProcess()
{
    if (isRunning())
        stop();
    // What the daemon logged is what explains a failure seen only in CI.
    if (QTest::runningTest() && QTest::currentTestFailed()) {
        const QByteArray log = standardError().right(64 * 1024); // a flood test's is long
        if (!log.isEmpty())
            qInfo().noquote() << u"clmd %1 logged:\n%2"_s.arg(m_name, QString::fromUtf8(log));
    }
}

bool DaemonProcess::writeConfig()
{
    // Written by hand (QSettings would reorder and escape): what IT writes.
    QMap<QString, QStringList> sections;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const qsizetype slash = it.key().indexOf(u'/');
        sections[it.key().left(slash)].append(it.key().mid(slash + 1) + u'=' + it.value());
    }
    QByteArray text = "; written by the test harness\n";
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        text += '[' + it.key().toUtf8() + "]\n";
        for (const QString& line : it.value())
            text += line.toUtf8() + '\n';
    }
    QFile file(configPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text) == text.size() && file.setPermissions(m_configPermissions);
}

void DaemonProcess::setClockOffsetSeconds(qint64 seconds)
{
    QFile file(m_dir.path() + u"/clock-offset"_s);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QByteArray::number(seconds));
}

bool DaemonProcess::start(int timeoutMs)
{
    if (!m_dir.isValid() || !writeConfig()) {
        m_error = u"cannot write the configuration"_s;
        return false;
    }
    // The readiness socket systemd would give (Type=notify).
    const QByteArray notifyPath = (m_dir.path() + u"/notify"_s).toLocal8Bit();
    ::unlink(notifyPath.constData());
    const int notify = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, notifyPath.constData(), sizeof(address.sun_path) - 1);
    if (notify < 0 || ::bind(notify, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0) {
        m_error = u"cannot create the notify socket"_s;
        if (notify >= 0)
            ::close(notify);
        return false;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"NOTIFY_SOCKET"_s, QString::fromLocal8Bit(notifyPath));
    environment.remove(u"CLM_SOCKET"_s);
    environment.remove(u"CLM_CONFIG"_s);
    environment.remove(u"CLM_ENROLLMENT_TOKEN"_s);
    for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it)
        environment.insert(it.key(), it.value());
    m_process.setProcessEnvironment(environment);
    m_process.setProgram(daemonBinary());
    m_process.setArguments({u"--config"_s, configPath()});
    m_process.start();
    bool ready = false;
    if (m_process.waitForStarted(timeoutMs)) {
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired() && !ready && isRunning()) {
            pollfd fd{notify, POLLIN, 0};
            if (::poll(&fd, 1, 100) > 0) {
                char buffer[512] = {};
                const ssize_t size = ::recv(notify, buffer, sizeof(buffer) - 1, 0);
                if (size > 0 && QByteArray(buffer, size).split('\n').contains("READY=1"))
                    ready = true;
            }
            m_process.waitForReadyRead(0);
        }
    }
    ::close(notify);
    if (!ready) {
        m_error = u"clmd did not report READY=1: "_s + QString::fromUtf8(standardError());
        kill();
    }
    return ready;
}

QByteArray DaemonProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

int DaemonProcess::stop(int timeoutMs)
{
    if (!isRunning())
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(timeoutMs)) {
        kill();
        return -1;
    }
    standardError();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void DaemonProcess::kill()
{
    if (!isRunning())
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
    standardError();
}

int DaemonProcess::clm(const QStringList& args, QByteArray* out, QByteArray* err,
                       int timeoutMs) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"CLM_SOCKET"_s);
    environment.insert(u"CLM_CONFIG"_s, configPath());
    return runProgram(clmBinary(), QStringList{u"--socket"_s, socketPath()} + args, {}, out, err,
                      timeoutMs, environment);
}

} // namespace clm::test
