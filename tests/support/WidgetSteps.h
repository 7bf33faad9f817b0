#pragma once

#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace clm::test {

// Steps of clm-admin's widget tests: act on the next modal dialog, type
// and click by object name, find an action by text, save a screenshot.

// Runs `act` on the next modal dialog (named `name`, when given) as soon
// as it is shown.
void onNextModal(std::function<void(QWidget*)> act, const QString& name = {});
// Replaces the text of the line edit `name` inside `parent` by typing.
bool type(QWidget* parent, const QString& name, const QString& text);
// Clicks the button `name` inside `parent`.
bool click(QWidget* parent, const QString& name);
// The action of `parent` whose text is `text` (with its &), or null.
QAction* findAction(QWidget* parent, const QString& text);
// `widget` grabbed into `directory`/`name`.png (the directory is made);
// the path, empty when it could not be saved.
QString screenshot(QWidget* widget, const QString& directory, const QString& name);

} // namespace clm::test
