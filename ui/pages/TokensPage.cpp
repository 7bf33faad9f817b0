#include "ui/pages/TokensPage.h"

#include "app/ApiClient.h"
#include "app/Endpoints.h"
#include "ui/DetailPane.h"
#include "ui/FieldNames.h"
#include "ui/Icons.h"
#include "ui/Prompt.h"
#include "ui/TokenDialog.h"

using namespace Qt::StringLiterals;

namespace clm::ui {

TokensPage::TokensPage(app::ApiClient* api, QWidget* parent)
    : ListPage(api, tr("Enrollment tokens"), app::endpoints::enrollmentTokens(),
               {{u"label"_s, tr("Label"), {}, false},
                {u"uses"_s, tr("Uses"), {}, false},
                {u"max_uses"_s, tr("Max uses"),
                 [](const QJsonObject& t) -> QVariant {
                     return t.value("max_uses"_L1).isNull()
                                    ? tr("no limit")
                                    : QVariant(t.value("max_uses"_L1).toInt());
                 },
                 false},
                {u"revoked"_s, tr("Revoked"), {}, false}},
               parent)
{
    setIconName(u"tokens"_s);
    setSearchVisible(false); // the server does not search tokens
    addAction(
            icons::get(u"add"_s), tr("&New token..."),
            [this](const QJsonObject&) {
                createItem(tr("New enrollment token"), u"tokenDialog"_s,
                           {{u"label"_s, tr("&Label:")},
                            {u"max_uses"_s,
                             tr("&Uses allowed:"),
                             FormDialog::Kind::Integer,
                             {},
                             {},
                             true,
                             0,
                             1000000,
                             {},
                             tr("How many machines may enroll with it.")}},
                           [this](const QJsonObject& created) {
                               auto* shown =
                                       new TokenDialog(this->api()->baseUrl(),
                                                       created.value("token"_L1).toString(), this);
                               shown->setObjectName(u"tokenShownDialog"_s);
                               shown->setAttribute(Qt::WA_DeleteOnClose);
                               connect(shown, &TokenDialog::copied, this, &TokensPage::sayCopied);
                               shown->open();
                           });
            },
            false);
    addAction(
            icons::get(u"delete"_s), tr("&Revoke..."),
            [this](const QJsonObject& t) {
                Prompt::confirm(this, tr("Revoke token"),
                                tr("Revoke \"%1\"? Machines cannot enroll with it any more.")
                                        .arg(t.value("label"_L1).toString()),
                                tr("Revoke"), this,
                                [this, t] { removeItem(t, tr("Could not revoke the token: %1")); });
            },
            true, [](const QJsonObject& t) { return !t.value("revoked"_L1).toBool(); });
}

void TokensPage::describe(const QJsonObject& t, DetailPane* pane)
{
    pane->addSection(tr("Token"));
    pane->addText(fields::label(u"label"_s), t.value("label"_L1).toString());
    const int uses = t.value("uses"_L1).toInt();
    pane->addText(tr("Machines enrolled with it"),
                  t.value("max_uses"_L1).isNull()
                          ? tr("%1 (no limit)").arg(uses)
                          : tr("%1 of %2").arg(uses).arg(t.value("max_uses"_L1).toInt()));
    pane->addText(tr("State"), t.value("revoked"_L1).toBool()
                                       ? tr("Revoked: machines can no longer enroll with it")
                                       : tr("Usable"));
    pane->addTime(fields::label(u"expires_at"_s), t.value("expires_at"_L1).toString(), tr("never"));
    pane->addTime(fields::label(u"created_at"_s), t.value("created_at"_L1).toString());
    pane->addSection(tr("Ids"));
    pane->addId(fields::label(u"id"_s), t.value("id"_L1).toString());
}

} // namespace clm::ui
