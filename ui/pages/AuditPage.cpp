#include "ui/pages/AuditPage.h"

#include "app/ApiClient.h"
#include "app/AuditActions.h"
#include "app/AuditNames.h"
#include "app/Endpoints.h"
#include "app/PagedModel.h"
#include "ui/DetailPane.h"
#include "ui/FieldNames.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace clm::ui {

namespace {

// The page that lists a target or actor type, if any.
QString pageOf(const QString& type)
{
    if (type == "user"_L1)
        return u"users"_s;
    if (type == "device"_L1)
        return u"devices"_s;
    if (type == "license"_L1)
        return u"licenses"_s;
    if (type == "session"_L1)
        return u"sessions"_s;
    return QString();
}

} // namespace

AuditPage::AuditPage(app::ApiClient* api, QWidget* parent)
    : ListPage(api, tr("Audit log"), app::endpoints::audit(),
               {{u"at"_s, tr("When"),
                 [](const QJsonObject& a) -> QVariant {
                     return fields::localTime(a.value("at"_L1).toString());
                 }},
                {u"action"_s, tr("Action"),
                 [](const QJsonObject& a) -> QVariant {
                     return app::audit::actionName(a.value("action"_L1).toString());
                 },
                 false},
                {u"actor_type"_s, tr("Who"),
                 [this](const QJsonObject& a) -> QVariant { return m_names->actor(a); }, false},
                {u"target_type"_s, tr("To what"),
                 [this](const QJsonObject& a) -> QVariant { return m_names->target(a); }, false},
                {u"details"_s, tr("Changes"),
                 [](const QJsonObject& a) -> QVariant { return app::AuditNames::changes(a); },
                 false},
                {u"ip_address"_s, tr("Address"), {}, false}},
               parent)
{
    m_names = new app::AuditNames(api, this);
    // Each page of rows asks for the names it mentions; they show as they come.
    auto prepare = [this](int first, int last) {
        QList<QJsonObject> entries;
        for (int row = first; row <= last; ++row)
            entries.append(model()->item(row));
        m_names->prepare(entries);
    };
    connect(model(), &QAbstractItemModel::rowsInserted, this,
            [prepare](const QModelIndex&, int first, int last) { prepare(first, last); });
    connect(model(), &QAbstractItemModel::modelReset, this,
            [this, prepare] { prepare(0, model()->rowCount() - 1); });
    connect(m_names, &app::AuditNames::changed, model(), &app::PagedModel::refreshDisplay);
    // Names belong to one sign-in's organization.
    connect(api, &app::ApiClient::signedOut, m_names, &app::AuditNames::clear);
    setIconName(u"audit"_s);
    QList<std::pair<QString, QString>> actions;
    for (const QString& action : app::audit::actions())
        actions.append({action, app::audit::actionName(action)});
    setSearchVisible(false); // the audit log is filtered, not searched
    addChoiceFilter(u"action"_s, tr("&Action:"), actions);
    addLookupFilter(u"actor_id"_s, tr("Ac&tor:"), app::endpoints::users(), u"email"_s);
    addDateRangeFilter(u"from"_s, u"to"_s, tr("&Dates:"));
    enableExport({u"at"_s, u"actor_type"_s, u"actor_id"_s, u"action"_s, u"target_type"_s,
                  u"target_id"_s, u"ip_address"_s, u"details"_s});
}

void AuditPage::describe(const QJsonObject& a, DetailPane* pane)
{
    pane->addSection(tr("What"));
    pane->addText(fields::label(u"action"_s),
                  app::audit::actionName(a.value("action"_L1).toString()));
    pane->addTime(fields::label(u"at"_s), a.value("at"_L1).toString());
    pane->addText(fields::label(u"ip_address"_s), a.value("ip_address"_L1).toString());
    const QString changes = app::AuditNames::changes(a);
    if (!changes.isEmpty())
        pane->addText(tr("Changes"), changes);

    auto party = [pane](const QString& title, const QString& type, const QString& id,
                        const QString& name) {
        pane->addSection(title);
        pane->addText(tr("Kind"), app::audit::typeName(type));
        pane->addText(tr("Name"), name);
        if (id.isEmpty())
            return;
        const QString page = pageOf(type);
        if (!page.isEmpty())
            pane->addLink(tr("Show"),
                          tr("%1 %2").arg(app::audit::typeName(type), DetailPane::shortId(id)),
                          DetailPane::link(page, u"id"_s, id));
        pane->addId(tr("Id"), id);
    };
    party(tr("Who"), a.value("actor_type"_L1).toString(), a.value("actor_id"_L1).toString(),
          m_names->actor(a));
    party(tr("To what"), a.value("target_type"_L1).toString(), a.value("target_id"_L1).toString(),
          m_names->target(a));

    const QJsonObject details = a.value("details"_L1).toObject();
    if (!details.isEmpty()) {
        pane->addSection(tr("Recorded details"));
        for (auto it = details.begin(); it != details.end(); ++it)
            if (it.key() != "before"_L1) // said under Changes
                pane->addText(fields::label(it.key()), fields::valueText(it.key(), it.value()));
    }
}

} // namespace clm::ui
