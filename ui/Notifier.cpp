#include "ui/Notifier.h"

#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace clm::ui {

Notifier::Notifier(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon(u":/icons/clm-admin.svg"_s), this);
    m_tray->setToolTip(tr("CODITECT License Manager"));
    auto* menu = new QMenu(window);
    menu->addAction(tr("&Show the window"), window, [window] {
        window->showNormal();
        window->raise();
        window->activateWindow();
    });
    menu->addAction(tr("&Quit"), window, &QWidget::close);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, window, [window] {
        window->showNormal();
        window->raise();
        window->activateWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, window, [window] {
        window->showNormal();
        window->raise();
        window->activateWindow();
    });
    m_tray->show();
}

void Notifier::notify(const QString& title, const QString& text)
{
    m_lastTitle = title;
    m_lastText = text;
    ++m_count;
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(title, text, QSystemTrayIcon::Warning, 15000);
        return;
    }
    emit shownInWindow(title, text);
    QApplication::alert(m_window);
}

} // namespace clm::ui
