#include "MetricsText.h"
#include "ScriptedHttpServer.h"
#include "ServerFixture.h"
#include "TestData.h"
#include "TestPostgres.h"
#include "core/WebhookEvents.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QScopeGuard>
#include <QSet>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace clm::test;

namespace {

const QStringList kAllEvents = clm::webhookEventTypes();

// The events a receiver accepted (2xx), in the order it received them.
QList<QJsonObject> accepted(const ScriptedHttpServer& receiver, const QByteArray& path)
{
    QList<QJsonObject> out;
    for (const auto& request : receiver.received()) {
        if (request.path == path && request.answeredStatus / 100 == 2)
            out.append(QJsonDocument::fromJson(request.body).object());
    }
    return out;
}

// The name of the license a license.* event carries.
QString licenseNameOf(const QJsonObject& event)
{
    return event.value("data"_L1)
            .toObject()
            .value("license"_L1)
            .toObject()
            .value("name"_L1)
            .toString();
}

QStringList typesOf(const QList<QJsonObject>& events)
{
    QStringList out;
    for (const auto& event : events)
        out.append(event.value("type"_L1).toString());
    return out;
}

// Waits until `done` holds (at most `ms`), processing events meanwhile.
template<class Predicate>
bool waitFor(Predicate done, int ms = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(50);
    }
    return true;
}

} // namespace

