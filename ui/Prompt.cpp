#include "ui/Prompt.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace clm::ui {

void Prompt::confirm(QWidget* parent, const QString& title, const QString& text,
                     const QString& acceptLabel, QObject* context, std::function<void()> accepted)
{
    if (s_next) {
        const bool answer = *std::exchange(s_next, std::nullopt);
        if (answer)
            accepted();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box->setObjectName(u"confirmBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* accept = box->addButton(acceptLabel, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    QPointer<QObject> guard(context);
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, guard, accepted] {
        if (box->clickedButton() == accept && guard)
            accepted();
    });
    box->open();
}

void Prompt::choose(QWidget* parent, const QString& title, const QString& text,
                    const QStringList& answers, QObject* context, std::function<void(int)> chosen)
{
    if (s_nextChoice) {
        chosen(*std::exchange(s_nextChoice, std::nullopt));
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(u"choiceBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QList<QAbstractButton*> buttons;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const bool last = i == answers.size() - 1;
        buttons.append(box->addButton(answers.at(i),
                                      last ? QMessageBox::RejectRole : QMessageBox::AcceptRole));
    }
    if (!buttons.isEmpty())
        box->setEscapeButton(buttons.last());
    QPointer<QObject> guard(context);
    const int fallback = static_cast<int>(answers.size()) - 1;
    QObject::connect(box, &QMessageBox::finished, box, [box, buttons, guard, chosen, fallback] {
        if (!guard)
            return;
        const auto index = buttons.indexOf(box->clickedButton());
        chosen(index >= 0 ? static_cast<int>(index) : fallback);
    });
    box->open();
}

namespace {

void show(QMessageBox::Icon icon, QWidget* parent, const QString& objectName, const QString& title,
          const QString& text)
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Close, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

void Prompt::warn(QWidget* parent, const QString& objectName, const QString& title,
                  const QString& text)
{
    show(QMessageBox::Warning, parent, objectName, title, text);
}

void Prompt::inform(QWidget* parent, const QString& objectName, const QString& title,
                    const QString& text)
{
    show(QMessageBox::Information, parent, objectName, title, text);
}

} // namespace clm::ui
