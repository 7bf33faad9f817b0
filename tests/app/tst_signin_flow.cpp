// Signing in as a state machine (app::SignInFlow) against a real
// clm-server, with a keychain in memory: the kept sign-in resumed (and its
// rotated token kept), refused or kept while the server is away; the
// password asked for, wrong, too weak a role, or right; the session ending
// while the user works; an untrusted certificate explained and trusted
// through a CA file; and no nested event loop anywhere on the way.

#include "AdminClient.h"
#include "ServerFixture.h"
#include "TestCertificate.h"
#include "TestData.h"
#include "TestPostgres.h"
#include "app/ApiClient.h"
#include "app/ServerTrust.h"
#include "app/Settings.h"
#include "app/SignInFlow.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace clm;
using namespace clm::app;
using namespace clm::test;
using State = SignInFlow::State;

class TestSignInFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_owner;
    QNetworkAccessManager m_network;
    QTemporaryDir m_config;

    QString server() const { return m_fixture->server().baseUrl().toString(); }

    // One run of clm-admin: its API client, settings and flow.
    struct Run
    {
        std::unique_ptr<ApiClient> api;
        std::unique_ptr<Settings> settings;
        std::unique_ptr<SignInFlow> flow;
        QList<State> states;
    };

    std::unique_ptr<Run> run(MemoryTokenStore* tokens)
    {
        auto r = std::make_unique<Run>();
        r->api = std::make_unique<ApiClient>(&m_network);
        r->settings = std::make_unique<Settings>();
        r->flow = std::make_unique<SignInFlow>(r->api.get(), tokens, r->settings.get());
        Run* raw = r.get();
        connect(r->flow.get(), &SignInFlow::stateChanged, this,
                [raw](State state) { raw->states.append(state); });
        return r;
    }

    static bool settlesIn(const Run& r, State state, int timeoutMs = 15000)
    {
        return QTest::qWaitFor([&] { return r.flow->state() == state; }, timeoutMs);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(u"clm-tests"_s);
        QCoreApplication::setApplicationName(u"tst_signin_flow"_s);
        CLM_START_FIXTURE(m_fixture);
        m_owner = m_fixture->createOrganization(u"Flow Org"_s, u"owner@flow.example"_s);
        QVERIFY2(!m_owner.access.isEmpty(), qPrintable(m_fixture->error()));
    }

    void init()
    {
        if (m_fixture && m_fixture->server().pid() == 0)
            QVERIFY2(m_fixture->server().start(), qPrintable(m_fixture->server().error()));
    }

    void passwordThenKeptSignInResumes()
    {
        MemoryTokenStore tokens;
        auto first = run(&tokens);
        first->flow->start(server(), m_owner.email);
        QVERIFY(settlesIn(*first, State::WaitingForPassword));
        // Nothing kept: the keychain was asked, then the password is.
        QCOMPARE(first->states, (QList<State>{State::ReadingKeychain, State::WaitingForPassword}));
        QVERIFY(first->flow->error().isEmpty());

        first->flow->submit(u"ftp://nowhere"_s, m_owner.email, u"x"_s, true);
        QCOMPARE(first->flow->state(), State::WaitingForPassword);
        QVERIFY(first->flow->error().contains(u"http://"_s));

        first->flow->submit(server(), m_owner.email, u"not the password"_s, true);
        QCOMPARE(first->flow->state(), State::SigningIn);
        QVERIFY(settlesIn(*first, State::WaitingForPassword));
        QCOMPARE(first->flow->error(), u"Wrong email or password."_s);
        QVERIFY(tokens.tokens().isEmpty());

        QSignalSpy signedIn(first->flow.get(), &SignInFlow::signedIn);
        first->flow->submit(server(), m_owner.email, m_owner.password, true);
        QVERIFY(settlesIn(*first, State::SignedIn));
        QCOMPARE(signedIn.count(), 1);
        QCOMPARE(first->states.mid(first->states.size() - 3),
                 (QList<State>{State::SigningIn, State::LoadingProfile, State::SignedIn}));
        QCOMPARE(first->flow->organization().value("name"_L1).toString(), u"Flow Org"_s);
        QVERIFY(first->flow->error().isEmpty());
        const QString account = TokenStore::account(server(), m_owner.email);
        QTRY_COMPARE(tokens.tokens().value(account), first->api->refreshToken());
        QCOMPARE(first->settings->lastServer(), server());
        QCOMPARE(first->settings->lastEmail(), m_owner.email);

        // The next start opens without the dialog; the refresh rotates the
        // token, and the rotated one is what the keychain keeps (the old
        // one, used again, would end the whole sign-in).
        const QString kept = tokens.tokens().value(account);
        auto second = run(&tokens);
        second->flow->start(); // the last server and email
        QVERIFY(settlesIn(*second, State::SignedIn));
        QCOMPARE(second->states, (QList<State>{State::ReadingKeychain, State::Resuming,
                                               State::LoadingProfile, State::SignedIn}));
        QTRY_VERIFY(tokens.tokens().value(account) != kept);
        QCOMPARE(tokens.tokens().value(account), second->api->refreshToken());
        auto third = run(&tokens);
        third->flow->start();
        QVERIFY(settlesIn(*third, State::SignedIn));
        QCOMPARE(third->api->user().value("email"_L1).toString(), m_owner.email);

        // Signing out forgets the kept sign-in and asks for the password.
        third->flow->signOut();
        QCOMPARE(third->flow->state(), State::WaitingForPassword);
        QTRY_VERIFY(!tokens.tokens().contains(account));
        QVERIFY(!third->api->isSignedIn());
    }

    void notKeptSignInsAreNotResumed()
    {
        MemoryTokenStore tokens;
        const QString account = TokenStore::account(server(), m_owner.email);
        tokens.setToken(account, u"an-old-kept-token"_s);
        auto r = run(&tokens);
        r->flow->start(server(), m_owner.email, m_owner.password); // keep unticked
        QVERIFY(settlesIn(*r, State::SignedIn));
        // No dialog on the way, and the old kept sign-in is gone too.
        QVERIFY(!r->states.contains(State::WaitingForPassword));
        QTRY_VERIFY(!tokens.tokens().contains(account));
    }

    void refusedKeptSignInIsForgotten()
    {
        MemoryTokenStore tokens;
        const QString account = TokenStore::account(server(), m_owner.email);
        const ServerFixture::Account revoked = m_fixture->login(m_owner.email, m_owner.password);
        QCOMPARE(m_fixture->client()
                         .post(u"/api/v1/auth/logout"_s, {{u"refresh"_s, revoked.refresh}})
                         .status,
                 204);
        tokens.setToken(account, revoked.refresh);
        auto r = run(&tokens);
        r->flow->start(server(), m_owner.email);
        QVERIFY(settlesIn(*r, State::WaitingForPassword));
        QVERIFY(r->states.contains(State::Resuming));
        QVERIFY(!r->flow->notice().isEmpty());
        QTRY_VERIFY(!tokens.tokens().contains(account));
    }

    void serverAwayKeepsTheKeptSignIn()
    {
        MemoryTokenStore tokens;
        const QString account = TokenStore::account(server(), m_owner.email);
        const ServerFixture::Account kept = m_fixture->login(m_owner.email, m_owner.password);
        tokens.setToken(account, kept.refresh);
        m_fixture->server().stop();
        auto r = run(&tokens);
        r->flow->start(server(), m_owner.email);
        QVERIFY(settlesIn(*r, State::WaitingForPassword));
        QVERIFY2(r->flow->error().contains(u"does not answer"_s), qPrintable(r->flow->error()));
        QVERIFY(r->flow->certificateProblem().isNull());
        QCOMPARE(tokens.tokens().value(account), kept.refresh);

        // Back: the kept sign-in still works.
        QVERIFY(m_fixture->server().start());
        r->flow->start(server(), m_owner.email);
        QVERIFY(settlesIn(*r, State::SignedIn));
    }

    void keychainTroubleAsksForThePassword()
    {
        MemoryTokenStore tokens;
        tokens.setFailure(u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s);
        auto r = run(&tokens);
        QSignalSpy unavailable(r->flow.get(), &SignInFlow::keychainUnavailable);
        r->flow->start(server(), m_owner.email);
        QVERIFY(settlesIn(*r, State::WaitingForPassword));
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(unavailable.first().first().toString().contains(u"D-Bus"_s));
        // Signing in works; keeping it is reported again, not fatal.
        r->flow->submit(server(), m_owner.email, m_owner.password, true);
        QVERIFY(settlesIn(*r, State::SignedIn));
        QTRY_VERIFY(unavailable.count() >= 2);
    }

    void membersAreSentAway()
    {
        const ServerFixture::Account member =
                m_fixture->createUser(m_owner, u"member@flow.example"_s, u"member"_s);
        QVERIFY(!member.access.isEmpty());
        auto r = run(nullptr);
        r->flow->submit(server(), member.email, member.password, false);
        QVERIFY(settlesIn(*r, State::WaitingForPassword));
        QVERIFY2(r->flow->error().contains(u"Member"_s), qPrintable(r->flow->error()));
        QVERIFY(!r->api->isSignedIn());
        QVERIFY(!r->states.contains(State::SignedIn));
    }

    void sessionEndingAsksAgainAndLosesNothing()
    {
        auto r = run(nullptr);
        r->flow->submit(server(), m_owner.email, m_owner.password, false);
        QVERIFY(settlesIn(*r, State::SignedIn));
        // Elsewhere the refresh token is revoked; the access token ran out.
        QCOMPARE(m_fixture->client()
                         .post(u"/api/v1/auth/logout"_s, {{u"refresh"_s, r->api->refreshToken()}})
                         .status,
                 204);
        r->api->setTokens(u"expired.access.token"_s, r->api->refreshToken());
        RestReply created;
        QObject context;
        r->api->request("POST", u"/api/v1/licenses/"_s,
                        {{u"name"_s, u"Made while away"_s},
                         {u"product"_s, u"flow-kept"_s},
                         {u"max_concurrent_seats"_s, 1}},
                        &context, [&](const RestReply& reply) { created = reply; });
        QVERIFY(settlesIn(*r, State::WaitingForPassword));
        QVERIFY(r->flow->notice().contains(u"nothing you did is lost"_s));
        QCOMPARE(created.status, 0);
        r->flow->submit(server(), m_owner.email, m_owner.password, false);
        QVERIFY(settlesIn(*r, State::SignedIn));
        QTRY_COMPARE_WITH_TIMEOUT(created.status, 201, 10000);
    }

    void cancellingBeforeTheFirstSignInGivesUp()
    {
        auto r = run(nullptr);
        QSignalSpy abandoned(r->flow.get(), &SignInFlow::abandoned);
        r->flow->start(server(), m_owner.email);
        QCOMPARE(r->flow->state(), State::WaitingForPassword);
        r->flow->cancel();
        QCOMPARE(r->flow->state(), State::SignedOut);
        QCOMPARE(abandoned.count(), 1);
    }

    void untrustedCertificateIsExplainedAndTrustedByFile()
    {
        QTemporaryDir dir;
        const QString ca = dir.filePath(u"ca.pem"_s);
        const QString cert = dir.filePath(u"server.pem"_s);
        const QString key = dir.filePath(u"server-key.pem"_s);
        QVERIFY(TestCertificate::makeCa(ca, dir.filePath(u"ca-key.pem"_s), u"Acme Private CA"_s));
        QVERIFY(TestCertificate::makeServer(cert, key, ca, dir.filePath(u"ca-key.pem"_s)));
        ServerProcess tls(m_fixture->database().url(), {u"--tls-cert"_s, cert, u"--tls-key"_s, key},
                          m_fixture->server().keyDir());
        QVERIFY2(tls.start(), qPrintable(tls.error()));
        QCOMPARE(tls.baseUrl().scheme(), u"https"_s);

        auto r = run(nullptr);
        ServerTrust trust(r->api.get(), r->settings.get());
        r->flow->submit(tls.baseUrl().toString(), m_owner.email, m_owner.password, false);
        QVERIFY(settlesIn(*r, State::WaitingForPassword));
        const CertificateProblem problem = r->flow->certificateProblem();
        QVERIFY(!problem.isNull());
        QVERIFY(!r->api->isSignedIn());
        QCOMPARE(problem.host, u"127.0.0.1"_s);
        QVERIFY2(problem.subject.contains(u"CN=127.0.0.1"_s), qPrintable(problem.subject));
        QVERIFY2(problem.issuer.contains(u"CN=Acme Private CA"_s), qPrintable(problem.issuer));
        QFile pem(cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QSslCertificate served = QSslCertificate::fromData(pem.readAll()).first();
        QCOMPARE(problem.sha256,
                 QString::fromLatin1(
                         served.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
        QCOMPARE(problem.sha256.size(), 32 * 3 - 1);
        QVERIFY(!problem.isSelfSigned());
        QVERIFY(r->flow->error().contains(u"certificate"_s));

        // A file that is no certificate is reported and trusts nothing.
        QFile junk(dir.filePath(u"junk.pem"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate\n");
        junk.close();
        r->settings->addCaFile(junk.fileName());
        QCOMPARE(trust.problems().size(), 1);
        QVERIFY(trust.certificates().isEmpty());

        // The CA file in the settings: the same sign-in goes through.
        r->settings->addCaFile(ca);
        QCOMPARE(trust.certificates().size(), 1);
        r->flow->submit(tls.baseUrl().toString(), m_owner.email, m_owner.password, false);
        QVERIFY(settlesIn(*r, State::SignedIn));
        QVERIFY(r->flow->certificateProblem().isNull());
        QVERIFY(r->api->certificateProblem().isNull());
        QCOMPARE(call(*r->api, "GET", u"/api/v1/users/me/"_s).status, 200);
    }

    void cleanupTestCase() { m_fixture.reset(); }
};

QTEST_GUILESS_MAIN(TestSignInFlow)
#include "tst_signin_flow.moc"
