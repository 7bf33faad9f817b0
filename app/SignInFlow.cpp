#include "app/SignInFlow.h"

#include "app/ApiClient.h"
#include "app/ApiErrors.h"
#include "app/Roles.h"
#include "app/Settings.h"
#include "app/TokenStore.h"

#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcSignIn, "clm.admin.signin")

using namespace Qt::StringLiterals;

namespace clm::app {

SignInFlow::SignInFlow(ApiClient* api, TokenStore* tokens, Settings* settings, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_tokens(tokens)
    , m_settings(settings)
{
    connect(m_api, &ApiClient::tokensChanged, this, &SignInFlow::storeRefreshToken);
    // The refresh token was refused while the user worked: what they did
    // waits in the ApiClient and goes out once they have signed in again.
    connect(m_api, &ApiClient::signInRequired, this, [this] {
        m_notice = tr("Your session has ended. Sign in again to continue; nothing you did is "
                      "lost.");
        askPassword();
    });
}

QString SignInFlow::account() const
{
    return TokenStore::account(m_server, m_email);
}

void SignInFlow::enter(State state)
{
    m_state = state;
    qCDebug(lcSignIn) << "state" << state;
    emit stateChanged(state);
}

void SignInFlow::start(const QString& server, const QString& email, const QString& password)
{
    m_server = server.isEmpty() ? m_settings->lastServer() : server;
    m_email = email.isEmpty() ? m_settings->lastEmail() : email;
    if (!password.isEmpty()) {
        submit(m_server, m_email, password, false);
        return;
    }
    if (!m_tokens || !m_resumeAllowed || m_server.isEmpty() || m_email.isEmpty()) {
        askPassword();
        return;
    }
    const quint64 attempt = ++m_attempt;
    enter(State::ReadingKeychain);
    m_tokens->load(account(), [this, attempt](std::optional<QString> token, const QString& error) {
        if (attempt != m_attempt)
            return;
        if (!error.isEmpty())
            emit keychainUnavailable(error);
        if (!token || token->isEmpty()) {
            askPassword();
            return;
        }
        resume(*token);
    });
}

void SignInFlow::resume(const QString& refreshToken)
{
    const quint64 attempt = ++m_attempt;
    // The rotated token the refresh brings replaces the kept one.
    m_keep = true;
    enter(State::Resuming);
    m_api->setBaseUrl(QUrl(m_server));
    m_api->resume(refreshToken, this, [this, attempt](const RestReply& reply) {
        if (attempt != m_attempt)
            return;
        if (reply.isSuccess()) {
            accept(true);
            return;
        }
        // Only a refused sign-in is forgotten; with the server away it is
        // kept for the next try.
        if (reply.reached() && reply.status >= 400 && reply.status < 500) {
            if (m_tokens)
                m_tokens->remove(account(), [](bool, const QString&) {});
            m_notice = tr("Your kept sign-in is no longer valid. Sign in again.");
            askPassword();
            return;
        }
        failed(reply.reached() ? ApiErrors::describe(reply) : QString());
    });
}

void SignInFlow::submit(const QString& server, const QString& email, const QString& password,
                        bool keepSignedIn)
{
    m_server = server.trimmed();
    m_email = email.trimmed();
    const QUrl url(m_server, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) ||
        url.host().isEmpty()) {
        askPassword(tr("The server must be an http:// or https:// address."));
        return;
    }
    if (m_email.isEmpty() || password.isEmpty()) {
        askPassword(tr("Enter your email and password."));
        return;
    }
    const quint64 attempt = ++m_attempt;
    m_error.clear();
    m_certificate = CertificateProblem();
    // The token a sign-in brings is kept (tokensChanged) only if asked.
    m_keep = keepSignedIn;
    enter(State::SigningIn);
    m_api->setBaseUrl(url);
    m_api->signIn(m_email, password, this, [this, attempt](const RestReply& reply) {
        if (attempt != m_attempt) {
            // Cancelled meanwhile: a sign-in that still succeeded is ended.
            if (reply.isSuccess())
                m_api->signOut();
            return;
        }
        if (reply.isSuccess()) {
            m_settings->setLastSignIn(m_server, m_email);
            // Not kept this time: a sign-in kept earlier must not resume.
            if (!m_keep && m_tokens)
                m_tokens->remove(account(), [](bool, const QString&) {});
            accept(false);
            return;
        }
        if (reply.status == 429)
            askPassword(tr("Too many attempts. Wait a minute, then try again."));
        else if (reply.status == 401)
            askPassword(tr("Wrong email or password."));
        else
            failed(reply.reached() ? ApiErrors::describe(reply) : QString());
    });
}

void SignInFlow::accept(bool resumed)
{
    // The pages need an owner or admin (API.md, roles); a member would
    // only meet refusals, so say so here instead.
    const QString role = m_api->user().value("role"_L1).toString();
    if (!roles::canManage(role)) {
        if (resumed && m_tokens)
            m_tokens->remove(account(), [](bool, const QString&) {});
        m_keep = false;
        m_api->signOut();
        askPassword(tr("clm-admin is for owners and admins; your role is %1. Ask an owner of "
                       "your organization for the admin role.")
                            .arg(roles::displayName(role)));
        return;
    }
    m_error.clear();
    m_notice.clear();
    m_resumeAllowed = true;
    const quint64 attempt = ++m_attempt;
    enter(State::LoadingProfile);
    m_api->get(u"/api/v1/tenants/me/"_s, this, [this, attempt](const RestReply& reply) {
        if (attempt != m_attempt)
            return;
        // Without it the window only lacks the organization's name.
        if (reply.isSuccess())
            m_organization = reply.json;
        m_everSignedIn = true;
        enter(State::SignedIn);
        emit signedIn();
    });
}

void SignInFlow::failed(const QString& error)
{
    // No answer: the certificate, or the server away.
    const CertificateProblem problem = m_api->certificateProblem();
    if (!problem.isNull()) {
        m_certificate = problem;
        askPassword(tr("The server's certificate is not trusted: %1")
                            .arg(problem.errors.join(u"; "_s)));
        return;
    }
    askPassword(error.isEmpty() ? tr("The server does not answer. Check the address, or try again "
                                     "later.")
                                : error);
}

void SignInFlow::askPassword(const QString& error)
{
    ++m_attempt;
    m_error = error;
    if (error.isEmpty())
        m_certificate = CertificateProblem();
    enter(State::WaitingForPassword);
}

void SignInFlow::cancel()
{
    ++m_attempt;
    m_error.clear();
    enter(State::SignedOut);
    if (!m_everSignedIn)
        emit abandoned();
}

void SignInFlow::signOut()
{
    ++m_attempt;
    m_api->signOut(); // the kept token goes too (tokensChanged)
    m_keep = false;
    m_resumeAllowed = false; // signed out on purpose: ask for the password
    m_notice.clear();
    m_organization = {};
    askPassword();
}

void SignInFlow::storeRefreshToken(const QString& refresh)
{
    if (!m_keep || !m_tokens || m_server.isEmpty() || m_email.isEmpty())
        return;
    if (refresh.isEmpty()) {
        m_tokens->remove(account(), [](bool, const QString&) {});
        return;
    }
    m_tokens->save(account(), refresh, [this](bool ok, const QString& error) {
        if (!ok)
            emit keychainUnavailable(error);
    });
}

} // namespace clm::app
