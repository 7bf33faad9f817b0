#pragma once

#include "ui/ListPage.h"

namespace clm::ui {

// Users of the organization: roles, sign-ins; create, edit (only the roles
// the signed-in user may give), set a password, deactivate, reactivate; details link to what the
// user did (audit log) and to sessions of tools signed in as them.
class UsersPage : public ListPage
{
    Q_OBJECT
public:
    explicit UsersPage(app::ApiClient* api, QWidget* parent = nullptr);

    void handleEvent(const QJsonObject& event) override;

protected:
    void describe(const QJsonObject& user, DetailPane* pane) override;

private:
    // A new password, typed or generated (then shown once).
    void setPassword(const QJsonObject& user);
    FormDialog::Field roleField(const QString& current) const;
};

} // namespace clm::ui
