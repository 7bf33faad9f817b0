#pragma once

#include "app/UsageHistory.h"

#include <QJsonObject>
#include <QWidget>

class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QToolButton;
class QValueAxis;

namespace clm::ui {

// A license's seat use over time: the peak seats in use (area), the seat
// limit (dashed line) and the denials (bars on their own axis), on a
// local-time axis. The same numbers are one click away as a table, for
// keyboards and screen readers. Follows the palette, light or dark.
class UsageChart : public QWidget
{
    Q_OBJECT
public:
    explicit UsageChart(QWidget* parent = nullptr);

    // Draws `points` (buckets `bucketSeconds` wide; 0: still loading) of
    // `license` (its name and seat limit; empty: none chosen) for `range`,
    // named `rangeName` in the title.
    void setData(const QJsonObject& license, const QList<app::UsageHistory::Point>& points,
                 int bucketSeconds, app::UsageHistory::Range range, const QString& rangeName);

    // Shows this span instead of the range's (the seat advice's 30 or 90
    // days); 0, 0 goes back to the range's.
    void setSpan(qint64 fromMs, qint64 toMs);

    QChart* chart() const { return m_chart; }
    QChartView* chartView() const { return m_chartView; }
    QTableView* table() const { return m_table; }
    QToolButton* tableToggle() const { return m_toggle; }
    bool isShowingTable() const;
    void setShowingTable(bool table);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    void redraw();

    QStackedWidget* m_stack;
    QToolButton* m_toggle;
    QChart* m_chart;
    QChartView* m_chartView;
    QTableView* m_table;
    QStandardItemModel* m_rows;
    QLineSeries* m_peakLine;
    QAreaSeries* m_peakArea;
    QLineSeries* m_limitLine;
    QLineSeries* m_denialLine;
    QAreaSeries* m_denialArea;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_seatAxis;
    QValueAxis* m_denialAxis;
    QJsonObject m_license;
    QList<app::UsageHistory::Point> m_points;
    int m_bucketSeconds = 0;
    app::UsageHistory::Range m_range = app::UsageHistory::Range::Last24Hours;
    QString m_rangeName;
    qint64 m_spanFromMs = 0;
    qint64 m_spanToMs = 0;
    bool m_applyingPalette = false;
};

} // namespace clm::ui
