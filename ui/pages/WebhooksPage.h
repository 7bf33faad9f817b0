#pragma once

#include "ui/ListPage.h"

namespace clm::ui {

// Webhook endpoints (docs/webhooks.md): create one (its signing secret is
// shown once), edit, enable and disable, rotate the secret, delete, and the
// delivery log with redelivery. An endpoint the server disabled after a day
// of failures says why.
class WebhooksPage : public ListPage
{
    Q_OBJECT
public:
    explicit WebhooksPage(app::ApiClient* api, QWidget* parent = nullptr);

    void handleEvent(const QJsonObject& event) override;
    // The state column's text.
    static QString stateText(const QJsonObject& webhook);

protected:
    void describe(const QJsonObject& webhook, DetailPane* pane) override;

private:
    QList<FormDialog::Field> fields(const QJsonObject& webhook) const;
    void showSecret(const QJsonObject& answer);
    void setActive(const QJsonObject& webhook, bool active);
    void rotateSecret(const QJsonObject& webhook);
    void showDeliveries(const QJsonObject& webhook);
};

} // namespace clm::ui
