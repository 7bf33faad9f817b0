#include "ui/DeliveriesDialog.h"

#include "app/ApiClient.h"
#include "app/Endpoints.h"
#include "app/PagedModel.h"
#include "app/Resource.h"
#include "ui/FieldNames.h"
#include "ui/Icons.h"
#include "ui/Prompt.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clm::ui {

QString DeliveriesDialog::statusText(const QString& status)
{
    if (status == "delivered"_L1)
        return tr("Delivered");
    if (status == "failed"_L1)
        return tr("Failed (given up)");
    return tr("Pending");
}

DeliveriesDialog::DeliveriesDialog(app::ApiClient* api, const QJsonObject& webhook, QWidget* parent)
    : QDialog(parent)
    , m_api(api)
    , m_webhookId(webhook.value("id"_L1).toString())
    , m_actions(new app::Resource(api, app::endpoints::webhookDeliveries(m_webhookId), this))
    , m_view(new QTableView(this))
    , m_detail(new QLabel(this))
{
    setWindowTitle(tr("Deliveries to %1").arg(webhook.value("url"_L1).toString()));
    m_model = new app::PagedModel(
            api, app::endpoints::webhookDeliveries(m_webhookId),
            {{u"created_at"_s, tr("Event at"),
              [](const QJsonObject& d) -> QVariant {
                  return fields::localTime(d.value("created_at"_L1).toString());
              },
              false},
             {u"event_type"_s, tr("Event"), {}, false},
             {u"status"_s, tr("Status"),
              [](const QJsonObject& d) -> QVariant {
                  return statusText(d.value("status"_L1).toString());
              },
              false},
             {u"attempts"_s, tr("Attempts"), {}, false},
             {u"response_status"_s, tr("Answer"),
              [](const QJsonObject& d) -> QVariant {
                  return d.value("response_status"_L1).isNull()
                                 ? tr("none")
                                 : QVariant(d.value("response_status"_L1).toInt());
              },
              false},
             {u"latency_ms"_s, tr("Time"),
              [](const QJsonObject& d) -> QVariant {
                  return d.value("latency_ms"_L1).isNull()
                                 ? QString()
                                 : tr("%1 ms").arg(d.value("latency_ms"_L1).toInt());
              },
              false}},
            this);
    m_view->setObjectName(u"deliveriesView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Deliveries"));
    m_detail->setObjectName(u"deliveryDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for the error, the next attempt, the answer and the event id.
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 5 + 4);

    m_redeliver = new QPushButton(icons::get(u"refresh"_s), tr("&Send again"), this);
    m_redeliver->setObjectName(u"redeliverButton"_s);
    m_redeliver->setEnabled(false);
    connect(m_redeliver, &QPushButton::clicked, this, &DeliveriesDialog::redeliver);
    auto* reload = new QPushButton(icons::get(u"refresh"_s), tr("&Reload"), this);
    connect(reload, &QPushButton::clicked, m_model, &app::PagedModel::reload);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_redeliver, QDialogButtonBox::ActionRole);
    buttons->addButton(reload, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeliveriesDialog::showSelected);
    connect(m_model, &app::PagedModel::loaded, this, &DeliveriesDialog::showSelected);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each event is sent until the receiver answers 2xx: again after "
                                "10 seconds, then doubling, for a day. Sending one again puts "
                                "it after the events waiting for this receiver."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addWidget(buttons);
    resize(760, 460);
    m_model->reload();
}

QJsonObject DeliveriesDialog::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QJsonObject() : m_model->item(rows.first().row());
}

void DeliveriesDialog::showSelected()
{
    const QJsonObject d = selected();
    m_redeliver->setEnabled(!d.isEmpty());
    if (d.isEmpty()) {
        m_detail->setText(tr("Select a delivery to see the receiver's answer."));
        return;
    }
    QStringList lines;
    if (!d.value("error"_L1).toString().isEmpty())
        lines << tr("Error: %1").arg(d.value("error"_L1).toString());
    if (!d.value("next_attempt_at"_L1).isNull())
        lines << tr("Next attempt: %1")
                         .arg(fields::localTime(d.value("next_attempt_at"_L1).toString()));
    if (!d.value("response_body"_L1).toString().isEmpty())
        lines << tr("Answer: %1").arg(d.value("response_body"_L1).toString().left(300));
    lines << tr("Event id (the receiver's Idempotency-Key): %1")
                     .arg(d.value("event_id"_L1).toString());
    m_detail->setText(lines.join(u'\n'));
}

void DeliveriesDialog::redeliver()
{
    const QJsonObject d = selected();
    if (d.isEmpty())
        return;
    m_redeliver->setEnabled(false);
    m_actions->post(app::endpoints::redeliver(m_webhookId, d.value("id"_L1).toString()), this,
                    [this](const app::Outcome& outcome) {
                        if (!outcome.isSaved()) {
                            Prompt::warn(
                                    this, u"actionError"_s, tr("Not sent"),
                                    tr("Could not send the event again: %1").arg(outcome.reason));
                        } else {
                            emit redelivered();
                        }
                        m_model->reload();
                    });
}

} // namespace clm::ui
