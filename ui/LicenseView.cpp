#include "ui/LicenseView.h"

#include "app/LicenseOverview.h"
#include "app/TimeText.h"
#include "app/UsageHistory.h"
#include "ui/DetailPane.h"
#include "ui/FieldNames.h"
#include "ui/UsageChart.h"

#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clm::ui {

namespace {

constexpr int kSessionRole = Qt::UserRole + 1;

QLabel* wrapped(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

LicenseView::LicenseView(app::ApiClient* api, QWidget* parent)
    : QWidget(parent)
    , m_overview(new app::LicenseOverview(api, this))
    , m_usage(new app::UsageHistory(api, this))
    , m_body(new QWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new QLabel(m_body))
    , m_state(wrapped(m_body))
    , m_expiry(wrapped(m_body))
    , m_seats(new QProgressBar(m_body))
    , m_seatsText(wrapped(m_body))
    , m_holders(new QTableView(m_body))
    , m_holderRows(new QStandardItemModel(this))
    , m_denials(wrapped(m_body))
    , m_edit(new QPushButton(tr("&Edit..."), m_body))
    , m_deactivate(new QPushButton(tr("&Deactivate..."), m_body))
    , m_release(new QPushButton(tr("&Force release..."), m_body))
    , m_tabs(new QTabWidget(m_body))
    , m_range(new QComboBox(m_body))
    , m_chart(new UsageChart(m_body))
    , m_details(new DetailPane(m_body))
{
    setObjectName(u"licenseView"_s);
    m_placeholder->setText(tr("Select a license to see who holds its seats."));
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_title->setObjectName(u"licenseTitle"_s);
    m_title->setTextFormat(Qt::RichText);
    m_state->setObjectName(u"licenseState"_s);
    // The warning stands out in either palette: dark text on amber or red.
    m_expiry->setObjectName(u"expiryWarning"_s);
    m_expiry->setAutoFillBackground(true);
    m_expiry->setContentsMargins(8, 4, 8, 4);
    m_expiry->hide();

    m_seats->setObjectName(u"seatsBar"_s);
    m_seats->setTextVisible(false);
    m_seats->setMaximumHeight(10);
    m_seats->setAccessibleName(tr("Seats in use"));
    m_seatsText->setObjectName(u"seatsText"_s);

    m_holderRows->setHorizontalHeaderLabels(
            {tr("Machine"), tr("OS user"), tr("Since"), tr("Borrowed until")});
    m_holders->setObjectName(u"holders"_s);
    m_holders->setAccessibleName(tr("Who holds a seat"));
    m_holders->setModel(m_holderRows);
    m_holders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_holders->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_holders->setSelectionMode(QAbstractItemView::SingleSelection);
    m_holders->setAlternatingRowColors(true);
    m_holders->setTabKeyNavigation(false);
    m_holders->verticalHeader()->hide();
    m_holders->horizontalHeader()->setStretchLastSection(true);
    m_holders->setMinimumHeight(110);
    m_holders->setToolTip(tr("Enter or double-click: show the session"));
    connect(m_holders->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LicenseView::updateButtons);
    connect(m_holders, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QJsonObject session =
                m_holderRows->index(index.row(), 0).data(kSessionRole).toJsonObject();
        emit linkActivated(
                DetailPane::link(u"sessions"_s, u"id"_s, session.value("id"_L1).toString()));
    });
    m_denials->setObjectName(u"denials"_s);

    m_edit->setObjectName(u"editLicense"_s);
    m_deactivate->setObjectName(u"deactivateLicense"_s);
    m_release->setObjectName(u"forceRelease"_s);
    m_release->setToolTip(tr("Free the selected holder's seat at once"));
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(license()); });
    connect(m_deactivate, &QPushButton::clicked, this,
            [this] { emit deactivateRequested(license()); });
    connect(m_release, &QPushButton::clicked, this, [this] {
        const QJsonObject session = selectedHolder();
        if (!session.isEmpty())
            emit forceReleaseRequested(session);
    });

    m_range->setObjectName(u"licenseRange"_s);
    m_range->addItem(tr("Last hour"), QVariant::fromValue(app::UsageHistory::Range::LastHour));
    m_range->addItem(tr("Last 24 hours"),
                     QVariant::fromValue(app::UsageHistory::Range::Last24Hours));
    m_range->addItem(tr("Last 7 days"), QVariant::fromValue(app::UsageHistory::Range::Last7Days));
    m_range->addItem(tr("Last 30 days"), QVariant::fromValue(app::UsageHistory::Range::Last30Days));
    m_range->setCurrentIndex(1);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        m_usage->setRange(m_range->currentData().value<app::UsageHistory::Range>());
        showChart();
    });
    auto* rangeLabel = new QLabel(tr("Hi&story:"), m_body);
    rangeLabel->setBuddy(m_range);
    auto* usageTab = new QWidget(m_tabs);
    auto* rangeRow = new QHBoxLayout;
    rangeRow->addWidget(rangeLabel);
    rangeRow->addWidget(m_range);
    rangeRow->addStretch();
    auto* usageLayout = new QVBoxLayout(usageTab);
    usageLayout->setContentsMargins(4, 4, 4, 4);
    usageLayout->addLayout(rangeRow);
    usageLayout->addWidget(m_chart, 1);
    m_chart->chartView()->setMinimumHeight(200);
    m_tabs->setObjectName(u"licenseTabs"_s);
    m_tabs->addTab(usageTab, tr("&Usage"));
    m_tabs->addTab(m_details, tr("Deta&ils"));
    connect(m_details, &DetailPane::linkActivated, this, &LicenseView::linkActivated);
    connect(m_details, &DetailPane::copied, this, &LicenseView::copied);

    auto* seatsHeading = new QLabel(tr("<b>Seats</b>"), m_body);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_deactivate);
    buttons->addStretch();
    buttons->addWidget(m_release);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(8, 4, 4, 4);
    body->addWidget(m_title);
    body->addWidget(m_state);
    body->addWidget(m_expiry);
    body->addSpacing(4);
    body->addWidget(seatsHeading);
    body->addWidget(m_seats);
    body->addWidget(m_seatsText);
    body->addWidget(m_holders, 1);
    body->addLayout(buttons);
    body->addWidget(m_denials);
    body->addWidget(m_tabs, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_body);

    connect(m_overview, &app::LicenseOverview::changed, this, &LicenseView::showOverview);
    connect(m_usage, &app::UsageHistory::changed, this, [this](const QString& id) {
        if (id == m_overview->licenseId())
            showChart();
    });
    setLicense({});
}

