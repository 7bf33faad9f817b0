#pragma once

#include "app/UsageHistory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace clm::app {

class ApiClient;
class ListWalker;

// The dashboard's numbers: one row per active license with its seats in use
// and today's "no seats" denials, and the seat usage history of one license
// for the chart (UsageHistory). A reload keeps the rows shown until the new
// answers are all in, so live-event reloads do not flicker, and a failed one
// keeps them too.
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

    using Range = UsageHistory::Range;
    using Point = UsageHistory::Point;

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
    // Every row's license, in row order.
    QList<QJsonObject> licenses() const;
    QString licenseId(int row) const;
    int rowOf(const QString& licenseId) const;
    int denialsToday(int row) const;

    void setRange(Range range) { m_history->setRange(range); }
    Range range() const { return m_history->range(); }
    static int bucketSeconds(Range range) { return UsageHistory::bucketSeconds(range); }
    static qint64 spanSeconds(Range range) { return UsageHistory::spanSeconds(range); }
    UsageHistory* usage() const { return m_history; }

    // The license whose history is kept current (on reload and range
    // changes); historyChanged() tells when it arrives.
    void setHistoryLicense(const QString& licenseId) { m_history->setLicense(licenseId); }
    QString historyLicense() const { return m_history->license(); }
    // The last history fetched for the license (possibly of the previous
    // range while the new one loads), oldest bucket first; empty if none.
    QList<Point> history(const QString& licenseId) const { return m_history->points(licenseId); }
    // The bucket width of history(licenseId), 0 if there is none.
    int historyBucketSeconds(const QString& licenseId) const
    {
        return m_history->bucketSecondsOf(licenseId);
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);
    void loaded();
    void rangeChanged(clm::app::UsageHistory::Range range);
    void historyChanged(const QString& licenseId);
    void errorOccurred(const QString& message);

private:
    struct Row
    {
        QJsonObject license;
        QString id;
        int denialsToday = 0;
    };
    void fetchDenials();
    void finishReload();
    void failReload(const QString& message);
    void apply(const QList<Row>& rows);
    void setLoading(bool loading);

    ApiClient* m_api;
    ListWalker* m_walker;
    UsageHistory* m_history;
    QList<Row> m_rows;
    QList<Row> m_incoming; // the reload in flight
    int m_pageSize = 500;
    int m_pendingDenials = 0;
    qint64 m_midnight = 0;
    QString m_error;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_hasLoaded = false;
};

} // namespace clm::app
