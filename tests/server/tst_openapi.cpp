#include "server/Application.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clm::server;

// docs/api/openapi.yaml must describe every route the server has, and no
// route it does not have.
class TestOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void documentMatchesRouter()
    {
        QFile file(QStringLiteral(CLM_SOURCE_DIR "/docs/api/openapi.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QSet<QString> documented;
        QString currentPath;
        static const QRegularExpression pathLine(u"^  (/[^:]*):\\s*$"_s);
        static const QRegularExpression methodLine(u"^    (get|post|patch|put|delete):\\s*$"_s);
        bool inPaths = false;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).chopped(1);
            if (line == "paths:"_L1) {
                inPaths = true;
                continue;
            }
            if (inPaths && !line.isEmpty() && !line.startsWith(u' '))
                inPaths = false;
            if (!inPaths)
                continue;
            if (const auto m = pathLine.match(line); m.hasMatch())
                currentPath = m.captured(1);
            else if (const auto m2 = methodLine.match(line); m2.hasMatch())
                documented.insert(m2.captured(1).toUpper() + u' ' + currentPath);
        }
        auto normalize = [](QString path) {
            while (path.endsWith(u'/') && path.size() > 1)
                path.chop(1);
            return path;
        };
        QSet<QString> normalizedDocs;
        for (const auto& entry : std::as_const(documented)) {
            const qsizetype space = entry.indexOf(u' ');
            normalizedDocs.insert(entry.left(space) + u' ' + normalize(entry.mid(space + 1)));
        }

        ServerContext context;
        Application app(context);
        QSet<QString> served;
        for (const auto& [method, pattern] : app.router().routes())
            served.insert(QString::fromLatin1(method) + u' ' + normalize(pattern));

        const QSet<QString> undocumented = served - normalizedDocs;
        const QSet<QString> phantom = normalizedDocs - served;
        QVERIFY2(undocumented.isEmpty(),
                 qPrintable(u"not in openapi.yaml: "_s +
                            QStringList(undocumented.values()).join(u", "_s)));
        QVERIFY2(phantom.isEmpty(), qPrintable(u"documented but not served: "_s +
                                               QStringList(phantom.values()).join(u", "_s)));
        QVERIFY(served.size() >= 10);
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
