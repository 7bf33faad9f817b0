#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;
class QWidget;

namespace clm::ui {

// Desktop notifications and the tray icon: where the platform has a system
// tray, an icon (a click brings the window back) and its balloon messages;
// elsewhere the window's status bar says the same and the window asks for
// attention. The window decides when (app::SeatAlerts) and whether (the
// setting).
class Notifier : public QObject
{
    Q_OBJECT
public:
    explicit Notifier(QWidget* window);

    bool hasTray() const { return m_tray != nullptr; }
    void notify(const QString& title, const QString& text);
    // The last notification, for tests; shownCount() counts them.
    QString lastTitle() const { return m_lastTitle; }
    QString lastText() const { return m_lastText; }
    int shownCount() const { return m_count; }

signals:
    // Shown without a tray: the window puts it in its status bar.
    void shownInWindow(const QString& title, const QString& text);

private:
    QWidget* m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_lastTitle;
    QString m_lastText;
    int m_count = 0;
};

} // namespace clm::ui
