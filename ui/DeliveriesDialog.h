#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPushButton;
class QTableView;

namespace clm::app {
class ApiClient;
class PagedModel;
class Resource;
} // namespace clm::app

namespace clm::ui {

// The delivery log of one webhook endpoint, newest first: each delivery's
// event, status, attempts, answer and latency, the error and the start of
// the receiver's answer for the selected one, and redelivery of it.
class DeliveriesDialog : public QDialog
{
    Q_OBJECT
public:
    DeliveriesDialog(app::ApiClient* api, const QJsonObject& webhook, QWidget* parent = nullptr);

    app::PagedModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    // Statuses and other texts as the log shows them.
    static QString statusText(const QString& status);

signals:
    void redelivered();

private:
    QJsonObject selected() const;
    void showSelected();
    void redeliver();

    app::ApiClient* m_api;
    QString m_webhookId;
    app::PagedModel* m_model;
    app::Resource* m_actions;
    QTableView* m_view;
    QLabel* m_detail;
    QPushButton* m_redeliver;
};

} // namespace clm::ui
