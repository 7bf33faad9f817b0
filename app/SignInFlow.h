#pragma once

#include "app/CertificateProblem.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace clm::app {

class ApiClient;
class Settings;
class TokenStore;

// Signing in as a state machine, without a nested event loop: the kept
// sign-in read from the keychain, its refresh, the password asked when
// there is none (or when the session ends while the user works), the role
// check, the first load, and every failure as a state with a reason in
// words. The window shows the sign-in dialog while the state is
// WaitingForPassword and signs in when it reaches SignedIn; tests drive the
// same states without a window.
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        SignedOut,          // before start(), or after the dialog was closed
        ReadingKeychain,    // looking for a kept sign-in
        Resuming,           // refreshing a kept sign-in
        WaitingForPassword, // the dialog's turn; error() and notice() say why
        SigningIn,          // email and password sent
        LoadingProfile,     // the first load: the user and the organization
        SignedIn,
    };
    Q_ENUM(State)

    // `tokens` may be null: nothing is kept between starts.
    SignInFlow(ApiClient* api, TokenStore* tokens, Settings* settings, QObject* parent = nullptr);

    // At start: a sign-in kept in the keychain for `server` and `email`
    // (else the last ones used) opens without the dialog; a password signs
    // in at once (the dialog appears only if that fails); else the dialog.
    void start(const QString& server = {}, const QString& email = {}, const QString& password = {});
    // The dialog's answer.
    void submit(const QString& server, const QString& email, const QString& password,
                bool keepSignedIn);
    // The dialog was closed without signing in: before the first sign-in
    // that gives up (abandoned()); later the window stays, signed out.
    void cancel();
    // Ends the session on the server, forgets the kept sign-in, asks again.
    void signOut();

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    QString server() const { return m_server; }
    QString email() const { return m_email; }
    // Why the last attempt failed, in words; empty after a success.
    QString error() const { return m_error; }
    // Why the password is asked for (the session ended), or empty.
    QString notice() const { return m_notice; }
    // Set when the last attempt failed on the server's certificate.
    CertificateProblem certificateProblem() const { return m_certificate; }
    // The signed-in user's organization (GET tenants/me/), once loaded.
    QJsonObject organization() const { return m_organization; }
    bool keepsSignIn() const { return m_keep; }

signals:
    // Every change, also a new error in the same state.
    void stateChanged(clm::app::SignInFlow::State state);
    void signedIn();
    void abandoned();
    // The keychain could not keep the sign-in: only this run stays signed in.
    void keychainUnavailable(const QString& reason);

private:
    void enter(State state);
    void askPassword(const QString& error = {});
    void resume(const QString& refreshToken);
    // After a sign-in or resume: the role check and the first load.
    void accept(bool resumed);
    void failed(const QString& error);
    void storeRefreshToken(const QString& refresh);
    QString account() const;

    ApiClient* m_api;
    TokenStore* m_tokens;
    Settings* m_settings;
    State m_state = State::SignedOut;
    QString m_server;
    QString m_email;
    QString m_error;
    QString m_notice;
    CertificateProblem m_certificate;
    QJsonObject m_organization;
    bool m_keep = false;
    bool m_resumeAllowed = true;
    bool m_everSignedIn = false;
    quint64 m_attempt = 0; // answers of an abandoned attempt are dropped
};

} // namespace clm::app
