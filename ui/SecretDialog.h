#pragma once

#include <QDialog>

namespace clm::ui {

// Shows a webhook's signing secret once, with a copy button and how a
// receiver checks a request with it. Closing it is the last chance to see
// the secret; the server never shows it again.
class SecretDialog : public QDialog
{
    Q_OBJECT
public:
    SecretDialog(const QString& url, const QString& secret, QWidget* parent = nullptr);

signals:
    void copied(const QString& text);
};

} // namespace clm::ui
