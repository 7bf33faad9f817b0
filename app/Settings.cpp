#include "app/Settings.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clm::app {

Settings::Settings(QObject* parent)
    : QObject(parent)
{}

QString Settings::lastServer() const
{
    return QSettings().value(u"server/last"_s).toString();
}

QString Settings::lastEmail() const
{
    return QSettings().value(u"server/email"_s).toString();
}

void Settings::setLastSignIn(const QString& server, const QString& email)
{
    QSettings settings;
    settings.setValue(u"server/last"_s, server);
    settings.setValue(u"server/email"_s, email);
}

bool Settings::notificationsEnabled() const
{
    return QSettings().value(u"notifications/enabled"_s, true).toBool();
}

void Settings::setNotificationsEnabled(bool enabled)
{
    if (enabled == notificationsEnabled())
        return;
    QSettings().setValue(u"notifications/enabled"_s, enabled);
    emit notificationsChanged(enabled);
}

int Settings::staleDays() const
{
    bool ok = false;
    const int days = QSettings().value(u"devices/stale_days"_s).toInt(&ok);
    return ok ? std::clamp(days, 1, 365) : kDefaultStaleDays;
}

void Settings::setStaleDays(int days)
{
    days = std::clamp(days, 1, 365);
    if (days == staleDays())
        return;
    QSettings().setValue(u"devices/stale_days"_s, days);
    emit staleDaysChanged(days);
}

QStringList Settings::caFiles() const
{
    return QSettings().value(u"tls/ca_files"_s).toStringList();
}

void Settings::setCaFiles(const QStringList& files)
{
    QStringList unique;
    for (const QString& file : files) {
        if (!file.isEmpty() && !unique.contains(file))
            unique.append(file);
    }
    if (unique == caFiles())
        return;
    QSettings().setValue(u"tls/ca_files"_s, unique);
    emit caFilesChanged(unique);
}

void Settings::addCaFile(const QString& file)
{
    setCaFiles(caFiles() << file);
}

} // namespace clm::app
