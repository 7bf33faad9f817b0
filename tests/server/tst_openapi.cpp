#include "ServerFixture.h"
#include "TestData.h"
#include "TestPostgres.h"
#include "server/Application.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace clm::server;
using namespace clm::test;

namespace {

// What the document says about one operation ("GET /api/v1/users/{id}").
struct Operation
{
    QString operationId;
    QSet<int> statuses;      // documented response codes
    QSet<int> withoutSchema; // 2xx codes other than 204 with no content schema
    bool isPublic = false;   // security: []
};

QString normalize(QString path)
{
    while (path.endsWith(u'/') && path.size() > 1)
        path.chop(1);
    return path;
}

// Reads the paths of docs/api/openapi.yaml. The file is kept in one shape
// (two-space indentation, paths at 2, methods at 4, responses at 8), which
// Redocly's lint (scripts/lint-openapi) checks is valid OpenAPI; this reads
// just what the checks below need.
QHash<QString, Operation> readDocument(QString* error)
{
    QFile file(QStringLiteral(CLM_SOURCE_DIR "/docs/api/openapi.yaml"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    static const QRegularExpression pathLine(u"^  (/[^:]*):\\s*$"_s);
    static const QRegularExpression methodLine(u"^    (get|post|patch|put|delete):\\s*$"_s);
    static const QRegularExpression operationIdLine(u"^      operationId: (\\w+)\\s*$"_s);
    static const QRegularExpression statusLine(u"^        '(\\d{3})':(.*)$"_s);
    QHash<QString, Operation> operations;
    QString currentPath;
    Operation* current = nullptr;
    int currentStatus = 0;
    bool inPaths = false;
    bool inResponses = false;
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
        if (const auto m = pathLine.match(line); m.hasMatch()) {
            currentPath = m.captured(1);
            current = nullptr;
        } else if (const auto m2 = methodLine.match(line); m2.hasMatch()) {
            current = &operations[m2.captured(1).toUpper() + u' ' + normalize(currentPath)];
            inResponses = false;
        } else if (!current) {
            continue;
        } else if (const auto m3 = operationIdLine.match(line); m3.hasMatch()) {
            current->operationId = m3.captured(1);
        } else if (line == "      security: []"_L1) {
            current->isPublic = true;
        } else if (line.startsWith("      "_L1) && !line.startsWith("       "_L1)) {
            inResponses = line == "      responses:"_L1;
        } else if (const auto m4 = statusLine.match(line); inResponses && m4.hasMatch()) {
            currentStatus = m4.captured(1).toInt();
            current->statuses.insert(currentStatus);
            const QString inlineValue = m4.captured(2).trimmed();
            // A 2xx answer needs a schema: a shared response (which all
            // carry one) or a content block below it; 204 has no body.
            if (currentStatus / 100 == 2 && currentStatus != 204 &&
                !inlineValue.contains("#/components/responses/"_L1))
                current->withoutSchema.insert(currentStatus);
        } else if (inResponses && line.trimmed().startsWith("schema:"_L1)) {
            current->withoutSchema.remove(currentStatus);
        }
    }
    return operations;
}

QString fill(QString pattern)
{
    static const QRegularExpression parameter(u"\\{[^}]+\\}"_s);
    return pattern.replace(parameter, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

} // namespace

// docs/api/openapi.yaml must describe every route the server has, and no
// route it does not have; each with an operationId, a response schema and
// every error status the server really answers.
class TestOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        m_operations = readDocument(&error);
        QVERIFY2(!m_operations.isEmpty(), qPrintable(error));
        ServerContext context;
        Application app(context);
        for (const auto& [method, pattern] : app.router().routes())
            m_routes.append(qMakePair(QString::fromLatin1(method), pattern));
        QVERIFY(m_routes.size() >= 30);
    }

    void documentMatchesRouter()
    {
        QSet<QString> served;
        for (const auto& [method, pattern] : std::as_const(m_routes))
            served.insert(method + u' ' + normalize(pattern));
        const QSet<QString> documented(m_operations.keyBegin(), m_operations.keyEnd());
        const QSet<QString> undocumented = served - documented;
        const QSet<QString> phantom = documented - served;
        QVERIFY2(undocumented.isEmpty(),
                 qPrintable(u"not in openapi.yaml: "_s +
                            QStringList(undocumented.values()).join(u", "_s)));
        QVERIFY2(phantom.isEmpty(), qPrintable(u"documented but not served: "_s +
                                               QStringList(phantom.values()).join(u", "_s)));
    }

    // What generators need: a unique operationId, a schema for every
    // success with a body, and at least one documented error.
    void everyOperationIsComplete()
    {
        QHash<QString, QString> owners;
        QStringList problems;
        for (auto it = m_operations.cbegin(); it != m_operations.cend(); ++it) {
            const Operation& op = it.value();
            if (op.operationId.isEmpty())
                problems << it.key() + u": no operationId"_s;
            else if (owners.contains(op.operationId))
                problems << it.key() + u": operationId "_s + op.operationId + u" also on "_s +
                                    owners.value(op.operationId);
            owners.insert(op.operationId, it.key());
            bool hasSuccess = false;
            bool hasError = false;
            for (int status : op.statuses) {
                hasSuccess |= status / 100 == 2;
                hasError |= status / 100 == 4;
            }
            if (!hasSuccess)
                problems << it.key() + u": no 2xx answer"_s;
            if (!hasError)
                problems << it.key() + u": no 4xx answer"_s;
            for (int status : op.withoutSchema)
                problems << it.key() + u": %1 has no schema"_s.arg(status);
            if (!op.isPublic && !op.statuses.contains(401))
                problems << it.key() + u": needs a sign-in but does not document 401"_s;
        }
        for (const QString& problem : std::as_const(problems))
            qWarning().noquote() << problem; // QTest shortens the message below
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }

    // Asks a real server every route as a stranger, as a member and as an
    // owner with an empty body and unknown ids: each status it answers
    // must be documented for that operation (5xx never is).
    void everyAnswerIsDocumented()
    {
        std::unique_ptr<ServerFixture> fixture;
        CLM_START_FIXTURE(fixture);
        const auto owner = fixture->createOrganization(u"OpenAPI Org"_s, u"owner@openapi.test"_s);
        QVERIFY(!owner.access.isEmpty());
        const auto member = fixture->createUser(owner, u"member@openapi.test"_s, u"member"_s);
        QVERIFY(!member.access.isEmpty());

        QStringList problems;
        int asked = 0;
        for (const auto& [method, pattern] : std::as_const(m_routes)) {
            const QString key = method + u' ' + normalize(pattern);
            const Operation op = m_operations.value(key);
            // Ask as each caller; the owner last so that nothing the
            // owner might change affects the other two.
            for (const QString& token : {QString(), member.access, owner.access}) {
                HttpClient client = fixture->client(token);
                const QByteArray body = method == "GET"_L1 || method == "DELETE"_L1
                                                ? QByteArray()
                                                : QByteArrayLiteral("{}");
                QList<QPair<QByteArray, QByteArray>> headers;
                if (!body.isEmpty())
                    headers.append(
                            qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
                const HttpReply reply =
                        client.send(method.toLatin1(), fill(pattern), body, headers);
                ++asked;
                if (reply.status == 0 || !op.statuses.contains(reply.status))
                    problems << u"%1 answered %2 (%3), not documented"_s.arg(key)
                                        .arg(reply.status)
                                        .arg(QString::fromUtf8(reply.body.left(160)));
            }
        }
        for (const QString& problem : std::as_const(problems))
            qWarning().noquote() << problem; // QTest shortens the message below
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
        QCOMPARE(asked, m_routes.size() * 3);
    }

private:
    QHash<QString, Operation> m_operations;
    QList<QPair<QString, QString>> m_routes;
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
