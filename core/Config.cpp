#include "core/Config.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace clm {

namespace {

int index(Config::Source source)
{
    return static_cast<int>(source);
}

} // namespace

Config::Config(QList<Option> options)
    : m_options(std::move(options))
{}

void Config::addOption(const Option& option)
{
    m_options.append(option);
}

const Config::Option* Config::find(const QString& key) const
{
    for (const auto& option : m_options) {
        if (option.key == key)
            return &option;
    }
    return nullptr;
}

void Config::registerFlags(QCommandLineParser& parser) const
{
    for (const auto& option : m_options) {
        if (option.flag.isEmpty())
            continue;
        QString help = option.help;
        if (!option.envVar.isEmpty())
            help += u" [env %1]"_s.arg(option.envVar);
        if (!option.defaultValue.isEmpty() && !option.isSwitch)
            help += u" (default: %1)"_s.arg(option.defaultValue);
        if (option.isSwitch)
            parser.addOption(QCommandLineOption(option.flag, help));
        else
            parser.addOption(QCommandLineOption(option.flag, help, option.valueName));
    }
}

bool Config::loadFile(const QString& path, bool required, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (required && error)
            *error = u"configuration file %1 does not exist"_s.arg(path);
        return !required;
    }
    if (!info.isFile() || !info.isReadable()) {
        if (error)
            *error = u"configuration file %1 is not a readable file"_s.arg(path);
        return false;
    }
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        if (error)
            *error = u"configuration file %1 is malformed"_s.arg(path);
        return false;
    }
    for (const auto& option : m_options) {
        if (!settings.contains(option.key))
            continue;
        const QVariant raw = settings.value(option.key);
        // QSettings turns "a, b" into a list; the option wants the text back.
        const QString text = raw.metaType().id() == QMetaType::QStringList
                                     ? raw.toStringList().join(u',')
                                     : raw.toString();
        m_layers[index(Source::File)].insert(option.key, text.trimmed());
    }
    return true;
}

void Config::loadEnvironment(const QProcessEnvironment& environment)
{
    for (const auto& option : m_options) {
        if (!option.envVar.isEmpty() && environment.contains(option.envVar))
            m_layers[index(Source::Environment)].insert(option.key,
                                                        environment.value(option.envVar));
    }
}

void Config::loadFlags(const QCommandLineParser& parser)
{
    for (const auto& option : m_options) {
        if (option.flag.isEmpty() || !parser.isSet(option.flag))
            continue;
        QString value = option.isSwitch ? u"true"_s : parser.value(option.flag);
        if (option.repeatable)
            value = parser.values(option.flag).join(u',');
        m_layers[index(Source::Flag)].insert(option.key, value);
    }
}

void Config::set(const QString& key, const QString& value, Source source)
{
    m_layers[index(source)].insert(key, value);
}

Config::Source Config::source(const QString& key) const
{
    for (const auto source : {Source::Flag, Source::Environment, Source::File}) {
        if (m_layers[index(source)].contains(key))
            return source;
    }
    return Source::Default;
}

QString Config::value(const QString& key) const
{
    const Source from = source(key);
    if (from != Source::Default)
        return m_layers[index(from)].value(key);
    if (const Option* option = find(key))
        return option->defaultValue;
    return m_layers[index(Source::Default)].value(key);
}

QString Config::describe(const QString& key) const
{
    const Option* option = find(key);
    switch (source(key)) {
    case Source::Flag:
        return option ? u"--"_s + option->flag : key;
    case Source::Environment:
        return option ? option->envVar : key;
    case Source::File:
        return u"%1 in the configuration file"_s.arg(key);
    case Source::Default:
        break;
    }
    return u"default of %1"_s.arg(key);
}

std::optional<qint64> Config::integer(const QString& key, qint64 min, qint64 max,
                                      QString* error) const
{
    bool ok = false;
    const QString text = value(key).trimmed();
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number < min || number > max) {
        if (error)
            *error = u"%1: \"%2\" is not a whole number from %3 to %4"_s.arg(describe(key), text)
                             .arg(min)
                             .arg(max);
        return std::nullopt;
    }
    return number;
}

std::optional<bool> Config::boolean(const QString& key, QString* error) const
{
    const QString text = value(key).trimmed().toLower();
    if (text == "true"_L1 || text == "1"_L1 || text == "yes"_L1 || text == "on"_L1)
        return true;
    if (text == "false"_L1 || text == "0"_L1 || text == "no"_L1 || text == "off"_L1 ||
        text.isEmpty())
        return false;
    if (error)
        *error = u"%1: \"%2\" is not true or false"_s.arg(describe(key), text);
    return std::nullopt;
}

QStringList Config::list(const QString& key) const
{
    QStringList items;
    const auto parts = value(key).split(u',');
    for (const auto& part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

QString Config::sourceName(Source source)
{
    switch (source) {
    case Source::Default:
        return u"default"_s;
    case Source::File:
        return u"file"_s;
    case Source::Environment:
        return u"environment"_s;
    case Source::Flag:
        return u"flag"_s;
    }
    return {};
}

} // namespace clm
