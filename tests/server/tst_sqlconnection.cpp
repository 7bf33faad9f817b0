// SqlConnection's statements sent later (execLater) and together
// (execEach): what the seat ledger's round trips rest on. On PostgreSQL
// they go in libpq's pipeline mode, so these checks are about what a
// pipeline must not change: order, atomicity, and the errors.
#include "TestDatabase.h"
#include "server/db/SqlConnection.h"
#include "server/db/SqlError.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using namespace clm::server;
using clm::test::TestDatabase;

class TestSqlConnection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<SqlConnection> m_db;

    qint64 count(const QString& where)
    {
        return m_db->exec(u"SELECT count(*) FROM pipeline_check WHERE "_s + where).first().int64(0);
    }

private slots:
    void initTestCase()
    {
        m_database = std::make_unique<TestDatabase>();
        QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
        m_db = SqlConnection::open(m_database->url());
        m_db->exec(u"CREATE TABLE pipeline_check (id bigint PRIMARY KEY, v text)"_s);
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_database.reset();
    }

    void laterStatementsRunInOrderBeforeTheNextOne()
    {
        m_db->begin(SqlConnection::TransactionMode::Write);
        m_db->execLater(u"INSERT INTO pipeline_check (id, v) VALUES ($1, $2)"_s, {1, u"a"_s});
        m_db->execLater(u"UPDATE pipeline_check SET v = $2 WHERE id = $1"_s, {1, u"b"_s});
        QCOMPARE(m_db->exec(u"SELECT v FROM pipeline_check WHERE id = $1"_s, {1}).first().text(0),
                 u"b"_s);
        m_db->commit();
        QCOMPARE(count(u"id = 1"_s), 1);
    }

    void aRollbackDropsWhatWaits()
    {
        m_db->begin(SqlConnection::TransactionMode::Write);
        m_db->execLater(u"INSERT INTO pipeline_check (id, v) VALUES ($1, $2)"_s, {2, u"a"_s});
        m_db->rollback();
        QCOMPARE(count(u"id = 2"_s), 0);

        // Also once the transaction had reached the database.
        m_db->begin(SqlConnection::TransactionMode::Write);
        m_db->exec(u"INSERT INTO pipeline_check (id, v) VALUES ($1, $2)"_s, {2, u"a"_s});
        m_db->execLater(u"INSERT INTO pipeline_check (id, v) VALUES ($1, $2)"_s, {3, u"a"_s});
        m_db->rollback();
        QCOMPARE(count(u"id IN (2, 3)"_s), 0);
    }

    void aFailureWaitingSurfacesByTheNextStatement()
    {
        // (SQLite runs a later statement at once: its failure comes sooner.)
        m_db->begin(SqlConnection::TransactionMode::Write);
        bool refused = false;
        try {
            m_db->execLater(u"INSERT INTO pipeline_check (id, v) VALUES ($1, $2)"_s, {4, u"a"_s});
            m_db->execLater(u"INSERT INTO pipeline_check (id, v) VALUES ($1, $2)"_s, {4, u"b"_s});
            m_db->execLater(u"INSERT INTO pipeline_check (id, v) VALUES ($1, $2)"_s, {5, u"c"_s});
            m_db->exec(u"SELECT count(*) FROM pipeline_check"_s);
        } catch (const SqlError& e) {
            refused = true;
            QCOMPARE(e.kind(), SqlError::Kind::UniqueViolation);
        }
        QVERIFY2(refused, "the duplicate key was not reported");
        m_db->rollback();
        QCOMPARE(count(u"id IN (4, 5)"_s), 0);
        // The connection goes on.
        QCOMPARE(m_db->exec(u"SELECT 1 + 1"_s).first().int64(0), 2);
    }

    void aFailureWaitingForTheCommitCommitsNothing()
    {
        m_db->begin(SqlConnection::TransactionMode::Write);
        bool refused = false;
        try {
            m_db->execLater(u"INSERT INTO pipeline_check (id, v) VALUES ($1, $2)"_s, {6, u"a"_s});
            m_db->execLater(u"INSERT INTO pipeline_check (id, v) VALUES ($1, $2)"_s,
                            {1, u"again"_s});
            m_db->commit();
        } catch (const SqlError& e) {
            refused = true;
            QCOMPARE(e.kind(), SqlError::Kind::UniqueViolation);
        }
        QVERIFY2(refused, "the commit did not fail");
        m_db->rollback();
        QCOMPARE(count(u"id = 6"_s), 0);
        QCOMPARE(m_db->exec(u"SELECT v FROM pipeline_check WHERE id = 1"_s).first().text(0),
                 u"b"_s);
    }

    void lookupsTogetherAnswerEachInOrder()
    {
        m_db->begin(SqlConnection::TransactionMode::Write);
        m_db->execLater(u"INSERT INTO pipeline_check (id, v) VALUES ($1, $2)"_s, {8, u"eight"_s});
        const QList<SqlResult> answers =
                m_db->execEach({{u"SELECT v FROM pipeline_check WHERE id = $1"_s, {8}},
                                {u"SELECT v FROM pipeline_check WHERE id = $1"_s, {404}},
                                {u"SELECT v FROM pipeline_check WHERE id = $1"_s, {1}}});
        m_db->commit();
        QCOMPARE(answers.size(), 3);
        QCOMPARE(answers.at(0).first().text(0), u"eight"_s); // sees what waited before it
        QVERIFY(answers.at(1).isEmpty());
        QCOMPARE(answers.at(2).first().text(0), u"b"_s);
        QVERIFY(m_db->execEach({}).isEmpty());
    }

    void severalStatementsInOneStringAfterLaterOnes()
    {
        if (!m_database->isPostgres())
            QSKIP("SQLite's exec runs one statement a string");
        m_db->begin(SqlConnection::TransactionMode::Write);
        m_db->execLater(u"INSERT INTO pipeline_check (id, v) VALUES ($1, $2)"_s, {9, u"a"_s});
        m_db->exec(u"UPDATE pipeline_check SET v = 'x' WHERE id = 9; "
                   "UPDATE pipeline_check SET v = v || 'y' WHERE id = 9"_s);
        m_db->commit();
        QCOMPARE(m_db->exec(u"SELECT v FROM pipeline_check WHERE id = 9"_s).first().text(0),
                 u"xy"_s);
    }

    void aWaitingWriterGetsItsTurnBeforeABusyOnesNext()
    {
        // A writer that begins again as soon as it committed (a batcher
        // under load) must not starve one that waits: on SQLite the lock is
        // only polled by the waiter's busy handler, so the writers of one
        // process take turns in the order they asked. The busy writer goes
        // on until the waiter is through; between the waiter asking and
        // getting in, only the busy writer's transaction then running and
        // one it had already asked for should commit (a bound of 50 leaves
        // room for a loaded machine; without turns the waiter saw hundreds
        // go first, or its busy timeout).
        if (m_database->isPostgres())
            QSKIP("PostgreSQL queues lock waiters itself");
        m_db->exec(u"CREATE TABLE turn_check (n bigint)"_s);
        std::atomic<int> done{0};
        std::atomic<bool> through{false};
        QString busyError;
        std::thread busy([&] {
            try {
                auto db = SqlConnection::open(m_database->url());
                for (int i = 0; !through && i < 100000; ++i) {
                    db->begin(SqlConnection::TransactionMode::Write);
                    db->exec(u"INSERT INTO turn_check (n) VALUES ($1)"_s, {i});
                    db->commit();
                    done = i + 1;
                }
            } catch (const std::exception& e) {
                busyError = QString::fromUtf8(e.what());
            }
            done = std::max(done.load(), 5); // never leave the waiter waiting
        });
        while (done < 5)
            std::this_thread::yield();
        int before = 0;
        int after = 0;
        QString error;
        try {
            auto waiter = SqlConnection::open(m_database->url());
            before = done;
            waiter->begin(SqlConnection::TransactionMode::Write);
            after = done;
            waiter->exec(u"INSERT INTO turn_check (n) VALUES (-1)"_s);
            waiter->commit();
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        through = true;
        busy.join();
        QVERIFY2(busyError.isEmpty(), qPrintable(busyError));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(after - before < 50, qPrintable(u"%1 of the busy writer's transactions "
                                                 "went first"_s.arg(after - before)));
        QCOMPARE(m_db->exec(u"SELECT count(*) FROM turn_check WHERE n = -1"_s).first().int64(0), 1);
    }

    void aScopedTransactionIsScopedFromItsFirstStatement()
    {
        if (!m_database->isPostgres())
            QSKIP("the tenant setting is PostgreSQL's (row-level security)");
        const QString org = u"3f0c2a52-6f7e-4c36-9a55-0d6f3c1b2e11"_s;
        m_db->beginScoped(SqlConnection::TransactionMode::Read, org);
        QCOMPARE(m_db->exec(u"SELECT current_setting('app.org', true)"_s).first().text(0), org);
        m_db->commit();
        // SET LOCAL: gone with the transaction.
        QCOMPARE(m_db->exec(u"SELECT coalesce(current_setting('app.org', true), '')"_s)
                         .first()
                         .text(0),
                 QString());
    }
};

QTEST_GUILESS_MAIN(TestSqlConnection)
#include "tst_sqlconnection.moc"
