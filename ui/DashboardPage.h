#pragma once

#include "app/DashboardModel.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QAreaSeries;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QValueAxis;

namespace clm::app {
class ApiClient;
}

namespace clm::ui {

// The overview: per active license the seats in use (as a bar) and today's
// denials, and under it a chart of the selected license's peak concurrent
// use, its seat limit and its denials over the chosen range. The chart
// follows the palette, light or dark.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(app::ApiClient* api, QWidget* parent = nullptr);

    QString title() const;
    // Live events call this: the rows shown stay until new ones arrive.
    void reload();
    app::DashboardModel* model() const { return m_model; }

    QTableView* view() const { return m_view; }
    QComboBox* rangeSelector() const { return m_range; }
    QChart* chart() const { return m_chart; }
    QChartView* chartView() const { return m_chartView; }
    // The license shown in the chart; the first row unless the user chose.
    QString selectedLicenseId() const;
    void selectLicense(const QString& licenseId);
    bool isShowingEmptyState() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void onLoaded();
    void onSelectionChanged();
    void updateChart();
    void applyPalette();
    void updateStatus();

    app::DashboardModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QComboBox* m_range;
    QLabel* m_status;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QChart* m_chart;
    QChartView* m_chartView;
    QLineSeries* m_peakLine;
    QAreaSeries* m_peakArea;
    QLineSeries* m_limitLine;
    QLineSeries* m_denialLine;
    QAreaSeries* m_denialArea;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_seatAxis;
    QValueAxis* m_denialAxis;
    bool m_applyingPalette = false;
};

} // namespace clm::ui
