#include "ui/DetailPane.h"

#include "app/TimeText.h"
#include "ui/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clm::ui {

DetailPane::DetailPane(QWidget* parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_layout(new QVBoxLayout(m_content))
    , m_placeholder(new QLabel(m_content))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::StyledPanel);
    setWidget(m_content);
    m_content->setBackgroundRole(QPalette::Base);
    m_content->setAutoFillBackground(true);
    m_layout->setContentsMargins(10, 8, 10, 8);
    m_layout->setSpacing(4);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addWidget(m_placeholder);
    m_layout->addStretch();
    setAccessibleName(tr("Details"));
}

void DetailPane::clear(const QString& placeholder)
{
    m_times.clear();
    m_shown.clear();
    m_form = nullptr;
    // Everything but the placeholder and the closing stretch goes; later,
    // since a link may be clearing the pane from its own signal.
    while (m_layout->count() > 2) {
        QLayoutItem* item = m_layout->takeAt(1);
        auto drop = [](QWidget* widget) {
            widget->hide();
            widget->deleteLater();
        };
        if (QWidget* widget = item->widget()) {
            drop(widget);
        } else if (QLayout* layout = item->layout()) {
            while (layout->count() > 0) {
                QLayoutItem* child = layout->takeAt(0);
                if (child->widget())
                    drop(child->widget());
                delete child;
            }
        }
        delete item;
    }
    m_placeholder->setText(placeholder);
    m_placeholder->setVisible(!placeholder.isEmpty());
}

void DetailPane::addSection(const QString& title)
{
    auto* heading = new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()), m_content);
    heading->setObjectName(u"section"_s);
    heading->setAccessibleName(title);
    if (m_layout->count() > 2)
        heading->setContentsMargins(0, 10, 0, 0);
    m_layout->insertWidget(m_layout->count() - 1, heading);
    heading->show();
    m_shown.append(heading);
    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(3);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->insertLayout(m_layout->count() - 1, m_form);
}

QLabel* DetailPane::value(const QString& text)
{
    auto* label = new QLabel(text, m_content);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void DetailPane::addRow(const QString& label, QWidget* field)
{
    if (!m_form)
        addSection(QString());
    auto* caption = new QLabel(label, m_content);
    caption->setForegroundRole(QPalette::PlaceholderText);
    caption->setBuddy(field);
    m_form->addRow(caption, field);
    // Shown now, not from the layout's queued show: what the pane says is
    // there (and can be followed) as soon as it is filled.
    caption->show();
    field->show();
    m_shown.append(caption);
    for (QLabel* inner : field->findChildren<QLabel*>())
        m_shown.append(inner);
    if (auto* single = qobject_cast<QLabel*>(field))
        m_shown.append(single);
}

void DetailPane::addText(const QString& label, const QString& text)
{
    addRow(label, value(text.isEmpty() ? u"\u2013"_s : text));
}

void DetailPane::addTime(const QString& label, const QString& rfc3339, const QString& none)
{
    const auto at = app::TimeText::parse(rfc3339);
    if (!at) {
        addText(label, none);
        return;
    }
    QLabel* field = value(app::TimeText::both(*at, QDateTime::currentMSecsSinceEpoch()));
    field->setToolTip(rfc3339);
    m_times.append({field, *at});
    addRow(label, field);
}

void DetailPane::refreshTimes()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Time& time : std::as_const(m_times))
        time.label->setText(app::TimeText::both(time.atMs, now));
}

QString DetailPane::shortId(const QString& id)
{
    return id.size() > 9 ? id.left(8) + u'\u2026' : id;
}

void DetailPane::addId(const QString& label, const QString& id)
{
    if (id.isEmpty()) {
        addText(label, QString());
        return;
    }
    auto* field = new QWidget(m_content);
    auto* row = new QHBoxLayout(field);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    QLabel* text = value(shortId(id));
    text->setToolTip(id);
    text->setWordWrap(false);
    auto* copy = new QToolButton(field);
    copy->setIcon(icons::get(u"copy"_s));
    copy->setAutoRaise(true);
    copy->setToolTip(tr("Copy the whole id"));
    // Icon-only: the name is what a screen reader says.
    copy->setAccessibleName(tr("Copy %1").arg(QString(label).remove(u'&')));
    copy->setObjectName(u"copyId"_s);
    connect(copy, &QToolButton::clicked, this, [this, id] {
        QApplication::clipboard()->setText(id);
        emit copied(id);
    });
    row->addWidget(text);
    row->addWidget(copy);
    row->addStretch();
    addRow(label, field);
    text->setAccessibleName(id);
}

void DetailPane::addLink(const QString& label, const QString& text, const QUrl& target)
{
    if (text.isEmpty()) {
        addText(label, QString());
        return;
    }
    auto* link = new QLabel(m_content);
    link->setTextFormat(Qt::RichText);
    link->setText(u"<a href=\"%1\">%2</a>"_s.arg(
            target.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped()));
    link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    link->setFocusPolicy(Qt::StrongFocus);
    link->setAccessibleName(tr("%1: %2").arg(QString(label).remove(u'&'), text));
    link->setToolTip(tr("Show %1").arg(text));
    link->setObjectName(u"link"_s);
    connect(link, &QLabel::linkActivated, this,
            [this](const QString& href) { emit linkActivated(QUrl(href)); });
    addRow(label, link);
}

void DetailPane::addWidget(const QString& label, QWidget* widget)
{
    widget->setParent(m_content);
    addRow(label, widget);
}

QString DetailPane::text() const
{
    QStringList lines;
    if (!m_placeholder->isHidden())
        lines.append(m_placeholder->text());
    for (const QPointer<QLabel>& label : m_shown) {
        if (!label)
            continue;
        QString line = label->text();
        if (label->textFormat() != Qt::PlainText && Qt::mightBeRichText(line))
            line = QTextDocumentFragment::fromHtml(line).toPlainText();
        lines.append(line);
    }
    return lines.join(u'\n');
}

QUrl DetailPane::link(const QString& page, const QString& key, const QString& value,
                      const QString& text)
{
    QUrl url;
    url.setScheme(u"clm"_s);
    url.setPath(u"/"_s + page);
    QUrlQuery query;
    query.addQueryItem(key, value);
    if (!text.isEmpty())
        query.addQueryItem(u"text"_s, text);
    url.setQuery(query);
    return url;
}

} // namespace clm::ui
