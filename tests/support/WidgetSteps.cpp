#include "WidgetSteps.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTest>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace clm::test {

void onNextModal(std::function<void(QWidget*)> act, const QString& name)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, name] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || (!name.isEmpty() && modal->objectName() != name))
            return;
        timer->stop();
        timer->deleteLater();
        act(modal);
    });
    timer->start();
}

bool type(QWidget* parent, const QString& name, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(name);
    if (!edit)
        return false;
    edit->clear();
    QTest::keyClicks(edit, text);
    return true;
}

bool click(QWidget* parent, const QString& name)
{
    auto* button = parent->findChild<QAbstractButton*>(name);
    if (!button)
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

QAction* findAction(QWidget* parent, const QString& text)
{
    for (QAction* action : parent->findChildren<QAction*>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

QString screenshot(QWidget* widget, const QString& directory, const QString& name)
{
    QDir().mkpath(directory);
    const QString path = directory + u'/' + name + u".png"_s;
    if (!widget->grab().save(path))
        return QString();
    qInfo().noquote() << "screenshot:" << path;
    return path;
}

} // namespace clm::test
