#include "TestPostgres.h"

#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace clm::test {

QString TestPostgres::url()
{
    // The Citus backend's coordinator stands in for PostgreSQL.
    if (qEnvironmentVariable("CLM_TEST_BACKEND") == "citus"_L1)
        return qEnvironmentVariable("CLM_TEST_CITUS_URL");
    return qEnvironmentVariable("CLM_TEST_PG_URL");
}

bool TestPostgres::required()
{
    const QString ci = qEnvironmentVariable("CI").toLower();
    return ci == "true"_L1 || ci == "1"_L1;
}

} // namespace clm::test
