#include "ui/pages/LicensesPage.h"

#include "app/Endpoints.h"
#include "app/LicenseOverview.h"
#include "app/Resource.h"
#include "app/TimeText.h"
#include "ui/FieldNames.h"
#include "ui/Icons.h"
#include "ui/LicenseView.h"
#include "ui/Prompt.h"
#include "ui/SeatAdviceDialog.h"

#include <QAction>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace clm::ui {

namespace {

QVariant expiryText(const QJsonObject& license)
{
    const auto at = app::TimeText::parse(license.value("expires_at"_L1).toString());
    if (!at)
        return LicensesPage::tr("never");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    switch (app::LicenseOverview::expiry(license, now)) {
    case app::LicenseOverview::Expiry::Expired:
        return LicensesPage::tr("expired %1").arg(app::TimeText::absolute(*at));
    case app::LicenseOverview::Expiry::Soon:
        return LicensesPage::tr("%1 (in %n day(s))", nullptr,
                                std::max(0, *app::LicenseOverview::daysLeft(license, now)))
                .arg(app::TimeText::absolute(*at));
    default:
        return app::TimeText::absolute(*at);
    }
}

} // namespace

LicensesPage::LicensesPage(app::ApiClient* api, QWidget* parent)
    : ListPage(api, tr("Licenses"), app::endpoints::licenses(),
               {{u"name"_s, tr("Name")},
                {u"product"_s, tr("Product")},
                {u"max_concurrent_seats"_s, tr("Seats")},
                {u"active_sessions"_s, tr("In use"),
                 [](const QJsonObject& l) -> QVariant {
                     return tr("%1 of %2")
                             .arg(l.value("active_sessions"_L1).toInt())
                             .arg(l.value("max_concurrent_seats"_L1).toInt());
                 },
                 false},
                {u"expires_at"_s, tr("Expires"), expiryText},
                {u"is_active"_s, tr("Active"), {}, false}},
               parent)
    , m_view(new LicenseView(api, this))
    , m_sessions(new app::Resource(api, app::endpoints::sessions(), this))
{
    setIconName(u"licenses"_s);
    setDetailWidget(m_view);
    addAction(
            icons::get(u"add"_s), tr("&New license..."),
            [this](const QJsonObject&) { createLicense(); }, false);
    addAction(icons::get(u"edit"_s), tr("&Edit..."),
              [this](const QJsonObject& l) { editLicense(l); });
    addAction(icons::get(u"advice"_s), tr("Seat ad&vice..."),
              [this](const QJsonObject& l) { showAdvice(l); });
    addAction(icons::get(u"copy"_s), tr("&Copy key"),
              [this](const QJsonObject& l) { copyText(l.value("license_key"_L1).toString()); });
    addAction(
            icons::get(u"delete"_s), tr("&Deactivate..."),
            [this](const QJsonObject& l) { deactivateLicense(l); }, true,
            [](const QJsonObject& l) { return l.value("is_active"_L1).toBool(); });
    addAction(
            icons::get(u"enable"_s), tr("Re&activate"),
            [this](const QJsonObject& l) {
                reactivateItem(l, tr("Could not reactivate the license: %1"));
            },
            true, [](const QJsonObject& l) { return !l.value("is_active"_L1).toBool(); });
    enableExport({u"name"_s, u"product"_s, u"license_key"_s, u"max_concurrent_seats"_s,
                  u"active_sessions"_s, u"expires_at"_s, u"is_active"_s, u"features"_s,
                  u"created_at"_s});

    connect(m_view, &LicenseView::editRequested, this, &LicensesPage::editLicense);
    connect(m_view, &LicenseView::deactivateRequested, this, &LicensesPage::deactivateLicense);
    connect(m_view, &LicenseView::forceReleaseRequested, this, &LicensesPage::forceRelease);
    connect(m_view, &LicenseView::linkActivated, this, &Page::linkActivated);
    connect(m_view, &LicenseView::copied, this, &LicensesPage::sayCopied);
}

