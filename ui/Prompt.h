#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

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
    // A question with several answers; returns the index of the chosen one
    // (the last one, by convention the safe one, when the box is closed).
    static int choose(QWidget* parent, const QString& title, const QString& text,
                      const QStringList& answers);
    static void setNextChoice(int index) { s_nextChoice = index; }
    // A warning that does not block the window (closes itself when closed).
    static void warn(QWidget* parent, const QString& objectName, const QString& title,
                     const QString& text);

private:
    static inline std::optional<bool> s_next;
    static inline std::optional<int> s_nextChoice;
};

} // namespace clm::ui
