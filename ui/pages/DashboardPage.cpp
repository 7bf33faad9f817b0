#include "ui/pages/DashboardPage.h"

#include "ui/UsageChart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clm::ui {

namespace {

using Range = app::DashboardModel::Range;

// The seats column: a bar of used against total in the highlight colour,
// the "3 of 5" text beside it.
class SeatsDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget* widget = opt.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const int used = index.data(app::DashboardModel::kSeatsUsedRole).toInt();
        const int total = index.data(app::DashboardModel::kSeatsTotalRole).toInt();
        const bool selected = opt.state & QStyle::State_Selected;
        const QColor ink =
                opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
        QColor track = selected ? opt.palette.color(QPalette::HighlightedText)
                                : opt.palette.color(QPalette::Text);
        track.setAlphaF(0.15f);

        const QRect area = opt.rect.adjusted(6, 0, -6, 0);
        const int textWidth = opt.fontMetrics.horizontalAdvance(text) + 8;
        const int barWidth = std::max(24, area.width() - std::max(textWidth, 64));
        const int barHeight = std::min(10, area.height() - 8);
        const QRect bar(area.left(), area.center().y() - barHeight / 2 + 1, barWidth, barHeight);
        const double fraction =
                total > 0 ? std::clamp(static_cast<double>(used) / total, 0.0, 1.0) : 0.0;

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(track);
        painter->drawRoundedRect(bar, 3, 3);
        if (fraction > 0) {
            QRectF filled(bar);
            filled.setWidth(std::max(4.0, bar.width() * fraction));
            painter->setBrush(ink);
            painter->drawRoundedRect(filled, 3, 3);
        }
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect textRect(bar.right() + 8, area.top(), area.right() - bar.right() - 8,
                             area.height());
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(std::max(size.width() + 120, 200));
        return size;
    }
};

} // namespace

DashboardPage::DashboardPage(app::ApiClient* api, QWidget* parent)
    : Page(parent)
    , m_model(new app::DashboardModel(api, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_range(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_chart(new UsageChart(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(app::DashboardModel::kSortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(u"table"_s);
    m_view->setAccessibleName(tr("Seats in use per license"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(app::DashboardModel::LicenseColumn, Qt::AscendingOrder);
    m_view->setItemDelegateForColumn(app::DashboardModel::SeatsColumn, new SeatsDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab moves on to the chart's controls
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(app::DashboardModel::LicenseColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(app::DashboardModel::ProductColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(app::DashboardModel::SeatsColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(app::DashboardModel::DenialsColumn, QHeaderView::ResizeToContents);
    header->resizeSection(app::DashboardModel::ProductColumn, 180);
    header->resizeSection(app::DashboardModel::SeatsColumn, 220);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DashboardPage::onSelectionChanged);
    // Enter or a double click opens the license with who holds its seats.
    m_view->setToolTip(tr("Enter or double-click: open the license"));
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(app::DashboardModel::kIdRole).toString();
        QUrl target(u"clm:/licenses"_s);
        target.setQuery(u"id="_s + id);
        emit linkActivated(target);
    });

    m_range->setObjectName(u"range"_s);
    m_range->addItem(tr("Last hour"), QVariant::fromValue(Range::LastHour));
    m_range->addItem(tr("Last 24 hours"), QVariant::fromValue(Range::Last24Hours));
    m_range->addItem(tr("Last 7 days"), QVariant::fromValue(Range::Last7Days));
    m_range->addItem(tr("Last 30 days"), QVariant::fromValue(Range::Last30Days));
    m_range->setCurrentIndex(m_range->findData(QVariant::fromValue(m_model->range())));
    connect(m_range, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setRange(m_range->currentData().value<Range>()); });
    auto* rangeLabel = new QLabel(tr("Hi&story:"), this);
    rangeLabel->setBuddy(m_range);

    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("<p><b>No active licenses yet.</b></p><p>Create one on the Licenses "
                        "page; seat use shows here as soon as clients acquire seats.</p>"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    // A few licenses need little room; the chart gets the rest.
    splitter->setSizes({170, 480});
    splitter->setChildrenCollapsible(false);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_empty);

    m_status->setObjectName(u"status"_s);
    auto* heading = new QLabel(u"<h2>%1</h2>"_s.arg(title().toHtmlEscaped()), this);
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_status);
    top->addSpacing(12);
    top->addWidget(rangeLabel);
    top->addWidget(m_range);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_model, &app::DashboardModel::loaded, this, &DashboardPage::onLoaded);
    connect(m_model, &app::DashboardModel::loadingChanged, this, &DashboardPage::updateStatus);
    connect(m_model, &app::DashboardModel::errorOccurred, this, &DashboardPage::updateStatus);
    connect(m_model, &app::DashboardModel::historyChanged, this, [this](const QString& id) {
        if (id == selectedLicenseId())
            updateChart();
    });
    // The seat limit may change with a reload.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DashboardPage::updateChart);
    updateChart();
}

QChart* DashboardPage::chart() const
{
    return m_chart->chart();
}

QChartView* DashboardPage::chartView() const
{
    return m_chart->chartView();
}

void DashboardPage::handleEvent(const QJsonObject& event)
{
    const QString type = event.value("type"_L1).toString();
    // Seats taken, given back or refused, and changed licenses; a
    // heartbeat changes none of the numbers shown.
    if ((type.startsWith("session."_L1) && type != "session.heartbeat"_L1) ||
        type == "license.updated"_L1)
        reload();
}

void DashboardPage::open(const QUrlQuery& query)
{
    selectLicense(query.queryItemValue(u"license"_s));
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::reload()
{
    m_model->reload();
}

QString DashboardPage::selectedLicenseId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(app::DashboardModel::kIdRole).toString();
}

void DashboardPage::selectLicense(const QString& licenseId)
{
    const int row = m_model->rowOf(licenseId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectRow(index.row());
}

bool DashboardPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void DashboardPage::onLoaded()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_stack->widget(0));
    if (!empty && selectedLicenseId().isEmpty())
        m_view->selectRow(0);
    updateStatus();
}

void DashboardPage::onSelectionChanged()
{
    m_model->setHistoryLicense(selectedLicenseId());
    updateChart();
}

void DashboardPage::updateStatus()
{
    if (m_model->isLoading() && !m_model->hasLoaded()) {
        m_status->setText(tr("Loading..."));
        return;
    }
    if (!m_model->lastError().isEmpty()) {
        m_status->setText(tr("Not up to date: %1").arg(m_model->lastError()));
        return;
    }
    m_status->setText(
            tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void DashboardPage::updateChart()
{
    const QString id = selectedLicenseId();
    const QJsonObject license = m_model->license(m_model->rowOf(id));
    const int bucket = m_model->historyBucketSeconds(id);
    const Range range = app::UsageHistory::rangeOfBucket(bucket, m_model->range());
    m_chart->setData(license, m_model->history(id), bucket, range,
                     m_range->itemText(m_range->findData(QVariant::fromValue(range))));
}

} // namespace clm::ui
