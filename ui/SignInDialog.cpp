#include "ui/SignInDialog.h"

#include "app/ApiClient.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace clm::ui {

SignInDialog::SignInDialog(app::ApiClient* api, QWidget* parent)
    : QDialog(parent)
    , m_api(api)
    , m_server(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_keep(new QCheckBox(tr("&Keep me signed in"), this))
    , m_notice(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Sign in to the license server"));
    setObjectName(QStringLiteral("signInDialog"));
    m_server->setObjectName(QStringLiteral("server"));
    m_email->setObjectName(QStringLiteral("email"));
    m_password->setObjectName(QStringLiteral("password"));
    m_keep->setObjectName(QStringLiteral("keepSignedIn"));
    m_server->setPlaceholderText(QStringLiteral("https://licenses.example.com"));
    m_email->setPlaceholderText(tr("owner@example.com"));
    m_password->setEchoMode(QLineEdit::Password);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #c0392b; "
                                          "padding: 4px; border-radius: 3px;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_keep);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::signIn);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

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

void SignInDialog::signInWhenShown(const QString& password)
{
    m_password->setText(password);
    QTimer::singleShot(0, this, &SignInDialog::signIn);
}

void SignInDialog::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in...") : tr("&Sign in"));
}

void SignInDialog::signIn()
{
    const QUrl url(server(), QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty()) {
        m_error->setText(tr("The server must be an http:// or https:// address."));
        m_error->show();
        m_server->setFocus();
        return;
    }
    if (email().isEmpty() || m_password->text().isEmpty()) {
        m_error->setText(tr("Enter your email and password."));
        m_error->show();
        return;
    }
    m_error->hide();
    setBusy(true);
    m_api->setBaseUrl(url);
    m_api->signIn(email(), m_password->text(), this, [this](const RestReply& reply) {
        setBusy(false);
        if (reply.isSuccess()) {
            m_password->clear();
            accept();
            return;
        }
        if (!reply.reached())
            m_error->setText(tr("The server does not answer: %1").arg(reply.message()));
        else if (reply.status == 429)
            m_error->setText(tr("Too many attempts. Wait a minute, then try again."));
        else if (reply.status == 401)
            m_error->setText(tr("Wrong email or password."));
        else
            m_error->setText(reply.message());
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
    });
}

} // namespace clm::ui
