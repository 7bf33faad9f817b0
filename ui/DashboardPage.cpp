#include "ui/DashboardPage.h"

#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace clm::ui {

namespace {

using Range = app::DashboardModel::Range;

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

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

// A step of 1, 2 or 5 times a power of ten giving about `ticks` intervals.
double niceStep(double span, int ticks)
{
    const double raw = std::max(1.0, span / ticks);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (raw <= factor * power)
            return factor * power;
    }
    return 10.0 * power;
}

// Scales the axis from 0 to a little above `top`; returns the number of
// intervals between ticks.
int scaleAxis(QValueAxis* axis, double top)
{
    const double step = niceStep(std::max(top, 1.0), 5);
    const double max = std::max(step, std::ceil(std::max(top, 1.0) * 1.1 / step) * step);
    axis->setRange(0, max);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    return static_cast<int>(std::lround(max / step));
}

// The right axis with as many intervals as the left one, so its ticks sit
// on the same grid lines.
void scaleAxisTo(QValueAxis* axis, double top, int intervals)
{
    const double step = std::max(1.0, std::ceil(std::max(top, 1.0) * 1.1 / intervals));
    axis->setRange(0, step * intervals);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
}

// The time axis window: ending at a round local time after now, so ticks
// fall on whole hours or days.
std::pair<QDateTime, QDateTime> timeWindow(Range range, const QDateTime& now)
{
    QDateTime end;
    switch (range) {
    case Range::LastHour: {
        const QTime t = now.time();
        end = QDateTime(now.date(), QTime(t.hour(), t.minute() / 10 * 10)).addSecs(600);
        return {end.addSecs(-3600), end};
    }
    case Range::Last24Hours:
        end = QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600);
        return {end.addDays(-1), end};
    case Range::Last7Days:
        end = now.date().addDays(1).startOfDay();
        return {end.addDays(-7), end};
    case Range::Last30Days:
        end = now.date().addDays(1).startOfDay();
        return {end.addDays(-30), end};
    }
    return {now.addDays(-1), now};
}

Range rangeOfBucket(int bucketSeconds, Range fallback)
{
    for (const Range range :
         {Range::LastHour, Range::Last24Hours, Range::Last7Days, Range::Last30Days}) {
        if (app::DashboardModel::bucketSeconds(range) == bucketSeconds)
            return range;
    }
    return fallback;
}

} // namespace

