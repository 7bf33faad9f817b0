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

} // namespace clm::ui
