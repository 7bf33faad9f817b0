#include "ui/SeatAdviceDialog.h"

#include "app/SeatAdviceReport.h"
#include "app/TimeText.h"
#include "app/UsageHistory.h"
#include "ui/ExportFile.h"
#include "ui/Icons.h"
#include "ui/UsageChart.h"

#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clm::ui {

SeatAdviceDialog::SeatAdviceDialog(app::ApiClient* api, const QJsonObject& license, QWidget* parent)
    : QDialog(parent)
    , m_report(new app::SeatAdviceReport(api, this))
    , m_license(license)
    , m_range(new QComboBox(this))
    , m_sentence(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_status(new QLabel(this))
    , m_chart(new UsageChart(this))
    , m_denied(new QTableWidget(0, 3, this))
{
    const QString name = license.value("name"_L1).toString();
    setWindowTitle(tr("Seat advice: %1").arg(name));
    m_range->setObjectName(u"adviceRange"_s);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->setAccessibleName(tr("Period"));
    connect(m_range, &QComboBox::currentIndexChanged, this,
            [this] { setDays(m_range->currentData().toInt()); });
    auto* top = new QHBoxLayout;
    auto* rangeLabel = new QLabel(tr("&Period:"), this);
    rangeLabel->setBuddy(m_range);
    top->addWidget(rangeLabel);
    top->addWidget(m_range);
    top->addStretch(1);

    m_sentence->setObjectName(u"adviceSentence"_s);
    m_sentence->setWordWrap(true);
    QFont big = m_sentence->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_sentence->setFont(big);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setObjectName(u"adviceFigures"_s);
    m_figures->setTextFormat(Qt::RichText);
    m_status->setObjectName(u"adviceStatus"_s);
    m_status->setWordWrap(true);
    m_chart->setMinimumHeight(260);

    m_denied->setObjectName(u"adviceDenied"_s);
    m_denied->setHorizontalHeaderLabels({tr("Refused caller"), tr("Denials"), tr("Last")});
    m_denied->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_denied->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_denied->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_denied->verticalHeader()->hide();
    m_denied->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_denied->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_denied->setAccessibleName(tr("Refused most"));
    m_denied->setMaximumHeight(170);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_csv = buttons->addButton(tr("Export &CSV..."), QDialogButtonBox::ActionRole);
    m_csv->setObjectName(u"adviceCsv"_s);
    m_csv->setIcon(icons::get(u"export"_s));
    m_pdf = buttons->addButton(tr("Export &PDF..."), QDialogButtonBox::ActionRole);
    m_pdf->setObjectName(u"advicePdf"_s);
    m_pdf->setIcon(icons::get(u"export"_s));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_csv, &QPushButton::clicked, this,
            [this] { chooseFile(u"csv"_s, tr("CSV files (*.csv)")); });
    connect(m_pdf, &QPushButton::clicked, this,
            [this] { chooseFile(u"pdf"_s, tr("PDF files (*.pdf)")); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_sentence);
    layout->addWidget(m_figures);
    layout->addWidget(m_chart, 1);
    auto* deniedTitle = new QLabel(tr("<b>Refused most</b>"), this);
    layout->addWidget(deniedTitle);
    layout->addWidget(m_denied);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 720);

    connect(m_report, &app::SeatAdviceReport::ready, this, &SeatAdviceDialog::showReport);
    connect(m_report, &app::SeatAdviceReport::failed, this, [this](const QString& message) {
        m_status->setText(tr("Could not load the usage history: %1").arg(message));
        m_csv->setEnabled(false);
        m_pdf->setEnabled(false);
    });
    setDays(30);
}

QString SeatAdviceDialog::sentence() const
{
    return m_sentence->text();
}

void SeatAdviceDialog::setDays(int days)
{
    const int index = m_range->findData(days);
    if (index >= 0 && index != m_range->currentIndex()) {
        m_range->setCurrentIndex(index); // loads through currentIndexChanged
        return;
    }
    m_status->setText(tr("Loading the usage history..."));
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);
    m_report->load(m_license, days);
}

void SeatAdviceDialog::showReport()
{
    const app::SeatAdvice& a = m_report->advice();
    m_sentence->setText(a.sentence());
    const QLocale locale;
    m_figures->setText(u"<table cellspacing=\"0\" cellpadding=\"3\">"
                       "<tr><td>%1</td><td align=\"right\"><b>%2</b></td>"
                       "<td width=\"24\"></td><td>%3</td><td align=\"right\"><b>%4</b></td></tr>"
                       "<tr><td>%5</td><td align=\"right\"><b>%6</b></td>"
                       "<td></td><td>%7</td><td align=\"right\"><b>%8</b></td></tr>"
                       "<tr><td>%9</td><td align=\"right\"><b>%10</b></td>"
                       "<td></td><td>%11</td><td align=\"right\"><b>%12</b></td></tr>"
                       "</table>"_s.arg(tr("Seats owned"), locale.toString(a.seats), tr("Peak use"),
                                        locale.toString(a.peak),
                                        tr("95th percentile of hourly peaks"),
                                        locale.toString(a.p95), tr("the same, working hours only"),
                                        locale.toString(a.p95WorkingHours),
                                        tr("Hours at the limit"), locale.toString(a.hoursAtLimit),
                                        tr("Denials"), locale.toString(a.denials)));
    m_denied->setRowCount(0);
    for (const app::SeatAdvice::Caller& c : a.denied) {
        const int row = m_denied->rowCount();
        m_denied->insertRow(row);
        m_denied->setItem(row, 0, new QTableWidgetItem(app::SeatAdvice::callerName(c)));
        auto* count = new QTableWidgetItem(locale.toString(c.denials));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_denied->setItem(row, 1, count);
        m_denied->setItem(row, 2, new QTableWidgetItem(app::TimeText::absolute(c.lastAtMs)));
    }
    QList<app::UsageHistory::Point> points;
    for (const app::SeatAdvice::Hour& h : m_report->hours())
        points.append({h.t, h.peak, h.denials});
    m_chart->setSpan(m_report->fromMs(), m_report->toMs());
    m_chart->setData(m_license, points, 3600, app::UsageHistory::Range::Last30Days,
                     m_range->currentText().toLower());
    m_status->setText(a.denied.isEmpty() ? tr("Nobody was refused in this period.") : QString());
    m_csv->setEnabled(true);
    m_pdf->setEnabled(true);
}