QList<FormDialog::Field> LicensesPage::licenseFields()
{
    return {{u"name"_s, tr("&Name:")},
            {u"product"_s,
             tr("&Product code:"),
             FormDialog::Kind::Text,
             {},
             {},
             false,
             0,
             0,
             {},
             tr("The code tools ask the daemon for, such as coditect-cli.")},
            {u"max_concurrent_seats"_s,
             tr("&Seats:"),
             FormDialog::Kind::Integer,
             {},
             5,
             false,
             1,
             1000000},
            {u"offline_lease_seconds"_s,
             tr("&Offline lease (s):"),
             FormDialog::Kind::Integer,
             {},
             360,
             false,
             1,
             31536000,
             {},
             tr("How long a machine keeps working after its last heartbeat.")},
            {u"max_borrow_seconds"_s,
             tr("&Longest borrow (s):"),
             FormDialog::Kind::Integer,
             {},
             604800,
             false,
             0,
             31536000,
             {},
             tr("0 turns borrowing off.")},
            {u"expires_at"_s,
             tr("E&xpires:"),
             FormDialog::Kind::DateTime,
             {},
             {},
             true,
             0,
             0,
             {tr("Expires")},
             tr("In your local time. Untick for a license that does not expire.")},
            {u"features"_s, tr("&Features:"), FormDialog::Kind::List, {}, {}, true}};
}

void LicensesPage::createLicense()
{
    createItem(tr("New license"), u"licenseDialog"_s, licenseFields());
}

void LicensesPage::editLicense(const QJsonObject& license)
{
    if (!license.isEmpty())
        editItem(tr("Edit license"), u"licenseEditDialog"_s, license, licenseFields());
}

void LicensesPage::deactivateLicense(const QJsonObject& license)
{
    if (license.isEmpty())
        return;
    Prompt::confirm(this, tr("Deactivate license"),
                    tr("Deactivate \"%1\"? Its sessions end at once.")
                            .arg(license.value("name"_L1).toString()),
                    tr("Deactivate"), this, [this, license] {
                        removeItem(license, tr("Could not deactivate the license: %1"));
                    });
}

void LicensesPage::forceRelease(const QJsonObject& session)
{
    const QString who = tr("%1 on %2")
                                .arg(session.value("os_user"_L1).toString(),
                                     session.value("hostname"_L1).toString());
    Prompt::confirm(
            this, tr("Force release"),
            tr("Free the seat of %1 now? The machine learns it at its next heartbeat.").arg(who),
            tr("Force release"), this, [this, session] {
                m_sessions->remove(
                        session.value("id"_L1).toString(), this,
                        [this](const app::Outcome& outcome) {
                            if (!outcome.isSaved())
                                Prompt::warn(
                                        this, u"actionError"_s, tr("Not done"),
                                        tr("Could not release the seat: %1").arg(outcome.reason));
                            m_view->reload();
                            model()->reload();
                        });
            });
}

void LicensesPage::reload()
{
    ListPage::reload();
    m_view->reload();
}

void LicensesPage::handleEvent(const QJsonObject& event)
{
    const QString type = event.value("type"_L1).toString();
    m_view->handleEvent(event);
    // Seats in use and license changes show in the list.
    if (type == "license.updated"_L1 || type == "session.started"_L1 || type == "session.ended"_L1)
        model()->reload();
}

void LicensesPage::showItem(const QJsonObject& item)
{
    m_view->setLicense(item);
}

void LicensesPage::tick()
{
    ListPage::tick();
    m_view->tick();
}

SeatAdviceDialog* LicensesPage::showAdvice(const QJsonObject& license)
{
    auto* dialog = new SeatAdviceDialog(api(), license, this);
    dialog->setObjectName(u"adviceDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SeatAdviceDialog::exported, this,
            [this](const QString& path) { emit statusMessage(tr("Saved %1.").arg(path), 5000); });
    dialog->show();
    return dialog;
}

} // namespace clm::ui
