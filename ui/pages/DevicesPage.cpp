#include "ui/pages/DevicesPage.h"

#include "app/DeviceStatus.h"
#include "app/Endpoints.h"
#include "app/Resource.h"
#include "app/Settings.h"
#include "app/TimeText.h"
#include "ui/DetailPane.h"
#include "ui/FieldNames.h"
#include "ui/Icons.h"
#include "ui/Prompt.h"

#include <QComboBox>
#include <QDateTime>
#include <QStyleOptionViewItem>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace clm::ui {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

DevicesPage::DevicesPage(app::ApiClient* api, app::Settings* settings, QWidget* parent)
    : ListPage(api, tr("Devices"), app::endpoints::devices(),
               {{u"hostname"_s, tr("Machine")},
                {u"os"_s, tr("System")},
                {u"last_seen_at"_s, tr("Last seen"),
                 [](const QJsonObject& d) -> QVariant {
                     const auto at = app::TimeText::parse(d.value("last_seen_at"_L1).toString());
                     return at ? app::TimeText::relative(*at, now()) : tr("not yet");
                 }},
                // Captures this: called only once rows exist, after construction.
                {u"is_active"_s, tr("State"),
                 [this](const QJsonObject& d) -> QVariant {
                     return !d.value("is_active"_L1).toBool() ? tr("Disabled")
                            : isStale(d)                      ? tr("Stale")
                                                              : tr("Active");
                 },
                 false},
                {u"enrolled_at"_s, tr("Enrolled"),
                 [](const QJsonObject& d) -> QVariant {
                     return fields::localTime(d.value("enrolled_at"_L1).toString());
                 }}},
               parent)
    , m_settings(settings)
    , m_show(new QComboBox(this))
{
    setIconName(u"devices"_s);
    // Stale rows stand out; disabled ones step back.
    setRowStyle([this](QStyleOptionViewItem& option, const QJsonObject& device) {
        const bool stale = isStale(device);
        if (!device.value("is_active"_L1).toBool()) {
            option.palette.setColor(QPalette::Text,
                                    option.palette.color(QPalette::PlaceholderText));
        } else if (stale) {
            const bool dark = option.palette.color(QPalette::Base).lightness() < 128;
            option.backgroundBrush = dark ? QColor(0x5a, 0x46, 0x12) : QColor(0xfd, 0xec, 0xc0);
        }
    });

    m_show->setObjectName(u"filter_show"_s);
    m_show->addItem(tr("All machines"), QVariant::fromValue(int(Show::All)));
    m_show->addItem(tr("Stale (not seen for %n day(s))", nullptr, m_settings->staleDays()),
                    QVariant::fromValue(int(Show::Stale)));
    m_show->addItem(tr("Disabled"), QVariant::fromValue(int(Show::Disabled)));
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { setShow(static_cast<Show>(m_show->currentData().toInt())); });
    addFilterWidget(tr("S&how:"), m_show);
    connect(m_settings, &app::Settings::staleDaysChanged, this, [this](int days) {
        m_show->setItemText(1, tr("Stale (not seen for %n day(s))", nullptr, days));
        if (m_show->currentIndex() == 1)
            reload();
        view()->viewport()->update();
        showItem(selectedItem());
    });

    addAction(
            icons::get(u"delete"_s), tr("&Disable..."),
            [this](const QJsonObject& d) {
                Prompt::confirm(this, tr("Disable device"),
                                tr("Disable %1? Its seats end at once and it can no longer "
                                   "check out licenses.")
                                        .arg(d.value("hostname"_L1).toString()),
                                tr("Disable"), this, [this, d] {
                                    removeItem(d, tr("Could not disable the machine: %1"));
                                });
            },
            true, [](const QJsonObject& d) { return d.value("is_active"_L1).toBool(); });
    addAction(
            icons::get(u"enable"_s), tr("&Re-enable..."),
            [this](const QJsonObject& d) {
                Prompt::confirm(
                        this, tr("Re-enable device"),
                        tr("Re-enable %1? It can enroll again with an enrollment token; until "
                           "then it holds no seats.")
                                .arg(d.value("hostname"_L1).toString()),
                        tr("Re-enable"), this, [this, d] {
                            reactivateItem(d, tr("Could not re-enable the machine: %1"));
                        });
            },
            true, [](const QJsonObject& d) { return !d.value("is_active"_L1).toBool(); });
    enableExport({u"hostname"_s, u"os"_s, u"hardware_id"_s, u"enrolled_at"_s, u"last_seen_at"_s,
                  u"is_active"_s});
}

bool DevicesPage::isStale(const QJsonObject& device) const
{
    return app::devices::isStale(device, now(), m_settings->staleDays());
}

void DevicesPage::setShow(Show show)
{
    const int index = m_show->findData(QVariant::fromValue(int(show)));
    if (index != m_show->currentIndex()) {
        m_show->setCurrentIndex(index); // comes back here
        return;
    }
    switch (show) {
    case Show::All:
        model()->setLocalFilter({});
        break;
    case Show::Stale:
        model()->setLocalFilter([this](const QJsonObject& d) { return isStale(d); });
        break;
    case Show::Disabled:
        model()->setLocalFilter(
                [](const QJsonObject& d) { return !d.value("is_active"_L1).toBool(); });
        break;
    }
    model()->reload();
}

void DevicesPage::describe(const QJsonObject& d, DetailPane* pane)
{
    const QString id = d.value("id"_L1).toString();
    const QString host = d.value("hostname"_L1).toString();
    pane->addSection(tr("Machine"));
    pane->addText(fields::label(u"hostname"_s), host);
    pane->addText(fields::label(u"os"_s), d.value("os"_L1).toString());
    QString state = tr("Active");
    if (!d.value("is_active"_L1).toBool()) {
        state = tr("Disabled: its device token no longer works; re-enable it, then enroll it "
                   "again.");
    } else if (isStale(d)) {
        const qint64 last = app::devices::lastContactMs(d);
        state = tr("Stale: not seen for %n day(s). Retired or off the network?", nullptr,
                   static_cast<int>((now() - last) / 86'400'000));
    }
    pane->addText(tr("State"), state);
    pane->addSection(tr("Contact"));
    pane->addTime(fields::label(u"last_seen_at"_s), d.value("last_seen_at"_L1).toString(),
                  tr("not yet"));
    pane->addTime(fields::label(u"enrolled_at"_s), d.value("enrolled_at"_L1).toString());
    pane->addSection(tr("Related"));
    pane->addLink(tr("Sessions"), tr("Seats held by this machine"),
                  DetailPane::link(u"sessions"_s, u"device"_s, id, host));
    pane->addSection(tr("Ids"));
    pane->addId(fields::label(u"id"_s), id);
    pane->addId(fields::label(u"hardware_id"_s), d.value("hardware_id"_L1).toString());
}

} // namespace clm::ui