void SeatAdviceDialog::chooseFile(const QString& suffix, const QString& filter)
{
    QFileDialog* dialog =
            chooseExportFile(this, tr("Export the seat advice"),
                             tr("seat-advice") + u'-' + m_license.value("name"_L1).toString(),
                             suffix, filter, [this, suffix](const QString& path) {
                                 if (suffix == "pdf"_L1)
                                     writePdf(path);
                                 else
                                     writeCsv(path);
                             });
    dialog->setObjectName(u"adviceFileDialog"_s);
}

bool SeatAdviceDialog::writeCsv(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_report->csv()) < 0 || !file.commit()) {
        m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    emit exported(path);
    return true;
}

QString SeatAdviceDialog::reportHtml() const
{
    const app::SeatAdvice& a = m_report->advice();
    const QLocale locale;
    auto esc = [](const QString& text) {
        return text.toHtmlEscaped();
    };
    QString html = u"<html><body style=\"font-family: sans-serif;\">"_s;
    html += u"<h1>%1</h1>"_s.arg(
            esc(tr("Seat advice: %1").arg(m_license.value("name"_L1).toString())));
    html += u"<p>%1</p>"_s.arg(
            esc(tr("Product %1, %2 to %3 (%n day(s)), made %4.", nullptr, a.days)
                        .arg(m_license.value("product"_L1).toString(),
                             app::TimeText::absolute(m_report->fromMs()),
                             app::TimeText::absolute(m_report->toMs()),
                             app::TimeText::absolute(QDateTime::currentMSecsSinceEpoch()))));
    html += u"<h2>%1</h2>"_s.arg(esc(a.sentence()));
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\">"_s;
    const QList<std::pair<QString, qint64>> figures{
            {tr("Seats owned"), a.seats},
            {tr("Peak use"), a.peak},
            {tr("95th percentile of hourly peaks"), a.p95},
            {tr("The same, working hours only (Monday to Friday, 8:00 to 18:00)"),
             a.p95WorkingHours},
            {tr("Hours at the limit"), a.hoursAtLimit},
            {tr("Denials"), a.denials},
            {tr("More seats that would have served 95 % of the denials"), a.extraSeatsFor95}};
    for (const auto& [label, value] : figures)
        html += u"<tr><td>%1</td><td align=\"right\">%2</td></tr>"_s.arg(esc(label),
                                                                         locale.toString(value));
    html += u"</table>"_s;
    html += u"<h3>%1</h3><p><img src=\"chart\" width=\"480\" height=\"210\"></p>"_s.arg(
            esc(tr("Seats in use, hour by hour")));
    html += u"<h3>%1</h3>"_s.arg(esc(tr("Refused most")));
    if (a.denied.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(esc(tr("Nobody was refused in this period.")));
    } else {
        html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>%1</th>"
                "<th>%2</th><th>%3</th></tr>"_s.arg(esc(tr("Refused caller")), esc(tr("Denials")),
                                                    esc(tr("Last")));
        for (const app::SeatAdvice::Caller& c : a.denied)
            html += u"<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td></tr>"_s.arg(
                    esc(app::SeatAdvice::callerName(c)), locale.toString(c.denials),
                    esc(app::TimeText::absolute(c.lastAtMs)));
        html += u"</table>"_s;
    }
    html += u"<p><small>%1</small></p></body></html>"_s.arg(
            esc(tr("Peaks are the most seats held at once in each hour. An hour in which n "
                   "callers were refused counts as served by n more seats.")));
    return html;
}

bool SeatAdviceDialog::writePdf(const QString& path)
{
    QTextDocument document;
    // The chart as it is drawn now, at twice its size for print.
    const QSize size(1280, 560);
    QImage chart(size, QImage::Format_ARGB32_Premultiplied);
    chart.fill(Qt::white);
    {
        QPainter painter(&chart);
        painter.setRenderHint(QPainter::Antialiasing);
        m_chart->chartView()->render(&painter, QRectF(QPointF(0, 0), size));
    }
    document.addResource(QTextDocument::ImageResource, QUrl(u"chart"_s), chart);
    document.setHtml(reportHtml());
    QPdfWriter writer(path);
    writer.setTitle(windowTitle());
    writer.setCreator(u"CODITECT License Manager"_s);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    document.print(&writer);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        m_status->setText(tr("Could not write %1.").arg(path));
        return false;
    }
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    emit exported(path);
    return true;
}

} // namespace clm::ui
