// clm-admin's translations: every entry of every .ts file translated, the
// .ts files current with the tr() strings of app/ and ui/ (lupdate run into
// copies finds nothing new), the .qm files compiled into the resources, and
// placeholders and accelerators kept. A new tr() string turns this red until
// `update_translations` has run and the string is translated.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QStringList kLanguages{u"de"_s, u"fr"_s, u"es"_s, u"ja"_s};

struct Entry
{
    QString context;
    QString source;
    QString comment;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
    QStringList translations; // one per plural form, else one
};

QString tsPath(const QString& directory, const QString& language)
{
    return directory + u"/clm-admin_"_s + language + u".ts"_s;
}

QString describe(const Entry& entry)
{
    return u"%1 / \"%2\""_s.arg(entry.context, entry.source);
}

// The entries of a .ts file; fails the test when it cannot be read.
QList<Entry> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(u"cannot open %1"_s.arg(path)), __FILE__, __LINE__);
        return {};
    }
    QList<Entry> entries;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            Entry entry;
            entry.context = context;
            entry.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            while (xml.readNextStartElement()) {
                if (xml.name() == "source"_L1) {
                    entry.source = xml.readElementText();
                } else if (xml.name() == "comment"_L1) {
                    entry.comment = xml.readElementText();
                } else if (xml.name() == "translation"_L1) {
                    entry.type = xml.attributes().value("type"_L1).toString();
                    if (!entry.numerus) {
                        entry.translations.append(xml.readElementText());
                        continue;
                    }
                    while (xml.readNextStartElement()) {
                        if (xml.name() == "numerusform"_L1)
                            entry.translations.append(xml.readElementText());
                        else
                            xml.skipCurrentElement();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            entries.append(entry);
        }
    }
    if (xml.hasError())
        QTest::qFail(qPrintable(u"%1: %2"_s.arg(path, xml.errorString())), __FILE__, __LINE__);
    return entries;
}

QString tsLanguage(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QXmlStreamReader xml(&file);
    xml.readNextStartElement();
    return xml.attributes().value("language"_L1).toString();
}

// Plural forms per language as Qt counts them: Japanese has one.
int pluralForms(const QString& language)
{
    return language == "ja"_L1 ? 1 : 2;
}

// What keeps an entry from being shipped; empty when it is fine.
QStringList problems(const QList<Entry>& entries, const QString& language)
{
    QStringList found;
    for (const Entry& entry : entries) {
        if (!entry.type.isEmpty()) {
            found.append(u"%1 is %2"_s.arg(describe(entry), entry.type));
            continue;
        }
        if (entry.numerus && entry.translations.size() != pluralForms(language)) {
            found.append(u"%1 has %2 plural forms, not %3"_s.arg(describe(entry))
                                 .arg(entry.translations.size())
                                 .arg(pluralForms(language)));
        }
        if (entry.translations.isEmpty() || entry.translations.contains(QString()))
            found.append(u"%1 has an empty translation"_s.arg(describe(entry)));
    }
    return found;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression marker(u"%L?([1-9]|n)"_s);
    QSet<QString> found;
    for (const auto& match : marker.globalMatch(text))
        found.insert(u"%"_s + match.captured(1));
    return found;
}

// The number of accelerator marks: "&&" is a literal ampersand and
// "&amp;" an entity in rich text, neither is a mark.
qsizetype accelerators(const QString& text)
{
    static const QRegularExpression mark(u"&(?:&|#?\\w+;|(\\S))"_s);
    qsizetype count = 0;
    for (const auto& match : mark.globalMatch(text)) {
        if (match.hasCaptured(1))
            ++count;
    }
    return count;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    const QString m_directory = QStringLiteral(CLM_SOURCE_DIR "/translations");

    static void addLanguageRows()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : kLanguages)
            QTest::newRow(qPrintable(language)) << language;
    }