// Webhooks against a real receiver on loopback (a server started with
// --webhook-allow-insecure): the API, signatures checked with Qt's own
// HMAC, every kind of event, order and retries, the outbox surviving a
// kill -9, endpoints disabled after failing, address checks, and several
// server processes delivering each event once.
class TestServerWebhooks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A 2 s timeout: a delivery a killed server held is taken again
        // after 14 s (two timeouts and 10 s).
        CLM_START_FIXTURE(m_fixture,
                          QStringList{u"--webhook-allow-insecure"_s, u"--webhook-retry-base"_s,
                                      u"100"_s, u"--webhook-expiry-check"_s, u"1"_s,
                                      u"--webhook-timeout"_s, u"2"_s});
        m_owner = m_fixture->createOrganization(u"Hooks Org"_s, u"owner@hooks.test"_s);
        QVERIFY(!m_owner.access.isEmpty());
        QVERIFY(m_receiver.isListening());
    }

    void onlyAdminsOfTheOrganization()
    {
        const auto member = m_fixture->createUser(m_owner, u"member@hooks.test"_s, u"member"_s);
        QCOMPARE(m_fixture->client(member.access).get(u"/api/v1/webhooks/"_s).status, 403);
        QCOMPARE(
                m_fixture->client(member.access)
                        .post(u"/api/v1/webhooks/"_s,
                              {{u"url"_s, url("/m")}, {u"events"_s, QJsonArray{u"user.created"_s}}})
                        .status,
                403);
        QCOMPARE(m_fixture->client().get(u"/api/v1/webhooks/"_s).status, 401);

        const QJsonObject created = createWebhook(m_owner, "/isolated", {u"user.created"_s});
        const QString id = created.value("id"_L1).toString();
        QVERIFY(created.value("secret"_L1).toString().startsWith("whsec_"_L1));
        // The secret is shown once.
        const HttpReply shown = admin().get(u"/api/v1/webhooks/"_s + id + u'/');
        QCOMPARE(shown.status, 200);
        QVERIFY(!shown.json.contains("secret"_L1));

        const auto other = m_fixture->createOrganization(u"Other Hooks"_s, u"owner@other.test"_s);
        HttpClient stranger = clm::test::admin(*m_fixture, other);
        QCOMPARE(stranger.get(u"/api/v1/webhooks/"_s + id + u'/').status, 404);
        QCOMPARE(stranger.get(u"/api/v1/webhooks/"_s + id + u"/deliveries/"_s).status, 404);
        QCOMPARE(stranger.del(u"/api/v1/webhooks/"_s + id + u'/').status, 404);
        QCOMPARE(stranger.get(u"/api/v1/webhooks/"_s).json.value("count"_L1).toInt(), 0);
        QCOMPARE(admin().del(u"/api/v1/webhooks/"_s + id + u'/').status, 204);
        QCOMPARE(admin().get(u"/api/v1/webhooks/"_s + id + u'/').status, 404);
    }

    void badInputChangesNothing()
    {
        const qint64 before = admin().get(u"/api/v1/webhooks/"_s).json.value("count"_L1).toInt();
        const QList<QJsonObject> bad = {
                {{u"url"_s, u"ftp://example.com/x"_s},
                 {u"events"_s, QJsonArray{u"user.created"_s}}},
                {{u"url"_s, u"https://10.1.2.3/x"_s}, {u"events"_s, QJsonArray{u"user.created"_s}}},
                {{u"url"_s, u"https://169.254.169.254/latest"_s},
                 {u"events"_s, QJsonArray{u"user.created"_s}}},
                {{u"url"_s, u"https://[fd00::1]/x"_s},
                 {u"events"_s, QJsonArray{u"user.created"_s}}},
                {{u"url"_s, u"https://user:pw@example.com/x"_s},
                 {u"events"_s, QJsonArray{u"user.created"_s}}},
                {{u"url"_s, url("/x")}, {u"events"_s, QJsonArray{}}},
                {{u"url"_s, url("/x")}, {u"events"_s, QJsonArray{u"no.such_event"_s}}},
                {{u"url"_s, url("/x")}, {u"events"_s, QJsonArray{u"ping"_s}}},
                {{u"url"_s, url("/x")}},
                {{u"events"_s, QJsonArray{u"user.created"_s}}},
        };
        for (const QJsonObject& body : bad) {
            const HttpReply reply = admin().post(u"/api/v1/webhooks/"_s, body);
            QVERIFY2(reply.status == 400, reply.describe().constData());
            QCOMPARE(reply.error(), u"validation_failed"_s);
        }
        QCOMPARE(admin().get(u"/api/v1/webhooks/"_s).json.value("count"_L1).toInt(), before);
    }

    // The ping on creation, signed: checked with Qt's HMAC, not the
    // server's, from the exact bytes received.
    void pingIsSignedAndVerifiable()
    {
        const QJsonObject created = createWebhook(m_owner, "/ping", {u"license.created"_s});
        const QByteArray secret = created.value("secret"_L1).toString().toUtf8();
        QVERIFY(waitFor([&] { return !accepted(m_receiver, "/ping").isEmpty(); }));
        const auto request = lastRequest("/ping");
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        QCOMPARE(request.header("clm-event"), QByteArray("ping"));
        const QJsonObject event = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(event.value("type"_L1).toString(), u"ping"_s);
        QCOMPARE(event.value("organization_id"_L1).toString(), m_owner.organizationId);
        QCOMPARE(event.value("data"_L1).toObject().value("webhook_id"_L1), created.value("id"_L1));
        QCOMPARE(request.header("idempotency-key"), event.value("id"_L1).toString().toUtf8());

        const QByteArray signature = request.header("clm-signature");
        QVERIFY2(verify(signature, request.body, secret), signature.constData());
        // Another secret, or a changed body, does not verify.
        QVERIFY(!verify(signature, request.body, "whsec_wrong"));
        QVERIFY(!verify(signature, request.body + ' ', secret));

        // A rotated secret signs what follows; the old one no longer does.
        const QString id = created.value("id"_L1).toString();
        const HttpReply rotated =
                admin().patch(u"/api/v1/webhooks/"_s + id + u'/', {{u"rotate_secret"_s, true}});
        QCOMPARE(rotated.status, 200);
        const QByteArray newSecret = rotated.json.value("secret"_L1).toString().toUtf8();
        QVERIFY(!newSecret.isEmpty() && newSecret != secret);
        QVERIFY(!createLicense(admin(), u"Rotated"_s, u"rotated"_s, 1).isEmpty());
        QVERIFY(waitFor([&] { return accepted(m_receiver, "/ping").size() == 2; }));
        const auto second = lastRequest("/ping");
        QVERIFY(verify(second.header("clm-signature"), second.body, newSecret));
        QVERIFY(!verify(second.header("clm-signature"), second.body, secret));
    }

    // Every event kind, each from the change that causes it, in the order
    // of the changes.
    void everyKindOfEventArrivesInOrder()
    {
        createWebhook(m_owner, "/all", kAllEvents);
        QVERIFY(waitFor([&] { return accepted(m_receiver, "/all").size() == 1; })); // ping

        HttpClient a = admin();
        const auto user = m_fixture->createUser(m_owner, u"dev@hooks.test"_s, u"member"_s);
        QCOMPARE(a.patch(u"/api/v1/users/"_s + user.userId + u'/', {{u"full_name"_s, u"Dev"_s}})
                         .status,
                 200);
        const QString license = createLicense(a, u"Solo"_s, u"solo"_s, 1);
        QCOMPARE(
                a.patch(u"/api/v1/licenses/"_s + license + u'/', {{u"name"_s, u"Solo 2"_s}}).status,
                200);
        const QString enrollment = m_fixture->createEnrollmentToken(m_owner, u"hooks"_s);
        const QString first = m_fixture->enrollDevice(enrollment, u"hook-1"_s);
        const QString second = m_fixture->enrollDevice(enrollment, u"hook-2"_s);
        const HttpReply granted = acquire(*m_fixture, first, u"solo"_s, u"alice"_s);
        QCOMPARE(granted.status, 201);
        QCOMPARE(acquire(*m_fixture, second, u"solo"_s, u"bob"_s).status, 409);
        QCOMPARE(release(*m_fixture, first, granted.json.value("session_id"_L1).toString()).status,
                 200);
        const QString deviceId = deviceIdOf(u"hook-2"_s);
        QCOMPARE(a.del(u"/api/v1/devices/"_s + deviceId + u'/').status, 204);
        const QString expiring =
                createLicense(a, u"Ending"_s, u"ending"_s, 3,
                              {{u"expires_at"_s,
                                QDateTime::currentDateTimeUtc().addDays(5).toString(Qt::ISODate)}});

        const QStringList expected = {u"ping"_s,
                                      u"user.created"_s,
                                      u"user.updated"_s,
                                      u"license.created"_s,
                                      u"license.updated"_s,
                                      u"device.enrolled"_s,
                                      u"device.enrolled"_s,
                                      u"session.started"_s,
                                      u"license.seats_exhausted"_s,
                                      u"session.denied"_s,
                                      u"session.ended"_s,
                                      u"device.disabled"_s,
                                      u"license.created"_s,
                                      u"license.expiring"_s};
        QVERIFY2(waitFor([&] { return accepted(m_receiver, "/all").size() >= expected.size(); }),
                 qPrintable(typesOf(accepted(m_receiver, "/all")).join(u", "_s)));
        const QList<QJsonObject> events = accepted(m_receiver, "/all");
        QCOMPARE(typesOf(events), expected);
        const QJsonObject ended = events.at(10).value("data"_L1).toObject();
        QCOMPARE(ended.value("session"_L1).toObject().value("id"_L1),
                 granted.json.value("session_id"_L1));
        const QJsonObject notice = events.at(13).value("data"_L1).toObject();
        QCOMPARE(notice.value("license_id"_L1).toString(), expiring);
        QCOMPARE(notice.value("days"_L1).toInt(), 7);
        // Told once: the next checks (every second here) find it noted.
        QTest::qWait(2500);
        QCOMPARE(accepted(m_receiver, "/all").size(), expected.size());
    }

    // A receiver that fails gets the same event again, later and later,
    // and nothing after it until it has it.
    void retriesKeepTheOrder()
    {
        const QJsonObject hook = createWebhook(m_owner, "/flaky", {u"license.created"_s});
        QVERIFY(waitFor([&] { return accepted(m_receiver, "/flaky").size() == 1; })); // ping
        m_receiver.failNext("/flaky", 3, 503);
        QStringList names;
        for (int i = 0; i < 3; ++i) {
            names.append(u"Flaky %1"_s.arg(i));
            QVERIFY(!createLicense(admin(), names.last(), u"flaky-%1"_s.arg(i), 1).isEmpty());
        }
        QVERIFY(waitFor([&] { return accepted(m_receiver, "/flaky").size() == 4; }));
        QStringList received;
        for (const auto& event : accepted(m_receiver, "/flaky").mid(1))
            received.append(licenseNameOf(event));
        QCOMPARE(received, names);
        // The three failures were all the first event's.
        int failuresBeforeFirst = 0;
        for (const auto& request : m_receiver.received()) {
            if (request.path != "/flaky")
                continue;
            if (request.answeredStatus == 503) {
                QCOMPARE(licenseNameOf(QJsonDocument::fromJson(request.body).object()),
                         names.first());
                ++failuresBeforeFirst;
            }
        }
        QCOMPARE(failuresBeforeFirst, 3);
        const QJsonArray log = admin().get(u"/api/v1/webhooks/%1/deliveries/"_s.arg(
                                                   hook.value("id"_L1).toString()))
                                       .results();
        QCOMPARE(log.size(), 4);
        const QJsonObject firstLicense = log.at(2).toObject(); // newest first
        QCOMPARE(firstLicense.value("status"_L1).toString(), u"delivered"_s);
        QCOMPARE(firstLicense.value("attempts"_L1).toInt(), 4);
        QCOMPARE(firstLicense.value("response_status"_L1).toInt(), 200);
        QVERIFY(firstLicense.value("latency_ms"_L1).toInt() >= 0);
    }

    void redeliverSendsTheSameEventAgain()
    {
        const QJsonObject hook = createWebhook(m_owner, "/again", {u"license.created"_s});
        const QString id = hook.value("id"_L1).toString();
        QVERIFY(waitFor([&] { return accepted(m_receiver, "/again").size() == 1; }));
        const QJsonObject ping = admin().get(u"/api/v1/webhooks/%1/deliveries/"_s.arg(id))
                                         .results()
                                         .first()
                                         .toObject();
        const HttpReply again = admin().post(u"/api/v1/webhooks/%1/deliveries/%2/redeliver"_s.arg(
                                                     id, ping.value("id"_L1).toString()),
                                             {});
        QCOMPARE(again.status, 202);
        QCOMPARE(again.json.value("event_id"_L1), ping.value("event_id"_L1));
        QVERIFY(waitFor([&] { return accepted(m_receiver, "/again").size() == 2; }));
        const auto events = accepted(m_receiver, "/again");
        QCOMPARE(events.at(0).value("id"_L1), events.at(1).value("id"_L1));
        QCOMPARE(admin().post(u"/api/v1/webhooks/%1/deliveries/%2/redeliver"_s.arg(
                                      id, QUuid::createUuid().toString(QUuid::WithoutBraces)),
                              {})
                         .status,
                 404);
    }

    void responseBodiesAreKeptToOneKibibyte()
    {
        m_receiver.answer("/chatty", 200, QByteArray(5000, 'x'));
        const QJsonObject hook = createWebhook(m_owner, "/chatty", {u"license.created"_s});
        QVERIFY(waitFor([&] { return accepted(m_receiver, "/chatty").size() == 1; }));
        QJsonObject delivery;
        QVERIFY(waitFor([&] {
            delivery = admin().get(u"/api/v1/webhooks/%1/deliveries/"_s.arg(
                                           hook.value("id"_L1).toString()))
                               .results()
                               .first()
                               .toObject();
            return delivery.value("status"_L1).toString() == "delivered"_L1;
        }));
        QCOMPARE(delivery.value("response_body"_L1).toString().size(), 1024);
    }

    // The event is in the outbox with its change: a server killed before
    // delivering delivers after its restart. A change that fails writes
    // no event.
    void outboxSurvivesKillMinusNine()
    {
        createWebhook(m_owner, "/durable", {u"license.created"_s, u"license.updated"_s});
        QVERIFY(waitFor([&] { return accepted(m_receiver, "/durable").size() == 1; }));
        m_receiver.failNext("/durable", 1000, 503);
        const QString license = createLicense(admin(), u"Durable"_s, u"durable"_s, 1);
        QVERIFY(!license.isEmpty());
        // A stale change is refused, and so writes no event.
        QCOMPARE(admin().patch(u"/api/v1/licenses/"_s + license + u'/',
                               {{u"name"_s, u"Stale"_s}, {u"version"_s, 99}})
                         .status,
                 412);
        QVERIFY(waitFor([&] { return m_receiver.requests("/durable") >= 2; }));
        ::kill(static_cast<pid_t>(m_fixture->server().pid()), SIGKILL);
        m_fixture->server().stop();
        m_receiver.failNext("/durable", 0);
        QVERIFY2(m_fixture->server().start(), qPrintable(m_fixture->server().error()));
        // At most the lease of a delivery the killed server held, then the
        // retry delay.
        QVERIFY(waitFor([&] { return accepted(m_receiver, "/durable").size() == 2; }, 40000));
        QTest::qWait(1000);
        const auto events = accepted(m_receiver, "/durable");
        QCOMPARE(typesOf(events), (QStringList{u"ping"_s, u"license.created"_s}));
        QCOMPARE(events.at(1)
                         .value("data"_L1)
                         .toObject()
                         .value("license"_L1)
                         .toObject()
                         .value("name"_L1),
                 QJsonValue(u"Durable"_s));
    }

    // Addresses are checked after resolving: "localhost" passes the URL
    // check but is never connected to by a server that does not allow
    // loopback; an endpoint failing past the give-up time is disabled.
    void resolvedPrivateAddressesAreRefusedAndFailingEndpointsDisabled()
    {
        ServerProcess strict(m_fixture->database().url(),
                             {u"--webhook-retry-base"_s, u"100"_s, u"--webhook-give-up"_s, u"2"_s},
                             m_fixture->server().keyDir());
        QVERIFY2(strict.start(), qPrintable(strict.error()));
        HttpClient client(strict.baseUrl());
        client.setToken(m_owner.access);
        const QString loopback = u"https://127.0.0.1:%1/x"_s.arg(m_receiver.baseUrl().port());
        QCOMPARE(client.post(u"/api/v1/webhooks/"_s,
                             {{u"url"_s, loopback}, {u"events"_s, QJsonArray{u"user.created"_s}}})
                         .status,
                 400);
        QCOMPARE(client.post(u"/api/v1/webhooks/"_s, {{u"url"_s, url("/plain")},
                                                      {u"events"_s, QJsonArray{u"user.created"_s}}})
                         .status,
                 400); // http:// without --webhook-allow-insecure
        // Only the strict server runs from here on (one dispatcher).
        m_fixture->server().stop();
        const int connectionsBefore = m_receiver.connections();
        const HttpReply created = client.post(
                u"/api/v1/webhooks/"_s,
                {{u"url"_s, u"https://localhost:%1/rebind"_s.arg(m_receiver.baseUrl().port())},
                 {u"events"_s, QJsonArray{u"user.created"_s}}});
        QCOMPARE(created.status, 201);
        const QString id = created.json.value("id"_L1).toString();
        QJsonObject hook;
        QVERIFY(waitFor(
                [&] {
                    hook = client.get(u"/api/v1/webhooks/"_s + id + u'/').json;
                    return !hook.value("is_active"_L1).toBool();
                },
                30000));
        QVERIFY(hook.value("disabled_reason"_L1).toString().contains("loopback"_L1));
        QVERIFY(!hook.value("failing_since"_L1).isNull());
        const QJsonObject ping = client.get(u"/api/v1/webhooks/"_s + id + u"/deliveries/"_s)
                                         .results()
                                         .first()
                                         .toObject();
        QCOMPARE(ping.value("status"_L1).toString(), u"failed"_s);
        QVERIFY(ping.value("attempts"_L1).toInt() >= 2);
        QVERIFY(ping.value("response_status"_L1).isNull());
        QCOMPARE(m_receiver.connections(), connectionsBefore); // never connected
        const QJsonArray audit = client.get(u"/api/v1/audit/?action=webhook.disable"_s).results();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().toObject().value("target_id"_L1).toString(), id);

        // Enabled again by an admin: forgiven, and its queue is sent (here:
        // refused again, so it fails again).
        const HttpReply enabled =
                client.patch(u"/api/v1/webhooks/"_s + id + u'/', {{u"is_active"_s, true}});
        QCOMPARE(enabled.status, 200);
        QVERIFY(enabled.json.value("disabled_reason"_L1).isNull());
        QVERIFY(enabled.json.value("failing_since"_L1).isNull());
        strict.stop();
        QVERIFY2(m_fixture->server().start(), qPrintable(m_fixture->server().error()));
        QCOMPARE(admin().del(u"/api/v1/webhooks/"_s + id + u'/').status, 204);
    }

    // Deliveries no longer pending leave the log after the retention; one
    // still waiting stays, with its event. The attempts are counted in
    // /metrics.
    void oldDeliveriesArePrunedAndAttemptsCounted()
    {
        m_fixture->server().stop(); // one dispatcher: the one below
        // The fixture's server runs again afterwards, whatever happens here.
        const auto restart = qScopeGuard([this] { m_fixture->server().start(); });
        ServerProcess pruning(m_fixture->database().url(),
                              {u"--webhook-allow-insecure"_s, u"--webhook-retry-base"_s, u"100"_s,
                               u"--webhook-retention"_s, u"2"_s, u"--webhook-expiry-check"_s,
                               u"1"_s, u"--metrics-listen"_s, u"127.0.0.1:0"_s},
                              m_fixture->server().keyDir());
        QVERIFY2(pruning.start(), qPrintable(pruning.error()));
        HttpClient client(pruning.baseUrl());
        client.setToken(m_owner.access);
        m_receiver.answer("/kept", 200, "{}");
        m_receiver.failNext("/stuck", 1'000'000, 500);
        const auto made = [&](const char* path) {
            return client
                    .post(u"/api/v1/webhooks/"_s,
                          {{u"url"_s, url(path)}, {u"events"_s, QJsonArray{u"user.created"_s}}})
                    .json.value("id"_L1)
                    .toString();
        };
        const QString kept = made("/kept");
        const QString stuck = made("/stuck");
        QVERIFY(!kept.isEmpty() && !stuck.isEmpty());
        const auto deliveries = [&](const QString& id) {
            return client.get(u"/api/v1/webhooks/%1/deliveries/"_s.arg(id)).results();
        };
        QVERIFY(waitFor([&] {
            const QJsonArray log = deliveries(kept);
            return log.size() == 1 &&
                   log.first().toObject().value("status"_L1).toString() == "delivered"_L1;
        }));
        // Delivered more than 2 s ago: pruned (checked every second).
        QVERIFY(waitFor([&] { return deliveries(kept).isEmpty(); }, 15000));
        QCOMPARE(deliveries(stuck).size(), 1); // pending: kept whatever its age
        QCOMPARE(deliveries(stuck).first().toObject().value("status"_L1).toString(), u"pending"_s);

        HttpClient metrics(pruning.metricsUrl().adjusted(QUrl::RemovePath));
        const QByteArray text = metrics.get(u"/metrics"_s).body;
        // At least the ping to /kept (events of earlier tests may be sent too).
        const QHash<QString, double> seen = metricSamples(text);
        QVERIFY2(seen.value(u"clm_webhook_attempts_total{outcome=\"delivered\"}"_s) >= 1,
                 text.constData());
        QVERIFY(seen.value(u"clm_webhook_attempts_total{outcome=\"retried\"}"_s) >= 1);
        QVERIFY(seen.value(u"clm_webhook_attempt_duration_seconds_count"_s) >= 2);
        for (const QString& id : {kept, stuck})
            QCOMPARE(client.del(u"/api/v1/webhooks/"_s + id + u'/').status, 204);
        pruning.stop();
    }

    // Two processes share the database: each event reaches the endpoint
    // once, and in order.
    void severalProcessesDeliverEachEventOnce()
    {
        if (!m_fixture->database().isPostgres())
            QSKIP("one process per SQLite database");
        ServerProcess second(m_fixture->database().url(),
                             {u"--webhook-allow-insecure"_s, u"--webhook-retry-base"_s, u"100"_s},
                             m_fixture->server().keyDir());
        QVERIFY2(second.start(), qPrintable(second.error()));
        createWebhook(m_owner, "/shared", {u"license.created"_s});
        HttpClient viaSecond(second.baseUrl());
        viaSecond.setToken(m_owner.access);
        HttpClient viaFirst = admin();
        QStringList names;
        for (int i = 0; i < 20; ++i) {
            names.append(u"Shared %1"_s.arg(i, 2, 10, QChar(u'0')));
            HttpClient& client = i % 2 ? viaSecond : viaFirst;
            QVERIFY(!createLicense(client, names.last(), u"shared-%1"_s.arg(i), 1).isEmpty());
        }
        QVERIFY(waitFor([&] { return accepted(m_receiver, "/shared").size() >= 21; }));
        QTest::qWait(1500);
        const auto events = accepted(m_receiver, "/shared");
        QCOMPARE(events.size(), 21);
        QSet<QString> ids;
        QStringList received;
        for (const auto& event : events.mid(1)) {
            ids.insert(event.value("id"_L1).toString());
            received.append(licenseNameOf(event));
        }
        QCOMPARE(ids.size(), 20);
        QCOMPARE(received, names);
    }

    void cleanupTestCase() { m_fixture.reset(); }

