// clmd: the machine daemon (CLI.md, "clmd").

#include "core/Config.h"
#include "core/Logging.h"
#include "daemon/Daemon.h"
#include "daemon/DaemonSettings.h"
#include "daemon/OffsetClock.h"
#include "daemon/SignalWatcher.h"
#include "daemon/SystemdNotify.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace clm;
using namespace clm::daemon;

namespace {

int fail(const QString& reason)
{
    std::fprintf(stderr, "clmd: %s\n", qPrintable(reason));
    return 1;
}

void hardenProcess()
{
    // It holds the device token: no core dumps, no ptrace by other users.
    const rlimit none{0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    // Everything it creates (state, cache) is its own.
    ::umask(077);
    // A descriptor per local connection: systemd's default soft limit (1024)
    // would let one user's max_connections_per_user (1024) use them all.
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &files);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    // Qt's own event loop, not GLib's: clmd needs nothing of GLib, and not
    // initializing it saves about 0.25 MB of an idle daemon's memory
    // (docs/performance.md). An operator's explicit setting wins.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"clmd"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CLM_VERSION));

    Config config = DaemonSettings::makeConfig();
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"CODITECT License Manager machine daemon: holds seats for the tools on this "
            "machine and serves them over a local socket.\n\n"
            "Other settings come from the configuration file: [server] url, enrollment_token "
            "(used once, then removed; keep the file 0600 while it holds one), ca_file, "
            "timeout_seconds, allow_insecure_http (default false: plain http:// only to this "
            "machine); [daemon] release_linger_seconds, retry_min_seconds, retry_max_seconds, "
            "clock_tolerance_seconds, allow_unnamed_users (default false: no seats for uids "
            "without a passwd entry), max_connections_per_user (default 1024), hardware_id. "
            "See the daemon guide (docs/daemon.md)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
            u"config"_s, u"configuration file (default /etc/clm/clmd.conf; $CLM_CONFIG)"_s,
            u"FILE"_s);
    parser.addOption(configOption);
    config.registerFlags(parser);
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().first()));

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString configFile = parser.value(configOption);
    const bool explicitConfig = !configFile.isEmpty() || environment.contains(u"CLM_CONFIG"_s);
    if (configFile.isEmpty())
        configFile = environment.value(u"CLM_CONFIG"_s, u"/etc/clm/clmd.conf"_s);
    QString error;
    if (!config.loadFile(configFile, explicitConfig, &error))
        return fail(error);
    config.loadEnvironment(environment);
    config.loadFlags(parser);

    DaemonSettings settings;
    settings.configFile = QFile::exists(configFile) ? configFile : QString();
    if (!settings.read(config, &error))
        return fail(error);

    logging::installJsonHandler();
    hardenProcess();

    std::unique_ptr<Clock> offsetClock;
    if (!settings.clockOffsetFile.isEmpty())
        offsetClock = std::make_unique<OffsetClock>(settings.clockOffsetFile);
    const Clock& wall = offsetClock ? *offsetClock : Clock::system();

    SignalWatcher signals_;
    Daemon daemon(settings, wall);
    if (!daemon.start(&error))
        return fail(error);
    QObject::connect(&signals_, &SignalWatcher::received, &daemon, [&daemon](int) {
        systemdNotify("STOPPING=1");
        daemon.stop([] { QCoreApplication::exit(0); });
    });
    systemdNotify("READY=1\nSTATUS=serving " + settings.socketPath.toUtf8());
    return QCoreApplication::exec();
}
