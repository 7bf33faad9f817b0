#pragma once

#include "ServerFixture.h"
#include "app/ApiClient.h"
#include "app/TokenStore.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QUrl>

#include <memory>

namespace clm::test {

// clm-admin's API client, signed in for a test; null when the sign-in did
// not succeed within ten seconds.
std::unique_ptr<app::ApiClient> signedInClient(QNetworkAccessManager* network, const QUrl& server,
                                               const ServerFixture::Account& account);
// Sends a request through `api` and waits for its answer (a reply with
// no status and a note in networkError when none came in time).
RestReply call(app::ApiClient& api, const QByteArray& method, const QString& path,
               const QJsonObject& body = {}, int timeoutMs = 15000);

// A keychain in memory, answering later like the real one: tests script
// what it holds and whether it works.
class MemoryTokenStore : public app::TokenStore
{
    Q_OBJECT
public:
    using TokenStore::TokenStore;

    // Every call fails with this reason (empty: works).
    void setFailure(const QString& reason) { m_failure = reason; }
    QHash<QString, QString> tokens() const { return m_tokens; }
    void setToken(const QString& account, const QString& token) { m_tokens.insert(account, token); }

    void save(const QString& account, const QString& token,
              std::function<void(bool ok, const QString& error)> done) override;
    void
    load(const QString& account,
         std::function<void(std::optional<QString> token, const QString& error)> done) override;
    void remove(const QString& account,
                std::function<void(bool ok, const QString& error)> done) override;

private:
    QHash<QString, QString> m_tokens;
    QString m_failure;
};

} // namespace clm::test