QJsonObject LicenseView::license() const
{
    return m_overview->license();
}

void LicenseView::setLicense(const QJsonObject& license)
{
    m_placeholder->setVisible(license.isEmpty());
    m_body->setVisible(!license.isEmpty());
    m_overview->setLicense(license);
    m_usage->setLicense(license.value("id"_L1).toString());
    if (license.isEmpty())
        return;

    m_details->clear();
    m_details->addSection(tr("License"));
    m_details->addText(fields::label(u"product"_s), license.value("product"_L1).toString());
    m_details->addId(fields::label(u"license_key"_s), license.value("license_key"_L1).toString());
    m_details->addText(fields::label(u"features"_s),
                       fields::valueText(u"features"_s, license.value("features"_L1)));
    m_details->addSection(tr("Seats and leases"));
    m_details->addText(tr("Seats"),
                       QString::number(license.value("max_concurrent_seats"_L1).toInt()));
    m_details->addText(tr("Offline lease"),
                       app::TimeText::duration(license.value("offline_lease_seconds"_L1).toInt()));
    const int borrow = license.value("max_borrow_seconds"_L1).toInt();
    m_details->addText(tr("Longest borrow"),
                       borrow == 0 ? tr("off") : app::TimeText::duration(borrow));
    m_details->addSection(tr("Record"));
    m_details->addTime(fields::label(u"expires_at"_s), license.value("expires_at"_L1).toString(),
                       tr("never"));
    m_details->addTime(fields::label(u"created_at"_s), license.value("created_at"_L1).toString());
    m_details->addTime(fields::label(u"updated_at"_s), license.value("updated_at"_L1).toString());
    m_details->addId(fields::label(u"id"_s), license.value("id"_L1).toString());
    showOverview();
    showChart();
}

void LicenseView::reload()
{
    m_overview->reload();
    m_usage->refresh();
}

void LicenseView::handleEvent(const QJsonObject& event)
{
    m_overview->handleEvent(event);
}

void LicenseView::tick()
{
    m_details->refreshTimes();
    showOverview();
}

QJsonObject LicenseView::selectedHolder() const
{
    const QModelIndexList rows = m_holders->selectionModel()->selectedRows();
    return rows.isEmpty()
                   ? QJsonObject()
                   : m_holderRows->index(rows.first().row(), 0).data(kSessionRole).toJsonObject();
}

