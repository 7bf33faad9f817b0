// CSV export of list endpoints against a real clm-server: every page of a
// list of more than a thousand rows, the list's search, ordering and filters,
// RFC 4180 quoting read back by a parser of the test's own, and no partial
// or clobbered file when the export is cancelled or the server goes away.

#include "AdminClient.h"
#include "ServerFixture.h"
#include "TestData.h"
#include "TestPostgres.h"
#include "app/ApiClient.h"
#include "app/ListExporter.h"
#include "app/PagedModel.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace clm;
using namespace clm::app;
using namespace clm::test;

namespace {

// A name that needs every kind of quoting, a '+' that must survive the
// query string, and text beyond ASCII.
const QString kOddName = u"C++ tools, \"Pro\" edition\r\nline two \u2014 Gr\u00fc\u00dfe"_s;
const int kBulk = 1050;

// RFC 4180 read strictly: CRLF after every record, quotes only around whole
// fields, doubled inside. Independent of the exporter's writer on purpose.
std::optional<QList<QStringList>> parseCsv(const QByteArray& bytes, QString* error)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto fail = [&](const QString& why) {
        *error = u"%1 at character %2"_s.arg(why).arg(i);
        return std::nullopt;
    };
    while (i < n) {
        QString field;
        if (text.at(i) == u'"') {
            ++i;
            while (true) {
                if (i >= n)
                    return fail(u"unterminated quoted field"_s);
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r') {
                if (text.at(i) == u'"' || text.at(i) == u'\n')
                    return fail(u"quote or LF in an unquoted field"_s);
                field += text.at(i++);
            }
        }
        record.append(field);
        if (i < n && text.at(i) == u',') {
            ++i;
            continue;
        }
        if (i + 1 < n && text.at(i) == u'\r' && text.at(i + 1) == u'\n') {
            i += 2;
            records.append(record);
            record.clear();
            continue;
        }
        return fail(u"a field not followed by a comma or CRLF"_s);
    }
    if (!record.isEmpty())
        return fail(u"the last record lacks its CRLF"_s);
    return records;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_owner;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_dir;

    const QStringList m_licenseFields{u"id"_s,       u"name"_s,       u"product"_s,
                                      u"features"_s, u"expires_at"_s, u"max_concurrent_seats"_s,
                                      u"is_active"_s};

    HttpClient admin() const { return test::admin(*m_fixture, m_owner); }

    struct Outcome
    {
        bool finished = false;
        bool ok = false;
        QString error;
        int progressSignals = 0;
    };

    // Runs an export to its end; `onProgress` runs at each progress signal.
    static Outcome run(ListExporter& exporter, const std::function<void()>& start,
                       const std::function<void(int, int)>& onProgress = {})
    {
        Outcome outcome;
        QObject context;
        QObject::connect(&exporter, &ListExporter::progress, &context, [&](int done, int total) {
            ++outcome.progressSignals;
            if (onProgress)
                onProgress(done, total);
        });
        QObject::connect(&exporter, &ListExporter::finished, &context,
                         [&](bool ok, const QString& error) {
                             outcome.finished = true;
                             outcome.ok = ok;
                             outcome.error = error;
                         });
        start();
        if (outcome.finished) // finished() must never come from inside start()
            outcome.error = u"finished inside start()"_s;
        // Not QTRY_*: they only work in void functions.
        (void)QTest::qWaitFor([&] { return outcome.finished; }, 60000);
        return outcome;
    }

    static QList<QStringList> readCsv(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QString error;
        const auto records = parseCsv(file.readAll(), &error);
        if (!records)
            qWarning().noquote() << "CSV does not parse:" << error;
        return records.value_or(QList<QStringList>());
    }

