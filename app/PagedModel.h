#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace clm::app {

class ApiClient;
class ListWalker;

// One list resource of the API (licenses, users, sessions, ...) as a table:
// the first page on reload(), the next ones as views scroll
// (canFetchMore/fetchMore) through a ListWalker, search, ordering and
// filters passed to the server, and items updated in place from live
// events. A local filter narrows the list where the server cannot (stale
// devices): the model then reads every page and keeps the matching items.
class PagedModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Column
    {
        QString key;   // the field, also the server's ordering name
        QString title; // translated header
        // Display text; default: the field as text.
        std::function<QVariant(const QJsonObject&)> display = {};
        bool sortable = true;
    };

    static constexpr int kItemRole = Qt::UserRole + 1; // the whole QJsonObject
    static constexpr int kIdRole = Qt::UserRole + 2;

    PagedModel(ApiClient* api, QString endpoint, QList<Column> columns, QObject* parent = nullptr);

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    void setSearch(const QString& search);
    void setOrdering(const QString& ordering);
    QString ordering() const { return m_ordering; }
    // A query parameter such as license=<id> or active=true; empty removes it.
    void setFilter(const QString& key, const QString& value);
    QString filter(const QString& key) const { return m_filters.value(key); }
    // Keeps only the items `accepts` takes (empty: all), reading every page;
    // takes effect at the next reload.
    void setLocalFilter(std::function<bool(const QJsonObject&)> accepts);
    std::function<bool(const QJsonObject&)> localFilter() const { return m_localFilter; }
    QString search() const { return m_search; }
    QString endpoint() const { return m_endpoint; }
    // Search, ordering and filters as an encoded query without the page
    // parameters, for whatever else reads the same list (CSV export).
    QString query() const;

    // Loads the first page, which then replaces the rows shown (they stay
    // while it loads or when it fails). Until the first reload, setting the
    // search, ordering or filters only records them.
    void reload();
    bool isLoading() const { return m_loading; }
    // The server's count of all matching items (not only those loaded).
    int totalCount() const { return m_total; }
    QString lastError() const { return m_error; }

    QJsonObject item(int row) const { return m_items.value(row); }
    int rowOf(const QString& id) const;
    // Replaces the item with the same "id", or inserts it at the top.
    void upsert(const QJsonObject& item);
    // Makes the item with this id a row (reading it from the server when no
    // loaded page has it); revealed() gives its row, or -1 when it is gone.
    void reveal(const QString& id);
    void removeId(const QString& id);
    // Redraws every row (texts that depend on the time, such as "12 s ago").
    void refreshDisplay();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadingChanged(bool loading);
    void loaded();
    void errorOccurred(const QString& message);
    void revealed(const QString& id, int row);

private:
    void onPage(const QList<QJsonObject>& items, int page);
    void applyFiltered();
    void setLoading(bool loading);

    ApiClient* m_api;
    ListWalker* m_walker;
    std::function<bool(const QJsonObject&)> m_localFilter;
    QList<QJsonObject> m_incoming; // a locally filtered reload, until its last page
    QString m_endpoint;
    QList<Column> m_columns;
    QList<QJsonObject> m_items;
    QMap<QString, QString> m_filters;
    QString m_search;
    QString m_ordering;
    QString m_error;
    int m_pageSize = 100;
    int m_total = 0;
    bool m_loading = false;
    bool m_started = false; // search, ordering and filters reload once started
};

} // namespace clm::app
