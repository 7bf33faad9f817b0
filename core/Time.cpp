#include "core/Time.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace clm::time {

QString rfc3339(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC)
            .toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
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
    constexpr qint64 kFirst = -62135596800000; // 0001-01-01T00:00:00Z
    constexpr qint64 kLast = 253402300799999;  // 9999-12-31T23:59:59.999Z
    const qint64 at = parsed.toMSecsSinceEpoch();
    if (at < kFirst || at > kLast)
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
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
    const QDate d = t.date();
    const QTime h = t.time();
    return QByteArray(days[d.dayOfWeek() - 1]) + ", " +
           QByteArray::number(d.day()).rightJustified(2, '0') + ' ' + months[d.month() - 1] + ' ' +
           QByteArray::number(d.year()) + ' ' +
           QByteArray::number(h.hour()).rightJustified(2, '0') + ':' +
           QByteArray::number(h.minute()).rightJustified(2, '0') + ':' +
           QByteArray::number(h.second()).rightJustified(2, '0') + " GMT";
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
