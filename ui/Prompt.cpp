#include "ui/Prompt.h"

#include <QPushButton>

namespace clm::ui {

bool Prompt::confirm(QWidget* parent, const QString& title, const QString& text,
                     const QString& acceptLabel)
{
    if (s_next) {
        const bool answer = *s_next;
        s_next.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void Prompt::warn(QWidget* parent, const QString& objectName, const QString& title,
                  const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Close, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

int Prompt::choose(QWidget* parent, const QString& title, const QString& text,
                   const QStringList& answers)
{
    if (s_nextChoice) {
        const int answer = *s_nextChoice;
        s_nextChoice.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton*> buttons;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const bool last = i == answers.size() - 1;
        buttons.append(box.addButton(answers.at(i),
                                     last ? QMessageBox::RejectRole : QMessageBox::AcceptRole));
    }
    if (!buttons.isEmpty())
        box.setEscapeButton(buttons.last());
    box.exec();
    const auto index = buttons.indexOf(box.clickedButton());
    return index >= 0 ? static_cast<int>(index) : static_cast<int>(answers.size()) - 1;
}

} // namespace clm::ui
