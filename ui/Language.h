#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace clm::ui {

// The languages clm-admin speaks and the one it uses: --lang, else the
// choice saved in the settings, else the system's (CLI.md, "clm-admin").
// English is the language of the source strings and needs no translation.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(clm::ui::Language)
public:
    // "en", "de", "fr", "es", "ja", in the order a menu shows them.
    static QStringList codes();
    // The language's name in itself ("Deutsch", "日本語"), so users find
    // theirs whatever language the window speaks; for an empty code, the
    // menu entry that follows the system, in the current language.
    static QString nativeName(const QString& code);
    static bool isAvailable(const QString& code);

    // The saved choice (QSettings "ui/language"); empty follows the system.
    // It takes effect on the next start.
    static QString preferredLanguage();
    // An empty code follows the system again; unknown codes are ignored.
    static void setPreferredLanguage(const QString& code);

    // The first of the system's UI languages that clm-admin has, else "en".
    static QString systemLanguage();
    // The language to use: override (--lang) when available, else the
    // preferred one, else the system's.
    static QString choose(const QString& override = {});

    // Installs clm-admin's and Qt's own translations of code into the
    // running application; false if clm-admin's could not be loaded.
    static bool install(const QString& code);
    // The code's own language needs only its plural forms ("1 day", "2
    // days"): install() does this for "en"; tests call it without
    // changing the locale.
    static bool installEnglishPlurals();
};

} // namespace clm::ui
