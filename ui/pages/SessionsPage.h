#pragma once

#include "ui/ListPage.h"

namespace clm::ui {

// Live sessions: who holds a seat now (or held one), filtered by state,
// license, machine and user; force release; details with links to the
// session's license, machine and user.
class SessionsPage : public ListPage
{
    Q_OBJECT
public:
    explicit SessionsPage(app::ApiClient* api, QWidget* parent = nullptr);

    void handleEvent(const QJsonObject& event) override;
    void pollDue() override { reload(); }

protected:
    void describe(const QJsonObject& session, DetailPane* pane) override;
};

} // namespace clm::ui