DashboardPage::DashboardPage(app::ApiClient* api, QWidget* parent)
    : QWidget(parent)
    , m_model(new app::DashboardModel(api, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_range(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_peakLine(new QLineSeries)
    , m_peakArea(new QAreaSeries(m_peakLine))
    , m_limitLine(new QLineSeries)
    , m_denialLine(new QLineSeries)
    , m_denialArea(new QAreaSeries(m_denialLine))
    , m_timeAxis(new QDateTimeAxis)
    , m_seatAxis(new QValueAxis)
    , m_denialAxis(new QValueAxis)
{
    // The chart owns the series added to it; each area owns its line.
    m_peakLine->setParent(m_peakArea);
    m_denialLine->setParent(m_denialArea);

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

    // Drawn as set here, not animated: screenshots and live updates show
    // the current numbers at once.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(8, 8, 12, 8));
    // Edge to edge in its view, framed like the table above it.
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_timeAxis->setTitleText(tr("Local time"));
    m_seatAxis->setTitleText(tr("Seats"));
    m_seatAxis->setLabelFormat(u"%d"_s);
    m_denialAxis->setTitleText(tr("Denials"));
    m_denialAxis->setLabelFormat(u"%d"_s);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_seatAxis, Qt::AlignLeft);
    m_chart->addAxis(m_denialAxis, Qt::AlignRight);
    m_peakArea->setName(tr("Peak seats in use"));
    m_denialArea->setName(tr("Denials"));
    // Drawn in this order: the usage area, the denial bars over it, the
    // limit on top; the legend lists them alike.
    for (QAbstractSeries* series :
         std::initializer_list<QAbstractSeries*>{m_peakArea, m_denialArea, m_limitLine}) {
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(series == m_denialArea ? m_denialAxis : m_seatAxis);
    }
    m_chartView->setObjectName(u"chart"_s);
    m_chartView->setAccessibleName(tr("Seat use over time"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);

    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("<p><b>No active licenses yet.</b></p><p>Create one on the Licenses "
                        "page; seat use shows here as soon as clients acquire seats.</p>"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_chartView);
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

    applyPalette();
    updateChart();
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

void DashboardPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange ||
         event->type() == QEvent::ApplicationPaletteChange) &&
        !m_applyingPalette) {
        applyPalette();
        updateChart();
    }
}

void DashboardPage::applyPalette()
{
    // The chart's own widgets get palette events too; restyling them here
    // must not come back around.
    m_applyingPalette = true;
    const QPalette pal = palette();
    const bool dark = isDark(pal);
    // The theme first: it resets every colour set before it.
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(pal.color(QPalette::Text));
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setLabelColor(pal.color(QPalette::Text));
    m_chart->legend()->setFont(font());

    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(dark ? 0.18f : 0.12f);
    QColor axisLine = pal.color(QPalette::Text);
    axisLine.setAlphaF(0.45f);
    const QColor denialColor = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    QFont axisTitleFont = font();
    axisTitleFont.setBold(false);
    for (QAbstractAxis* axis :
         std::initializer_list<QAbstractAxis*>{m_timeAxis, m_seatAxis, m_denialAxis}) {
        const QColor ink = axis == m_denialAxis ? denialColor : pal.color(QPalette::Text);
        axis->setLabelsBrush(ink);
        axis->setLabelsFont(font());
        axis->setTitleBrush(ink);
        axis->setTitleFont(axisTitleFont);
        axis->setLinePen(QPen(axisLine, 1));
        axis->setGridLinePen(QPen(grid, 1));
        axis->setShadesVisible(false);
        axis->setMinorGridLineVisible(false);
    }
    m_denialAxis->setGridLineVisible(false); // the seat grid is enough

    const QColor highlight = pal.color(QPalette::Highlight);
    QColor fill = highlight;
    fill.setAlphaF(dark ? 0.35f : 0.25f);
    m_peakArea->setPen(QPen(highlight, 2));
    m_peakArea->setBrush(fill);
    const QColor limitColor = dark ? QColor(0xf5, 0xb0, 0x41) : QColor(0xc2, 0x6a, 0x00);
    m_limitLine->setPen(QPen(limitColor, 2, Qt::DashLine));
    QColor bars = denialColor;
    bars.setAlphaF(0.85f);
    m_denialArea->setPen(Qt::NoPen);
    m_denialArea->setBrush(bars);
    m_applyingPalette = false;
}

void DashboardPage::updateChart()
{
    const QString id = selectedLicenseId();
    const QJsonObject license = m_model->license(m_model->rowOf(id));
    const QList<app::DashboardModel::Point> points = m_model->history(id);
    const int bucket = m_model->historyBucketSeconds(id);
    const Range range = rangeOfBucket(bucket, m_model->range());
    const QDateTime now = QDateTime::currentDateTime();
    const auto [start, end] = timeWindow(range, now);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 bucketMs = static_cast<qint64>(bucket) * 1000;

    QList<QPointF> peak;
    QList<QPointF> denials;
    double highest = 0;
    double mostDenials = 0;
    for (const app::DashboardModel::Point& point : points) {
        // Each bucket's peak holds for the whole bucket, up to now.
        const qint64 from = point.t;
        const qint64 to = std::min(point.t + bucketMs, nowMs);
        if (to > from) {
            peak.append({static_cast<double>(from), static_cast<double>(point.maxSessions)});
            peak.append({static_cast<double>(to), static_cast<double>(point.maxSessions)});
        }
        highest = std::max(highest, static_cast<double>(point.maxSessions));
        if (point.denials > 0) {
            // A bar in the middle of its bucket.
            const double gap = bucketMs * 0.25;
            const double left = point.t + gap;
            const double right = point.t + bucketMs - gap;
            denials.append({left, 0});
            denials.append({left, static_cast<double>(point.denials)});
            denials.append({right, static_cast<double>(point.denials)});
            denials.append({right, 0});
            mostDenials = std::max(mostDenials, static_cast<double>(point.denials));
        }
    }
    m_peakLine->replace(peak);
    m_denialLine->replace(denials);

    const int limit = license.value("max_concurrent_seats"_L1).toInt();
    const double startMs = static_cast<double>(start.toMSecsSinceEpoch());
    const double endMs = static_cast<double>(end.toMSecsSinceEpoch());
    if (license.isEmpty()) {
        m_limitLine->clear();
    } else {
        m_limitLine->replace(QList<QPointF>{{startMs, static_cast<double>(limit)},
                                            {endMs, static_cast<double>(limit)}});
    }
    m_limitLine->setName(tr("Seat limit (%1)").arg(limit));

    m_timeAxis->setRange(start, end);
    switch (range) {
    case Range::LastHour:
        m_timeAxis->setFormat(u"HH:mm"_s);
        m_timeAxis->setTickCount(7);
        break;
    case Range::Last24Hours:
        m_timeAxis->setFormat(u"HH:mm"_s);
        m_timeAxis->setTickCount(9);
        break;
    case Range::Last7Days:
        m_timeAxis->setFormat(u"ddd d"_s);
        m_timeAxis->setTickCount(8);
        break;
    case Range::Last30Days:
        m_timeAxis->setFormat(u"d MMM"_s);
        m_timeAxis->setTickCount(7);
        break;
    }
    const QString zone = now.timeZoneAbbreviation();
    m_timeAxis->setTitleText(zone.isEmpty() ? tr("Local time") : tr("Local time (%1)").arg(zone));
    const int intervals = scaleAxis(m_seatAxis, std::max<double>(highest, limit));
    scaleAxisTo(m_denialAxis, mostDenials, intervals);

    if (license.isEmpty())
        m_chart->setTitle(tr("Select a license to see its seat use"));
    else if (bucket == 0)
        m_chart->setTitle(tr("%1: loading...").arg(license.value("name"_L1).toString()));
    else
        m_chart->setTitle(
                tr("%1: %2").arg(license.value("name"_L1).toString(),
                                 m_range->itemText(m_range->findData(QVariant::fromValue(range)))));
}

} // namespace clm::ui
