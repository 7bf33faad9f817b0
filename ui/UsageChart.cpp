#include "ui/UsageChart.h"

#include "app/TimeText.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace clm::ui {

namespace {

using Range = app::UsageHistory::Range;

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

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

} // namespace

UsageChart::UsageChart(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_toggle(new QToolButton(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_table(new QTableView(this))
    , m_rows(new QStandardItemModel(this))
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
    // Labels of one digit are narrower than the "..." Qt Charts keeps room
    // for, which it takes from the rotated axis title: a title drawn taller
    // than Latin text (Japanese) is then cut to "..." (drawn as a "⋮"). A
    // non-breaking space on the side away from the plot gives the room back.
    m_seatAxis->setLabelFormat(u"%d&nbsp;"_s);
    m_denialAxis->setTitleText(tr("Denials"));
    m_denialAxis->setLabelFormat(u"&nbsp;%d"_s);
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
    m_chartView->setAccessibleDescription(
            tr("The same numbers are in the table behind the Show as table button."));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    // The chart is a picture; the table holds its numbers for the keyboard.
    m_chartView->setFocusPolicy(Qt::NoFocus);

    m_rows->setHorizontalHeaderLabels(
            {tr("From"), tr("Peak seats in use"), tr("Seat limit"), tr("Denials")});
    m_table->setObjectName(u"chartTable"_s);
    m_table->setAccessibleName(tr("Seat use over time, as a table"));
    m_table->setModel(m_rows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_stack->addWidget(m_chartView);
    m_stack->addWidget(m_table);

    m_toggle->setObjectName(u"chartAsTable"_s);
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toggle->setText(tr("Show as &table"));
    connect(m_toggle, &QToolButton::toggled, this, &UsageChart::setShowingTable);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addStretch();
    bar->addWidget(m_toggle);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bar);

    applyPalette();
    redraw();
}

bool UsageChart::isShowingTable() const
{
    return m_stack->currentWidget() == m_table;
}

void UsageChart::setShowingTable(bool table)
{
    const QSignalBlocker blocker(m_toggle);
    m_toggle->setChecked(table);
    m_toggle->setText(table ? tr("Show as &chart") : tr("Show as &table"));
    m_stack->setCurrentWidget(table ? static_cast<QWidget*>(m_table) : m_chartView);
}

void UsageChart::setData(const QJsonObject& license, const QList<app::UsageHistory::Point>& points,
                         int bucketSeconds, app::UsageHistory::Range range,
                         const QString& rangeName)
{
    m_license = license;
    m_points = points;
    m_bucketSeconds = bucketSeconds;
    m_range = range;
    m_rangeName = rangeName;
    redraw();
}

void UsageChart::setSpan(qint64 fromMs, qint64 toMs)
{
    m_spanFromMs = fromMs;
    m_spanToMs = toMs;
    redraw();
}

void UsageChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange ||
         event->type() == QEvent::ApplicationPaletteChange) &&
        !m_applyingPalette) {
        applyPalette();
        redraw();
    }
}

void UsageChart::applyPalette()
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

void UsageChart::redraw()
{
    const Range range = app::UsageHistory::rangeOfBucket(m_bucketSeconds, m_range);
    const QDateTime now = QDateTime::currentDateTime();
    auto [start, end] = timeWindow(range, now);
    const bool span = m_spanToMs > m_spanFromMs;
    if (span) {
        start = QDateTime::fromMSecsSinceEpoch(m_spanFromMs);
        end = QDateTime::fromMSecsSinceEpoch(m_spanToMs);
    }
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 bucketMs = static_cast<qint64>(m_bucketSeconds) * 1000;
    const int limit = m_license.value("max_concurrent_seats"_L1).toInt();

    QList<QPointF> peak;
    QList<QPointF> denials;
    double highest = 0;
    double mostDenials = 0;
    m_rows->removeRows(0, m_rows->rowCount());
    for (const app::UsageHistory::Point& point : std::as_const(m_points)) {
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
        // The table lists the newest bucket first.
        auto* when = new QStandardItem(app::TimeText::absolute(point.t));
        auto* used = new QStandardItem(QString::number(point.maxSessions));
        auto* seats = new QStandardItem(QString::number(limit));
        auto* refused = new QStandardItem(QString::number(point.denials));
        for (QStandardItem* number : {used, seats, refused})
            number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rows->insertRow(0, {when, used, seats, refused});
    }
    m_peakLine->replace(peak);
    m_denialLine->replace(denials);

    const double startMs = static_cast<double>(start.toMSecsSinceEpoch());
    const double endMs = static_cast<double>(end.toMSecsSinceEpoch());
    if (m_license.isEmpty()) {
        m_limitLine->clear();
    } else {
        m_limitLine->replace(QList<QPointF>{{startMs, static_cast<double>(limit)},
                                            {endMs, static_cast<double>(limit)}});
    }
    m_limitLine->setName(tr("Seat limit (%1)").arg(limit));

    m_timeAxis->setRange(start, end);
    switch (span ? Range::Last30Days : range) {
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

    const QString name = m_license.value("name"_L1).toString();
    if (m_license.isEmpty())
        m_chart->setTitle(tr("Select a license to see its seat use"));
    else if (m_bucketSeconds == 0)
        m_chart->setTitle(tr("%1: loading...").arg(name));
    else
        m_chart->setTitle(tr("%1: %2").arg(name, m_rangeName));
}

} // namespace clm::ui
