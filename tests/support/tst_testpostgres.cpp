#include "TestPostgres.h"

#include <QTest>

#include <libpq-fe.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct PgDeleter
{
    void operator()(PGconn* c) const { PQfinish(c); }
};
struct ResultDeleter
{
    void operator()(PGresult* r) const { PQclear(r); }
};
using Connection = std::unique_ptr<PGconn, PgDeleter>;
using Result = std::unique_ptr<PGresult, ResultDeleter>;

} // namespace

// Checks the harness itself: the PostgreSQL that scripts/test provides is a
// real PostgreSQL 15+ that we can create and drop databases on.
class TestTestPostgres : public QObject
{
    Q_OBJECT

private slots:
    void serverIsRealAndUsable()
    {
        CLM_REQUIRE_POSTGRES(url);
        Connection conn(PQconnectdb(url.toUtf8().constData()));
        QVERIFY2(PQstatus(conn.get()) == CONNECTION_OK, PQerrorMessage(conn.get()));
        QVERIFY2(PQserverVersion(conn.get()) >= 150000,
                 qPrintable(QString::number(PQserverVersion(conn.get()))));

        const QByteArray name =
                "clm_harness_" + QByteArray::number(QCoreApplication::applicationPid());
        Result created(PQexec(conn.get(), QByteArray("CREATE DATABASE " + name).constData()));
        QVERIFY2(PQresultStatus(created.get()) == PGRES_COMMAND_OK, PQerrorMessage(conn.get()));
        Result dropped(PQexec(conn.get(), QByteArray("DROP DATABASE " + name).constData()));
        QVERIFY2(PQresultStatus(dropped.get()) == PGRES_COMMAND_OK, PQerrorMessage(conn.get()));

        // Bound parameters round-trip (the server will rely on them).
        const char* values[] = {"Müller"};
        Result echoed(PQexecParams(conn.get(), "SELECT upper($1::text)", 1, nullptr, values,
                                   nullptr, nullptr, 0));
        QCOMPARE(PQresultStatus(echoed.get()), PGRES_TUPLES_OK);
        QCOMPARE(QString::fromUtf8(PQgetvalue(echoed.get(), 0, 0)), u"MÜLLER"_s);
    }
};

QTEST_GUILESS_MAIN(TestTestPostgres)
#include "tst_testpostgres.moc"
