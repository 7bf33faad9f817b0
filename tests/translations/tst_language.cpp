// How clm-admin chooses its language (CLI.md, "clm-admin"): --lang, else the
// saved choice, else the system's; an unknown --lang is refused with exit
// code 2. The program runs without a display, as --help must.

#include "ui/Language.h"

#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using clm::ui::Language;

namespace {

const char* const kServerHelp = "license server URL for the sign-in dialog";

// What the compiled-in translation of language makes of a string.
QString translated(const QString& language, const char* context, const char* source)
{
    if (language == "en"_L1)
        return QString::fromUtf8(source);
    QTranslator translator;
    if (!translator.load(u":/i18n/clm-admin_"_s + language))
        return QString();
    return translator.translate(context, source);
}

// Help output wraps long lines wherever it likes, differently per language.
QString withoutSpace(QString text)
{
    text.remove(QRegularExpression(u"\\s+"_s));
    return text;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QLocale m_defaultLocale;

    void savePreference(const QString& configHome, const QString& code)
    {
        QSettings saved(configHome + u"/CODITECT/clm-admin.conf"_s, QSettings::IniFormat);
        if (code.isEmpty())
            saved.remove(u"ui/language"_s);
        else
            saved.setValue(u"ui/language"_s, code);
    }

    // clm-admin with no display at all and the given system locale: if it
    // opened a window system, it would abort instead of answering.
    Run runAdmin(const QStringList& arguments, const QString& locale, const QString& configHome)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString& name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s,
                                    u"LANGUAGE"_s, u"LC_MESSAGES"_s})
            environment.remove(name);
        environment.insert(u"LANG"_s, locale);
        environment.insert(u"LC_ALL"_s, locale);
        environment.insert(u"XDG_CONFIG_HOME"_s, configHome);
        QProcess admin;
        admin.setProcessEnvironment(environment);
        admin.start(QStringLiteral(CLM_ADMIN_BIN), arguments);
        Run run;
        if (!admin.waitForFinished(20000))
            return run;
        run.exitCode = admin.exitStatus() == QProcess::NormalExit ? admin.exitCode() : -1;
        run.out = QString::fromUtf8(admin.readAllStandardOutput());
        run.err = QString::fromUtf8(admin.readAllStandardError());
        return run;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QCoreApplication::setOrganizationName(u"CODITECT"_s);
        QCoreApplication::setApplicationName(u"tst_language"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        m_defaultLocale = QLocale();
    }

    void cleanup()
    {
        // QTranslator's destructor takes it out of the application.
        qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator*>());
        QLocale::setDefault(m_defaultLocale);
        Language::setPreferredLanguage(QString());
    }

    void codesAndNativeNames()
    {
        QCOMPARE(Language::codes(), (QStringList{u"en"_s, u"de"_s, u"fr"_s, u"es"_s, u"ja"_s}));
        QCOMPARE(Language::nativeName(u"de"_s), u"Deutsch"_s);
        QCOMPARE(Language::nativeName(u"fr"_s), u"Français"_s);
        QCOMPARE(Language::nativeName(u"ja"_s), u"日本語"_s);
        QCOMPARE(Language::nativeName(u"xx"_s), QString());
        QVERIFY(!Language::nativeName(QString()).isEmpty());
        QVERIFY(Language::isAvailable(u"es"_s));
        QVERIFY(!Language::isAvailable(u"de_DE"_s));
        QVERIFY(!Language::isAvailable(QString()));
    }

    void preferenceIsSavedAndCleared()
    {
        QCOMPARE(Language::preferredLanguage(), QString());
        Language::setPreferredLanguage(u"fr"_s);
        QCOMPARE(Language::preferredLanguage(), u"fr"_s);
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"fr"_s);
        Language::setPreferredLanguage(u"xx"_s);
        QCOMPARE(Language::preferredLanguage(), u"fr"_s);
        Language::setPreferredLanguage(QString());
        QCOMPARE(Language::preferredLanguage(), QString());
        QVERIFY(!QSettings().contains(u"ui/language"_s));
        // A setting someone wrote by hand that names no language is ignored.
        QSettings().setValue(u"ui/language"_s, u"klingon"_s);
        QCOMPARE(Language::preferredLanguage(), QString());
    }

    void overrideBeatsPreferenceBeatsSystem()
    {
        QVERIFY(Language::isAvailable(Language::systemLanguage()));
        QCOMPARE(Language::choose(), Language::systemLanguage());
        Language::setPreferredLanguage(u"es"_s);
        QCOMPARE(Language::choose(), u"es"_s);
        QCOMPARE(Language::choose(u"ja"_s), u"ja"_s);
        QCOMPARE(Language::choose(u"xx"_s), u"es"_s);
    }

    void installTranslatesAndSetsTheLocale()
    {
        QVERIFY(Language::install(u"ja"_s));
        const QString file = QCoreApplication::translate("clm::ui::MainWindow", "&File");
        QCOMPARE(file, translated(u"ja"_s, "clm::ui::MainWindow", "&File"));
        QVERIFY(file != "&File"_L1);
        QCOMPARE(QLocale().language(), QLocale::Japanese);
        QCOMPARE(Language::nativeName(QString()),
                 translated(u"ja"_s, "clm::ui::Language", "System language"));
    }

    void englishNeedsNoTranslation()
    {
        QVERIFY(Language::install(u"en"_s));
        QCOMPARE(QCoreApplication::translate("clm::ui::MainWindow", "&File"), u"&File"_s);
        QCOMPARE(QLocale().language(), QLocale::English);
        QVERIFY(!Language::install(u"xx"_s));
    }

    void unknownLanguageIsRefused_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("C") << u"C.UTF-8"_s << u"en"_s;
        QTest::newRow("German system") << u"de_DE.UTF-8"_s << u"de"_s;
    }
    void unknownLanguageIsRefused()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QTemporaryDir home;
        const Run run = runAdmin({u"--lang"_s, u"xx"_s}, locale, home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        const QString expected =
                translated(language, "clm::ui::Language", "unknown language \"%1\"; use one of: %2")
                        .arg(u"xx"_s, u"en, de, fr, es, ja"_s);
        QVERIFY2(run.err.contains(u"clm-admin: "_s + expected), qPrintable(run.err));
    }

    void helpFollowsTheChoice_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QString>("language");
        const QStringList help{u"--help"_s};
        QTest::newRow("C locale") << help << u"C.UTF-8"_s << QString() << u"en"_s;
        QTest::newRow("system ja") << help << u"ja_JP.UTF-8"_s << QString() << u"ja"_s;
        QTest::newRow("system fr_CA") << help << u"fr_CA.UTF-8"_s << QString() << u"fr"_s;
        QTest::newRow("system it, none of ours")
                << help << u"it_IT.UTF-8"_s << QString() << u"en"_s;
        QTest::newRow("saved es beats system fr") << help << u"fr_FR.UTF-8"_s << u"es"_s << u"es"_s;
        QTest::newRow("--lang de beats saved es") << QStringList{u"--lang"_s, u"de"_s, u"--help"_s}
                                                  << u"fr_FR.UTF-8"_s << u"es"_s << u"de"_s;
        QTest::newRow("--lang=en beats system ja") << QStringList{u"--lang=en"_s, u"--help"_s}
                                                   << u"ja_JP.UTF-8"_s << QString() << u"en"_s;
    }
    void helpFollowsTheChoice()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, locale);
        QFETCH(QString, saved);
        QFETCH(QString, language);
        QTemporaryDir home;
        savePreference(home.path(), saved);
        const Run run = runAdmin(arguments, locale, home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString expected = translated(language, "main", kServerHelp);
        QVERIFY(!expected.isEmpty());
        QVERIFY2(withoutSpace(run.out).contains(withoutSpace(expected)), qPrintable(run.out));
        if (language != "en"_L1)
            QVERIFY(!withoutSpace(run.out).contains(withoutSpace(QString::fromUtf8(kServerHelp))));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
