// clm-admin: the admin GUI (CLI.md, "clm-admin").

#include "app/ApiClient.h"
#include "app/Settings.h"
#include "app/TokenStore.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
            QCoreApplication::translate("main", "CODITECT License Manager administration: users, "
                                                "licenses, live sessions, devices and enrollment "
                                                "tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
            {u"server"_s,
             QCoreApplication::translate("main", "license server URL for the sign-in dialog"),
             u"URL"_s});
    parser.addOption({u"email"_s,
                      QCoreApplication::translate("main", "email for the sign-in dialog"),
                      u"EMAIL"_s});
    parser.addOption({u"lang"_s,
                      QCoreApplication::translate(
                              "main", "language: de, fr, es, ja or en (default: the system's)"),
                      u"CODE"_s});
}

// Before the settings are read, which are per organization and program.
void identify()
{
    QCoreApplication::setApplicationName(u"clm-admin"_s);
    QCoreApplication::setOrganizationName(u"CODITECT"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CLM_VERSION));
}

// The server of /etc/clm/admin.conf ([server] url=), which IT may deploy.
QString deployedServer()
{
    QSettings deployed(u"/etc/clm/admin.conf"_s, QSettings::IniFormat);
    return deployed.value(u"server/url"_s).toString();
}

} // namespace

int main(int argc, char* argv[])
{
    // A first look at the arguments, before any application exists: --help,
    // --version and an unknown --lang are answered without a display, in
    // the language asked for. Other mistakes wait for QApplication, which
    // takes its own options (-platform, -style) out first.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser probe;
    describe(probe);
    probe.parse(arguments);
    const QString lang = probe.value(u"lang"_s);
    const bool unknownLang = !lang.isEmpty() && !clm::ui::Language::isAvailable(lang);
    if (unknownLang || probe.isSet(u"help"_s) || probe.isSet(u"help-all"_s) ||
        probe.isSet(u"version"_s)) {
        QCoreApplication app(argc, argv);
        identify();
        clm::ui::Language::install(clm::ui::Language::choose(unknownLang ? QString() : lang));
        if (unknownLang) {
            const QString message = clm::ui::Language::tr("unknown language \"%1\"; use one of: %2")
                                            .arg(lang, clm::ui::Language::codes().join(u", "_s));
            std::fprintf(stderr, "clm-admin: %s\n", qPrintable(message));
            return 2;
        }
        QCommandLineParser parser;
        describe(parser);
        parser.process(app); // prints the help, the version or a mistake, and exits
        return 0;
    }

    QApplication app(argc, argv);
    identify();
    QApplication::setWindowIcon(QIcon(u":/icons/clm-admin.svg"_s));
    clm::ui::Language::install(clm::ui::Language::choose(lang));
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    QNetworkAccessManager network;
    clm::app::ApiClient api(&network);
    clm::app::TokenStore tokens;
    clm::app::Settings settings;
    clm::ui::MainWindow window(&api, &tokens, &settings);
    QString server = parser.value(u"server"_s);
    if (server.isEmpty() && settings.lastServer().isEmpty())
        server = deployedServer();
    window.show();
    // CLM_ADMIN_PASSWORD signs in without typing (scripts/demo); it is read
    // once and removed from the environment.
    const QString password = qEnvironmentVariable("CLM_ADMIN_PASSWORD");
    qunsetenv("CLM_ADMIN_PASSWORD");
    // Closing the sign-in dialog at start closes the window, which ends the
    // program; signing in happens inside the one event loop below.
    window.start(server, parser.value(u"email"_s), password);
    return QApplication::exec();
}
