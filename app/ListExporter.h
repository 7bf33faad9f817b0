#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSaveFile;

namespace clm::app {

class ApiClient;
class ListWalker;
class PagedModel;

// Writes every item of a list endpoint that matches a query to a CSV file
// (RFC 4180, UTF-8, CRLF, a header row of the field names), reading one
// page at a time through a ListWalker so that only a page is held in memory. The file appears
// only when the export completes: a failed or cancelled export leaves no
// partial file and keeps a file that was already at the path.
class ListExporter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 500; // the API's largest page
    using Accepts = std::function<bool(const QJsonObject&)>;

    explicit ListExporter(ApiClient* api, QObject* parent = nullptr);
    ~ListExporter() override;

    // `query` is an encoded query without page parameters (search, ordering,
    // filters), as PagedModel::query() gives it. Reports through progress()
    // and exactly one finished(), never before start() returns.
    // `accepts`, when given, keeps only the items it takes.
    void start(const QString& endpoint, const QString& query, const QStringList& fields,
               const QString& path, Accepts accepts = {});
    // The same list the model shows, with its search, ordering and filters
    // (its local filter too).
    void start(const PagedModel* model, const QStringList& fields, const QString& path);
    // Stops after the page in flight; finished(false, ...) follows.
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    int rowsWritten() const { return m_done; }
    QString path() const { return m_path; }

    // One CSV field: text as is (with a leading apostrophe when it starts
    // like a spreadsheet formula), numbers and booleans as JSON writes them,
    // null as empty, objects and arrays as compact JSON.
    static QString fieldText(const QJsonValue& value);
    // One record with its CRLF; fields quoted when they hold a comma, a
    // quote, CR or LF, with quotes doubled.
    static QByteArray record(const QStringList& fields);

signals:
    void progress(int done, int total);
    void finished(bool ok, const QString& error);

private:
    void writePage(const QList<QJsonObject>& items);
    void finish(bool ok, const QString& error);

    ListWalker* m_walker;
    QStringList m_fields;
    QString m_path;
    Accepts m_accepts;
    std::unique_ptr<QSaveFile> m_file;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace clm::app
