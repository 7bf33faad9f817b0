#include "ServerFixture.h"
#include "TestPostgres.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clm::test;

// 100,000 stale sessions are ended in one pass of the reaper (two reapers on
// PostgreSQL, racing), each exactly once and recorded once, while the server
// keeps answering requests.
class TestServerReaper : public QObject
{
    Q_OBJECT

private slots:
    void endsOneHundredThousandStaleSessions()
    {
        std::unique_ptr<ServerFixture> fixture;
        CLM_START_FIXTURE(fixture, QStringList{u"--reaper-interval"_s, u"1"_s});
        const auto owner = fixture->createOrganization(u"Stale"_s, u"owner@stale.test"_s);
        HttpClient admin = fixture->client(owner.access);
        const QString license =
                admin.post(u"/api/v1/licenses/"_s, {{u"name"_s, u"Big"_s},
                                                    {u"product"_s, u"big"_s},
                                                    {u"max_concurrent_seats"_s, 200000}})
                        .json.value("id"_L1)
                        .toString();
        QVERIFY(!license.isEmpty());
        const QString live = admin.post(u"/api/v1/licenses/acquire"_s,
                                        {{u"product"_s, u"big"_s}, {u"hardware_id"_s, u"alive"_s}})
                                     .json.value("session_id"_L1)
                                     .toString();
        QVERIFY(!live.isEmpty());

        TestDatabase& db = fixture->database();
        const QString insert =
                db.isPostgres()
                        ? u"INSERT INTO license_sessions (organization_id, id, license_id, "
                          u"hardware_id, "
                          "started_at, last_heartbeat_at, lease_expires_at, holds_until) SELECT "
                          "'%1', "
                          "gen_random_uuid(), '%2', 'stale-' || g, 0, 0, 0, 1 FROM generate_series(1, 100000) g"_s
                        : u"WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x "
                          u"< 100000) "
                          "INSERT INTO license_sessions (organization_id, id, license_id, "
                          "hardware_id, "
                          "started_at, last_heartbeat_at, lease_expires_at, holds_until) SELECT "
                          "'%1', "
                          "lower(hex(randomblob(16))), '%2', 'stale-' || x, 0, 0, 0, 1 FROM n"_s;
        std::unique_ptr<ServerProcess> second;
        if (db.isPostgres()) {
            second = std::make_unique<ServerProcess>(db.url(),
                                                     QStringList{u"--reaper-interval"_s, u"1"_s},
                                                     fixture->server().keyDir());
            QVERIFY2(second->start(), qPrintable(second->error()));
        }
        db.query(insert.arg(owner.organizationId, license));
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));

        // While the reapers work, requests are served.
        QElapsedTimer timer;
        timer.start();
        int served = 0;
        qint64 open = -1;
        while (timer.elapsed() < 180000) {
            QCOMPARE(fixture->client().get(u"/health"_s).status, 200);
            QCOMPARE(admin.post(u"/api/v1/licenses/heartbeat"_s, {{u"session_id"_s, live}}).status,
                     200);
            ++served;
            open = db.query(u"SELECT count(*) FROM license_sessions WHERE ended_at IS NULL"_s)
                           .value(0)
                           .toLongLong();
            if (open == 1)
                break;
            QTest::qWait(250);
        }
        QCOMPARE(open, 1); // only the live one
        QVERIFY(served > 0);
        qInfo("reaped 100000 sessions in %lld ms while answering %d request pairs", timer.elapsed(),
              served);
        QCOMPARE(db.query(u"SELECT count(*) FROM license_sessions WHERE end_reason = 'timeout'"_s)
                         .value(0),
                 u"100000"_s);
        // Recorded once each, however many reapers raced.
        const QString recorded =
                db.isPostgres()
                        ? db.query(u"SELECT sum((details::jsonb->>'count')::int) FROM audit_log WHERE action = 'session.timeout'"_s)
                                  .value(0)
                        : db.query(u"SELECT sum(json_extract(details, '$.count')) FROM audit_log WHERE action = 'session.timeout'"_s)
                                  .value(0);
        QCOMPARE(recorded, u"100000"_s);
        QByteArray out;
        QCOMPARE(ServerProcess::run({u"verify-audit"_s, u"--database"_s, db.url()}, {}, &out), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerReaper)
#include "tst_server_reaper.moc"
