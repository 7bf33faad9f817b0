#include "ui/SignInDialog.h"

#include "app/ApiClient.h"
#include "app/Roles.h"
#include "ui_SignInDialog.h"

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
    , m_form(std::make_unique<Ui::SignInDialog>())
    , m_api(api)
{
    // The fields come from SignInDialog.ui; the busy state and the checks
    // are here.
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
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::signIn);
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
            // The pages need an owner or admin (API.md, roles); a member
            // would only meet refusals, so say so here instead.
            const QString role = m_api->user().value(QLatin1String("role")).toString();
            if (!app::roles::canManage(role)) {
                m_api->signOut();
                m_error->setText(tr("clm-admin is for owners and admins; your role is "
                                    "%1. Ask an owner of your organization for the admin role.")
                                         .arg(app::roles::displayName(role)));
                m_error->show();
                return;
            }
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