    QString freshDir(const QString& name) const
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }

    static QStringList entries(const QString& dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CLM_START_FIXTURE(m_fixture);
        m_owner = m_fixture->createOrganization(u"Export Org"_s, u"owner@export.example"_s);
        QVERIFY2(!m_owner.access.isEmpty(), qPrintable(m_fixture->error()));
        HttpClient client = admin();
        for (int i = 0; i < kBulk; ++i) {
            const HttpReply reply = client.post(
                    u"/api/v1/licenses/"_s, {{u"name"_s, u"bulk-%1"_s.arg(i, 4, 10, QChar(u'0'))},
                                             {u"product"_s, u"bulk"_s},
                                             {u"max_concurrent_seats"_s, 1 + i % 7}});
            QCOMPARE(reply.status, 201);
        }
        const HttpReply odd = client.post(u"/api/v1/licenses/"_s,
                                          {{u"name"_s, kOddName},
                                           {u"product"_s, u"odd"_s},
                                           {u"max_concurrent_seats"_s, 3},
                                           {u"features"_s, QJsonArray{u"cad"_s, u"render"_s}}});
        QCOMPARE(odd.status, 201);
        QCOMPARE(odd.json.value("name"_L1).toString(), kOddName);

        m_api = signedInClient(&m_network, m_fixture->server().baseUrl(), m_owner);
        QVERIFY(m_api);
    }

    void init()
    {
        if (m_fixture && m_fixture->server().pid() == 0)
            QVERIFY2(m_fixture->server().start(), qPrintable(m_fixture->server().error()));
    }

    void quotingOfSingleFields()
    {
        QCOMPARE(ListExporter::record({u"a"_s, u""_s, u"b c"_s}), "a,,b c\r\n"_ba);
        QCOMPARE(ListExporter::record({u"a,b"_s, u"say \"hi\""_s, u"x\ny"_s, u"x\ry"_s}),
                 "\"a,b\",\"say \"\"hi\"\"\",\"x\ny\",\"x\ry\"\r\n"_ba);
        QCOMPARE(ListExporter::record({u"\u00fc"_s}), "\xc3\xbc\r\n"_ba);
        QCOMPARE(ListExporter::fieldText(QJsonValue(QJsonValue::Null)), QString());
        QCOMPARE(ListExporter::fieldText(QJsonValue(12)), u"12"_s);
        QCOMPARE(ListExporter::fieldText(QJsonValue(1.5)), u"1.5"_s);
        QCOMPARE(ListExporter::fieldText(QJsonValue(false)), u"false"_s);
        QCOMPARE(ListExporter::fieldText(QJsonObject{{u"a"_s, QJsonArray{1, u"x"_s}}}),
                 u"{\"a\":[1,\"x\"]}"_s);
        // Text that a spreadsheet would run as a formula is defused.
        QCOMPARE(ListExporter::fieldText(u"=HYPERLINK(\"x\")"_s), u"'=HYPERLINK(\"x\")"_s);
        QCOMPARE(ListExporter::fieldText(u"-cmd"_s), u"'-cmd"_s);
        QCOMPARE(ListExporter::fieldText(u"@sum"_s), u"'@sum"_s);
        QCOMPARE(ListExporter::fieldText(u"ws-berlin"_s), u"ws-berlin"_s);
    }

    void exportsEveryLicenseAcrossPages()
    {
        const QString path = freshDir(u"all"_s) + u"/licenses.csv"_s;
        ListExporter exporter(m_api.get());
        QList<std::pair<int, int>> steps;
        const Outcome outcome = run(
                exporter,
                [&] { exporter.start(u"/api/v1/licenses/"_s, QString(), m_licenseFields, path); },
                [&](int done, int total) {
                    steps.append({done, total});
                });
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const int expected = kBulk + 1;
        // One progress signal per page of 500.
        QCOMPARE(steps.size(), (expected + ListExporter::kPageSize - 1) / ListExporter::kPageSize);
        QCOMPARE(steps.first(), std::pair(ListExporter::kPageSize, expected));
        QCOMPARE(steps.last(), std::pair(expected, expected));
        QCOMPARE(exporter.rowsWritten(), expected);

        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), expected + 1);
        QCOMPARE(rows.first(), m_licenseFields);
        QSet<QString> ids;
        const QStringList* odd = nullptr;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).size(), m_licenseFields.size());
            ids.insert(rows.at(i).at(0));
            if (rows.at(i).at(2) == "odd"_L1)
                odd = &rows.at(i);
        }
        QCOMPARE(ids.size(), expected);
        QVERIFY(odd);
        QCOMPARE(odd->at(1), kOddName);
        QCOMPARE(odd->at(3), u"[\"cad\",\"render\"]"_s);
        QCOMPARE(odd->at(4), QString()); // no expiry: null
        QCOMPARE(odd->at(5), u"3"_s);
        QCOMPARE(odd->at(6), u"true"_s);
    }

    void honoursSearchOrderingAndFilters()
    {
        PagedModel model(m_api.get(), u"/api/v1/licenses/"_s,
                         {{u"name"_s, u"Name"_s}, {u"product"_s, u"Product"_s}});
        model.setFilter(u"product"_s, u"bulk"_s);
        model.setSearch(u"bulk-100"_s);
        model.sort(0, Qt::DescendingOrder);
        const QString path = freshDir(u"query"_s) + u"/search.csv"_s;
        ListExporter exporter(m_api.get());
        Outcome outcome = run(exporter, [&] {
            exporter.start(&model, {u"name"_s, u"product"_s}, path);
        });
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), 11);
        for (int i = 1; i <= 10; ++i)
            QCOMPARE(rows.at(i), QStringList({u"bulk-%1"_s.arg(1010 - i), u"bulk"_s}));

        // A '+' in the search reaches the server as a plus, not a space.
        PagedModel plus(m_api.get(), u"/api/v1/licenses/"_s, {{u"name"_s, u"Name"_s}});
        plus.setSearch(u"c++ tools"_s);
        outcome = run(exporter, [&] { exporter.start(&plus, {u"name"_s}, path); });
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        rows = readCsv(path);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).first(), kOddName);

        // Nothing matches: the header alone, and an existing file replaced.
        model.setFilter(u"product"_s, u"no-such-product"_s);
        outcome = run(exporter, [&] { exporter.start(&model, {u"name"_s}, path); });
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(exporter.rowsWritten(), 0);
        QCOMPARE(readCsv(path), QList<QStringList>{QStringList{u"name"_s}});
    }

    void exportsTheFilteredAuditLog()
    {
        const QStringList fields{u"id"_s,          u"at"_s,        u"action"_s, u"actor_id"_s,
                                 u"target_type"_s, u"target_id"_s, u"details"_s};
        const HttpReply expected = admin().get(u"/api/v1/audit/?action=license.create"_s);
        QCOMPARE(expected.status, 200);
        const int count = expected.json.value("count"_L1).toInt();
        QCOMPARE(count, kBulk + 1);
        const int all = admin().get(u"/api/v1/audit/"_s).json.value("count"_L1).toInt();
        QVERIFY(all > count); // the sign-ins are there too, and must not be exported

        PagedModel model(m_api.get(), u"/api/v1/audit/"_s, {{u"at"_s, u"When"_s}});
        model.setFilter(u"action"_s, u"license.create"_s);
        model.setFilter(u"actor_id"_s, m_owner.userId);
        const QString path = freshDir(u"audit"_s) + u"/audit.csv"_s;
        ListExporter exporter(m_api.get());
        const Outcome outcome = run(exporter, [&] { exporter.start(&model, fields, path); });
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.progressSignals, 3);

        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), count + 1);
        QCOMPARE(rows.first(), fields);
        bool sawOdd = false;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList& row = rows.at(i);
            QCOMPARE(row.at(2), u"license.create"_s);
            QCOMPARE(row.at(3), m_owner.userId);
            QJsonParseError error;
            const QJsonDocument details = QJsonDocument::fromJson(row.at(6).toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError && details.isObject(),
                     qPrintable(row.at(6)));
            // Compact: no newline or indentation of its own.
            QVERIFY(!row.at(6).contains(u'\n'));
            sawOdd = sawOdd || row.at(6).contains("C++ tools"_L1);
        }
        QVERIFY(sawOdd);
    }

    void cancelLeavesTheExistingFile()
    {
        const QString dir = freshDir(u"cancel"_s);
        const QString path = dir + u"/licenses.csv"_s;
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("precious,data\r\n");
        existing.close();

        ListExporter exporter(m_api.get());
        const Outcome outcome = run(
                exporter,
                [&] { exporter.start(u"/api/v1/licenses/"_s, QString(), m_licenseFields, path); },
                [&](int, int) { exporter.cancel(); });
        QVERIFY(!outcome.ok);
        QVERIFY(!outcome.error.isEmpty());
        QVERIFY(exporter.wasCancelled());
        QCOMPARE(outcome.progressSignals, 1); // no page after the cancel
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), "precious,data\r\n"_ba);
        // No temporary file left beside it, also not once events settle.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        QCOMPARE(entries(dir), QStringList{u"licenses.csv"_s});
    }

    void serverGoingAwayLeavesNoFile()
    {
        const QString dir = freshDir(u"away"_s);
        const QString path = dir + u"/licenses.csv"_s;
        ListExporter exporter(m_api.get());
        const Outcome outcome = run(
                exporter,
                [&] { exporter.start(u"/api/v1/licenses/"_s, QString(), m_licenseFields, path); },
                [&](int, int) {
                    if (m_fixture->server().pid() != 0)
                        m_fixture->server().stop();
                });
        QVERIFY(outcome.finished);
        QVERIFY(!outcome.ok);
        QVERIFY(!exporter.wasCancelled());
        QVERIFY2(outcome.error.contains("row 501"_L1), qPrintable(outcome.error));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(entries(dir), QStringList());
    }

    void unwritablePathFailsAtOnce()
    {
        ListExporter exporter(m_api.get());
        const QString path = m_dir.filePath(u"no/such/dir/out.csv"_s);
        const Outcome outcome =
                run(exporter, [&] { exporter.start(u"/api/v1/licenses/"_s, QString(), {}, path); });
        QVERIFY(outcome.finished);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(path), qPrintable(outcome.error));
        QCOMPARE(outcome.progressSignals, 0);
        QVERIFY(!QFile::exists(path));
    }

    void cleanupTestCase()
    {
        m_api.reset();
        m_fixture.reset();
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
