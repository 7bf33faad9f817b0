#include "ServerFixture.h"
#include "TestPostgres.h"

#include <QDateTime>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace clm::test;

class TestServerAudit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_owner;

    QStringList actions(const QString& query = {})
    {
        const HttpReply reply =
                m_fixture->client(m_owner.access).get(u"/api/v1/audit/?page_size=500"_s + query);
        QStringList out;
        for (const auto& entry : reply.results())
            out.append(entry.toObject().value("action"_L1).toString());
        return out;
    }

    int verify(QByteArray* output)
    {
        return ServerProcess::run({u"verify-audit"_s, u"--database"_s, m_fixture->database().url()},
                                  {}, output);
    }

private slots:
    void initTestCase()
    {
        CLM_START_FIXTURE(m_fixture);
        m_owner = m_fixture->createOrganization(u"Audited"_s, u"owner@audit.test"_s);
        QVERIFY(!m_owner.access.isEmpty());
    }

    void mutationsAndSignInsAreRecorded()
    {
        HttpClient owner = m_fixture->client(m_owner.access);
        const auto user = m_fixture->createUser(m_owner, u"someone@audit.test"_s, u"member"_s);
        QCOMPARE(owner.patch(u"/api/v1/users/%1/"_s.arg(user.userId), {{u"role"_s, u"guest"_s}})
                         .status,
                 200);
        QCOMPARE(owner.del(u"/api/v1/users/%1/"_s.arg(user.userId)).status, 204);
        QCOMPARE(owner.patch(u"/api/v1/tenants/me/"_s, {{u"name"_s, u"Audited Inc"_s}}).status,
                 200);
        QVERIFY(m_fixture->login(u"owner@audit.test"_s, u"wrong-password!"_s).access.isEmpty());
        const auto session = m_fixture->login(u"owner@audit.test"_s, u"owner-password-1"_s);
        QCOMPARE(m_fixture->client()
                         .post(u"/api/v1/auth/logout"_s, {{u"refresh"_s, session.refresh}})
                         .status,
                 204);

        const QStringList recorded = actions();
        for (const auto action :
             {"user.create", "user.update", "user.deactivate", "organization.update", "auth.login",
              "auth.login_failed", "auth.logout"})
            QVERIFY2(recorded.contains(QLatin1String(action)), qPrintable(recorded.join(u',')));
        // Newest first.
        QCOMPARE(recorded.first(), u"auth.logout"_s);

        const HttpReply failed = owner.get(u"/api/v1/audit/?action=auth.login_failed"_s);
        QCOMPARE(failed.json.value("count"_L1).toInt(), 1);
        const QJsonObject entry = failed.results().first().toObject();
        QCOMPARE(entry.value("actor_type"_L1).toString(), u"user"_s);
        QCOMPARE(entry.value("ip_address"_L1).toString(), u"127.0.0.1"_s);
        QVERIFY(!entry.value("details"_L1).toObject().contains("password"_L1));
        for (const auto field : {"id", "at", "actor_type", "actor_id", "action", "target_type",
                                 "target_id", "ip_address", "details"})
            QVERIFY2(entry.contains(QLatin1String(field)), field);

        const HttpReply update = owner.get(u"/api/v1/audit/?action=user.update"_s);
        const QJsonObject change = update.results().first().toObject();
        QCOMPARE(change.value("actor_id"_L1).toString(), m_owner.userId);
        QCOMPARE(change.value("target_id"_L1).toString(), user.userId);
        QCOMPARE(change.value("details"_L1)
                         .toObject()
                         .value("role"_L1)
                         .toObject()
                         .value("to"_L1)
                         .toString(),
                 u"guest"_s);

        // A change records what each field was, too ("seats: 5 -> 8").
        const QString license = owner.post(u"/api/v1/licenses/"_s, {{u"name"_s, u"Audited"_s},
                                                                    {u"product"_s, u"audited"_s},
                                                                    {u"max_concurrent_seats"_s, 5}})
                                        .json.value("id"_L1)
                                        .toString();
        QCOMPARE(owner.patch(u"/api/v1/licenses/%1/"_s.arg(license),
                             {{u"max_concurrent_seats"_s, 8}, {u"name"_s, u"Audited tool"_s}})
                         .status,
                 200);
        const QJsonObject seats = owner.get(u"/api/v1/audit/?action=license.update"_s)
                                          .results()
                                          .first()
                                          .toObject()
                                          .value("details"_L1)
                                          .toObject();
        QCOMPARE(seats.value("max_concurrent_seats"_L1).toInt(), 8);
        QCOMPARE(seats.value("name"_L1).toString(), u"Audited tool"_s);
        const QJsonObject before = seats.value("before"_L1).toObject();
        QCOMPARE(before.value("max_concurrent_seats"_L1).toInt(), 5);
        QCOMPARE(before.value("name"_L1).toString(), u"Audited"_s);
        QCOMPARE(before.size(), 2);
    }

    void filters()
    {
        HttpClient owner = m_fixture->client(m_owner.access);
        const int all = owner.get(u"/api/v1/audit/"_s).json.value("count"_L1).toInt();
        QVERIFY(all > 5);
        const int mine = owner.get(u"/api/v1/audit/?actor_id=%1"_s.arg(m_owner.userId))
                                 .json.value("count"_L1)
                                 .toInt();
        QVERIFY(mine > 0 && mine < all);
        const QString future = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
        const QString past = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
        QCOMPARE(owner.get(u"/api/v1/audit/?from="_s +
                           QString::fromLatin1(QUrl::toPercentEncoding(future)))
                         .json.value("count"_L1)
                         .toInt(),
                 0);
        QCOMPARE(owner.get(u"/api/v1/audit/?from="_s +
                           QString::fromLatin1(QUrl::toPercentEncoding(past)))
                         .json.value("count"_L1)
                         .toInt(),
                 all);
        QCOMPARE(owner.get(u"/api/v1/audit/?to="_s +
                           QString::fromLatin1(QUrl::toPercentEncoding(past)))
                         .json.value("count"_L1)
                         .toInt(),
                 0);
        const HttpReply bad = owner.get(u"/api/v1/audit/?from=yesterday"_s);
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.details().contains("from"_L1));
    }

    void chainVerifiesAndCatchesAnEdit()
    {
        QByteArray output;
        QCOMPARE(verify(&output), 0);
        QVERIFY2(output.contains("intact"), output.constData());

        TestDatabase& db = m_fixture->database();
        const QString id =
                db.query(u"SELECT id FROM audit_log WHERE action = 'user.update'"_s).value(0);
        QVERIFY2(!id.isEmpty(), qPrintable(db.error()));
        db.query(u"UPDATE audit_log SET details = '{\"role\":\"nothing to see\"}' WHERE id = '%1'"_s
                         .arg(id));
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        QCOMPARE(verify(&output), 1);
        QVERIFY2(output.contains(id.toLatin1()), output.constData());
        QVERIFY2(output.contains("edited"), output.constData());
    }

    void chainCatchesDeletedRows()
    {
        ServerFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const auto owner = fixture.createOrganization(u"Deleted"_s, u"owner@deleted.test"_s);
        fixture.createUser(owner, u"x@deleted.test"_s, u"member"_s);
        fixture.createUser(owner, u"y@deleted.test"_s, u"member"_s);
        auto run = [&](QByteArray* out) {
            return ServerProcess::run(
                    {u"verify-audit"_s, u"--database"_s, fixture.database().url()}, {}, out);
        };
        QByteArray output;
        QCOMPARE(run(&output), 0);
        // Removing the newest row is caught by the chain's head...
        TestDatabase& db = fixture.database();
        const QString last = db.query(u"SELECT max(seq) FROM audit_log"_s).value(0);
        db.query(u"DELETE FROM audit_log WHERE seq = %1"_s.arg(last));
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        QCOMPARE(run(&output), 1);
        QVERIFY2(output.contains("removed"), output.constData());
        // ... and one from the middle by the gap.
        db.query(u"DELETE FROM audit_log WHERE seq = 2"_s);
        QCOMPARE(run(&output), 1);
        QVERIFY2(output.contains("row 2 is missing"), output.constData());
    }

    void rowsAreSealedSoonAfterTheyAreWritten()
    {
        // PostgreSQL writes rows unsealed and the server's sealer chains them
        // after commit; SQLite seals as it writes. Either way every row has
        // its place in the chain within moments, numbered without gaps.
        TestDatabase& db = m_fixture->database();
        m_fixture->createUser(m_owner, u"sealed@audit.test"_s, u"member"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
                db.query(u"SELECT count(*) FROM audit_log WHERE hash IS NULL"_s).value(0), u"0"_s,
                5000);
        const QStringList counts =
                db.query(u"SELECT count(*) || ' ' || max(seq) || ' ' || count(DISTINCT seq) "
                         "FROM audit_log a JOIN organizations o ON o.id = a.organization_id "
                         "WHERE o.name = 'Audited'"_s);
        QVERIFY2(!counts.isEmpty(), qPrintable(db.error()));
        const QStringList parts = counts.first().split(u' ');
        QCOMPARE(parts.value(1), parts.value(0));
        QCOMPARE(parts.value(2), parts.value(0));
    }

    void verifierRefusesWhatItCannotSee()
    {
        if (!m_fixture->database().isPostgres())
            QSKIP("row-level security is PostgreSQL's");
        // A user that can read the tables but is not their owner sees no
        // organization's chain through row-level security: "intact" would be
        // a false all-clear.
        TestDatabase& db = m_fixture->database();
        db.query(u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                 "'clm_audit_reader') THEN CREATE ROLE clm_audit_reader LOGIN; END IF; END $$"_s);
        db.query(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO clm_audit_reader"_s);
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        QString url = db.url();
        url.replace(u"//postgres@"_s, u"//clm_audit_reader@"_s);
        QVERIFY(url != db.url());
        QByteArray output;
        QCOMPARE(ServerProcess::run({u"verify-audit"_s, u"--database"_s, url}, {}, &output), 1);
        QVERIFY2(output.contains("clm_audit_reader"), output.constData());
        QVERIFY2(!output.contains("intact"), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestServerAudit)
#include "tst_server_audit.moc"
