#include "ui/Language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace clm::ui {

namespace {

const QString kSettingsKey = u"ui/language"_s;

struct Known
{
    QString code;
    QString nativeName;
};

const QList<Known>& known()
{
    static const QList<Known> languages{{u"en"_s, u"English"_s},
                                        {u"de"_s, u"Deutsch"_s},
                                        {u"fr"_s, u"Français"_s},
                                        {u"es"_s, u"Español"_s},
                                        {u"ja"_s, u"日本語"_s}};
    return languages;
}

} // namespace

QStringList Language::codes()
{
    QStringList result;
    for (const Known& language : known())
        result.append(language.code);
    return result;
}

QString Language::nativeName(const QString& code)
{
    if (code.isEmpty())
        return tr("System language");
    for (const Known& language : known()) {
        if (language.code == code)
            return language.nativeName;
    }
    return QString();
}

bool Language::isAvailable(const QString& code)
{
    return codes().contains(code);
}

QString Language::preferredLanguage()
{
    const QString code = QSettings().value(kSettingsKey).toString();
    return isAvailable(code) ? code : QString();
}

void Language::setPreferredLanguage(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSettingsKey);
    else if (isAvailable(code))
        settings.setValue(kSettingsKey, code);
}

QString Language::systemLanguage()
{
    // uiLanguages() lists the user's preferences, best first ("de-AT", "de").
    const QStringList wanted = QLocale::system().uiLanguages();
    for (const QString& name : wanted) {
        const QString code = QLocale::languageToCode(QLocale(name).language());
        if (isAvailable(code))
            return code;
    }
    return u"en"_s;
}

QString Language::choose(const QString& override)
{
    if (isAvailable(override))
        return override;
    const QString preferred = preferredLanguage();
    return preferred.isEmpty() ? systemLanguage() : preferred;
}

bool Language::install(const QString& code)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app || !isAvailable(code))
        return false;
    const QLocale locale(code);
    // Dates and numbers follow a chosen language too; one that matches the
    // system's keeps the system's region (de_AT stays de_AT).
    if (QLocale().language() != locale.language())
        QLocale::setDefault(locale);
    if (code == "en"_L1)
        return installEnglishPlurals();
    // Qt's own strings (standard buttons, --help) come from Qt's
    // translations when the system has them; clm-admin's are compiled in.
    auto* qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto* own = new QTranslator(app);
    if (!own->load(u":/i18n/clm-admin_"_s + code)) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

bool Language::installEnglishPlurals()
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return false;
    auto* plurals = new QTranslator(app);
    if (!plurals->load(u":/i18n/clm-admin_en"_s)) {
        delete plurals;
        return false;
    }
    QCoreApplication::installTranslator(plurals);
    return true;
}

} // namespace clm::ui
