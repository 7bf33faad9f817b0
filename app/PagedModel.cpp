#include "app/PagedModel.h"

#include "app/ApiClient.h"
#include "app/ListWalker.h"

#include <QUrlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace clm::app {

PagedModel::PagedModel(ApiClient* api, QString endpoint, QList<Column> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_walker(new ListWalker(api, this))
    , m_endpoint(std::move(endpoint))
    , m_columns(std::move(columns))
{
    connect(m_walker, &ListWalker::pageLoaded, this, &PagedModel::onPage);
    connect(m_walker, &ListWalker::finished, this, [this] {
        // Only a page past the end gets here without a page of its own.
        if (!m_loading)
            return;
        if (m_localFilter) {
            applyFiltered();
            return;
        }
        setLoading(false);
        emit loaded();
    });
    connect(m_walker, &ListWalker::failed, this, [this](const QString& message) {
        setLoading(false);
        m_incoming.clear();
        m_error = message;
        emit errorOccurred(m_error);
    });
}

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

void PagedModel::setLocalFilter(std::function<bool(const QJsonObject&)> accepts)
{
    m_localFilter = std::move(accepts);
}

void PagedModel::reload()
{
    // The rows shown stay until the first page answers (the server may be
    // away; a live event's reload must not blank the table).
    m_started = true;
    m_incoming.clear();
    // A local filter needs every page before it knows what to show.
    m_walker->setAutoContinue(static_cast<bool>(m_localFilter));
    m_walker->start(m_endpoint, query(), m_localFilter ? ListWalker::kMaxPageSize : m_pageSize);
    setLoading(true);
}

void PagedModel::onPage(const QList<QJsonObject>& items, int page)
{
    m_error.clear();
    if (m_localFilter) {
        for (const QJsonObject& item : items) {
            if (m_localFilter(item))
                m_incoming.append(item);
        }
        if (!m_walker->hasMore())
            applyFiltered();
        return;
    }
    setLoading(false);
    m_total = m_walker->totalCount();
    if (page == 1) {
        // The first page replaces what was shown.
        beginResetModel();
        m_items = items;
        endResetModel();
        emit loaded();
        return;
    }
    QList<QJsonObject> fresh;
    for (const QJsonObject& item : items) {
        // Items that arrived by event meanwhile are not doubled.
        if (rowOf(item.value("id"_L1).toString()) < 0)
            fresh.append(item);
    }
    if (!fresh.isEmpty()) {
        const int first = static_cast<int>(m_items.size());
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        m_items += fresh;
        endInsertRows();
    }
    emit loaded();
}

void PagedModel::applyFiltered()
{
    // The last page is in: the matching items replace what was shown.
    setLoading(false);
    beginResetModel();
    m_items = std::exchange(m_incoming, {});
    m_total = static_cast<int>(m_items.size());
    endResetModel();
    emit loaded();
}

void PagedModel::reveal(const QString& id)
{
    const int row = rowOf(id);
    if (row >= 0) {
        emit revealed(id, row);
        return;
    }
    m_api->get(m_endpoint + id + u'/', this, [this, id](const RestReply& reply) {
        if (reply.isSuccess()) {
            upsert(reply.json);
            emit revealed(id, rowOf(id));
            return;
        }
        // Collections without a GET of one item (devices, sessions: 405)
        // are searched page by page with the list's own filters.
        if (reply.status != 405) {
            emit revealed(id, -1);
            return;
        }
        auto* finder = new ListWalker(m_api, this);
        finder->setMaxPages(20);
        connect(finder, &ListWalker::pageLoaded, this,
                [this, finder, id](const QList<QJsonObject>& items) {
                    for (const QJsonObject& item : items) {
                        if (item.value("id"_L1).toString() != id)
                            continue;
                        finder->cancel();
                        finder->deleteLater();
                        upsert(item);
                        emit revealed(id, rowOf(id));
                        return;
                    }
                });
        auto notFound = [this, finder, id] {
            finder->deleteLater();
            emit revealed(id, -1);
        };
        connect(finder, &ListWalker::finished, this, notFound);
        connect(finder, &ListWalker::failed, this, notFound);
        finder->start(m_endpoint, query());
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
    return !parent.isValid() && !m_localFilter && m_walker->hasMore() && !m_loading;
}

void PagedModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(true);
    m_walker->fetchNext();
}

void PagedModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size() || !m_columns.at(column).sortable)
        return;
    const QString key = m_columns.at(column).key;
    setOrdering(order == Qt::DescendingOrder ? u"-"_s + key : key);
}

} // namespace clm::app
