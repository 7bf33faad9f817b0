#include "ui/TokenDialog.h"

#include "ui/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clm::ui {

QString TokenDialog::configSnippet(const QUrl& server, const QString& token)
{
    return u"[server]\nurl=%1\nenrollment_token=%2\n"_s.arg(server.toString(), token);
}

QString TokenDialog::installCommands(const QUrl& server, const QString& token)
{
    return u"sudo apt install ./clm_*.deb   # Debian, Ubuntu; RPM: sudo dnf install ./clm-*.rpm\n"
           "sudo clm enroll --server %1 \\\n    --token %2\n"_s.arg(server.toString(), token);
}

TokenDialog::TokenDialog(const QUrl& server, const QString& token, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Enrollment token"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    auto* warning = new QLabel(
            tr("<b>This token is shown only once.</b> Copy it now: machines use it to enroll "
               "with the license server. Anyone who has it can enroll a machine in your "
               "organization until you revoke it."),
            this);
    warning->setWordWrap(true);

    auto* tokenField = new QLineEdit(token, this);
    tokenField->setReadOnly(true);
    tokenField->setAccessibleName(tr("Enrollment token"));
    tokenField->setFont(fixed);

    auto* snippet = new QPlainTextEdit(configSnippet(server, token), this);
    snippet->setReadOnly(true);
    snippet->setTabChangesFocus(true);
    snippet->setAccessibleName(tr("Lines for /etc/clm/clmd.conf"));
    snippet->setFont(fixed);
    // Wrapped anywhere so the long token is visible whole; Copy copies the
    // exact text.
    snippet->setWordWrapMode(QTextOption::WrapAnywhere);
    snippet->setFixedHeight(snippet->fontMetrics().lineSpacing() * 5 + 16);

    auto* commands = new QPlainTextEdit(installCommands(server, token), this);
    commands->setReadOnly(true);
    commands->setTabChangesFocus(true);
    commands->setAccessibleName(tr("Commands to run as root"));
    commands->setFont(fixed);
    commands->setWordWrapMode(QTextOption::WrapAnywhere);
    commands->setFixedHeight(commands->fontMetrics().lineSpacing() * 6 + 16);

    auto* form = new QFormLayout;
    form->addRow(tr("Token:"), copyableRow(u"copyToken"_s, tokenField, token));
    form->addRow(tr("/etc/clm/clmd.conf:"),
                 copyableRow(u"copySnippet"_s, snippet, configSnippet(server, token)));
    form->addRow(tr("Or run as root:"),
                 copyableRow(u"copyCommands"_s, commands, installCommands(server, token)));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(760);
}

QWidget* TokenDialog::copyableRow(const QString& name, QWidget* field, const QString& text)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    auto* copy = new QPushButton(icons::get(u"copy"_s), tr("Copy"), row);
    copy->setObjectName(name);
    copy->setAccessibleName(tr("Copy: %1").arg(field->accessibleName()));
    connect(copy, &QPushButton::clicked, this, [this, text] {
        QApplication::clipboard()->setText(text);
        emit copied(text);
    });
    layout->addWidget(copy, 0, Qt::AlignTop);
    return row;
}

} // namespace clm::ui
