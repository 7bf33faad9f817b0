#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace clm::app {

class ApiClient;

// The dashboard's numbers: one row per active license with its seats in use
// and today's "no seats" denials, and the seat usage history of one license
// for the chart (API.md, GET /api/v1/licenses/{id}/usage). A reload keeps
// the rows shown until the new answers are all in, so live-event reloads do
// not flicker, and a failed one keeps them too.
class DashboardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        LicenseColumn,
        ProductColumn,
        SeatsColumn,
        DenialsColumn,
        ColumnCount
    };

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

    static constexpr int kItemRole = Qt::UserRole + 1; // the license, a QJsonObject
    static constexpr int kIdRole = Qt::UserRole + 2;
    static constexpr int kSeatsUsedRole = Qt::UserRole + 3; // int, for the seat bar
    static constexpr int kSeatsTotalRole = Qt::UserRole + 4;
    static constexpr int kSortRole = Qt::UserRole + 5; // numbers sort as numbers

    explicit DashboardModel(ApiClient* api, QObject* parent = nullptr);

    // Loads all active licenses and today's denials; while one reload runs,
    // further calls collapse into one more after it.
    void reload();
    // Licenses per list request (the API allows up to 500); tests use
    // small pages to see every page loaded.
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    bool isLoading() const { return m_loading; }
    // True once a reload has succeeded (an empty table then means no licenses).
    bool hasLoaded() const { return m_hasLoaded; }
    QString lastError() const { return m_error; }

    QJsonObject license(int row) const;
    QString licenseId(int row) const;
    int rowOf(const QString& licenseId) const;
    int denialsToday(int row) const;

    void setRange(Range range);
    Range range() const { return m_range; }
    static int bucketSeconds(Range range);
    static qint64 spanSeconds(Range range);

    // The license whose history is kept current (on reload and range
    // changes); historyChanged() tells when it arrives.
    void setHistoryLicense(const QString& licenseId);
    QString historyLicense() const { return m_historyId; }
    // The last history fetched for the license (possibly of the previous
    // range while the new one loads), oldest bucket first; empty if none.
    QList<Point> history(const QString& licenseId) const;
    // The bucket width of history(licenseId), 0 if there is none.
    int historyBucketSeconds(const QString& licenseId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);
    void loaded();
    void rangeChanged(clm::app::DashboardModel::Range range);
    void historyChanged(const QString& licenseId);
    void errorOccurred(const QString& message);

private:
    struct Row
    {
        QJsonObject license;
        QString id;
        int denialsToday = 0;
    };
    struct History
    {
        int bucketSeconds = 0;
        QList<Point> points;
    };

    void fetchLicenses(int page);
    void fetchDenials();
    void finishReload();
    void failReload(const QString& message);
    void apply(const QList<Row>& rows);
    void fetchHistory(const QString& licenseId);
    void setLoading(bool loading);

    ApiClient* m_api;
    QList<Row> m_rows;
    QList<Row> m_incoming; // the reload in flight
    int m_pageSize = 500;
    int m_pendingDenials = 0;
    qint64 m_midnight = 0;
    QHash<QString, History> m_history;
    QString m_historyId;
    Range m_range = Range::Last24Hours;
    QString m_error;
    quint64 m_generation = 0;
    quint64 m_historySerial = 0;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_hasLoaded = false;
};

} // namespace clm::app
