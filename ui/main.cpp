// clm-admin: the admin GUI (CLI.md, "clm-admin").

#include "app/ApiClient.h"
#include "app/TokenStore.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTranslator>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

void describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
            u"CODITECT License Manager administration: users, licenses, live sessions, "
            "devices and enrollment tokens."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"server"_s, u"license server URL for the sign-in dialog"_s, u"URL"_s});
    parser.addOption(
            {u"lang"_s, u"language: de, fr, es, ja or en (default: the system's)"_s, u"CODE"_s});
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
    // --help and --version work without a display.
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h") ||
            !std::strcmp(argv[i], "--version") || !std::strcmp(argv[i], "-v")) {
            QCoreApplication app(argc, argv);
            QCoreApplication::setApplicationVersion(QStringLiteral(CLM_VERSION));
            QCommandLineParser parser;
            describe(parser);
            parser.process(app);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"clm-admin"_s);
    QApplication::setOrganizationName(u"CODITECT"_s);
    QApplication::setApplicationVersion(QStringLiteral(CLM_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/clm-admin.svg"_s));
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    const QString lang = parser.value(u"lang"_s);
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, u"qtbase"_s, u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(locale, u"clm-admin"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    QNetworkAccessManager network;
    clm::app::ApiClient api(&network);
    clm::app::TokenStore tokens;
    clm::ui::MainWindow window(&api, &tokens);
    QString server = parser.value(u"server"_s);
    if (server.isEmpty() && QSettings().value(u"server/last"_s).toString().isEmpty())
        server = deployedServer();
    window.show();
    if (!window.signIn(server, parser.value(u"email"_s)))
        return 0;
    return QApplication::exec();
}
