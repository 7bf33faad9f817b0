#include "core/Logging.h"

#include "core/Json.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <unistd.h>

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

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
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
