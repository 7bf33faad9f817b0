#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace clm::test {

// The samples of a Prometheus exposition text: "name{labels}" -> value.
QHash<QString, double> metricSamples(const QByteArray& text);

// What `promtool check metrics` says about `text` (empty: nothing, it is
// clean). `*missing` is set when promtool is not installed (Debian package
// prometheus; scripts/test installs it).
QString promtoolProblems(const QByteArray& text, bool* missing);

} // namespace clm::test

// Fails unless promtool accepts `text`; skips without promtool, except under
// CI, where that fails too.
#define CLM_VERIFY_PROMTOOL_ACCEPTS(text)                                                          \
    do {                                                                                           \
        bool promtoolMissing = false;                                                              \
        const QString promtoolSaid = ::clm::test::promtoolProblems((text), &promtoolMissing);      \
        if (promtoolMissing) {                                                                     \
            if (::clm::test::TestPostgres::required())                                             \
                QFAIL("promtool is missing (Debian package prometheus)");                          \
            QSKIP("promtool is missing (Debian package prometheus)");                              \
        }                                                                                          \
        QVERIFY2(promtoolSaid.isEmpty(), qPrintable(promtoolSaid));                                \
    } while (false)