void LicenseView::showOverview()
{
    const QJsonObject license = m_overview->license();
    if (license.isEmpty())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool active = license.value("is_active"_L1).toBool();
    m_title->setText(u"<h3>%1</h3>"_s.arg(license.value("name"_L1).toString().toHtmlEscaped()));
    m_state->setText(active ? tr("Product %1, active.").arg(license.value("product"_L1).toString())
                            : tr("Product %1, deactivated: no seat is granted.")
                                      .arg(license.value("product"_L1).toString()));

    // Expiry: a warning from 30 days before, red once it has passed.
    const auto expiry = app::LicenseOverview::expiry(license, now);
    const auto days = app::LicenseOverview::daysLeft(license, now);
    const auto at = app::TimeText::parse(license.value("expires_at"_L1).toString());
    QPalette warning = m_expiry->palette();
    warning.setColor(QPalette::WindowText, Qt::black);
    switch (expiry) {
    case app::LicenseOverview::Expiry::Never:
    case app::LicenseOverview::Expiry::Later:
        m_expiry->hide();
        if (at)
            m_state->setText(m_state->text() + u' ' +
                             tr("Expires on %1.").arg(app::TimeText::absolute(*at)));
        break;
    case app::LicenseOverview::Expiry::Soon:
        warning.setColor(QPalette::Window, QColor(0xf5, 0xc2, 0x42));
        m_expiry->setPalette(warning);
        m_expiry->setText(*days <= 0 ? tr("Expires today, at %1.").arg(app::TimeText::absolute(*at))
                                     : tr("Expires in %n day(s), on %1.", nullptr, *days)
                                               .arg(app::TimeText::absolute(*at)));
        m_expiry->show();
        break;
    case app::LicenseOverview::Expiry::Expired:
        warning.setColor(QPalette::Window, QColor(0xf2, 0x8b, 0x82));
        m_expiry->setPalette(warning);
        m_expiry->setText(
                tr("Expired on %1: no seat is granted.").arg(app::TimeText::absolute(*at)));
        m_expiry->show();
        break;
    }

    const QList<QJsonObject> holders = m_overview->holders();
    const int total = license.value("max_concurrent_seats"_L1).toInt();
    const int used = m_overview->isLoading() && holders.isEmpty()
                             ? license.value("active_sessions"_L1).toInt()
                             : static_cast<int>(holders.size());
    m_seats->setRange(0, std::max(total, 1));
    m_seats->setValue(std::min(used, std::max(total, 1)));
    m_seatsText->setText(
            used >= total && total > 0
                    ? tr("%1 of %2 seats in use: every seat is taken.").arg(used).arg(total)
                    : tr("%1 of %2 seats in use.").arg(used).arg(total));

    const QString kept = selectedHolder().value("id"_L1).toString();
    m_holderRows->removeRows(0, m_holderRows->rowCount());
    for (const QJsonObject& session : holders) {
        QString machine = session.value("hostname"_L1).toString();
        if (machine.isEmpty())
            machine = tr("(signed-in tool)");
        auto* host = new QStandardItem(machine);
        host->setData(session, kSessionRole);
        auto* user = new QStandardItem(session.value("os_user"_L1).toString());
        const auto started = app::TimeText::parse(session.value("started_at"_L1).toString());
        auto* since =
                new QStandardItem(started ? app::TimeText::relative(*started, now) : QString());
        if (started)
            since->setToolTip(app::TimeText::absolute(*started));
        const auto borrowed = app::TimeText::parse(session.value("borrowed_until"_L1).toString());
        auto* until = new QStandardItem(borrowed ? app::TimeText::absolute(*borrowed) : QString());
        m_holderRows->appendRow({host, user, since, until});
        if (session.value("id"_L1).toString() == kept)
            m_holders->selectRow(m_holderRows->rowCount() - 1);
    }
    if (holders.isEmpty() && !m_overview->isLoading())
        m_holders->setToolTip(tr("Nobody holds a seat."));
    m_holders->resizeColumnsToContents();

    const int denied = m_overview->denialsToday();
    QString denials = denied == 0 ? tr("No request was refused today.")
                                  : tr("Refused today: %n request(s).", nullptr, denied);
    if (const auto last = m_overview->lastDenialMs()) {
        const QString by = m_overview->lastDenialBy();
        denials += u' ' + (by.isEmpty()
                                   ? tr("Last: %1.").arg(app::TimeText::both(*last, now))
                                   : tr("Last: %1, %2.").arg(app::TimeText::both(*last, now), by));
    }
    m_denials->setText(denials);
    m_deactivate->setEnabled(active);
    updateButtons();
}

void LicenseView::showChart()
{
    const QString id = m_overview->licenseId();
    const int bucket = m_usage->bucketSecondsOf(id);
    const auto range = app::UsageHistory::rangeOfBucket(bucket, m_usage->range());
    m_chart->setData(m_overview->license(), m_usage->points(id), bucket, range,
                     m_range->itemText(m_range->findData(QVariant::fromValue(range))));
}

void LicenseView::updateButtons()
{
    m_release->setEnabled(!selectedHolder().isEmpty());
}

QString LicenseView::text() const
{
    QStringList lines;
    for (QLabel* label : {m_title, m_state, m_expiry, m_seatsText, m_denials}) {
        if (!label->isHidden())
            lines.append(label->text());
    }
    return lines.join(u'\n');
}

} // namespace clm::ui
