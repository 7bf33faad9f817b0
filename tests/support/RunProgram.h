#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace clm::test {

// Runs a program to its end: writes `input` to its stdin, collects stdout
// and stderr. Returns the exit code, or -1 when it did not start, crashed or
// ran past `timeoutMs` (then it is killed).
int runProgram(const QString& program, const QStringList& args, const QByteArray& input = {},
               QByteArray* out = nullptr, QByteArray* err = nullptr, int timeoutMs = 60000,
               const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

} // namespace clm::test
