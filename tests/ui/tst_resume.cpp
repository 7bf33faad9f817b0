// clm-admin started again with a kept sign-in, as people do every morning:
// the refresh token kept in a real keychain (gnome-keyring under its own
// session bus, as tst_tokenstore_keychain) signs in without a dialog, and
// a server that does not answer at start keeps the token for later.

#include "ServerFixture.h"
#include "TestPostgres.h"
#include "app/ApiClient.h"
#include "app/Settings.h"
#include "app/SignInFlow.h"
#include "app/TokenStore.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace clm;
using namespace clm::test;
using State = app::SignInFlow::State;

class TestResume : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_owner;
    app::TokenStore m_tokens; // the real keychain

    QString server() const { return m_fixture->server().baseUrl().toString(); }
    QString account() const { return app::TokenStore::account(server(), m_owner.email); }

    std::optional<QString> kept()
    {
        bool done = false;
        std::optional<QString> token;
        QString error;
        m_tokens.load(account(), [&](std::optional<QString> t, const QString& e) {
            token = std::move(t);
            error = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000) || !error.isEmpty())
            qWarning() << "keychain:" << error;
        return token;
    }

    bool keep(const QString& token)
    {
        bool done = false;
        bool ok = false;
        m_tokens.save(account(), token, [&](bool saved, const QString& error) {
            ok = saved;
            done = true;
            if (!saved)
                qWarning() << "keychain:" << error;
        });
        return QTest::qWaitFor([&] { return done; }, 20000) && ok;
    }

    // A window started as clm-admin starts: no password given.
    struct Start
    {
        QNetworkAccessManager network;
        app::ApiClient api{&network};
        app::Settings settings;
        std::unique_ptr<ui::MainWindow> window;
        QList<State> states;
    };
    std::unique_ptr<Start> start(app::TokenStore* tokens)
    {
        auto s = std::make_unique<Start>();
        s->settings.setCaFiles({});
        s->settings.setLastSignIn(server(), m_owner.email);
        s->window = std::make_unique<ui::MainWindow>(&s->api, tokens, &s->settings);
        connect(s->window->signInFlow(), &app::SignInFlow::stateChanged, this,
                [raw = s.get()] { raw->states.append(raw->window->signInFlow()->state()); });
        s->window->resize(1100, 700);
        s->window->show();
        s->window->start(); // the last server and email, as at a real start
        return s;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty())
            QSKIP("needs a session bus with gnome-keyring (ctest runs it under dbus-run-session)");
        CLM_START_FIXTURE(m_fixture, QStringList{});
        m_owner = m_fixture->createOrganization(u"Resume Co"_s, u"owner@resume.example"_s);
        QVERIFY(!m_owner.refresh.isEmpty());
    }

    void keptSignInResumesWithoutADialog()
    {
        const ServerFixture::Account signIn = m_fixture->login(m_owner.email, m_owner.password);
        QVERIFY(keep(signIn.refresh));
        QCOMPARE(kept(), std::optional<QString>(signIn.refresh));

        auto s = start(&m_tokens);
        QTRY_VERIFY_WITH_TIMEOUT(s->window->signInFlow()->isSignedIn(), 20000);
        QVERIFY(!s->window->signInDialog());
        QVERIFY2(!s->states.contains(State::WaitingForPassword), "the dialog was asked for");
        QVERIFY(s->states.contains(State::ReadingKeychain));
        QVERIFY(s->states.contains(State::Resuming));
        QCOMPARE(s->api.user().value("email"_L1).toString(), m_owner.email);
        // The refresh token rotated: the keychain keeps the new one. (Using
        // the old one now would be a reuse, which ends the whole sign-in.)
        QTRY_VERIFY_WITH_TIMEOUT(kept() == std::optional<QString>(s->api.refreshToken()), 20000);
        QVERIFY(kept() != std::optional<QString>(signIn.refresh));
        s->window->close();
    }

    void unreachableServerAtStartKeepsTheToken()
    {
        const std::optional<QString> before = kept();
        QVERIFY(before && !before->isEmpty());
        m_fixture->server().stop();
        {
            auto s = start(&m_tokens);
            // The dialog says the server does not answer; the kept sign-in
            // stays in the keychain.
            QTRY_VERIFY_WITH_TIMEOUT(s->window->signInDialog() != nullptr, 20000);
            QCOMPARE(s->window->signInFlow()->state(), State::WaitingForPassword);
            QVERIFY2(s->window->signInFlow()->error().contains(u"does not answer"_s),
                     qPrintable(s->window->signInFlow()->error()));
            QVERIFY(s->states.contains(State::Resuming));
            QCOMPARE(kept(), before);
            s->window->signInDialog()->reject();
        }
        QCOMPARE(kept(), before);

        // The server is back: the next start signs in with it, no dialog.
        QVERIFY(m_fixture->server().start());
        auto again = start(&m_tokens);
        QTRY_VERIFY2_WITH_TIMEOUT(again->window->signInFlow()->isSignedIn(),
                                  qPrintable(again->window->signInFlow()->notice()), 20000);
        QVERIFY(!again->states.contains(State::WaitingForPassword));
        again->window->close();
    }

    void cleanupTestCase()
    {
        bool done = !m_fixture; // nothing kept when the fixture never started
        if (!done)
            m_tokens.remove(account(), [&](bool, const QString&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        m_fixture.reset();
    }
};

QTEST_MAIN(TestResume)
#include "tst_resume.moc"
