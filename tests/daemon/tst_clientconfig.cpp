// What clm and libclm write into and read from clmd's configuration
// (daemon/client/IniFile) against what clmd reads there (DaemonSettings
// through core/Config, that is QSettings).
#include "core/Config.h"
#include "daemon/DaemonSettings.h"
#include "daemon/client/IniFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using clm::client::IniFile;

class TestClientConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    clm::Config clmdReads(const std::string& text)
    {
        const QString path = m_dir.filePath(u"clmd.conf"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text.data(), qint64(text.size()));
        file.close();
        clm::Config config = clm::daemon::DaemonSettings::makeConfig();
        QString error;
        if (!config.loadFile(path, true, &error))
            qFatal("%s", qPrintable(error));
        return config;
    }

private slots:
    // `clm enroll` sets the URL and the token; clmd must read them as given.
    void enrollWritesWhatClmdReads_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("token");
        QTest::newRow("plain") << u"https://licenses.example.com"_s
                               << u"0c1d2e3f-0000-4000-8000-000000000000.secret"_s;
        // Found by fuzz_inifile: unquoted, "a, b" came back as "a,b".
        QTest::newRow("comma and space")
                << u"https://a.example, https://b.example"_s << u"first, second"_s;
        QTest::newRow("semicolon") << u"https://a.example/;x"_s << u"tok;en"_s;
        QTest::newRow("quotes and backslashes") << u"https://a.example"_s << u"a\"b\\c"_s;
        QTest::newRow("at sign") << u"https://a.example"_s << u"@token"_s;
    }

    void enrollWritesWhatClmdReads()
    {
        QFETCH(QString, url);
        QFETCH(QString, token);
        QFile shipped(QStringLiteral(CLM_CONFIG_TEMPLATE));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        IniFile ini(shipped.readAll().toStdString());
        ini.setValue("server", "url", url.toStdString());
        ini.remove("server", "enrollment_token");
        ini.setValue("server", "enrollment_token", token.toStdString());

        const clm::Config config = clmdReads(ini.text());
        QStringList urls;
        for (const QString& part : url.split(u','))
            urls.append(part.trimmed());
        QCOMPARE(config.list(u"server/url"_s), urls);
        QCOMPARE(config.value(u"server/enrollment_token"_s), token);
    }

    // libclm finds the socket clmd listens on.
    void socketReadAlike_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("socket");
        QTest::newRow("plain") << u"socket=/run/clm/clmd.sock"_s << u"/run/clm/clmd.sock"_s;
        QTest::newRow("spaces and comment")
                << u"  socket =  /run/x y.sock   ; where tools connect"_s << u"/run/x y.sock"_s;
        QTest::newRow("quoted") << u"socket=\"/run/a;b.sock\" ; c"_s << u"/run/a;b.sock"_s;
        // Found by fuzz_config: a lone carriage return ends a line.
        QTest::newRow("lone carriage return")
                << u"socket=/run/a.sock\rother=https://x"_s << u"/run/a.sock"_s;
        // Found by fuzz_config: the blanks after a closing quote go.
        QTest::newRow("text after a quoted part")
                << u"socket=\"/run/a b\" \t c d"_s << u"/run/a bc d"_s;
    }

    void socketReadAlike()
    {
        QFETCH(QString, line);
        QFETCH(QString, socket);
        const std::string text = "[daemon]\n" + line.toStdString() + "\n";
        QCOMPARE(QString::fromStdString(IniFile(text).value("daemon", "socket").value_or("")),
                 socket);
        QCOMPARE(clmdReads(text).value(u"daemon/socket"_s), socket);
    }
};

QTEST_GUILESS_MAIN(TestClientConfig)
#include "tst_clientconfig.moc"
