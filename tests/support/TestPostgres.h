#pragma once

#include <QString>
#include <QTest>

namespace clm::test {

// The throwaway PostgreSQL that scripts/test starts exports its URI as
// CLM_TEST_PG_URL (with CLM_TEST_BACKEND=citus: the Citus coordinator's,
// CLM_TEST_CITUS_URL). Without it, tests that need PostgreSQL skip when run
// by hand and fail under CI (CI=true), where a skip would hide a broken
// harness.
struct TestPostgres
{
    static QString url();
    static bool required();
};

} // namespace clm::test

// Use at the top of a test function (or initTestCase) that needs PostgreSQL.
#define CLM_REQUIRE_POSTGRES(urlVariable)                                                          \
    const QString urlVariable = ::clm::test::TestPostgres::url();                                  \
    do {                                                                                           \
        if (urlVariable.isEmpty()) {                                                               \
            if (::clm::test::TestPostgres::required())                                             \
                QFAIL("CLM_TEST_PG_URL is not set under CI; scripts/test starts PostgreSQL");      \
            QSKIP("CLM_TEST_PG_URL is not set; run through scripts/test for PostgreSQL");          \
        }                                                                                          \
    } while (false)
