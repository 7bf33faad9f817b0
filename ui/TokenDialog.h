#pragma once

#include <QDialog>
#include <QUrl>

class QLineEdit;
class QPlainTextEdit;

namespace clm::ui {

// Shows a new enrollment token once: the token with a copy button, a
// ready-to-paste clmd.conf snippet, and the commands IT runs on a machine.
// Closing it is the last chance to see the token; the server never shows it
// again.
class TokenDialog : public QDialog
{
    Q_OBJECT
public:
    TokenDialog(const QUrl& server, const QString& token, QWidget* parent = nullptr);

    static QString configSnippet(const QUrl& server, const QString& token);
    static QString installCommands(const QUrl& server, const QString& token);

signals:
    void copied(const QString& text);

private:
    QWidget* copyableRow(const QString& name, QWidget* field, const QString& text);
};

} // namespace clm::ui
