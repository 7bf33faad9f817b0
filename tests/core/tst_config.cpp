#include "core/Config.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clm;

namespace {

Config makeConfig()
{
    return Config({
            {u"server/listen"_s, u"listen"_s, u"CLM_LISTEN"_s, u"127.0.0.1:8080"_s, u"address"_s},
            {u"server/workers"_s, u"workers"_s, u"CLM_WORKERS"_s, u"2"_s, u"threads"_s},
            {u"server/url"_s, u"url"_s, QString(), QString(), u"servers"_s},
            {u"server/allow_registration"_s, u"allow-registration"_s, QString(), u"false"_s,
             u"self-registration"_s, u"VALUE"_s, true},
    });
}

QString writeFile(const QTemporaryDir& dir, const QByteArray& contents)
{
    const QString path = dir.filePath(u"test.conf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(contents);
    return path;
}

} // namespace

class TestConfig : public QObject
{
    Q_OBJECT

private slots:
    void defaultsWhenNothingIsSet()
    {
        const Config config = makeConfig();
        QCOMPARE(config.value(u"server/listen"_s), u"127.0.0.1:8080"_s);
        QCOMPARE(config.source(u"server/listen"_s), Config::Source::Default);
        QCOMPARE(config.integer(u"server/workers"_s, 1, 64), 2);
        QCOMPARE(config.boolean(u"server/allow_registration"_s), false);
        QVERIFY(config.list(u"server/url"_s).isEmpty());
    }

    void precedenceIsFlagEnvironmentFileDefault()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "[server]\nlisten=10.0.0.1:1\nworkers=3\n");
        QProcessEnvironment env;
        env.insert(u"CLM_LISTEN"_s, u"10.0.0.2:2"_s);
        QCommandLineParser parser;
        Config config = makeConfig();
        config.registerFlags(parser);
        QVERIFY(parser.parse({u"prog"_s, u"--listen"_s, u"10.0.0.3:3"_s}));

        // Load in the "wrong" order: precedence must not depend on it.
        config.loadFlags(parser);
        config.loadEnvironment(env);
        QString error;
        QVERIFY2(config.loadFile(path, true, &error), qPrintable(error));

        QCOMPARE(config.value(u"server/listen"_s), u"10.0.0.3:3"_s);
        QCOMPARE(config.source(u"server/listen"_s), Config::Source::Flag);
        QCOMPARE(config.integer(u"server/workers"_s, 1, 64), 3);
        QCOMPARE(config.source(u"server/workers"_s), Config::Source::File);

        Config noFlag = makeConfig();
        noFlag.loadEnvironment(env);
        noFlag.loadFile(path, true);
        QCOMPARE(noFlag.value(u"server/listen"_s), u"10.0.0.2:2"_s);
        QCOMPARE(noFlag.source(u"server/listen"_s), Config::Source::Environment);

        Config fileOnly = makeConfig();
        fileOnly.loadFile(path, true);
        QCOMPARE(fileOnly.value(u"server/listen"_s), u"10.0.0.1:1"_s);
    }

    void iniListsAndCommentsAsInClmdConf()
    {
        // The shape of CLI.md's clmd.conf, comments included.
        QTemporaryDir dir;
        const QString path = writeFile(dir, "; deployed by IT\n"
                                            "[server]\n"
                                            "url=https://a.example.com, https://b.example.com\n"
                                            "# another comment\n");
        Config config = makeConfig();
        QVERIFY(config.loadFile(path, true));
        QCOMPARE(config.list(u"server/url"_s),
                 QStringList({u"https://a.example.com"_s, u"https://b.example.com"_s}));
    }

    void switchFlags()
    {
        QCommandLineParser parser;
        Config config = makeConfig();
        config.registerFlags(parser);
        QVERIFY(parser.parse({u"prog"_s, u"--allow-registration"_s}));
        config.loadFlags(parser);
        QCOMPARE(config.boolean(u"server/allow_registration"_s), true);
    }

    void badValuesNameTheirSource()
    {
        QProcessEnvironment env;
        env.insert(u"CLM_WORKERS"_s, u"lots"_s);
        Config config = makeConfig();
        config.loadEnvironment(env);
        QString error;
        QVERIFY(!config.integer(u"server/workers"_s, 1, 64, &error));
        QVERIFY2(error.contains(u"CLM_WORKERS"_s), qPrintable(error));

        env.insert(u"CLM_WORKERS"_s, u"0"_s);
        config.loadEnvironment(env);
        QVERIFY(!config.integer(u"server/workers"_s, 1, 64, &error));
        env.insert(u"CLM_WORKERS"_s, u"65"_s);
        config.loadEnvironment(env);
        QVERIFY(!config.integer(u"server/workers"_s, 1, 64, &error));

        config.set(u"server/allow_registration"_s, u"maybe"_s, Config::Source::File);
        QVERIFY(!config.boolean(u"server/allow_registration"_s, &error));
        QVERIFY2(error.contains(u"configuration file"_s), qPrintable(error));
    }

    void missingAndUnreadableFiles()
    {
        QTemporaryDir dir;
        Config config = makeConfig();
        QString error;
        QVERIFY(config.loadFile(dir.filePath(u"absent.conf"_s), false, &error));
        QVERIFY(!config.loadFile(dir.filePath(u"absent.conf"_s), true, &error));
        QVERIFY(error.contains(u"absent.conf"_s));
        QVERIFY(!config.loadFile(dir.path(), true, &error)); // a directory
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
