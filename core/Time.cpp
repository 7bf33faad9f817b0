#include "core/Time.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace clm::time {

namespace {

// The instants RFC 3339's four-digit years can write (and Qt: it has no
// year 0), in UTC.
constexpr qint64 kFirstWritable = -62135596800000; // 0001-01-01T00:00:00Z
constexpr qint64 kLastWritable = 253402300799999;  // 9999-12-31T23:59:59.999Z

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b < 0 ? 1 : 0);
}

// An instant's UTC calendar fields, counted by hand (proleptic Gregorian,
// days to civil date as in Howard Hinnant's "chrono-compatible low-level
// date algorithms"): QDateTime builds a time zone's view and parses a
// format string for every call, and every answer writes one or more times.
struct Civil
{
    int year, month, day, hour, minute, second, weekday; // weekday 0 = Monday
};

Civil civil(qint64 msecsSinceEpoch)
{
    const qint64 secs = floorDiv(msecsSinceEpoch, 1000);
    const qint64 days = floorDiv(secs, 86400);
    const qint64 ofDay = secs - days * 86400;
    const qint64 shifted = days + 719468; // from 0000-03-01
    const qint64 era = floorDiv(shifted, 146097);
    const qint64 dayOfEra = shifted - era * 146097;
    const qint64 yearOfEra =
            (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153; // March = 0
    Civil c{};
    c.day = static_cast<int>(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    c.month = static_cast<int>(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    c.year = static_cast<int>(yearOfEra + era * 400 + (c.month <= 2 ? 1 : 0));
    c.hour = static_cast<int>(ofDay / 3600);
    c.minute = static_cast<int>(ofDay / 60 % 60);
    c.second = static_cast<int>(ofDay % 60);
    c.weekday = static_cast<int>(days + 3 - floorDiv(days + 3, 7) * 7); // 1970-01-01: Thursday
    return c;
}

// Writes `value` as `width` digits at `out`, returns the position after.
char* digits(char* out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

} // namespace

namespace {

// Writes "yyyy-MM-ddTHH:mm:ss" and, if `millis`, ".zzz"; then "Z".
QString writeRfc3339(qint64 msecsSinceEpoch, bool millis)
{
    const Civil c = civil(msecsSinceEpoch);
    char text[24];
    char* at = digits(text, c.year, 4);
    *at++ = '-';
    at = digits(at, c.month, 2);
    *at++ = '-';
    at = digits(at, c.day, 2);
    *at++ = 'T';
    at = digits(at, c.hour, 2);
    *at++ = ':';
    at = digits(at, c.minute, 2);
    *at++ = ':';
    at = digits(at, c.second, 2);
    if (millis) {
        *at++ = '.';
        at = digits(at, int(msecsSinceEpoch - floorDiv(msecsSinceEpoch, 1000) * 1000), 3);
    }
    *at++ = 'Z';
    return QString::fromLatin1(text, at - text);
}

} // namespace

QString rfc3339Millis(qint64 msecsSinceEpoch)
{
    if (msecsSinceEpoch < kFirstWritable || msecsSinceEpoch > kLastWritable)
        return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC)
                .toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
    return writeRfc3339(msecsSinceEpoch, true);
}

QString rfc3339(qint64 msecsSinceEpoch)
{
    if (msecsSinceEpoch < kFirstWritable || msecsSinceEpoch > kLastWritable)
        return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC)
                .toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
    return writeRfc3339(msecsSinceEpoch, false);
}

std::optional<qint64> parseRfc3339(const QString& text)
{
    static const QRegularExpression pattern(
            u"^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})$"_s);
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    QString normalized = text;
    normalized[10] = u'T';
    // Qt parses at most milliseconds: trim longer fractions.
    static const QRegularExpression longFraction(u"(\\.\\d{3})\\d+"_s);
    normalized.replace(longFraction, u"\\1"_s);
    if (normalized.endsWith(u'z'))
        normalized.back() = u'Z';
    const QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    // An offset can move a time out of the years 1 to 9999 in UTC
    // (0001-01-01T00:00:00+01:30): refused, since rfc3339() could not
    // write it back (Qt has no year 0, and RFC 3339 four-digit years).
    const qint64 at = parsed.toMSecsSinceEpoch();
    if (at < kFirstWritable || at > kLastWritable)
        return std::nullopt;
    return at;
}

QByteArray httpDate(qint64 msecsSinceEpoch)
{
    // Formatted by hand: QDateTime's RFC 2822 form uses "+0000", not "GMT",
    // and day and month names must be English whatever the locale.
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (msecsSinceEpoch < kFirstWritable || msecsSinceEpoch > kLastWritable) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
        const QDate d = t.date();
        const QTime h = t.time();
        return QByteArray(days[d.dayOfWeek() - 1]) + ", " +
               QByteArray::number(d.day()).rightJustified(2, '0') + ' ' + months[d.month() - 1] +
               ' ' + QByteArray::number(d.year()) + ' ' +
               QByteArray::number(h.hour()).rightJustified(2, '0') + ':' +
               QByteArray::number(h.minute()).rightJustified(2, '0') + ':' +
               QByteArray::number(h.second()).rightJustified(2, '0') + " GMT";
    }
    const Civil c = civil(msecsSinceEpoch);
    char text[32];
    char* at = text;
    for (const char* p = days[c.weekday]; *p; ++p)
        *at++ = *p;
    *at++ = ',';
    *at++ = ' ';
    at = digits(at, c.day, 2);
    *at++ = ' ';
    for (const char* p = months[c.month - 1]; *p; ++p)
        *at++ = *p;
    *at++ = ' ';
    at = digits(at, c.year, c.year >= 1000 ? 4 : c.year >= 100 ? 3 : c.year >= 10 ? 2 : 1);
    *at++ = ' ';
    at = digits(at, c.hour, 2);
    *at++ = ':';
    at = digits(at, c.minute, 2);
    *at++ = ':';
    at = digits(at, c.second, 2);
    for (const char* p = " GMT"; *p; ++p)
        *at++ = *p;
    return QByteArray(text, at - text);
}

std::optional<qint64> parseHttpDate(const QByteArray& text)
{
    // IMF-fixdate (RFC 9110) ends in "GMT", which Qt 6.4's RFC 2822 parser
    // refuses ("+0000" it takes).
    QByteArray normalized = text.trimmed();
    if (normalized.endsWith(" GMT") || normalized.endsWith(" UTC"))
        normalized = normalized.chopped(4) + " +0000";
    QDateTime parsed = QDateTime::fromString(QString::fromLatin1(normalized), Qt::RFC2822Date);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

} // namespace clm::time
