#pragma once

#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace clm {

// One small configuration class for every program. Each option may come from
// a command-line flag, an environment variable, a key of an INI file or its
// default; the first of those that is set wins, in that order, whatever the
// order the layers were loaded in.
class Config
{
public:
    enum class Source
    {
        Default,
        File,
        Environment,
        Flag
    };

    struct Option
    {
        QString key;    // INI key, "section/name" (e.g. "server/url")
        QString flag;   // long flag without dashes (e.g. "listen"); empty: none
        QString envVar; // environment variable (e.g. "CLM_LISTEN"); empty: none
        QString defaultValue;
        QString help;
        QString valueName = QStringLiteral("VALUE");
        bool isSwitch = false;   // a flag without value; setting it means "true"
        bool repeatable = false; // the flag may be given several times: a list
    };

    explicit Config(QList<Option> options = {});

    void addOption(const Option& option);
    const QList<Option>& options() const { return m_options; }

    // Registers the options that have a flag with the parser.
    void registerFlags(QCommandLineParser& parser) const;

    // Reads an INI file (QSettings format). A missing file is an error only
    // when `required`; an unreadable or malformed one always is. Values of
    // unknown keys are ignored; lists written with commas are joined back.
    bool loadFile(const QString& path, bool required, QString* error = nullptr);
    void loadEnvironment(const QProcessEnvironment& environment);
    void loadFlags(const QCommandLineParser& parser);
    // Sets a value at a given layer (for programs that compute one).
    void set(const QString& key, const QString& value, Source source);

    QString value(const QString& key) const;
    Source source(const QString& key) const;
    bool isExplicit(const QString& key) const { return source(key) != Source::Default; }

    // Typed reads; on a bad value they return nullopt and a one-line reason
    // that names where the value came from.
    std::optional<qint64> integer(const QString& key, qint64 min, qint64 max,
                                  QString* error = nullptr) const;
    std::optional<bool> boolean(const QString& key, QString* error = nullptr) const;
    // Comma-separated, trimmed, empty items dropped.
    QStringList list(const QString& key) const;

    static QString sourceName(Source source);

private:
    const Option* find(const QString& key) const;
    QString describe(const QString& key) const;

    QList<Option> m_options;
    QHash<QString, QString> m_layers[4];
};

} // namespace clm
