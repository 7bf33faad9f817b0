#pragma once

#include <QDialog>

namespace clm::ui {

// Shows a secret once (a webhook's signing secret, a generated password),
// with a copy button and what to do with it. Closing it is the last chance
// to see the secret; the server never shows it again.
class SecretDialog : public QDialog
{
    Q_OBJECT
public:
    // `explanation` is rich text; `title` also names the secret for screen
    // readers.
    SecretDialog(const QString& title, const QString& explanation, const QString& secret,
                 QWidget* parent = nullptr);

signals:
    void copied(const QString& text);
};

} // namespace clm::ui
