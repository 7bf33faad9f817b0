#include "ServerProcess.h"

#include "RunProgram.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/prctl.h>

#include <csignal>

using namespace Qt::StringLiterals;

namespace clm::test {

QString ServerProcess::binary()
{
    return QStringLiteral(CLM_SERVER_BIN);
}

ServerProcess::ServerProcess(const QString& databaseUrl, const QStringList& extraArgs,
                             const QString& keyDir)
    : m_databaseUrl(databaseUrl)
    , m_extraArgs(extraArgs)
    , m_keyDir(keyDir)
{
    // The program ends with the test that started it, even one that crashed.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    if (m_keyDir.isEmpty()) {
        QTemporaryDir dir;
        dir.setAutoRemove(false);
        m_ownKeyDir = dir.path();
        m_keyDir = m_ownKeyDir + u"/keys"_s;
    }
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        stop();
    if (!m_ownKeyDir.isEmpty())
        QDir(m_ownKeyDir).removeRecursively();
}

bool ServerProcess::start(int timeoutMs)
{
    // A restart keeps the port, so clients configured with the URL find the
    // server again.
    const QString listen = u"127.0.0.1:%1"_s.arg(m_baseUrl.isValid() ? m_baseUrl.port() : 0);
    QStringList args{u"serve"_s,     u"--listen"_s, listen,         u"--database"_s, m_databaseUrl,
                     u"--key-dir"_s, m_keyDir,      u"--workers"_s, u"2"_s};
    args += m_extraArgs;
    m_process.setProgram(binary());
    m_process.setArguments(args);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = m_process.errorString();
        return false;
    }
    QByteArray out;
    const QDeadlineTimer deadline(timeoutMs);
    static const QRegularExpression listening(u"listening on (https?://[^\\s]+)"_s);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            m_error =
                    u"clm-server exited: "_s + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            // --metrics-listen: said before "listening on".
            static const QRegularExpression metrics(u"metrics on (http://[^\\s]+)"_s);
            if (const auto m = metrics.match(QString::fromUtf8(out)); m.hasMatch())
                m_metricsUrl = QUrl(m.captured(1));
            return true;
        }
    }
    m_error = u"clm-server did not say it was listening: "_s +
              QString::fromUtf8(m_process.readAllStandardError());
    kill();
    return false;
}

void ServerProcess::setEnvironment(const QStringList& variables)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& variable : variables)
        environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    m_process.setProcessEnvironment(environment);
}

QString ServerProcess::url(const QString& path) const
{
    return m_baseUrl.toString() + path;
}

QByteArray ServerProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

int ServerProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(timeoutMs)) {
        kill();
        return -1;
    }
    standardError();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

int ServerProcess::run(const QStringList& args, const QByteArray& input, QByteArray* out,
                       QByteArray* err, int timeoutMs)
{
    return runProgram(binary(), args, input, out, err, timeoutMs);
}

} // namespace clm::test
