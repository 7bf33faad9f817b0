#include "ServerFixture.h"
#include "TestPostgres.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace clm::test;

namespace {

// The first column of every row of `sql` in the SQLite file at `path`
// (opened read-only), or {"error: ..."}.
QStringList queryFile(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    QStringList rows;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        rows = {u"error: "_s + QString::fromUtf8(sqlite3_errmsg(db))};
        sqlite3_close(db);
        return rows;
    }
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK) {
        rows = {u"error: "_s + QString::fromUtf8(sqlite3_errmsg(db))};
    } else {
        while (sqlite3_step(statement) == SQLITE_ROW)
            rows.append(QString::fromUtf8(
                    reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

// The permission bits of `path`, or -1.
int modeOf(const QString& path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

} // namespace

// `clm-server backup`: an online copy of a SQLite database, taken while a
// real server keeps committing, that opens, passes integrity_check and holds
// everything committed before the backup began.
class TestServerBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CLM_START_FIXTURE(m_fixture); }

    void copiesWhileTheServerWrites()
    {
        if (m_fixture->database().isPostgres())
            QSKIP("backup copies SQLite databases; PostgreSQL is backed up with pg_dump");
        const auto owner = m_fixture->createOrganization(u"Backup"_s, u"owner@backup.test"_s);
        QVERIFY(!owner.access.isEmpty());
        HttpClient admin = m_fixture->client(owner.access);
        const auto createLicense = [](HttpClient& client, const QString& product) {
            return client.post(u"/api/v1/licenses/"_s, {{u"name"_s, product},
                                                        {u"product"_s, product},
                                                        {u"max_concurrent_seats"_s, 1}});
        };
        QStringList before;
        for (int i = 0; i < 20; ++i) {
            const HttpReply reply = createLicense(admin, u"before-%1"_s.arg(i));
            QVERIFY2(reply.status == 201, reply.describe().constData());
            before.append(reply.json.value("id"_L1).toString());
        }
        // Enough pages that the copy takes a while: 200,000 ended sessions.
        TestDatabase& db = m_fixture->database();
        db.query(u"WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < "
                 "200000) INSERT INTO license_sessions (organization_id, id, license_id, "
                 "hardware_id, started_at, last_heartbeat_at, lease_expires_at, holds_until, "
                 "ended_at) SELECT '%1', lower(hex(randomblob(16))), '%2', 'old-' || x, 0, 0, "
                 "0, 0, 1 FROM n"_s.arg(owner.organizationId, before.first()));
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));

        // A writer that keeps committing through the API from before the
        // backup starts until after it ends.
        QAtomicInt stop = 0;
        QAtomicInt written = 0;
        QAtomicInt failed = 0;
        QString failure;
        const QUrl base = m_fixture->server().baseUrl();
        std::unique_ptr<QThread> writer(QThread::create([&] {
            HttpClient client(base);
            client.setToken(owner.access);
            for (int i = 0; !stop.loadAcquire(); ++i) {
                const HttpReply reply = createLicense(client, u"during-%1"_s.arg(i));
                if (reply.status == 201) {
                    written.fetchAndAddOrdered(1);
                } else if (failed.fetchAndAddOrdered(1) == 0) {
                    failure = QString::fromUtf8(reply.describe());
                }
            }
        }));
        writer->start();
        QTRY_VERIFY(written.loadAcquire() >= 3);

        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QString copy = out.filePath(u"clm-backup.db"_s);
        const int writtenBefore = written.loadAcquire();
        QProcess backup;
        backup.start(ServerProcess::binary(), {u"backup"_s, u"--database"_s, db.url(), copy});
        QVERIFY(backup.waitForFinished(120000));
        const int writtenAfter = written.loadAcquire();
        QTRY_VERIFY(written.loadAcquire() >= writtenAfter + 3); // still serving
        stop.storeRelease(1);
        writer->wait();
        QVERIFY2(backup.exitStatus() == QProcess::NormalExit && backup.exitCode() == 0,
                 backup.readAllStandardError().constData());
        QVERIFY2(failed.loadAcquire() == 0, qPrintable(failure));
        qInfo("%d writes committed while the backup ran", writtenAfter - writtenBefore);

        // One self-contained file, 0600, nothing left beside it.
        QCOMPARE(modeOf(copy), 0600);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"clm-backup.db"_s});
        QCOMPARE(queryFile(copy, u"PRAGMA integrity_check"_s), QStringList{u"ok"_s});
        QCOMPARE(queryFile(copy, u"PRAGMA journal_mode"_s), QStringList{u"delete"_s});

        const QStringList ids = queryFile(copy, u"SELECT id FROM licenses"_s);
        for (const QString& id : std::as_const(before))
            QVERIFY2(ids.contains(id), qPrintable(u"license %1 is missing"_s.arg(id)));
        // Every write answered before the backup started is in the copy; a
        // write whose answer was still on its way when it ended may be too.
        const int during = static_cast<int>(ids.size()) - static_cast<int>(before.size());
        QVERIFY2(during >= writtenBefore && during <= writtenAfter + 1,
                 qPrintable(u"%1 licenses of the writer in the copy; %2 were committed before "
                            "and %3 after the backup"_s.arg(during)
                                    .arg(writtenBefore)
                                    .arg(writtenAfter)));
        QCOMPARE(queryFile(copy, u"SELECT count(*) FROM license_sessions"_s),
                 QStringList{u"200000"_s});

        // A second backup replaces the first whole, with what came since.
        QByteArray output;
        QCOMPARE(ServerProcess::run({u"backup"_s, u"--database"_s, db.url(), copy}, {}, &output),
                 0);
        QVERIFY2(output.startsWith("backup of "), output.constData());
        QCOMPARE(queryFile(copy, u"SELECT count(*) FROM licenses"_s),
                 QStringList{QString::number(before.size() + written.loadAcquire())});
        QCOMPARE(modeOf(copy), 0600);

        // The server goes on working with its database.
        QCOMPARE(createLicense(admin, u"after"_s).status, 201);
    }

    void refusesWhatItCannotCopy()
    {
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QString copy = out.filePath(u"copy.db"_s);
        QByteArray err;
        QCOMPARE(ServerProcess::run({u"backup"_s, u"--database"_s,
                                     u"postgresql://clm@127.0.0.1:1/clm"_s, copy},
                                    {}, nullptr, &err),
                 1);
        QCOMPARE(err.count('\n'), 1);
        QVERIFY2(err.contains("pg_dump"), err.constData());

        err.clear();
        QVERIFY(ServerProcess::run({u"backup"_s, u"--database"_s,
                                    u"sqlite://"_s + out.filePath(u"missing.db"_s), copy},
                                   {}, nullptr, &err) != 0);
        QVERIFY2(err.contains("no SQLite database"), err.constData());
        QVERIFY(!QFileInfo::exists(out.filePath(u"missing.db"_s)));

        err.clear();
        QVERIFY(ServerProcess::run({u"backup"_s, u"--database"_s, u"sqlite:///tmp/x.db"_s}, {},
                                   nullptr, &err) != 0);
        QVERIFY2(err.contains("FILE"), err.constData());
        QVERIFY(!QFileInfo::exists(copy));
    }

private:
    std::unique_ptr<ServerFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestServerBackup)
#include "tst_server_backup.moc"
