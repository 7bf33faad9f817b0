#pragma once

#include "ui/ListPage.h"

namespace clm::ui {

// Enrollment tokens: create one (shown once, with the daemon's
// configuration and the enroll command ready to copy) and revoke.
class TokensPage : public ListPage
{
    Q_OBJECT
public:
    explicit TokensPage(app::ApiClient* api, QWidget* parent = nullptr);

protected:
    void describe(const QJsonObject& token, DetailPane* pane) override;
};

} // namespace clm::ui
