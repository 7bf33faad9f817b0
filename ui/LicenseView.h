#pragma once

#include <QJsonObject>
#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace clm::app {
class ApiClient;
class LicenseOverview;
class UsageHistory;
} // namespace clm::app

namespace clm::ui {

class DetailPane;
class UsageChart;

// One license as its owner asks about it: seats in use out of the total
// with who holds them (machine, OS user, since when, borrowed until),
// refusals today and the last one, the expiry with a warning from 30 days
// before, its usage chart, every field, and the actions in place: edit,
// deactivate, force-release the selected holder.
class LicenseView : public QWidget
{
    Q_OBJECT
public:
    LicenseView(app::ApiClient* api, QWidget* parent = nullptr);

    // The license to show (an empty object: none selected).
    void setLicense(const QJsonObject& license);
    QJsonObject license() const;
    void handleEvent(const QJsonObject& event);
    void reload();
    // Times move on.
    void tick();

    app::LicenseOverview* overview() const { return m_overview; }
    DetailPane* details() const { return m_details; }
    QTableView* holders() const { return m_holders; }
    UsageChart* chart() const { return m_chart; }
    QLabel* expiryWarning() const { return m_expiry; }
    QLabel* seatsText() const { return m_seatsText; }
    QLabel* denials() const { return m_denials; }
    // The selected holder (an active session), or an empty object.
    QJsonObject selectedHolder() const;
    // What the view says, as plain text (tests).
    QString text() const;

signals:
    void editRequested(const QJsonObject& license);
    void deactivateRequested(const QJsonObject& license);
    void forceReleaseRequested(const QJsonObject& session);
    void linkActivated(const QUrl& target);
    void copied(const QString& text);

private:
    void showOverview();
    void showChart();
    void updateButtons();

    app::LicenseOverview* m_overview;
    app::UsageHistory* m_usage;
    QWidget* m_body;
    QLabel* m_placeholder;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_expiry;
    QProgressBar* m_seats;
    QLabel* m_seatsText;
    QTableView* m_holders;
    QStandardItemModel* m_holderRows;
    QLabel* m_denials;
    QPushButton* m_edit;
    QPushButton* m_deactivate;
    QPushButton* m_release;
    QTabWidget* m_tabs;
    QComboBox* m_range;
    UsageChart* m_chart;
    DetailPane* m_details;
};

} // namespace clm::ui
