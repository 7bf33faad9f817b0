#include "ui/pages/WebhooksPage.h"

#include "app/Endpoints.h"
#include "app/Resource.h"
#include "core/WebhookEvents.h"
#include "ui/DeliveriesDialog.h"
#include "ui/DetailPane.h"
#include "ui/FieldNames.h"
#include "ui/Icons.h"
#include "ui/Prompt.h"

#include <QJsonArray>
#include <QStyleOptionViewItem>

using namespace Qt::StringLiterals;

namespace clm::ui {

QString WebhooksPage::stateText(const QJsonObject& w)
{
    if (!w.value("is_active"_L1).toBool())
        return w.value("disabled_reason"_L1).isNull() ? tr("Disabled")
                                                      : tr("Disabled by the server");
    if (!w.value("failing_since"_L1).isNull())
        return tr("Failing since %1")
                .arg(fields::localTime(w.value("failing_since"_L1).toString()));
    return tr("Active");
}

WebhooksPage::WebhooksPage(app::ApiClient* api, QWidget* parent)
    : ListPage(api, tr("Webhooks"), app::endpoints::webhooks(),
               {{u"url"_s, tr("Receiver"), {}, false},
                {u"events"_s, tr("Events"),
                 [](const QJsonObject& w) -> QVariant {
                     return tr("%n event(s)", nullptr,
                               static_cast<int>(w.value("events"_L1).toArray().size()));
                 },
                 false},
                {u"is_active"_s, tr("State"),
                 [](const QJsonObject& w) -> QVariant { return stateText(w); }, false},
                {u"description"_s, tr("Description"), {}, false}},
               parent)
{
    setIconName(u"webhooks"_s);
    setSearchVisible(false); // the server does not search endpoints
    // A disabled endpoint steps back.
    setRowStyle([](QStyleOptionViewItem& option, const QJsonObject& w) {
        if (!w.value("is_active"_L1).toBool())
            option.palette.setColor(QPalette::Text,
                                    option.palette.color(QPalette::PlaceholderText));
    });
    addAction(
            icons::get(u"add"_s), tr("&New webhook..."),
            [this](const QJsonObject&) {
                createItem(tr("New webhook"), u"webhookDialog"_s, fields({}),
                           [this](const QJsonObject& created) { showSecret(created); });
            },
            false);
    addAction(icons::get(u"edit"_s), tr("&Edit..."), [this](const QJsonObject& w) {
        editItem(tr("Edit webhook"), u"webhookEditDialog"_s, w, fields(w));
    });
    addAction(
            icons::get(u"enable"_s), tr("E&nable"),
            [this](const QJsonObject& w) { setActive(w, true); }, true,
            [](const QJsonObject& w) { return !w.value("is_active"_L1).toBool(); });
    addAction(
            icons::get(u"release"_s), tr("&Pause"),
            [this](const QJsonObject& w) { setActive(w, false); }, true,
            [](const QJsonObject& w) { return w.value("is_active"_L1).toBool(); });
    addAction(icons::get(u"tokens"_s), tr("&Rotate secret..."),
              [this](const QJsonObject& w) { rotateSecret(w); });
    addAction(icons::get(u"sessions"_s), tr("&Deliveries..."),
              [this](const QJsonObject& w) { showDeliveries(w); });
    addAction(icons::get(u"delete"_s), tr("De&lete..."), [this](const QJsonObject& w) {
        Prompt::confirm(this, tr("Delete webhook"),
                        tr("Delete the webhook to %1? Its delivery log goes with it, and "
                           "events waiting for it are not sent.")
                                .arg(w.value("url"_L1).toString()),
                        tr("Delete"), this,
                        [this, w] { removeItem(w, tr("Could not delete the webhook: %1")); });
    });
}

QList<FormDialog::Field> WebhooksPage::fields(const QJsonObject& w) const
{
    const QJsonValue events =
            w.isEmpty() ? QJsonValue(QJsonArray{u"session.denied"_s, u"license.seats_exhausted"_s,
                                                u"license.expiring"_s})
                        : w.value("events"_L1);
    return {{u"url"_s,
             tr("&Receiver URL:"),
             FormDialog::Kind::Text,
             {},
             w.value("url"_L1),
             false,
             0,
             1000000000,
             {},
             tr("https:// address that receives the events as signed POST requests.")},
            {u"events"_s,
             tr("&Events:"),
             FormDialog::Kind::List,
             {},
             events,
             false,
             0,
             1000000000,
             {},
             tr("Comma-separated, of: %1").arg(webhookEventTypes().join(u", "_s))},
            {u"description"_s,
             tr("&Description:"),
             FormDialog::Kind::Text,
             {},
             w.value("description"_L1),
             true}};
}

void WebhooksPage::showSecret(const QJsonObject& answer)
{
    showSecretOnce(
            u"secretShownDialog"_s, tr("Webhook secret"),
            tr("<b>This secret is shown only once.</b> Copy it now into the receiver at %1. "
               "Every request carries a <tt>Clm-Signature</tt> header made with it; the "
               "receiver checks it and refuses anything else (the administration guide shows "
               "how).")
                    .arg(answer.value("url"_L1).toString().toHtmlEscaped()),
            answer.value("secret"_L1).toString());
}

void WebhooksPage::setActive(const QJsonObject& w, bool active)
{
    resource()->update(w.value("id"_L1).toString(), {{u"is_active"_s, active}}, this,
                       [this, active](const app::Outcome& outcome) {
                           if (!outcome.isSaved())
                               Prompt::warn(this, u"actionError"_s, tr("Not done"),
                                            (active ? tr("Could not enable the webhook: %1")
                                                    : tr("Could not pause the webhook: %1"))
                                                    .arg(outcome.reason));
                           else
                               model()->upsert(outcome.item);
                           showItem(selectedItem());
                       });
}

void WebhooksPage::rotateSecret(const QJsonObject& w)
{
    Prompt::confirm(this, tr("Rotate secret"),
                    tr("Make a new secret for %1? Requests are signed with the new one at once: "
                       "the receiver must be given it.")
                            .arg(w.value("url"_L1).toString()),
                    tr("Rotate"), this, [this, w] {
                        resource()->update(
                                w.value("id"_L1).toString(), {{u"rotate_secret"_s, true}}, this,
                                [this](const app::Outcome& outcome) {
                                    if (!outcome.isSaved()) {
                                        Prompt::warn(this, u"actionError"_s, tr("Not done"),
                                                     tr("Could not rotate the "
                                                        "secret: %1")
                                                             .arg(outcome.reason));
                                        return;
                                    }
                                    model()->upsert(outcome.item);
                                    showSecret(outcome.item);
                                });
                    });
}

void WebhooksPage::showDeliveries(const QJsonObject& w)
{
    auto* dialog = new DeliveriesDialog(api(), w, this);
    dialog->setObjectName(u"deliveriesDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeliveriesDialog::redelivered, this,
            [this] { emit statusMessage(tr("The event will be sent again."), 3000); });
    dialog->open();
}

void WebhooksPage::handleEvent(const QJsonObject& event)
{
    if (event.value("type"_L1).toString() != "webhook.updated"_L1)
        return;
    const QJsonObject webhook = event.value("webhook"_L1).toObject();
    if (event.value("deleted"_L1).toBool())
        model()->removeId(webhook.value("id"_L1).toString());
    else
        model()->upsert(webhook);
}

void WebhooksPage::describe(const QJsonObject& w, DetailPane* pane)
{
    pane->addSection(tr("Webhook"));
    pane->addText(tr("Receiver"), w.value("url"_L1).toString());
    pane->addText(tr("State"), stateText(w));
    if (!w.value("disabled_reason"_L1).isNull())
        pane->addText(tr("Why the server disabled it"), w.value("disabled_reason"_L1).toString());
    QStringList events;
    for (const QJsonValue& event : w.value("events"_L1).toArray())
        events << event.toString();
    pane->addText(tr("Events"), events.join(u'\n'));
    pane->addText(fields::label(u"description"_s), w.value("description"_L1).toString());
    pane->addTime(fields::label(u"created_at"_s), w.value("created_at"_L1).toString());
    pane->addTime(fields::label(u"updated_at"_s), w.value("updated_at"_L1).toString());
    pane->addSection(tr("Ids"));
    pane->addId(fields::label(u"id"_s), w.value("id"_L1).toString());
}

} // namespace clm::ui
