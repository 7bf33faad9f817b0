#include "app/TokenStore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace clm::app {

namespace {

constexpr int kRetryDelayMs = 500;

// Runs a job; on OtherError (backend not ready) once more after a delay.
template<typename Job, typename Setup, typename Finish>
void runJob(const QString& service, QObject* context, Setup setup, Finish finish,
            bool retried = false)
{
    auto* job = new Job(service, context);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    setup(*job);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [service, context, setup, finish, retried](QKeychain::Job* finished) {
                         if (finished->error() == QKeychain::OtherError && !retried) {
                             QTimer::singleShot(kRetryDelayMs, context, [=] {
                                 runJob<Job>(service, context, setup, finish, true);
                             });
                             return;
                         }
                         finish(*static_cast<Job*>(finished));
                     });
    job->start();
}

} // namespace

TokenStore::TokenStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

QString TokenStore::account(const QString& serverUrl, const QString& email)
{
    return serverUrl + u'|' + email.toLower();
}

void TokenStore::save(const QString& account, const QString& token,
                      std::function<void(bool, const QString&)> done)
{
    runJob<QKeychain::WritePasswordJob>(
            m_service, this,
            [account, token](QKeychain::WritePasswordJob& job) {
                job.setKey(account);
                job.setTextData(token);
            },
            [done](QKeychain::WritePasswordJob& job) {
                done(job.error() == QKeychain::NoError, job.errorString());
            });
}

void TokenStore::load(const QString& account,
                      std::function<void(std::optional<QString>, const QString&)> done)
{
    runJob<QKeychain::ReadPasswordJob>(
            m_service, this, [account](QKeychain::ReadPasswordJob& job) { job.setKey(account); },
            [done](QKeychain::ReadPasswordJob& job) {
                if (job.error() == QKeychain::NoError)
                    done(job.textData(), QString());
                else if (job.error() == QKeychain::EntryNotFound)
                    done(std::nullopt, QString());
                else
                    done(std::nullopt, job.errorString());
            });
}

void TokenStore::remove(const QString& account, std::function<void(bool, const QString&)> done)
{
    runJob<QKeychain::DeletePasswordJob>(
            m_service, this, [account](QKeychain::DeletePasswordJob& job) { job.setKey(account); },
            [done](QKeychain::DeletePasswordJob& job) {
                const bool ok = job.error() == QKeychain::NoError ||
                                job.error() == QKeychain::EntryNotFound;
                done(ok, ok ? QString() : job.errorString());
            });
}

} // namespace clm::app
