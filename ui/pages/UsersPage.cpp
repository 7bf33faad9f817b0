#include "ui/pages/UsersPage.h"

#include "app/ApiClient.h"
#include "app/Endpoints.h"
#include "app/Outcome.h"
#include "app/Passwords.h"
#include "app/Resource.h"
#include "app/Roles.h"
#include "app/TimeText.h"
#include "ui/DetailPane.h"
#include "ui/FieldNames.h"
#include "ui/Icons.h"
#include "ui/Prompt.h"

#include <QDateTime>

#include <memory>

using namespace Qt::StringLiterals;

namespace clm::ui {

UsersPage::UsersPage(app::ApiClient* api, QWidget* parent)
    : ListPage(api, tr("Users"), app::endpoints::users(),
               {{u"email"_s, tr("Email")},
                {u"full_name"_s, tr("Name")},
                {u"role"_s, tr("Role"),
                 [](const QJsonObject& u) -> QVariant {
                     return app::roles::displayName(u.value("role"_L1).toString());
                 }},
                {u"last_login_at"_s, tr("Last sign-in"),
                 [](const QJsonObject& u) -> QVariant {
                     const auto at = app::TimeText::parse(u.value("last_login_at"_L1).toString());
                     return at ? app::TimeText::relative(*at, QDateTime::currentMSecsSinceEpoch())
                               : tr("never");
                 }},
                {u"is_active"_s, tr("Active")}},
               parent)
{
    setIconName(u"users"_s);
    addAction(
            icons::get(u"add"_s), tr("&New user..."),
            [this](const QJsonObject&) {
                QList<FormDialog::Field> fields{{u"email"_s, tr("&Email:")},
                                                {u"full_name"_s, tr("&Name:")}};
                fields.append(roleField(u"member"_s));
                fields.append({u"password"_s, tr("&Password:"), FormDialog::Kind::Password});
                createItem(tr("New user"), u"userDialog"_s, fields);
            },
            false);
    addAction(icons::get(u"edit"_s), tr("&Edit..."), [this](const QJsonObject& u) {
        QList<FormDialog::Field> fields{{u"full_name"_s, tr("&Name:")}};
        fields.append(roleField(u.value("role"_L1).toString()));
        editItem(tr("Edit user"), u"userEditDialog"_s, u, fields);
    });
    addAction(icons::get(u"password"_s), tr("Set &password..."),
              [this](const QJsonObject& u) { setPassword(u); });
    addAction(
            icons::get(u"delete"_s), tr("&Deactivate..."),
            [this](const QJsonObject& u) {
                Prompt::confirm(this, tr("Deactivate user"),
                                tr("Deactivate %1? They are signed out everywhere.")
                                        .arg(u.value("email"_L1).toString()),
                                tr("Deactivate"), this, [this, u] {
                                    removeItem(u, tr("Could not deactivate the user: %1"));
                                });
            },
            true, [](const QJsonObject& u) { return u.value("is_active"_L1).toBool(); });
    addAction(
            icons::get(u"enable"_s), tr("Re&activate"),
            [this](const QJsonObject& u) {
                reactivateItem(u, tr("Could not reactivate the user: %1"));
            },
            true, [](const QJsonObject& u) { return !u.value("is_active"_L1).toBool(); });
    enableExport({u"email"_s, u"full_name"_s, u"role"_s, u"is_active"_s, u"last_login_at"_s,
                  u"created_at"_s});
}

void UsersPage::setPassword(const QJsonObject& u)
{
    const QString id = u.value("id"_L1).toString();
    const QString email = u.value("email"_L1).toString();
    // Empty: a strong one is generated, and shown once when saved.
    auto generated = std::make_shared<QString>();
    auto* dialog = new FormDialog(
            tr("Set password for %1").arg(email),
            {{u"password"_s,
              tr("New &password:"),
              FormDialog::Kind::Password,
              {},
              {},
              true,
              0,
              0,
              {},
              tr("Leave empty to generate a strong password, shown once after saving.")},
             {u"password_repeat"_s, tr("&Repeat:"), FormDialog::Kind::Password, {}, {}, true}},
            [this, id, generated](QJsonObject body, FormDialog::Done done) {
                if (const auto mismatch = app::Passwords::takeRepeat(body)) {
                    done(*mismatch);
                    return;
                }
                *generated = body.contains("password"_L1) ? QString() : app::Passwords::generate();
                if (!generated->isEmpty())
                    body.insert(u"password"_s, *generated);
                resource()->update(id, body, this, std::move(done));
            },
            this);
    dialog->setObjectName(u"passwordDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::saved, this, [this, email, generated](const QJsonObject& item) {
        model()->upsert(item);
        emit statusMessage(
                tr("The password of %1 was changed; they were signed out everywhere.").arg(email),
                8000);
        if (generated->isEmpty())
            return;
        showSecretOnce(u"passwordShownDialog"_s, tr("New password"),
                       tr("<b>This password is shown only once.</b> Give it to %1 in a safe "
                          "way; they sign in with it and can change it under <i>My "
                          "account</i>.")
                               .arg(email.toHtmlEscaped()),
                       *generated);
    });
    dialog->open();
}

FormDialog::Field UsersPage::roleField(const QString& current) const
{
    // Only the roles the signed-in user may give (only an owner makes an
    // owner); a user's present role stays listed so the dialog shows it.
    QStringList choices = app::roles::assignable(api()->user().value("role"_L1).toString());
    if (!current.isEmpty() && !choices.contains(current))
        choices.prepend(current);
    QStringList labels;
    for (const QString& role : std::as_const(choices))
        labels.append(app::roles::displayName(role));
    return {u"role"_s,
            tr("&Role:"),
            FormDialog::Kind::Choice,
            choices,
            current,
            false,
            0,
            0,
            labels,
            tr("Owners and admins manage licenses, users and machines; members and guests "
               "only use licenses.")};
}

void UsersPage::handleEvent(const QJsonObject& event)
{
    if (event.value("type"_L1).toString() == "user.updated"_L1)
        reload();
}

void UsersPage::describe(const QJsonObject& u, DetailPane* pane)
{
    const QString id = u.value("id"_L1).toString();
    pane->addSection(tr("Person"));
    pane->addText(fields::label(u"full_name"_s), u.value("full_name"_L1).toString());
    pane->addText(fields::label(u"email"_s), u.value("email"_L1).toString());
    pane->addText(fields::label(u"role"_s), app::roles::displayName(u.value("role"_L1).toString()));
    pane->addSection(tr("Account"));
    pane->addText(tr("State"), u.value("is_active"_L1).toBool()
                                       ? tr("Active")
                                       : tr("Deactivated: cannot sign in"));
    pane->addTime(fields::label(u"last_login_at"_s), u.value("last_login_at"_L1).toString(),
                  tr("never"));
    pane->addTime(fields::label(u"created_at"_s), u.value("created_at"_L1).toString());
    pane->addSection(tr("Related"));
    const QString email = u.value("email"_L1).toString();
    pane->addLink(tr("Audit log"), tr("What they did"),
                  DetailPane::link(u"audit"_s, u"actor_id"_s, id, email));
    pane->addLink(tr("Sessions"), tr("Seats of tools signed in as them"),
                  DetailPane::link(u"sessions"_s, u"user"_s, id, email));
    pane->addSection(tr("Ids"));
    pane->addId(fields::label(u"id"_s), id);
}

} // namespace clm::ui
