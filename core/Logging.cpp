#include "core/Logging.h"

#include "core/Json.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>

#include <unistd.h>

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
    line.insert(u"ts"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    line.insert(u"level"_s, levelName(type));
    if (context.category && qstrcmp(context.category, "default") != 0)
        line.insert(u"category"_s, QString::fromLatin1(context.category));
    if (suppressed > 0)
        line.insert(u"repeated"_s, suppressed); // identical lines left out since the last
    // One write per line: lines from several threads never interleave.
    const QByteArray bytes = json::toCompact(line) + '\n';
    [[maybe_unused]] const auto written =
            ::write(STDERR_FILENO, bytes.constData(), static_cast<size_t>(bytes.size()));
    if (type == QtFatalMsg)
        abort();
}

} // namespace

void installJsonHandler()
{
    qInstallMessageHandler(handler);
}

void structured(const char* category, const QJsonObject& fields)
{
    QMessageLogger(nullptr, 0, nullptr, category).info().noquote()
            << QString::fromUtf8(json::toCompact(fields));
}

} // namespace clm::logging
