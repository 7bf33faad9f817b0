#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace clm::test {

// A real clm-server process on a free loopback port, started with a
// database URL and a temporary key directory, stopped by PID (SIGTERM, then
// SIGKILL) when the object goes away.
class ServerProcess
{
public:
    ServerProcess(const QString& databaseUrl, const QStringList& extraArgs = {},
                  const QString& keyDir = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Extra environment variables ("NAME=value") for the process, such as
    // a faked clock (LD_PRELOAD of libfaketime).
    void setEnvironment(const QStringList& variables);

    // Starts and waits for "listening on ..."; false with error() if not.
    bool start(int timeoutMs = 30000);
    // SIGTERM and wait; returns the exit code (or -1 on a crash or timeout).
    int stop(int timeoutMs = 15000);
    void kill();

    QUrl baseUrl() const { return m_baseUrl; }
    QString url(const QString& path) const;
    quint16 port() const { return static_cast<quint16>(m_baseUrl.port()); }
    QString keyDir() const { return m_keyDir; }
    // GET /metrics when started with --metrics-listen; else empty.
    QUrl metricsUrl() const { return m_metricsUrl; }
    QString databaseUrl() const { return m_databaseUrl; }
    QString error() const { return m_error; }
    QByteArray standardError();
    qint64 pid() const { return m_process.processId(); }

    // Runs another clm-server command (create-org, verify-audit, ...) and
    // returns its exit code; stdout and stderr in the out-parameters.
    static int run(const QStringList& args, const QByteArray& input = {}, QByteArray* out = nullptr,
                   QByteArray* err = nullptr, int timeoutMs = 60000);
    static QString binary();

private:
    QProcess m_process;
    QString m_databaseUrl;
    QStringList m_extraArgs;
    QString m_keyDir;
    QString m_ownKeyDir;
    QUrl m_baseUrl;
    QUrl m_metricsUrl;
    QString m_error;
    QByteArray m_stderr;
};

} // namespace clm::test
