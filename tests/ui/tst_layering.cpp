// The rules of clm-admin's layout, checked in its sources (CONTRIBUTING.md,
// docs/ARCHITECTURE.md): ui/ talks no HTTP and reads no status codes (it
// gets outcomes from app/), app/ has no widgets, and nothing anywhere waits
// in a nested event loop (no QEventLoop, no exec() of a dialog or menu).

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Rule
{
    QString pattern;
    QString why;
};

// Every .h and .cpp under `folder`, with its text.
QList<std::pair<QString, QString>> sources(const QString& folder)
{
    QList<std::pair<QString, QString>> files;
    QDirIterator it(QStringLiteral(CLM_SOURCE_DIR) + u'/' + folder, {u"*.h"_s, u"*.cpp"_s},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files.append({file.fileName(), QString::fromUtf8(file.readAll())});
    }
    return files;
}

// "file:line: why" for every match of every rule, comments left out.
QStringList breaches(const QString& folder, const QList<Rule>& rules,
                     const QStringList& exempt = {})
{
    QStringList found;
    for (const auto& [path, text] : sources(folder)) {
        if (exempt.contains(QFileInfo(path).fileName()))
            continue;
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString code = lines.at(i).section(u"//"_s, 0, 0);
            for (const Rule& rule : rules) {
                if (QRegularExpression(rule.pattern).match(code).hasMatch())
                    found.append(u"%1:%2: %3"_s.arg(path).arg(i + 1).arg(rule.why));
            }
        }
    }
    return found;
}

const Rule kNestedLoop{u"QEventLoop|(\\.|->)exec\\("_s, u"a nested event loop"_s};

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void uiTalksNoHttp()
    {
        const QStringList found =
                breaches(u"ui"_s,
                         {{u"RestReply|RestClient|QNetwork"_s, u"HTTP in ui/"_s},
                          {u"/api/v1"_s, u"an API path in ui/"_s},
                          {u"->(get|request)\\("_s, u"a request in ui/"_s},
                          {u"\\bstatus\\s*(==|!=|>=|<=|<|>)\\s*[1-5][0-9][0-9]"_s,
                           u"a status code in ui/"_s},
                          kNestedLoop},
                         // The program's main() makes the network access manager it
                         // hands to app::ApiClient, and runs the one event loop.
                         {u"main.cpp"_s});
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        // main() itself waits in no loop but the application's.
        QVERIFY(breaches(u"ui"_s, {kNestedLoop}).isEmpty());
    }

    void appHasNoWidgetsAndNoNestedLoops()
    {
        const QStringList found =
                breaches(u"app"_s, {{u"QWidget|QDialog|QMessageBox|QtWidgets|QApplication\\b"_s,
                                     u"a widget in app/"_s},
                                    kNestedLoop});
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void theRulesFindWhatTheyLookFor()
    {
        // The checks above would see a breach: they are not vacuous.
        QVERIFY(QRegularExpression(kNestedLoop.pattern).match(u"dialog.exec();"_s).hasMatch());
        QVERIFY(QRegularExpression(kNestedLoop.pattern).match(u"QEventLoop loop;"_s).hasMatch());
        QVERIFY(!QRegularExpression(kNestedLoop.pattern)
                         .match(u"return QApplication::exec();"_s)
                         .hasMatch());
        QVERIFY(!sources(u"ui"_s).isEmpty());
        QVERIFY(!sources(u"app"_s).isEmpty());
        QVERIFY(sources(u"ui/pages"_s).size() >= 7);
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
