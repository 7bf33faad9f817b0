#include "ui/pages/SessionsPage.h"

#include "app/Endpoints.h"
#include "app/TimeText.h"
#include "ui/DetailPane.h"
#include "ui/FieldNames.h"
#include "ui/Icons.h"
#include "ui/Prompt.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace clm::ui {

namespace {

QVariant ago(const QJsonObject& session, const char* field)
{
    const auto at = app::TimeText::parse(session.value(QLatin1String(field)).toString());
    return at ? app::TimeText::relative(*at, QDateTime::currentMSecsSinceEpoch()) : QString();
}

QVariant local(const QJsonObject& session, const char* field)
{
    return fields::localTime(session.value(QLatin1String(field)).toString());
}

} // namespace

SessionsPage::SessionsPage(app::ApiClient* api, QWidget* parent)
    : ListPage(api, tr("Live sessions"), app::endpoints::sessions(),
               {{u"license_name"_s, tr("License"), {}, false},
                {u"hostname"_s, tr("Machine"), {}, false},
                {u"os_user"_s, tr("User"), {}, false},
                {u"last_heartbeat_at"_s, tr("Last heartbeat"),
                 [](const QJsonObject& s) { return ago(s, "last_heartbeat_at"); }, false},
                {u"borrowed_until"_s, tr("Borrowed until"),
                 [](const QJsonObject& s) { return local(s, "borrowed_until"); }, false},
                {u"started_at"_s, tr("Started"),
                 [](const QJsonObject& s) { return local(s, "started_at"); }, false}},
               parent)
{
    setIconName(u"sessions"_s);
    setSearchVisible(false); // the server filters sessions, it does not search them
    model()->setFilter(u"active"_s, u"true"_s);
    addChoiceFilter(u"active"_s, tr("S&tate:"),
                    {{u"true"_s, tr("Holding a seat")}, {u"false"_s, tr("Ended")}});
    addLookupFilter(u"license"_s, tr("&License:"), app::endpoints::licenses(), u"name"_s);
    addLookupFilter(u"device"_s, tr("&Machine:"), app::endpoints::devices(), u"hostname"_s);
    // The server's user filter matches sessions of signed-in tools only;
    // seats that the daemon holds show their OS user instead.
    addLookupFilter(u"user"_s, tr("&User:"), app::endpoints::users(), u"email"_s);
    addAction(
            icons::get(u"release"_s), tr("&Force release..."),
            [this](const QJsonObject& s) {
                Prompt::confirm(this, tr("Force release"),
                                tr("Free the seat of %1 on %2 now? The machine learns it at its "
                                   "next heartbeat.")
                                        .arg(s.value("os_user"_L1).toString(),
                                             s.value("hostname"_L1).toString()),
                                tr("Force release"), this,
                                [this, s] { removeItem(s, tr("Could not release the seat: %1")); });
            },
            true, [](const QJsonObject& s) { return s.value("is_active"_L1).toBool(); });
    enableExport({u"license_name"_s, u"product"_s, u"hostname"_s, u"os_user"_s, u"ip_address"_s,
                  u"started_at"_s, u"last_heartbeat_at"_s, u"borrowed_until"_s, u"ended_at"_s,
                  u"end_reason"_s});
}

void SessionsPage::handleEvent(const QJsonObject& event)
{
    const QString type = event.value("type"_L1).toString();
    if (type == "session.started"_L1 || type == "session.ended"_L1) {
        reload();
    } else if (type == "session.heartbeat"_L1) {
        // A row already shown moves on in place; the filters still hold.
        const QJsonObject session = event.value("session"_L1).toObject();
        if (model()->rowOf(session.value("id"_L1).toString()) >= 0)
            model()->upsert(session);
    }
}

void SessionsPage::describe(const QJsonObject& s, DetailPane* pane)
{
    const bool active = s.value("is_active"_L1).toBool();
    pane->addSection(tr("Seat"));
    pane->addLink(fields::label(u"license_name"_s), s.value("license_name"_L1).toString(),
                  DetailPane::link(u"licenses"_s, u"id"_s, s.value("license_id"_L1).toString()));
    pane->addText(fields::label(u"product"_s), s.value("product"_L1).toString());
    pane->addText(
            tr("State"),
            active ? (s.value("borrowed_until"_L1).isNull() ? tr("Holding a seat")
                                                            : tr("Holding a seat, borrowed"))
                   : tr("Ended: %1").arg(fields::endReason(s.value("end_reason"_L1).toString())));

    pane->addSection(tr("Who and where"));
    const QString device = s.value("device_id"_L1).toString();
    if (!device.isEmpty())
        pane->addLink(fields::label(u"hostname"_s), s.value("hostname"_L1).toString(),
                      DetailPane::link(u"devices"_s, u"id"_s, device));
    else
        pane->addText(fields::label(u"hostname"_s), tr("(a tool signed in without the daemon)"));
    pane->addText(fields::label(u"os_user"_s), s.value("os_user"_L1).toString());
    const QString user = s.value("user_id"_L1).toString();
    if (!user.isEmpty())
        pane->addLink(tr("Signed in as"), tr("Show the user"),
                      DetailPane::link(u"users"_s, u"id"_s, user));
    pane->addText(fields::label(u"ip_address"_s), s.value("ip_address"_L1).toString());

    pane->addSection(tr("Times"));
    pane->addTime(fields::label(u"started_at"_s), s.value("started_at"_L1).toString());
    pane->addTime(fields::label(u"last_heartbeat_at"_s),
                  s.value("last_heartbeat_at"_L1).toString());
    pane->addTime(fields::label(u"lease_expires_at"_s), s.value("lease_expires_at"_L1).toString());
    if (!s.value("borrowed_until"_L1).isNull())
        pane->addTime(fields::label(u"borrowed_until"_s), s.value("borrowed_until"_L1).toString());
    if (!active)
        pane->addTime(fields::label(u"ended_at"_s), s.value("ended_at"_L1).toString());

    pane->addSection(tr("Ids"));
    pane->addId(tr("Session"), s.value("id"_L1).toString());
    pane->addId(fields::label(u"license_id"_s), s.value("license_id"_L1).toString());
    if (!device.isEmpty())
        pane->addId(fields::label(u"device_id"_s), device);
}

} // namespace clm::ui
