#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace clm::app {
class ApiClient;
class SeatAdviceReport;
} // namespace clm::app

namespace clm::ui {

class UsageChart;

// How many seats a license needs: over the last 30 or 90 days, the seats
// owned, peak and 95th-percentile use, hours at the limit, denials and who
// was refused most, with one sentence of advice and the hourly chart;
// exported as CSV or as a PDF report for purchasing.
class SeatAdviceDialog : public QDialog
{
    Q_OBJECT
public:
    SeatAdviceDialog(app::ApiClient* api, const QJsonObject& license, QWidget* parent = nullptr);

    app::SeatAdviceReport* report() const { return m_report; }
    QString sentence() const;
    UsageChart* chart() const { return m_chart; }
    // 30 or 90.
    void setDays(int days);

    // The report as a file; false (and a message) when it cannot be written.
    bool writeCsv(const QString& path);
    bool writePdf(const QString& path);
    // The HTML the PDF is made from (the chart as image "chart").
    QString reportHtml() const;

signals:
    void exported(const QString& path);

private:
    void showReport();
    void chooseFile(const QString& suffix, const QString& filter);

    app::SeatAdviceReport* m_report;
    QJsonObject m_license;
    QComboBox* m_range;
    QLabel* m_sentence;
    QLabel* m_figures;
    QLabel* m_status;
    UsageChart* m_chart;
    QTableWidget* m_denied;
    QPushButton* m_csv;
    QPushButton* m_pdf;
};

} // namespace clm::ui
