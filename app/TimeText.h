#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace clm::app {

// Times as people read them: "3 min ago", "in 5 days", and the absolute
// local time beside it. RFC 3339 strings from the API in, translated text
// out.
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(clm::app::TimeText)
public:
    // `atMs` relative to `nowMs`: "just now", "12 s ago", "5 min ago",
    // "3 h ago", "4 days ago", and "in ..." for the future.
    static QString relative(qint64 atMs, qint64 nowMs);
    // The locale's short date and time, in local time.
    static QString absolute(qint64 atMs);
    // "3 min ago (05/12/2026 10:00)".
    static QString both(qint64 atMs, qint64 nowMs);
    // A length of time in the largest whole unit: "90 s", "6 min", "7 days".
    static QString duration(qint64 seconds);
    // An RFC 3339 field, or nullopt when empty or not a time.
    static std::optional<qint64> parse(const QString& rfc3339);
    // Whole days from `nowMs` to `atMs` (negative when past), counted in
    // local calendar days.
    static int daysUntil(qint64 atMs, qint64 nowMs);
};

} // namespace clm::app
