// The refresh token of "keep me signed in" in a real OS keychain: under
// dbus-run-session with gnome-keyring (CLM_TEST_KEYCHAIN=real) it survives a
// restart of the program; with no session bus (=none) every call fails at
// once with a reason instead of hanging or falling back to a file.

#include "app/TokenStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace clm::app;

namespace {

const QString kAccount =
        TokenStore::account(u"https://licenses.example.com"_s, u"Owner@Example.com"_s);

QString mode()
{
    return qEnvironmentVariable("CLM_TEST_KEYCHAIN");
}

// The "first run of the app": stores a token and exits.
int saveInChild(const QString& token)
{
    TokenStore store;
    int code = 3;
    store.save(kAccount, token, [&code](bool ok, const QString& error) {
        if (!ok)
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
        code = ok ? 0 : 1;
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    return code;
}

} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT

    template<typename Call>
    static void wait(bool& done, Call call)
    {
        call();
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }

private slots:
    void survivesARestart()
    {
        if (mode() != "real"_L1)
            QSKIP("needs a keychain (CLM_TEST_KEYCHAIN=real under dbus-run-session)");
        const QString token = u"refresh-token-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"CLM_TOKENSTORE_SAVE"_s, token);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(30000));
        QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());

        // This process is the app started again.
        TokenStore store;
        bool done = false;
        std::optional<QString> loaded;
        QString error;
        store.load(kAccount, [&](std::optional<QString> value, const QString& reason) {
            loaded = value;
            error = reason;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(loaded.has_value(), qPrintable(error));
        QCOMPARE(*loaded, token);

        // Signing out removes it.
        done = false;
        bool removed = false;
        store.remove(kAccount, [&](bool ok, const QString&) {
            removed = ok;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY(removed);
        done = false;
        store.load(kAccount, [&](std::optional<QString> value, const QString& reason) {
            loaded = value;
            error = reason;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY(!loaded.has_value());
        QVERIFY(error.isEmpty());
    }

    void failsAtOnceWithoutAKeychain()
    {
        if (mode() != "none"_L1)
            QSKIP("needs no session bus (CLM_TEST_KEYCHAIN=none)");
        TokenStore store;
        bool done = false;
        bool saved = true;
        QString error;
        QElapsedTimer timer;
        timer.start();
        store.save(kAccount, u"secret"_s, [&](bool ok, const QString& reason) {
            saved = ok;
            error = reason;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(!saved);
        QVERIFY(!error.isEmpty());
        qInfo() << "no keychain:" << error << "after" << timer.elapsed() << "ms";
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString save = qEnvironmentVariable("CLM_TOKENSTORE_SAVE");
    if (!save.isEmpty())
        return saveInChild(save);
    TestTokenStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tokenstore.moc"
