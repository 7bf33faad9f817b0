#include "AdminClient.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace clm::test {

std::unique_ptr<app::ApiClient> signedInClient(QNetworkAccessManager* network, const QUrl& server,
                                               const ServerFixture::Account& account)
{
    auto api = std::make_unique<app::ApiClient>(network);
    api->setBaseUrl(server);
    QSignalSpy signedIn(api.get(), &app::ApiClient::signedIn);
    QObject context;
    api->signIn(account.email, account.password, &context, [](const RestReply&) {});
    if (!signedIn.wait(10000))
        return nullptr;
    return api;
}

RestReply call(app::ApiClient& api, const QByteArray& method, const QString& path,
               const QJsonObject& body, int timeoutMs)
{
    RestReply result;
    bool done = false;
    QObject context;
    api.request(method, path, body, &context, [&](const RestReply& reply) {
        result = reply;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        result.networkError = u"no answer within the test's time"_s;
    return result;
}

void MemoryTokenStore::save(const QString& account, const QString& token,
                            std::function<void(bool, const QString&)> done)
{
    QTimer::singleShot(0, this, [this, account, token, done] {
        if (m_failure.isEmpty())
            m_tokens.insert(account, token);
        done(m_failure.isEmpty(), m_failure);
    });
}

void MemoryTokenStore::load(const QString& account,
                            std::function<void(std::optional<QString>, const QString&)> done)
{
    QTimer::singleShot(0, this, [this, account, done] {
        if (!m_failure.isEmpty())
            done(std::nullopt, m_failure);
        else if (m_tokens.contains(account))
            done(m_tokens.value(account), QString());
        else
            done(std::nullopt, QString());
    });
}

void MemoryTokenStore::remove(const QString& account,
                              std::function<void(bool, const QString&)> done)
{
    QTimer::singleShot(0, this, [this, account, done] {
        if (m_failure.isEmpty())
            m_tokens.remove(account);
        done(m_failure.isEmpty(), m_failure);
    });
}

} // namespace clm::test
