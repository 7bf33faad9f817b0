#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Time on the wire: RFC 3339 in JSON bodies and the protocol, IMF-fixdate
// (RFC 9110) in HTTP headers. Times in memory are milliseconds since the
// Unix epoch, UTC.
namespace clm::time {

// "2026-11-22T10:00:00Z": whole seconds, UTC, as every answer carries them.
QString rfc3339(qint64 msecsSinceEpoch);
// "2026-11-22T10:00:00.123Z": the same with milliseconds, as log lines carry
// them (what QDateTime's Qt::ISODateWithMs writes for UTC).
QString rfc3339Millis(qint64 msecsSinceEpoch);

// Accepts "T", "t" or a space between date and time, an optional fraction
// (digits past milliseconds are dropped) and "Z" or an offset.
std::optional<qint64> parseRfc3339(const QString& text);

// "Sun, 22 Nov 2026 10:00:00 GMT".
QByteArray httpDate(qint64 msecsSinceEpoch);
std::optional<qint64> parseHttpDate(const QByteArray& text);

} // namespace clm::time
