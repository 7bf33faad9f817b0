#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace clm::app {

// clm-admin's own settings (QSettings, ~/.config/CODITECT/clm-admin.conf),
// typed, with a signal when one changes so the window applies it at once:
// desktop notifications, when a device counts as stale, and the CA files
// trusted besides the system's. The language is Language's.
class Settings : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultStaleDays = 7;

    explicit Settings(QObject* parent = nullptr);

    QString lastServer() const;
    QString lastEmail() const;
    void setLastSignIn(const QString& server, const QString& email);

    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);

    // A device not seen for this many days is "stale" (1 to 365).
    int staleDays() const;
    void setStaleDays(int days);

    // PEM files of CA certificates trusted for the server, in addition to
    // the system's (a private CA, or a server's self-signed certificate).
    QStringList caFiles() const;
    void setCaFiles(const QStringList& files);
    void addCaFile(const QString& file);

signals:
    void notificationsChanged(bool enabled);
    void staleDaysChanged(int days);
    void caFilesChanged(const QStringList& files);
};

} // namespace clm::app
