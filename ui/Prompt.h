#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QObject;
class QWidget;

namespace clm::ui {

// Questions and messages in one place, without a nested event loop: a box
// opens window-modal and its answer arrives in a callback. Tests answer
// the next question in advance instead of clicking (KeePassXC's
// MessageBox::setNextAnswer); the callback then runs at once.
class Prompt
{
public:
    // Runs `accepted` when the user confirms (the default button is Cancel);
    // nothing when they do not or `context` is gone.
    static void confirm(QWidget* parent, const QString& title, const QString& text,
                        const QString& acceptLabel, QObject* context,
                        std::function<void()> accepted);
    static void setNextAnswer(bool accept) { s_next = accept; }
    // A question with several answers; `chosen` gets the index of the
    // answer (the last one, by convention the safe one, when the box is
    // closed).
    static void choose(QWidget* parent, const QString& title, const QString& text,
                       const QStringList& answers, QObject* context,
                       std::function<void(int)> chosen);
    static void setNextChoice(int index) { s_nextChoice = index; }
    // A warning that does not block the window (deleted when closed).
    static void warn(QWidget* parent, const QString& objectName, const QString& title,
                     const QString& text);
    // The same for information (About).
    static void inform(QWidget* parent, const QString& objectName, const QString& title,
                       const QString& text);

private:
    static inline std::optional<bool> s_next;
    static inline std::optional<int> s_nextChoice;
};

} // namespace clm::ui
