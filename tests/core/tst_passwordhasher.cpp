#include "core/PasswordHasher.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace clm;

namespace {

// Small parameters keep the suite fast; one test below uses the real ones.
const PasswordHasher::Parameters kFast{1024, 1, 1};

} // namespace

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void owaspDefaults()
    {
        const PasswordHasher hasher;
        QCOMPARE(hasher.parameters().memoryKiB, 19456u);
        QCOMPARE(hasher.parameters().iterations, 2u);
        QCOMPARE(hasher.parameters().parallelism, 1u);
        const QString hash = hasher.hash(u"correct horse battery staple"_s);
        QVERIFY2(hash.startsWith(u"$argon2id$v=19$m=19456,t=2,p=1$"_s), qPrintable(hash));
        QVERIFY(PasswordHasher::verify(u"correct horse battery staple"_s, hash));
        QVERIFY(!PasswordHasher::verify(u"correct horse battery stapler"_s, hash));
        QVERIFY(!hasher.needsRehash(hash));
    }

    void saltedAndSelfDescribing()
    {
        const PasswordHasher hasher(kFast);
        const QString a = hasher.hash(u"password-1234"_s);
        const QString b = hasher.hash(u"password-1234"_s);
        QVERIFY(a != b); // fresh salt every time
        QVERIFY(!a.contains(u"password"_s));
        PasswordHasher::Parameters parsed;
        QVERIFY(PasswordHasher::parseParameters(a, &parsed));
        QVERIFY(parsed == kFast);
        QVERIFY(PasswordHasher::verify(u"password-1234"_s, a));
        QVERIFY(PasswordHasher::verify(u"password-1234"_s, b));
    }

    void sharedSaltsCostOneComputation()
    {
        const PasswordHasher hasher(kFast);
        const QString first = hasher.hash(u"password-one"_s);
        const QByteArray salt = PasswordHasher::saltOf(first);
        QCOMPARE(salt.size(), 16);
        const QStringList shared{first, hasher.hash(u"password-two"_s, salt),
                                 hasher.hash(u"password-one"_s, salt)};
        QCOMPARE(PasswordHasher::saltOf(shared.at(1)), salt);
        // Same salt, same password, same parameters: the same hash.
        QCOMPARE(shared.at(2), first);

        quint64 before = PasswordHasher::computations();
        QCOMPARE(PasswordHasher::verifyAll(u"password-two"_s, shared), (QList<qsizetype>{1}));
        QCOMPARE(PasswordHasher::computations() - before, 1u);
        before = PasswordHasher::computations();
        QCOMPARE(PasswordHasher::verifyAll(u"password-one"_s, shared), (QList<qsizetype>{0, 2}));
        QCOMPARE(PasswordHasher::verifyAll(u"wrong-password"_s, shared), QList<qsizetype>());
        QCOMPARE(PasswordHasher::computations() - before, 2u);

        // Hashes with salts of their own cost one computation each, and a
        // malformed one none.
        const QStringList separate{hasher.hash(u"a-password"_s), hasher.hash(u"a-password"_s),
                                   u"$argon2id$v=19$m=1024,t=1,p=1$bad"_s};
        before = PasswordHasher::computations();
        QCOMPARE(PasswordHasher::verifyAll(u"a-password"_s, separate), (QList<qsizetype>{0, 1}));
        QCOMPARE(PasswordHasher::computations() - before, 2u);
    }

    void changedParametersStillVerifyOldHashes()
    {
        const QString old = PasswordHasher(kFast).hash(u"an old password"_s);
        const PasswordHasher current(PasswordHasher::Parameters{2048, 2, 1});
        QVERIFY(PasswordHasher::verify(u"an old password"_s, old));
        QVERIFY(current.needsRehash(old));
        const QString fresh = current.hash(u"an old password"_s);
        QVERIFY(!current.needsRehash(fresh));
        QVERIFY(PasswordHasher(kFast).needsRehash(fresh));
    }

    void unicodeAndEdgePasswords()
    {
        const PasswordHasher hasher(kFast);
        for (const QString& password :
             {u"Pässwört-東京-🔑"_s, QString(), QString(4096, u'x'), u"with\0nul"_s}) {
            const QString hash = hasher.hash(password);
            QVERIFY(!hash.isEmpty());
            QVERIFY(PasswordHasher::verify(password, hash));
        }
        // Unicode is compared as UTF-8 bytes: a different normalization is a
        // different password (we never silently rewrite what people type).
        const QString composed = hasher.hash(u"\u00e9"_s);
        QVERIFY(!PasswordHasher::verify(u"e\u0301"_s, composed));
    }

    void malformedHashesNeverVerify_data()
    {
        QTest::addColumn<QString>("encoded");
        const QString good = PasswordHasher(kFast).hash(u"pw"_s);
        QTest::newRow("empty") << QString();
        QTest::newRow("plain text") << u"pw"_s;
        QTest::newRow("argon2i") << QString(good).replace(u"$argon2id$"_s, u"$argon2i$"_s);
        QTest::newRow("truncated") << good.left(good.size() - 10);
        QTest::newRow("bcrypt")
                << u"$2b$12$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234"_s;
        QTest::newRow("huge memory") << QString(good).replace(u"m=1024"_s, u"m=4000000000"_s);
        QTest::newRow("zero iterations") << QString(good).replace(u"t=1,"_s, u"t=0,"_s);
        QString edited = good;
        const qsizetype middle = edited.size() - 10; // inside the hash, not its last character
        edited[middle] = edited[middle] == u'A' ? u'B' : u'A';
        QTest::newRow("edited hash") << edited;
    }

    void malformedHashesNeverVerify()
    {
        QFETCH(QString, encoded);
        QVERIFY(!PasswordHasher::verify(u"pw"_s, encoded));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
