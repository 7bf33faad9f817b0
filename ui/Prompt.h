#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace clm::ui {

// Confirmations in one place, so tests can answer them in advance instead
// of blocking on a modal box (KeePassXC's MessageBox::setNextAnswer).
class Prompt
{
public:
    static bool confirm(QWidget* parent, const QString& title, const QString& text,
                        const QString& acceptLabel);
    static void setNextAnswer(bool accept) { s_next = accept; }

private:
    static inline std::optional<bool> s_next;
};

} // namespace clm::ui
