#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace clm::app {

// Keeps the refresh token of "keep me signed in" in the OS keychain
// (QtKeychain: Secret Service, KWallet, macOS Keychain, Windows Credential
// Store), never in settings or a file. Asynchronous; one delayed retry when
// the keychain backend is not up yet. Where there is no keychain (a
// headless machine without a session bus) every call fails at once with a
// reason, and the GUI keeps the session in memory only. The operations are
// virtual so tests can put a scripted store in the keychain's place.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    explicit TokenStore(QString service = QStringLiteral("clm-admin"), QObject* parent = nullptr);

    // `account` names one server and user, e.g. "https://licenses.example.com|owner@x".
    static QString account(const QString& serverUrl, const QString& email);

    virtual void save(const QString& account, const QString& token,
                      std::function<void(bool ok, const QString& error)> done);
    // nullopt with an empty error: nothing stored for this account.
    virtual void load(const QString& account,
                      std::function<void(std::optional<QString> token, const QString& error)> done);
    virtual void remove(const QString& account,
                        std::function<void(bool ok, const QString& error)> done);

private:
    QString m_service;
};

} // namespace clm::app
