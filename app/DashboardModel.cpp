#include "app/DashboardModel.h"

#include "app/ApiClient.h"
#include "app/ApiErrors.h"
#include "app/Endpoints.h"
#include "app/ListWalker.h"

#include <QDate>
#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace clm::app {

namespace {

// Buckets start at multiples of their width since the epoch; midnight in a
// zone half or quarter an hour off UTC needs a narrower bucket so that no
// bucket reaches back into yesterday.
int todayBucketSeconds(qint64 midnightMs)
{
    const qint64 seconds = midnightMs / 1000;
    for (const int bucket : {3600, 1800, 900}) {
        if (seconds % bucket == 0)
            return bucket;
    }
    return 60;
}

} // namespace

DashboardModel::DashboardModel(ApiClient* api, QObject* parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_walker(new ListWalker(api, this))
    , m_history(new UsageHistory(api, this))
{
    connect(m_history, &UsageHistory::rangeChanged, this, &DashboardModel::rangeChanged);
    connect(m_history, &UsageHistory::changed, this, &DashboardModel::historyChanged);
    connect(m_history, &UsageHistory::errorOccurred, this, [this](const QString& message) {
        // The last history stays on the chart.
        m_error = message;
        emit errorOccurred(message);
    });
    connect(m_walker, &ListWalker::pageLoaded, this, [this](const QList<QJsonObject>& licenses) {
        for (const QJsonObject& license : licenses) {
            Row row;
            row.license = license;
            row.id = license.value("id"_L1).toString();
            if (!row.id.isEmpty())
                m_incoming.append(row);
        }
    });
    connect(m_walker, &ListWalker::finished, this, &DashboardModel::fetchDenials);
    connect(m_walker, &ListWalker::failed, this, &DashboardModel::failReload);
}

void DashboardModel::reload()
{
    if (m_loading) {
        // Live events come in bursts: one more reload after this one covers
        // them all, and a stream of events cannot starve the table.
        m_reloadAgain = true;
        return;
    }
    m_reloadAgain = false;
    ++m_generation;
    m_incoming.clear();
    setLoading(true);
    m_walker->start(endpoints::licenses(), u"is_active=true&ordering=name"_s, m_pageSize);
}

void DashboardModel::fetchDenials()
{
    m_midnight = QDate::currentDate().startOfDay().toMSecsSinceEpoch();
    m_pendingDenials = static_cast<int>(m_incoming.size());
    if (m_pendingDenials == 0) {
        finishReload();
        return;
    }
    const int bucket = todayBucketSeconds(m_midnight);
    const quint64 generation = m_generation;
    for (const Row& row : std::as_const(m_incoming)) {
        const QString id = row.id;
        m_api->get(UsageHistory::path(id, m_midnight, bucket), this,
                   [this, generation, id](const RestReply& reply) {
                       if (generation != m_generation)
                           return;
                       const auto it = std::find_if(m_incoming.begin(), m_incoming.end(),
                                                    [&id](const Row& r) { return r.id == id; });
                       if (reply.isSuccess()) {
                           int denials = 0;
                           for (const Point& point : UsageHistory::parse(reply.json)) {
                               if (point.t >= m_midnight)
                                   denials += point.denials;
                           }
                           if (it != m_incoming.end())
                               it->denialsToday = denials;
                       } else if (reply.status == 404) {
                           // Deactivated or deleted since the list was read.
                           if (it != m_incoming.end())
                               m_incoming.erase(it);
                       } else {
                           failReload(ApiErrors::describe(reply));
                           return;
                       }
                       if (--m_pendingDenials == 0)
                           finishReload();
                   });
    }
}

void DashboardModel::finishReload()
{
    const QList<Row> rows = std::exchange(m_incoming, {});
    m_error.clear();
    m_hasLoaded = true;
    apply(rows);
    setLoading(false);
    m_history->refresh();
    emit loaded();
    if (m_reloadAgain)
        reload();
}

void DashboardModel::failReload(const QString& message)
{
    ++m_generation; // the other answers of this reload are dropped
    m_walker->cancel();
    m_incoming.clear();
    m_error = message;
    setLoading(false);
    emit errorOccurred(message);
    if (m_reloadAgain)
        reload();
}

void DashboardModel::apply(const QList<Row>& rows)
{
    QHash<QString, qsizetype> incoming;
    for (qsizetype i = 0; i < rows.size(); ++i)
        incoming.insert(rows.at(i).id, i);

    // Rows stay where they are, so selections and the view's scroll
    // position survive: gone ones are removed, new ones appended, and the
    // rest are changed in place.
    for (auto row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        if (incoming.contains(m_rows.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_history->forget(m_rows.at(row).id);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    QSet<QString> present;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        m_rows[row] = rows.at(incoming.value(m_rows.at(row).id));
        present.insert(m_rows.at(row).id);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    QList<Row> added;
    for (const Row& row : rows) {
        if (!present.contains(row.id))
            added.append(row);
    }
    if (!added.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_rows += added;
        endInsertRows();
    }
}

void DashboardModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

QJsonObject DashboardModel::license(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).license : QJsonObject();
}

QList<QJsonObject> DashboardModel::licenses() const
{
    QList<QJsonObject> all;
    all.reserve(m_rows.size());
    for (const Row& row : m_rows)
        all.append(row.license);
    return all;
}

QString DashboardModel::licenseId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int DashboardModel::rowOf(const QString& licenseId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == licenseId)
            return row;
    }
    return -1;
}

int DashboardModel::denialsToday(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).denialsToday : 0;
}

int DashboardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DashboardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row& row = m_rows.at(index.row());
    const int used = row.license.value("active_sessions"_L1).toInt();
    const int total = row.license.value("max_concurrent_seats"_L1).toInt();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LicenseColumn:
            return row.license.value("name"_L1).toString();
        case ProductColumn:
            return row.license.value("product"_L1).toString();
        case SeatsColumn:
            return tr("%1 of %2").arg(used).arg(total);
        case DenialsColumn:
            return row.denialsToday;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SeatsColumn)
            return tr("%1 of %2 seats in use").arg(used).arg(total);
        if (index.column() == DenialsColumn)
            return tr("Requests refused today because every seat was taken");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DenialsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case kSortRole:
        switch (index.column()) {
        case LicenseColumn:
            return row.license.value("name"_L1).toString().toCaseFolded();
        case ProductColumn:
            return row.license.value("product"_L1).toString().toCaseFolded();
        case SeatsColumn:
            // Fullest first when descending; a full 1-seat license ranks
            // with a full 20-seat one, larger counts break the tie.
            return (total > 0 ? static_cast<double>(used) / total : 0.0) * 1e6 + used;
        case DenialsColumn:
            return row.denialsToday;
        }
        return {};
    case kItemRole:
        return row.license;
    case kIdRole:
        return row.id;
    case kSeatsUsedRole:
        return used;
    case kSeatsTotalRole:
        return total;
    default:
        return {};
    }
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LicenseColumn:
        return tr("License");
    case ProductColumn:
        return tr("Product");
    case SeatsColumn:
        return tr("Seats in use");
    case DenialsColumn:
        return tr("Denials today");
    }
    return {};
}

} // namespace clm::app
