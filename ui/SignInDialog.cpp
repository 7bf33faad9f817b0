#include "ui/SignInDialog.h"

#include "ui_SignInDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace clm::ui {

SignInDialog::SignInDialog(QWidget* parent)
    : QDialog(parent)
    , m_form(std::make_unique<Ui::SignInDialog>())
{
    // The fields come from SignInDialog.ui; the states are here.
    m_form->setupUi(this);
    m_server = m_form->server;
    m_email = m_form->email;
    m_password = m_form->password;
    m_keep = m_form->keepSignedIn;
    m_notice = m_form->notice;
    m_error = m_form->error;
    m_signIn = m_form->buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    connect(m_form->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setServer(const QString& url)
{
    m_server->setText(url);
}

void SignInDialog::setEmail(const QString& email)
{
    m_email->setText(email);
    if (!email.isEmpty())
        m_password->setFocus();
}

void SignInDialog::setPassword(const QString& password)
{
    m_password->setText(password);
}

QString SignInDialog::server() const
{
    return m_server->text().trimmed();
}

QString SignInDialog::email() const
{
    return m_email->text().trimmed();
}

bool SignInDialog::keepSignedIn() const
{
    return m_keep->isChecked();
}

void SignInDialog::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void SignInDialog::setError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        m_password->selectAll();
        m_password->setFocus();
    }
}

QString SignInDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in...") : tr("&Sign in"));
}

void SignInDialog::submit()
{
    if (!m_signIn->isEnabled())
        return;
    emit submitted(server(), email(), m_password->text(), keepSignedIn());
}

} // namespace clm::ui
