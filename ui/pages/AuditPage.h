#pragma once

#include "ui/ListPage.h"

namespace clm::ui {

// The audit log: who did what and when, filtered by action, actor and
// days; details link to the actor and the target where they have a page.
class AuditPage : public ListPage
{
    Q_OBJECT
public:
    explicit AuditPage(app::ApiClient* api, QWidget* parent = nullptr);

protected:
    void describe(const QJsonObject& entry, DetailPane* pane) override;
};

} // namespace clm::ui