private:
    HttpClient admin() { return clm::test::admin(*m_fixture, m_owner); }

    QString url(const char* path) const
    {
        return m_receiver.baseUrl().toString() + QString::fromLatin1(path);
    }

    // An endpoint of `account`'s organization at `path` of the receiver,
    // which answers it 200 (unless told otherwise before).
    QJsonObject createWebhook(const ServerFixture::Account& account, const char* path,
                              const QStringList& events)
    {
        if (m_receiver.requests(path) == 0 && path != QByteArrayLiteral("/chatty"))
            m_receiver.answer(path, 200, "{\"received\":true}");
        const HttpReply reply = clm::test::admin(*m_fixture, account)
                                        .post(u"/api/v1/webhooks/"_s,
                                              {{u"url"_s, url(path)},
                                               {u"events"_s, QJsonArray::fromStringList(events)},
                                               {u"description"_s, u"test"_s}});
        if (reply.status != 201)
            qWarning() << "webhook not created:" << reply.describe();
        return reply.json;
    }

    ScriptedHttpServer::Received lastRequest(const QByteArray& path) const
    {
        ScriptedHttpServer::Received last;
        for (const auto& request : m_receiver.received()) {
            if (request.path == path)
                last = request;
        }
        return last;
    }

    QString deviceIdOf(const QString& hostname)
    {
        for (const QJsonValue& device :
             admin().get(u"/api/v1/devices/?page_size=500"_s).results()) {
            if (device.toObject().value("hostname"_L1).toString() == hostname)
                return device.toObject().value("id"_L1).toString();
        }
        return {};
    }

    // The receiver's check, as docs/webhooks.md describes it.
    static bool verify(const QByteArray& header, const QByteArray& body, const QByteArray& secret)
    {
        QByteArray t;
        QByteArray v1;
        for (const QByteArray& part : header.split(',')) {
            if (part.startsWith("t="))
                t = part.mid(2);
            else if (part.startsWith("v1="))
                v1 = part.mid(3);
        }
        const qint64 age = QDateTime::currentSecsSinceEpoch() - t.toLongLong();
        if (t.isEmpty() || age < -300 || age > 300)
            return false;
        const QByteArray expected =
                QMessageAuthenticationCode::hash(t + '.' + body, secret, QCryptographicHash::Sha256)
                        .toHex();
        return v1 == expected;
    }

    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_owner;
    ScriptedHttpServer m_receiver;
};

QTEST_GUILESS_MAIN(TestServerWebhooks)
#include "tst_server_webhooks.moc"
