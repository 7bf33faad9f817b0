#pragma once

#include "app/DashboardModel.h"
#include "ui/Page.h"

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace clm::app {
class ApiClient;
}

namespace clm::ui {

class UsageChart;

// The overview: per active license the seats in use (as a bar) and today's
// denials, and under it a chart of the selected license's peak concurrent
// use, its seat limit and its denials over the chosen range. The chart
// follows the palette, light or dark.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(app::ApiClient* api, QWidget* parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("dashboard"); }
    // Live events call this: the rows shown stay until new ones arrive.
    void reload() override;
    void handleEvent(const QJsonObject& event) override;
    void pollDue() override { reload(); }
    // license=<id> selects that license's row.
    void open(const QUrlQuery& query) override;
    app::DashboardModel* model() const { return m_model; }

    QTableView* view() const { return m_view; }
    QComboBox* rangeSelector() const { return m_range; }
    QChart* chart() const;
    QChartView* chartView() const;
    UsageChart* usageChart() const { return m_chart; }
    // The license shown in the chart; the first row unless the user chose.
    QString selectedLicenseId() const;
    void selectLicense(const QString& licenseId);
    bool isShowingEmptyState() const;

private:
    void onLoaded();
    void onSelectionChanged();
    void updateChart();
    void updateStatus();

    app::DashboardModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QComboBox* m_range;
    QLabel* m_status;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    UsageChart* m_chart;
};

} // namespace clm::ui
