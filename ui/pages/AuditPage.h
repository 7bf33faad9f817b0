#pragma once

#include "ui/ListPage.h"

namespace clm::app {
class AuditNames;
}

namespace clm::ui {

// The audit log: who did what to what and when, by name (app/AuditNames),
// with what changed in words, filtered by action, actor and days; details
// keep the ids and link to the actor and the target where they have a page.
class AuditPage : public ListPage
{
    Q_OBJECT
public:
    explicit AuditPage(app::ApiClient* api, QWidget* parent = nullptr);

    app::AuditNames* names() const { return m_names; }

protected:
    void describe(const QJsonObject& entry, DetailPane* pane) override;

private:
    app::AuditNames* m_names = nullptr; // made before any row arrives
};

} // namespace clm::ui
