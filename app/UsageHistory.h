#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace clm::app {

class ApiClient;

// Seat usage history of licenses (API.md, GET /api/v1/licenses/{id}/usage)
// over one of four ranges, for a chart: the dashboard's and the license
// view's. Only the newest request counts; a failed one keeps the last
// history shown.
class UsageHistory : public QObject
{
    Q_OBJECT
public:
    enum class Range
    {
        LastHour,
        Last24Hours,
        Last7Days,
        Last30Days,
    };
    Q_ENUM(Range)

    struct Point
    {
        qint64 t = 0; // bucket start, ms since the epoch
        int maxSessions = 0;
        int denials = 0;
    };

    explicit UsageHistory(ApiClient* api, QObject* parent = nullptr);

    static int bucketSeconds(Range range);
    static qint64 spanSeconds(Range range);
    // The range whose buckets are `bucketSeconds` wide, else `fallback`.
    static Range rangeOfBucket(int bucketSeconds, Range fallback);
    // The query for the usage of `licenseId` from `fromMs` in buckets.
    static QString path(const QString& licenseId, qint64 fromMs, int bucketSeconds);
    static QList<Point> parse(const QJsonObject& answer);

    void setRange(Range range);
    Range range() const { return m_range; }
    // The license whose history is kept (fetched now, on range changes and
    // on refresh()); changed() tells when it arrives.
    void setLicense(const QString& licenseId);
    QString license() const { return m_licenseId; }
    void refresh();

    // The last history fetched for the license (possibly of the previous
    // range while the new one loads), oldest bucket first; empty if none.
    QList<Point> points(const QString& licenseId) const;
    // The bucket width of points(licenseId), 0 if there is none.
    int bucketSecondsOf(const QString& licenseId) const;
    void forget(const QString& licenseId) { m_history.remove(licenseId); }

signals:
    void rangeChanged(clm::app::UsageHistory::Range range);
    void changed(const QString& licenseId);
    void errorOccurred(const QString& message);

private:
    struct Entry
    {
        int bucketSeconds = 0;
        QList<Point> points;
    };

    ApiClient* m_api;
    QHash<QString, Entry> m_history;
    QString m_licenseId;
    Range m_range = Range::Last24Hours;
    quint64 m_serial = 0;
};

} // namespace clm::app
