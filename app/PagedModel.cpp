#include "app/PagedModel.h"

#include "app/ApiClient.h"
#include "app/Endpoints.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace clm::app {

PagedModel::PagedModel(ApiClient* api, QString endpoint, QList<Column> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_endpoint(std::move(endpoint))
    , m_columns(std::move(columns))
{}

void PagedModel::setSearch(const QString& search)
{
    if (search == m_search)
        return;
    m_search = search;
    if (m_started)
        reload();
}

void PagedModel::setOrdering(const QString& ordering)
{
    if (ordering == m_ordering)
        return;
    m_ordering = ordering;
    if (m_started)
        reload();
}

void PagedModel::setFilter(const QString& key, const QString& value)
{
    if (m_filters.value(key) == value && (m_filters.contains(key) || value.isEmpty()))
        return;
    if (value.isEmpty())
        m_filters.remove(key);
    else
        m_filters.insert(key, value);
    if (m_started)
        reload();
}

QString PagedModel::query() const
{
    QUrlQuery query;
    if (!m_search.isEmpty())
        query.addQueryItem(u"search"_s, m_search);
    if (!m_ordering.isEmpty())
        query.addQueryItem(u"ordering"_s, m_ordering);
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    // QUrlQuery leaves '+' alone, and the server reads it as a space.
    return query.toString(QUrl::FullyEncoded).replace(u'+', "%2B"_L1);
}

QString PagedModel::pagePath(int page) const
{
    return endpoints::page(m_endpoint, query(), page, m_pageSize);
}

void PagedModel::reload()
{
    // The rows shown stay until the first page answers (the server may be
    // away; a live event's reload must not blank the table).
    m_started = true;
    ++m_generation; // answers to earlier requests are dropped
    m_nextPage = 1;
    fetchPage(1);
}

void PagedModel::fetchPage(int page)
{
    setLoading(true);
    const quint64 generation = m_generation;
    m_api->get(pagePath(page), this, [this, generation, page](const RestReply& reply) {
        if (generation != m_generation)
            return;
        setLoading(false);
        if (!reply.isSuccess()) {
            // A page past the end after deletions is the end, not an error.
            if (reply.status == 404 && page > 1) {
                m_hasMore = false;
                emit loaded();
                return;
            }
            m_error = reply.message();
            emit errorOccurred(m_error);
            return;
        }
        m_error.clear();
        const QJsonArray results = reply.json.value("results"_L1).toArray();
        m_total = reply.json.value("count"_L1).toInt();
        m_hasMore = !reply.json.value("next"_L1).isNull() && !results.isEmpty();
        m_nextPage = page + 1;
        if (page == 1) {
            // The first page replaces what was shown.
            beginResetModel();
            m_items.clear();
            for (const QJsonValue& value : results)
                m_items.append(value.toObject());
            endResetModel();
            emit loaded();
            return;
        }
        QList<QJsonObject> fresh;
        for (const QJsonValue& value : results) {
            const QJsonObject object = value.toObject();
            // Items that arrived by event meanwhile are not doubled.
            if (rowOf(object.value("id"_L1).toString()) < 0)
                fresh.append(object);
        }
        if (!fresh.isEmpty()) {
            const int first = static_cast<int>(m_items.size());
            beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
            m_items += fresh;
            endInsertRows();
        }
        emit loaded();
    });
}

void PagedModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

int PagedModel::rowOf(const QString& id) const
{
    if (id.isEmpty())
        return -1;
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).value("id"_L1).toString() == id)
            return row;
    }
    return -1;
}

void PagedModel::refreshDisplay()
{
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

void PagedModel::upsert(const QJsonObject& item)
{
    const int row = rowOf(item.value("id"_L1).toString());
    if (row >= 0) {
        m_items[row] = item;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_items.prepend(item);
    ++m_total;
    endInsertRows();
}

void PagedModel::removeId(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    --m_total;
    endRemoveRows();
}

int PagedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int PagedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant PagedModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || index.column() >= m_columns.size())
        return {};
    const QJsonObject& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const Column& column = m_columns.at(index.column());
        if (column.display)
            return column.display(item);
        const QJsonValue value = item.value(column.key);
        if (value.isBool())
            return value.toBool() ? tr("yes") : tr("no");
        if (value.isNull() || value.isUndefined())
            return QString();
        return value.toVariant();
    }
    case kItemRole:
        return item;
    case kIdRole:
        return item.value("id"_L1).toString();
    default:
        return {};
    }
}

QVariant PagedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return {};
    return m_columns.at(section).title;
}

bool PagedModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void PagedModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        fetchPage(m_nextPage);
}

void PagedModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size() || !m_columns.at(column).sortable)
        return;
    const QString key = m_columns.at(column).key;
    setOrdering(order == Qt::DescendingOrder ? u"-"_s + key : key);
}

} // namespace clm::app