private slots:
    void everyLanguageHasItsFile()
    {
        const QStringList files = QDir(m_directory).entryList({u"*.ts"_s}, QDir::Files);
        QStringList expected;
        for (const QString& language : kLanguages)
            expected.append(u"clm-admin_"_s + language + u".ts"_s);
        expected.append(u"clm-admin_en.ts"_s); // English plural forms
        QCOMPARE(QSet<QString>(files.begin(), files.end()),
                 QSet<QString>(expected.begin(), expected.end()));
    }

    void everyEntryIsTranslated_data() { addLanguageRows(); }
    void everyEntryIsTranslated()
    {
        QFETCH(QString, language);
        const QList<Entry> entries = readTs(tsPath(m_directory, language));
        QVERIFY2(entries.size() > 50, "the .ts file has (almost) no entries");
        const QStringList found = problems(entries, language);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // lupdate into copies, so the source tree stays as it is; without
    // -no-obsolete, strings gone from the code show up as vanished.
    void filesAreCurrentWithTheCode()
    {
        QTemporaryDir copies;
        QVERIFY(copies.isValid());
        QStringList arguments{u"-silent"_s,
                              u"-locations"_s,
                              u"none"_s,
                              u"-I"_s,
                              QStringLiteral(CLM_SOURCE_DIR),
                              QStringLiteral(CLM_SOURCE_DIR "/app"),
                              QStringLiteral(CLM_SOURCE_DIR "/ui"),
                              u"-ts"_s};
        for (const QString& language : kLanguages) {
            QVERIFY(QFile::copy(tsPath(m_directory, language), tsPath(copies.path(), language)));
            QFile::setPermissions(tsPath(copies.path(), language),
                                  QFile::ReadOwner | QFile::WriteOwner);
            arguments.append(tsPath(copies.path(), language));
        }
        QProcess lupdate;
        lupdate.start(QStringLiteral(CLM_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAllStandardError().constData());

        QStringList found;
        for (const QString& language : kLanguages) {
            const QStringList stale = problems(readTs(tsPath(copies.path(), language)), language);
            for (const QString& problem : stale)
                found.append(language + u": "_s + problem);
        }
        QVERIFY2(found.isEmpty(), qPrintable(u"The .ts files are behind the code: build the target "
                                             "update_translations, then translate:\n"_s +
                                             found.join(u'\n')));
    }

    // English: the plural forms of every %n string, current with the code.
    void englishHasEveryPluralForm()
    {
        QTemporaryDir copies;
        QVERIFY(copies.isValid());
        const QString copy = tsPath(copies.path(), u"en"_s);
        QVERIFY(QFile::copy(tsPath(m_directory, u"en"_s), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(CLM_LUPDATE),
                      {u"-silent"_s, u"-locations"_s, u"none"_s, u"-pluralonly"_s, u"-I"_s,
                       QStringLiteral(CLM_SOURCE_DIR), QStringLiteral(CLM_SOURCE_DIR "/app"),
                       QStringLiteral(CLM_SOURCE_DIR "/ui"), u"-ts"_s, copy});
        QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
        QVERIFY(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0);
        const QList<Entry> entries = readTs(copy);
        QVERIFY(entries.size() >= 5);
        QStringList found = problems(entries, u"en"_s);
        for (const Entry& entry : entries) {
            if (!entry.numerus)
                found.append(describe(entry) + u" is no plural"_s);
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/clm-admin_en"_s));
        QCOMPARE(translator.translate("clm::app::TimeText", "%n days", nullptr, 1), u"%n day"_s);
    }

    void compiledTranslationsAreInTheProgram_data() { addLanguageRows(); }
    void compiledTranslationsAreInTheProgram()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/clm-admin_"_s + language));
        // lrelease picked the plural rules of the file's language.
        QCOMPARE(translator.language(), tsLanguage(tsPath(m_directory, language)));

        const QString file = translator.translate("clm::ui::MainWindow", "&File");
        QVERIFY(!file.isEmpty());
        QVERIFY2(file != "&File"_L1, qPrintable(file));

        // The resources hold what the .ts file says now (the build is current).
        QStringList differing;
        for (const Entry& entry : readTs(tsPath(m_directory, language))) {
            const QByteArray context = entry.context.toUtf8();
            const QByteArray source = entry.source.toUtf8();
            const QByteArray comment = entry.comment.toUtf8();
            const QString compiled = translator.translate(
                    context.constData(), source.constData(),
                    comment.isEmpty() ? nullptr : comment.constData(), entry.numerus ? 1 : -1);
            if (compiled != entry.translations.value(0))
                differing.append(u"%1 gives \"%2\""_s.arg(describe(entry), compiled));
        }
        QVERIFY2(differing.isEmpty(), qPrintable(differing.join(u'\n')));
    }

    void placeholdersAndAcceleratorsAreKept_data() { addLanguageRows(); }
    void placeholdersAndAcceleratorsAreKept()
    {
        QFETCH(QString, language);
        QStringList found;
        for (const Entry& entry : readTs(tsPath(m_directory, language))) {
            QSet<QString> expected = placeholders(entry.source);
            if (entry.numerus)
                expected.insert(u"%n"_s);
            for (const QString& translation : entry.translations) {
                if (placeholders(translation) != expected) {
                    found.append(u"%1: \"%2\" changes the placeholders"_s.arg(describe(entry),
                                                                              translation));
                }
                if (accelerators(translation) != accelerators(entry.source)) {
                    found.append(u"%1: \"%2\" has %3 accelerators, the source %4"_s
                                         .arg(describe(entry), translation)
                                         .arg(accelerators(translation))
                                         .arg(accelerators(entry.source)));
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // The checks above must be able to fail: they see what a broken entry is.
    void checksRecogniseBrokenEntries()
    {
        const Entry unfinished{u"ctx"_s, u"Save"_s, {}, u"unfinished"_s, false, {u"Sichern"_s}};
        const Entry vanished{u"ctx"_s, u"Save"_s, {}, u"vanished"_s, false, {u"Sichern"_s}};
        const Entry empty{u"ctx"_s, u"Save"_s, {}, {}, false, {QString()}};
        const Entry numerus{u"ctx"_s, u"%n s"_s, {}, {}, true, {u"%n s"_s}};
        QCOMPARE(problems({unfinished, vanished, empty}, u"de"_s),
                 (QStringList{u"ctx / \"Save\" is unfinished"_s, u"ctx / \"Save\" is vanished"_s,
                              u"ctx / \"Save\" has an empty translation"_s}));
        QCOMPARE(problems({numerus}, u"de"_s).size(), 1);
        QVERIFY(problems({numerus}, u"ja"_s).isEmpty());
        QCOMPARE(placeholders(u"%1 of %L2, %n left, 100%"_s),
                 (QSet<QString>{u"%1"_s, u"%2"_s, u"%n"_s}));
        QCOMPARE(accelerators(u"Sign &out"_s), 1);
        QCOMPARE(accelerators(u"Salt && pepper &amp; more"_s), 0);
        QCOMPARE(accelerators(u"ファイル(&F)"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
