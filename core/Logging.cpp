#include "core/Logging.h"

#include "core/Json.h"
#include "core/JsonWriter.h"
#include "core/Time.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>

#include <unistd.h>

#include <atomic>
#include <mutex>

using namespace Qt::StringLiterals;

namespace clm::logging {

namespace {

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u"debug"_s;
    case QtInfoMsg:
        return u"info"_s;
    case QtWarningMsg:
        return u"warning"_s;
    case QtCriticalMsg:
        return u"error"_s;
    case QtFatalMsg:
        return u"fatal"_s;
    }
    return u"info"_s;
}

// Warnings and errors that repeat (one per failed request while the
// database is down) are written once per window; the next one after the
// window says how many were left out. Info lines (the access log) are never
// held back.
constexpr qint64 kRepeatWindowMs = 10'000;

struct Repeats
{
    qint64 windowStart = 0;
    qint64 suppressed = 0;
};

std::mutex g_repeatsMutex;
QHash<QString, Repeats> g_repeats;

// True when the line is to be written; `suppressed` is how many identical
// lines were left out before it.
bool admit(QtMsgType type, const char* category, const QString& message, qint64* suppressed)
{
    *suppressed = 0;
    if (type == QtDebugMsg || type == QtInfoMsg || type == QtFatalMsg)
        return true;
    const QString key = QString::fromLatin1(category ? category : "") + u'\n' + message;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::lock_guard lock(g_repeatsMutex);
    if (g_repeats.size() > 10000)
        g_repeats.clear(); // a flood of distinct messages: start over
    Repeats& seen = g_repeats[key];
    if (seen.windowStart != 0 && now - seen.windowStart < kRepeatWindowMs) {
        ++seen.suppressed;
        return false;
    }
    *suppressed = seen.suppressed;
    seen.windowStart = now;
    seen.suppressed = 0;
    return true;
}

// Whether a line names `category` ("default" goes unnamed).
bool named(const char* category)
{
    return category && qstrcmp(category, "default") != 0;
}

QString now()
{
    return time::rfc3339Millis(QDateTime::currentMSecsSinceEpoch());
}

// One line to stderr in one write: lines from several threads never
// interleave.
void writeBytes(const QByteArray& line)
{
    const QByteArray bytes = line + '\n';
    [[maybe_unused]] const auto written =
            ::write(STDERR_FILENO, bytes.constData(), static_cast<size_t>(bytes.size()));
}

// Adds the time, the level and the category, and writes the line.
void writeLine(QJsonObject& line, QtMsgType type, const char* category)
{
    line.insert(u"ts"_s, now());
    line.insert(u"level"_s, levelName(type));
    if (named(category))
        line.insert(u"category"_s, QString::fromLatin1(category));
    writeBytes(json::toCompact(line));
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    qint64 suppressed = 0;
    if (!admit(type, context.category, message, &suppressed))
        return;
    QJsonObject line;
    if (message.startsWith(u'{')) {
        if (auto fields = json::parseObject(message.toUtf8()))
            line = *fields;
    }
    if (line.isEmpty())
        line.insert(u"msg"_s, message);
    if (suppressed > 0)
        line.insert(u"repeated"_s, suppressed); // identical lines left out since the last
    writeLine(line, type, context.category);
    if (type == QtFatalMsg)
        abort();
}

std::atomic<bool> g_jsonHandler{false};

} // namespace

void installJsonHandler()
{
    qInstallMessageHandler(handler);
    g_jsonHandler = true;
}

void structured(const char* category, const QJsonObject& fields)
{
    if (!g_jsonHandler) {
        QMessageLogger(nullptr, 0, nullptr, category).info().noquote()
                << QString::fromUtf8(json::toCompact(fields));
        return;
    }
    // The line the handler would write, without the detour through Qt's
    // logging: serialized to a string and parsed back, that detour was a
    // tenth of the server's CPU under heartbeat load (the access log's line
    // per request).
    QJsonObject line = fields;
    writeLine(line, QtInfoMsg, category);
}

void structured(const char* category, json::JsonWriter& fields)
{
    if (!g_jsonHandler) {
        QMessageLogger(nullptr, 0, nullptr, category).info().noquote()
                << QString::fromUtf8(fields.take());
        return;
    }
    // What writeLine() adds.
    fields.add("ts"_L1, now()).add("level"_L1, levelName(QtInfoMsg));
    if (named(category))
        fields.add("category"_L1, QString::fromLatin1(category));
    writeBytes(fields.take());
}

} // namespace clm::logging
