#include "app/ListExporter.h"

#include "app/ApiClient.h"
#include "app/ListWalker.h"
#include "app/PagedModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace clm::app {

ListExporter::ListExporter(ApiClient* api, QObject* parent)
    : QObject(parent)
    , m_walker(new ListWalker(api, this))
{
    connect(m_walker, &ListWalker::pageLoaded, this, &ListExporter::writePage);
    connect(m_walker, &ListWalker::finished, this, [this] { finish(true, QString()); });
    connect(m_walker, &ListWalker::failed, this, [this](const QString& message) {
        finish(false, tr("The export stopped at row %1: %2").arg(m_done + 1).arg(message));
    });
}

// Out of line: QSaveFile is only declared in the header. An export still
// running is dropped with its temporary file.
ListExporter::~ListExporter() = default;

void ListExporter::start(const PagedModel* model, const QStringList& fields, const QString& path)
{
    start(model->endpoint(), model->query(), fields, path, model->localFilter());
}

void ListExporter::start(const QString& endpoint, const QString& query, const QStringList& fields,
                         const QString& path, Accepts accepts)
{
    if (m_running)
        return;
    m_fields = fields;
    m_path = path;
    m_accepts = std::move(accepts);
    m_done = 0;
    m_total = 0;
    m_cancelled = false;
    m_running = true;

    m_file = std::make_unique<QSaveFile>(path);
    QString error;
    if (!m_file->open(QIODevice::WriteOnly))
        error = tr("Cannot write %1: %2").arg(path, m_file->errorString());
    else if (m_file->write(record(fields)) < 0)
        error = tr("Cannot write %1: %2").arg(path, m_file->errorString());
    if (!error.isEmpty()) {
        // Reported after start() returns, like every other outcome.
        QMetaObject::invokeMethod(
                this, [this, error] { finish(false, error); }, Qt::QueuedConnection);
        return;
    }
    m_walker->setAutoContinue(false); // one page at a time, after it is written
    m_walker->start(endpoint, query, kPageSize);
}

void ListExporter::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    finish(false, tr("The export was cancelled."));
}

void ListExporter::writePage(const QList<QJsonObject>& items)
{
    if (!m_running)
        return;
    m_total = m_walker->totalCount();
    for (const QJsonObject& item : items) {
        if (m_accepts && !m_accepts(item))
            continue;
        QStringList row;
        row.reserve(m_fields.size());
        for (const QString& field : std::as_const(m_fields))
            row.append(fieldText(item.value(field)));
        if (m_file->write(record(row)) < 0) {
            finish(false, tr("Cannot write %1: %2").arg(m_path, m_file->errorString()));
            return;
        }
        ++m_done;
    }
    emit progress(m_done, std::max(m_total, m_done));
    // A slot of progress() may have cancelled.
    if (m_running)
        m_walker->fetchNext();
}

void ListExporter::finish(bool ok, const QString& error)
{
    if (!m_running)
        return;
    m_running = false;
    m_walker->cancel(); // an answer after a cancel is dropped
    QString message = error;
    if (ok && !m_file->commit()) {
        ok = false;
        message = tr("Cannot write %1: %2").arg(m_path, m_file->errorString());
    }
    if (!ok)
        m_file->cancelWriting();
    // Without a commit, this removes the temporary file; the old one stays.
    m_file.reset();
    emit finished(ok, message);
}

QString ListExporter::fieldText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Whole numbers without an exponent or ".0", as the server sent them.
        if (std::trunc(number) == number && std::abs(number) < 9007199254740992.0)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String: {
        // Spreadsheets run text that starts like a formula (=, +, -, @);
        // a leading apostrophe keeps a hostile name from running as one.
        const QString text = value.toString();
        static const QString formulaStarts = u"=+-@\t\r"_s;
        if (!text.isEmpty() && formulaStarts.contains(text.front()))
            return u'\'' + text;
        return text;
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

QByteArray ListExporter::record(const QStringList& fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        const QString& field = fields.at(i);
        const bool quote = field.contains(u',') || field.contains(u'"') || field.contains(u'\r') ||
                           field.contains(u'\n');
        if (!quote) {
            line += field.toUtf8();
            continue;
        }
        QString escaped = field;
        escaped.replace(u'"', u"\"\""_s);
        line += '"' + escaped.toUtf8() + '"';
    }
    return line + "\r\n";
}

} // namespace clm::app
