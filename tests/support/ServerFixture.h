#pragma once

#include "HttpClient.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace clm::test {

// One database plus one running server, with helpers to create
// organizations and sign users in. Used by every server suite.
class ServerFixture
{
public:
    struct Account
    {
        QString organizationId;
        QString userId;
        QString email;
        QString password;
        QString access;
        QString refresh;
    };

    // Starts a server on a fresh database; check ok() and error().
    explicit ServerFixture(const QStringList& serverArgs = {});

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    TestDatabase& database() { return *m_database; }
    ServerProcess& server() { return *m_server; }

    // A new HTTP client pointing at the server (optionally signed in).
    HttpClient client(const QString& token = {}) const;

    // `clm-server create-org`, then a login of its owner.
    Account createOrganization(const QString& name, const QString& email,
                               const QString& password = QStringLiteral("owner-password-1"));
    // Creates a user through the API as `admin` and signs them in.
    Account createUser(const Account& admin, const QString& email, const QString& role,
                       const QString& password = QStringLiteral("user-password-1"));
    // POST /auth/login; empty access on failure.
    Account login(const QString& email, const QString& password);
    // A new enrollment token of `admin`'s organization; empty on failure.
    QString createEnrollmentToken(const Account& admin, const QString& label);
    // Enrolls a machine named `hostname` (hardware id "<hostname>-hw");
    // its device token, empty on failure (error() says why).
    QString enrollDevice(const QString& enrollmentToken, const QString& hostname);

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    bool m_ok = false;
    QString m_error;
};

} // namespace clm::test

// Starts the fixture in initTestCase(): skips (by hand) or fails (CI) when
// PostgreSQL is required but missing, fails when the server does not start.
#define CLM_START_FIXTURE(fixturePointer, ...)                                                     \
    do {                                                                                           \
        if (::clm::test::TestDatabase::backend() ==                                                \
                    ::clm::test::TestDatabase::Backend::PostgreSQL &&                              \
            ::clm::test::TestPostgres::url().isEmpty()) {                                          \
            if (::clm::test::TestPostgres::required())                                             \
                QFAIL("CLM_TEST_PG_URL is not set under CI");                                      \
            QSKIP("CLM_TEST_PG_URL is not set; run through scripts/test");                         \
        }                                                                                          \
        fixturePointer = std::make_unique<::clm::test::ServerFixture>(__VA_ARGS__);                \
        QVERIFY2(fixturePointer->ok(), qPrintable(fixturePointer->error()));                       \
    } while (false)
