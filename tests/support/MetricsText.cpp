#include "MetricsText.h"

#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace clm::test {

QHash<QString, double> metricSamples(const QByteArray& text)
{
    QHash<QString, double> out;
    for (const QByteArray& line : text.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.lastIndexOf(' ');
        out.insert(QString::fromUtf8(line.left(space)), line.mid(space + 1).toDouble());
    }
    return out;
}

QString promtoolProblems(const QByteArray& text, bool* missing)
{
    const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
    *missing = promtool.isEmpty();
    if (*missing)
        return {};
    if (text.isEmpty())
        return u"no metrics text to check"_s;
    QProcess check;
    check.start(promtool, {u"check"_s, u"metrics"_s});
    if (!check.waitForStarted())
        return u"promtool did not start: "_s + check.errorString();
    check.write(text);
    check.closeWriteChannel();
    if (!check.waitForFinished(30000))
        return u"promtool did not finish"_s;
    const QString said =
            QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError())
                    .trimmed();
    if (check.exitCode() != 0 && said.isEmpty())
        return u"promtool exited with %1"_s.arg(check.exitCode());
    return said;
}

} // namespace clm::test
