// The admin GUI's logic without widgets against a real clm-server: the API
// client's sign-in, token refresh and reachability, the one paging walker
// and the paged models, and the outcomes dialogs get.

#include "AdminClient.h"
#include "ServerFixture.h"
#include "TestData.h"
#include "TestPostgres.h"
#include "app/ApiClient.h"
#include "app/EditSession.h"
#include "app/Endpoints.h"
#include "app/EventStream.h"
#include "app/ListWalker.h"
#include "app/PagedModel.h"
#include "app/Resource.h"
#include "app/Roles.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace clm;
using namespace clm::app;
using namespace clm::test;

class TestAppClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_owner;
    QNetworkAccessManager m_network;

    std::unique_ptr<ApiClient> signedInClient(const QUrl& server = {})
    {
        return test::signedInClient(
                &m_network, server.isEmpty() ? m_fixture->server().baseUrl() : server, m_owner);
    }

    static QList<PagedModel::Column> licenseColumns()
    {
        return {{u"name"_s, u"Name"_s},
                {u"product"_s, u"Product"_s},
                {u"max_concurrent_seats"_s, u"Seats"_s},
                {u"is_active"_s, u"Active"_s}};
    }

    // Runs an EditSession or Resource step and waits for its outcome.
    template<typename Step>
    static Outcome wait(Step step)
    {
        Outcome result = Outcome::refused(u"no answer within the test's time"_s);
        bool done = false;
        step([&](const Outcome& outcome) {
            result = outcome;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 15000);
        return result;
    }

private slots:
    void initTestCase()
    {
        CLM_START_FIXTURE(m_fixture);
        m_owner = m_fixture->createOrganization(u"App Org"_s, u"owner@app.example"_s);
        QVERIFY2(!m_owner.access.isEmpty(), qPrintable(m_fixture->error()));
    }

    void init()
    {
        if (m_fixture && m_fixture->server().pid() == 0)
            QVERIFY2(m_fixture->server().start(), qPrintable(m_fixture->server().error()));
    }

    void signInAndOut()
    {
        ApiClient api(&m_network);
        api.setBaseUrl(m_fixture->server().baseUrl());
        QSignalSpy tokens(&api, &ApiClient::tokensChanged);
        bool done = false;
        RestReply wrong;
        api.signIn(m_owner.email, u"not the password"_s, this, [&](const RestReply& reply) {
            wrong = reply;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(wrong.status, 401);
        QVERIFY(!api.isSignedIn());
        QCOMPARE(tokens.count(), 0);

        QSignalSpy signedIn(&api, &ApiClient::signedIn);
        api.signIn(m_owner.email, m_owner.password, this, [](const RestReply&) {});
        QVERIFY(signedIn.wait(10000));
        QCOMPARE(api.user().value("email"_L1).toString(), m_owner.email);
        QCOMPARE(tokens.count(), 1);
        QCOMPARE(call(api, "GET", u"/api/v1/users/me/"_s).status, 200);

        const QString refresh = api.refreshToken();
        api.signOut();
        QVERIFY(!api.isSignedIn());
        // The server revoked the refresh token.
        QTRY_COMPARE(m_fixture->client()
                             .post(u"/api/v1/auth/refresh"_s, {{u"refresh"_s, refresh}})
                             .status,
                     401);
    }

    void expiredAccessTokenIsRefreshedOnce()
    {
        auto api = signedInClient();
        QVERIFY(api);
        QSignalSpy tokens(api.get(), &ApiClient::tokensChanged);
        const QString oldRefresh = api->refreshToken();
        // As if the access token had run out: the server answers 401.
        api->setTokens(u"expired.access.token"_s, oldRefresh);
        // Several requests at once share one refresh.
        RestReply a, b, c;
        QObject context;
        int done = 0;
        api->get(u"/api/v1/users/me/"_s, &context, [&](const RestReply& r) {
            a = r;
            ++done;
        });
        api->get(u"/api/v1/tenants/me/"_s, &context, [&](const RestReply& r) {
            b = r;
            ++done;
        });
        api->get(u"/api/v1/licenses/"_s, &context, [&](const RestReply& r) {
            c = r;
            ++done;
        });
        QTRY_COMPARE_WITH_TIMEOUT(done, 3, 15000);
        QCOMPARE(a.status, 200);
        QCOMPARE(b.status, 200);
        QCOMPARE(c.status, 200);
        QCOMPARE(tokens.count(), 1);
        QVERIFY(api->refreshToken() != oldRefresh); // rotated
    }

    void refusedRefreshAsksForSignInAndKeepsTheRequest()
    {
        auto api = signedInClient();
        QVERIFY(api);
        QSignalSpy required(api.get(), &ApiClient::signInRequired);
        api->setTokens(u"expired.access.token"_s, u"revoked-refresh-token"_s);
        RestReply created;
        bool done = false;
        QObject context;
        // Something the user did: it must not be lost.
        api->request(
                "POST", u"/api/v1/licenses/"_s,
                {{u"name"_s, u"Kept"_s}, {u"product"_s, u"kept"_s}, {u"max_concurrent_seats"_s, 1}},
                &context, [&](const RestReply& reply) {
                    created = reply;
                    done = true;
                });
        QVERIFY(required.wait(10000));
        QVERIFY(!done);
        // Signing in again sends it.
        api->signIn(m_owner.email, m_owner.password, this, [](const RestReply&) {});
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value("name"_L1).toString(), u"Kept"_s);
    }

    void serverGoingAwayAndComingBack()
    {
        auto api = signedInClient();
        QVERIFY(api);
        QSignalSpy reachable(api.get(), &ApiClient::reachableChanged);
        m_fixture->server().stop();
        const RestReply away = call(*api, "GET", u"/api/v1/users/me/"_s);
        QCOMPARE(away.status, 0);
        QCOMPARE(away.errorCode(), u"unreachable"_s);
        QVERIFY(!api->isReachable());
        QCOMPARE(reachable.count(), 1);
        QCOMPARE(reachable.last().first().toBool(), false);

        QVERIFY(m_fixture->server().start());
        QCOMPARE(call(*api, "GET", u"/api/v1/users/me/"_s).status, 200);
        QVERIFY(api->isReachable());
        QCOMPARE(reachable.count(), 2);
    }

    void pagesThroughMoreThanAThousandRows()
    {
        auto api = signedInClient();
        QVERIFY(api);
        // 1,050 licenses, made directly through the API.
        HttpClient admin = m_fixture->client(m_owner.access);
        for (int i = 0; i < 1050; ++i) {
            const HttpReply reply = admin.post(
                    u"/api/v1/licenses/"_s, {{u"name"_s, u"bulk-%1"_s.arg(i, 4, 10, QChar(u'0'))},
                                             {u"product"_s, u"bulk"_s},
                                             {u"max_concurrent_seats"_s, 1 + i % 7}});
            QCOMPARE(reply.status, 201);
        }
        PagedModel model(api.get(), u"/api/v1/licenses/"_s, licenseColumns());
        model.setPageSize(200);
        model.setFilter(u"product"_s, u"bulk"_s);
        QCOMPARE(model.rowCount(), 0); // nothing loads before the first reload
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 200, 10000);
        QCOMPARE(model.totalCount(), 1050);
        QVERIFY(model.canFetchMore());
        QVERIFY(QTest::qWaitFor(
                [&] {
                    if (model.canFetchMore())
                        model.fetchMore();
                    return !model.canFetchMore() && !model.isLoading();
                },
                30000));
        QCOMPARE(model.rowCount(), 1050);
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.data(model.index(row, 0), PagedModel::kIdRole).toString());
        QCOMPARE(ids.size(), 1050);
        QVERIFY(!model.canFetchMore());

        // Ordering by a column goes to the server.
        model.sort(0, Qt::AscendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 200, 10000);
        QCOMPARE(model.ordering(), u"name"_s);
        QCOMPARE(model.data(model.index(0, 0)).toString(), u"bulk-0000"_s);
        model.sort(0, Qt::DescendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(model.data(model.index(0, 0)).toString(), u"bulk-1049"_s, 10000);

        // Search narrows on the server.
        model.setSearch(u"bulk-104"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), 10, 10000);
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(!model.canFetchMore());
    }

    void liveUpdatesReplaceRowsInPlace()
    {
        auto api = signedInClient();
        QVERIFY(api);
        PagedModel model(api.get(), u"/api/v1/licenses/"_s, licenseColumns());
        model.setFilter(u"product"_s, u"kept"_s);
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
        QJsonObject item = model.item(0);
        item.insert(u"name"_s, u"Renamed"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsert(item);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(0, 0)).toString(), u"Renamed"_s);
        model.upsert({{u"id"_s, u"new-id"_s}, {u"name"_s, u"New"_s}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, 0)).toString(), u"New"_s);
        model.removeId(u"new-id"_s);
        QCOMPARE(model.rowCount(), 1);
    }

    void liveSessionEventsArriveAndPollingCoversOutages()
    {
        auto api = signedInClient();
        QVERIFY(api);
        HttpClient admin = m_fixture->client(api->accessToken());
        QCOMPARE(admin.post(u"/api/v1/licenses/"_s, {{u"name"_s, u"Live"_s},
                                                     {u"product"_s, u"live"_s},
                                                     {u"max_concurrent_seats"_s, 2}})
                         .status,
                 201);
        const QString enrollment =
                admin.post(u"/api/v1/enrollment-tokens/"_s, {{u"label"_s, u"live"_s}})
                        .json.value("token"_L1)
                        .toString();
        const HttpReply device = m_fixture->client().post(u"/api/v1/devices/enroll"_s,
                                                          {{u"enrollment_token"_s, enrollment},
                                                           {u"hardware_id"_s, u"live-machine"_s},
                                                           {u"hostname"_s, u"ws-live"_s},
                                                           {u"os"_s, u"Debian 12"_s}});
        QCOMPARE(device.status, 201);

        EventStream stream(api.get());
        stream.setPollIntervalMs(200);
        stream.setMaxReconnectDelayMs(1000);
        QSignalSpy events(&stream, &EventStream::eventReceived);
        QSignalSpy polls(&stream, &EventStream::pollDue);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(stream.mode(), EventStream::Mode::Live, 10000);

        const HttpReply acquired =
                m_fixture->client(device.json.value("device_token"_L1).toString())
                        .post(u"/api/v1/licenses/acquire"_s,
                              {{u"product"_s, u"live"_s}, {u"os_user"_s, u"alice"_s}});
        QCOMPARE(acquired.status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    for (const auto& args : std::as_const(events)) {
                        const QJsonObject event = args.first().toJsonObject();
                        if (event.value("type"_L1).toString() == "session.started"_L1)
                            return true;
                    }
                    return false;
                }(),
                10000);

        // The server goes away: polling takes over; it comes back: live again.
        m_fixture->server().stop();
        QTRY_COMPARE_WITH_TIMEOUT(stream.mode(), EventStream::Mode::Polling, 10000);
        const qsizetype before = polls.count();
        QTRY_VERIFY_WITH_TIMEOUT(polls.count() > before + 1, 5000);
        QVERIFY(m_fixture->server().start());
        QTRY_COMPARE_WITH_TIMEOUT(stream.mode(), EventStream::Mode::Live, 15000);
        stream.stop();
        QCOMPARE(stream.mode(), EventStream::Mode::Off);
    }

    void liveEventsOutlastTheAccessToken()
    {
        // Access tokens of three seconds: the server closes the events socket
        // (1008) when its token expires; the stream refreshes the token and
        // reconnects at once, so the window never leaves "live" and no event
        // is lost to it.
        ServerProcess shortLived(m_fixture->database().url(), {u"--access-token-ttl"_s, u"3"_s},
                                 m_fixture->server().keyDir());
        QVERIFY2(shortLived.start(), qPrintable(shortLived.error()));
        auto api = signedInClient(shortLived.baseUrl());
        QVERIFY(api);
        HttpClient admin = m_fixture->client(m_owner.access);
        QCOMPARE(admin.post(u"/api/v1/licenses/"_s, {{u"name"_s, u"Long live"_s},
                                                     {u"product"_s, u"long-live"_s},
                                                     {u"max_concurrent_seats"_s, 5}})
                         .status,
                 201);

        EventStream stream(api.get());
        stream.setPollIntervalMs(200);
        QSignalSpy modes(&stream, &EventStream::modeChanged);
        QSignalSpy events(&stream, &EventStream::eventReceived);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(stream.mode(), EventStream::Mode::Live, 10000);
        const QString firstToken = api->accessToken();

        // Two token lifetimes later the socket has been renewed twice.
        QTRY_VERIFY_WITH_TIMEOUT(api->accessToken() != firstToken, 10000);
        const QString secondToken = api->accessToken();
        QTRY_VERIFY_WITH_TIMEOUT(api->accessToken() != secondToken, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stream.mode(), EventStream::Mode::Live, 5000);
        for (const auto& change : std::as_const(modes))
            QCOMPARE(change.first().value<EventStream::Mode>(), EventStream::Mode::Live);

        // And events still arrive on the renewed socket (a change made
        // through its own server process: SQLite's events stay in-process).
        // With three-second tokens a socket is renewed every few seconds;
        // a change made in the moment between two sockets is not pushed
        // (the stream asks the views to reload on every connect instead,
        // checked below), so a change is tried up to three times.
        QSignalSpy catchUps(&stream, &EventStream::pollDue);
        HttpClient sameServer(shortLived.baseUrl());
        sameServer.setToken(m_owner.access);
        bool pushed = false;
        for (int attempt = 0; attempt < 3 && !pushed; ++attempt) {
            const HttpReply acquired =
                    sameServer.post(u"/api/v1/licenses/acquire"_s,
                                    {{u"product"_s, u"long-live"_s},
                                     {u"hardware_id"_s, u"renewed-socket-%1"_s.arg(attempt)}});
            QCOMPARE(acquired.status, 201);
            const QString session = acquired.json.value("session_id"_L1).toString();
            pushed = QTest::qWaitFor(
                    [&] {
                        for (const auto& args : std::as_const(events)) {
                            const QJsonObject event = args.first().toJsonObject();
                            if (event.value("type"_L1).toString() == "session.started"_L1 &&
                                event.value("session"_L1).toObject().value("id"_L1).toString() ==
                                        session)
                                return true;
                        }
                        return false;
                    },
                    5000);
        }
        QVERIFY2(pushed, "no change reached the renewed sockets");
        // Each renewed socket asked the views to catch up on its gap.
        QTRY_VERIFY_WITH_TIMEOUT(!catchUps.isEmpty(), 10000);
        stream.stop();
    }

    void listWalkerReadsEveryItemOnce()
    {
        auto api = signedInClient();
        QVERIFY(api);
        HttpClient admin = test::admin(*m_fixture, m_owner);
        QStringList ids;
        for (int i = 0; i < 7; ++i) {
            ids.append(createLicense(admin, u"walk-%1"_s.arg(i), u"walk"_s, 1));
            QVERIFY(!ids.last().isEmpty());
        }
        ListWalker walker(api.get());
        walker.setAutoContinue(false);
        QSignalSpy pages(&walker, &ListWalker::pageLoaded);
        QSignalSpy finished(&walker, &ListWalker::finished);
        QSignalSpy failed(&walker, &ListWalker::failed);
        QStringList seen;
        connect(&walker, &ListWalker::pageLoaded, this, [&seen](const QList<QJsonObject>& items) {
            for (const QJsonObject& item : items)
                seen.append(item.value("id"_L1).toString());
        });
        // Newest first, three per page: a license created between the pages
        // shifts the rest by one, and the item that moves onto page two
        // must not come twice.
        walker.start(endpoints::licenses(), u"product=walk"_s, 3);
        QVERIFY(pages.wait(10000));
        QCOMPARE(seen.size(), 3);
        QCOMPARE(walker.totalCount(), 7);
        QVERIFY(walker.hasMore());
        QVERIFY(!createLicense(admin, u"walk-late"_s, u"walk"_s, 1).isEmpty());
        walker.fetchNext();
        QVERIFY(pages.wait(10000));
        QCOMPARE(pages.last().at(0).value<QList<QJsonObject>>().size(), 2); // one was a repeat
        walker.fetchNext();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), seen.size());
        for (const QString& id : std::as_const(ids))
            QVERIFY(seen.contains(id));

        // By itself, to the end; a page limit ends it early.
        ListWalker all(api.get());
        QSignalSpy allFinished(&all, &ListWalker::finished);
        all.setMaxPages(2);
        all.start(endpoints::licenses(), u"product=walk"_s, 3);
        QVERIFY(allFinished.wait(10000));
        QCOMPARE(all.pagesLoaded(), 2);
        QVERIFY(!all.hasMore());

        // A page past the end (rows gone meanwhile) is the end, not an error.
        ListWalker past(api.get());
        past.setAutoContinue(false);
        QSignalSpy pastPages(&past, &ListWalker::pageLoaded);
        QSignalSpy pastFinished(&past, &ListWalker::finished);
        QSignalSpy pastFailed(&past, &ListWalker::failed);
        past.start(endpoints::licenses(), u"product=walk&is_active=true"_s, 4);
        QVERIFY(pastPages.wait(10000));
        QCOMPARE(past.totalCount(), 8);
        QVERIFY(past.hasMore());
        for (const QJsonValue& license :
             admin.get(u"/api/v1/licenses/?product=walk&page_size=50"_s).results())
            QCOMPARE(admin.del(u"/api/v1/licenses/%1/"_s.arg(
                                       license.toObject().value("id"_L1).toString()))
                             .status,
                     204);
        past.fetchNext();
        QTRY_COMPARE_WITH_TIMEOUT(pastFinished.size() + pastFailed.size(), 1, 10000);
        QCOMPARE(pastFailed.size(), 0);
        QCOMPARE(pastPages.size(), 1);

        // A server error stops the walk with a reason.
        ListWalker broken(api.get());
        QSignalSpy brokenFailed(&broken, &ListWalker::failed);
        broken.start(endpoints::licenses(), u"ordering=no_such_field"_s);
        QVERIFY(brokenFailed.wait(10000));
        QVERIFY(!brokenFailed.first().at(0).toString().isEmpty());
    }

    void concurrentEditsConflictAndResolve()
    {
        auto mine = signedInClient();
        auto theirs = signedInClient();
        QVERIFY(mine && theirs);
        const RestReply created = call(*mine, "POST", u"/api/v1/licenses/"_s,
                                       {{u"name"_s, u"Edit me"_s},
                                        {u"product"_s, u"edit-me"_s},
                                        {u"max_concurrent_seats"_s, 3}});
        QCOMPARE(created.status, 201);
        const QString path = u"/api/v1/licenses/%1/"_s.arg(created.json.value("id"_L1).toString());

        EditSession a(mine.get(), path, created.json);
        EditSession b(theirs.get(), path, created.json);
        // Nothing changed: nothing is sent, the version stays.
        QCOMPARE(a.changes(created.json), QJsonObject());
        QCOMPARE(wait([&](auto done) { a.save(created.json, done); }).kind, Outcome::Kind::Saved);

        // What the edit dialogs send: the form's fields only.
        QJsonObject editedByThem{{u"name"_s, u"Their name"_s}, {u"max_concurrent_seats"_s, 3}};
        const Outcome theirSave = wait([&](auto done) { b.save(editedByThem, done); });
        QCOMPARE(theirSave.kind, Outcome::Kind::Saved);
        QCOMPARE(theirSave.item.value("name"_L1).toString(), u"Their name"_s);
        QCOMPARE(b.version(), created.json.value("version"_L1).toInt() + 1);

        // My edit started from the old version: 412, and nothing changed.
        QJsonObject editedByMe{{u"name"_s, u"Edit me"_s}, {u"max_concurrent_seats"_s, 7}};
        const Outcome conflict = wait([&](auto done) { a.save(editedByMe, done); });
        QCOMPARE(conflict.kind, Outcome::Kind::Conflict);
        QCOMPARE(call(*mine, "GET", path).json.value("max_concurrent_seats"_L1).toInt(), 3);

        // Overwrite: my field goes in against their version; their name stays.
        const Outcome overwritten = wait([&](auto done) { a.overwrite(editedByMe, done); });
        QCOMPARE(overwritten.kind, Outcome::Kind::Saved);
        const QJsonObject now = call(*mine, "GET", path).json;
        QCOMPARE(now.value("max_concurrent_seats"_L1).toInt(), 7);
        QCOMPARE(now.value("name"_L1).toString(), u"Their name"_s);
        QCOMPARE(a.version(), now.value("version"_L1).toInt());

        // They are now behind: reload gives them the server's copy.
        editedByThem.insert(u"name"_s, u"Second try"_s);
        QCOMPARE(wait([&](auto done) { b.save(editedByThem, done); }).kind,
                 Outcome::Kind::Conflict);
        QCOMPARE(wait([&](auto done) { b.reload(done); }).kind, Outcome::Kind::Saved);
        QCOMPARE(b.original().value("max_concurrent_seats"_L1).toInt(), 7);
        QCOMPARE(b.version(), now.value("version"_L1).toInt());
        // The dialog now shows the reloaded values; they edit the name again.
        editedByThem = {{u"name"_s, u"Second try"_s}, {u"max_concurrent_seats"_s, 7}};
        QCOMPARE(b.changes(editedByThem), (QJsonObject{{u"name"_s, u"Second try"_s}}));
        QCOMPARE(wait([&](auto done) { b.save(editedByThem, done); }).kind, Outcome::Kind::Saved);
        const QJsonObject last = call(*mine, "GET", path).json;
        QCOMPARE(last.value("name"_L1).toString(), u"Second try"_s);
        QCOMPARE(last.value("max_concurrent_seats"_L1).toInt(), 7);
    }

    void resourceActionsCreateEditAndRemove()
    {
        auto api = signedInClient();
        QVERIFY(api);
        Resource licenses(api.get(), endpoints::licenses());
        const Outcome created = wait([&](auto done) {
            licenses.create({{u"name"_s, u"Controller"_s},
                             {u"product"_s, u"controller"_s},
                             {u"max_concurrent_seats"_s, 2}},
                            this, done);
        });
        QCOMPARE(created.kind, Outcome::Kind::Saved);
        const QString id = created.item.value("id"_L1).toString();
        QCOMPARE(licenses.itemPath(id), u"/api/v1/licenses/%1/"_s.arg(id));

        // Bad input: a clear error naming the field, nothing created.
        const Outcome invalid = wait([&](auto done) {
            licenses.create({{u"name"_s, u"No seats"_s}, {u"product"_s, u"x"_s}}, this, done);
        });
        QCOMPARE(invalid.kind, Outcome::Kind::Invalid);
        QVERIFY(invalid.fieldErrors.contains(u"max_concurrent_seats"_s));
        QVERIFY(!invalid.fieldErrors.value(u"max_concurrent_seats"_s).isEmpty());

        std::unique_ptr<EditSession> edit(licenses.edit(created.item, nullptr));
        QCOMPARE(wait([&](auto done) {
                     edit->save({{u"max_concurrent_seats"_s, 4}}, done);
                 }).kind,
                 Outcome::Kind::Saved);
        QCOMPARE(edit->original().value("max_concurrent_seats"_L1).toInt(), 4);

        QCOMPARE(wait([&](auto done) { licenses.remove(id, this, done); }).kind,
                 Outcome::Kind::Saved);
        QCOMPARE(call(*api, "GET", licenses.itemPath(id)).json.value("is_active"_L1).toBool(true),
                 false);

        // The last owner cannot be removed: refused, and still active.
        Resource users(api.get(), endpoints::users());
        const QString me = api->user().value("id"_L1).toString();
        const Outcome refused = wait([&](auto done) { users.remove(me, this, done); });
        QCOMPARE(refused.kind, Outcome::Kind::Refused);
        QVERIFY(!refused.reason.isEmpty());
        QVERIFY(call(*api, "GET", users.itemPath(me)).json.value("is_active"_L1).toBool());
    }

    void roleRulesMatchTheServer()
    {
        QCOMPARE(roles::assignable(u"owner"_s), roles::all());
        QVERIFY(!roles::assignable(u"admin"_s).contains(u"owner"_s));
        QVERIFY(roles::assignable(u"member"_s).isEmpty());
        QVERIFY(roles::canManage(u"admin"_s) && !roles::canManage(u"guest"_s));

        // What the rules refuse, the server refuses too: an admin making an owner.
        const ServerFixture::Account admin =
                m_fixture->createUser(m_owner, u"rules-admin@app.example"_s, u"admin"_s);
        auto api = test::signedInClient(&m_network, m_fixture->server().baseUrl(), admin);
        QVERIFY(api);
        QCOMPARE(api->user().value("role"_L1).toString(), u"admin"_s);
        for (const QString& role : roles::all()) {
            const RestReply made = call(*api, "POST", u"/api/v1/users/"_s,
                                        {{u"email"_s, QString(role + u"-by-admin@app.example"_s)},
                                         {u"full_name"_s, role},
                                         {u"role"_s, role},
                                         {u"password"_s, u"a-long-enough-password"_s}});
            const bool allowed = roles::assignable(u"admin"_s).contains(role);
            QVERIFY2(allowed ? made.status == 201 : made.status == 403,
                     qPrintable(role + u": "_s + QString::number(made.status)));
        }

        // The last owner cannot be demoted: 409, a clear message, no change.
        auto owner = signedInClient();
        QVERIFY(owner);
        const QString me = owner->user().value("id"_L1).toString();
        const QJsonObject self = call(*owner, "GET", u"/api/v1/users/%1/"_s.arg(me)).json;
        EditSession edit(owner.get(), u"/api/v1/users/%1/"_s.arg(me), self);
        const QJsonObject demoted{{u"full_name"_s, self.value("full_name"_L1)},
                                  {u"role"_s, u"member"_s}};
        const Outcome refused = wait([&](auto done) { edit.save(demoted, done); });
        QCOMPARE(refused.kind, Outcome::Kind::Refused);
        QVERIFY(!refused.reason.isEmpty());
        QCOMPARE(call(*owner, "GET", u"/api/v1/users/me/"_s).json.value("role"_L1).toString(),
                 u"owner"_s);
    }

    void cleanupTestCase() { m_fixture.reset(); }
};

QTEST_GUILESS_MAIN(TestAppClient)
#include "tst_app_client.moc"
