#include "ui/ListPage.h"

#include "app/EditSession.h"
#include "app/ListExporter.h"
#include "app/ListWalker.h"
#include "app/Resource.h"
#include "core/Time.h"
#include "ui/DetailPane.h"
#include "ui/ExportFile.h"
#include "ui/FieldNames.h"
#include "ui/Icons.h"
#include "ui/Prompt.h"
#include "ui/SecretDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clm::ui {

namespace {

// Enough for any organization's licenses, users or machines to pick from;
// beyond it, the first ones by creation stay reachable.
constexpr int kLookupMaxPages = 20;

// Loads its items when the user opens or enters it, not before.
class LookupCombo : public QComboBox
{
public:
    using QComboBox::QComboBox;
    std::function<void()> onUse;

    void showPopup() override
    {
        if (onUse)
            onUse();
        QComboBox::showPopup();
    }

protected:
    void focusInEvent(QFocusEvent* event) override
    {
        if (onUse)
            onUse();
        QComboBox::focusInEvent(event);
    }
};

// Lets a page paint a row after its item (a stale device).
class RowStyleDelegate : public QStyledItemDelegate
{
public:
    RowStyleDelegate(std::function<void(QStyleOptionViewItem&, const QJsonObject&)> style,
                     QObject* parent)
        : QStyledItemDelegate(parent)
        , m_style(std::move(style))
    {}

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        m_style(*option, index.data(app::PagedModel::kItemRole).toJsonObject());
    }

private:
    std::function<void(QStyleOptionViewItem&, const QJsonObject&)> m_style;
};

QString startOfDay(QDate day)
{
    return day.startOfDay().toUTC().toString(Qt::ISODateWithMs);
}

QString endOfDay(QDate day)
{
    // The server's bound is inclusive, and times carry milliseconds.
    return day.addDays(1).startOfDay().addMSecs(-1).toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

struct ListPage::Lookup
{
    QString key;
    QString endpoint;
    QString textField;
    QString valueField;
    LookupCombo* combo = nullptr;
    app::ListWalker* walker = nullptr;
    enum class State
    {
        Stale,
        Loading,
        Loaded
    } state = State::Stale;
    QList<std::pair<QString, QString>> items; // (text, value) while loading
    QString pendingText;                      // typed while loading; matched once the items are in
};

ListPage::ListPage(app::ApiClient* api, const QString& title, const QString& endpoint,
                   QList<app::PagedModel::Column> columns, QWidget* parent)
    : Page(parent)
    , m_api(api)
    , m_title(title)
    , m_model(new app::PagedModel(api, endpoint, std::move(columns), this))
    , m_resource(new app::Resource(api, endpoint, this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_toolBar(new QToolBar(this))
    , m_splitter(new QSplitter(this))
    , m_details(new DetailPane(this))
    , m_count(new QLabel(this))
    , m_status(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_filterBar(new QWidget(this))
    , m_filterLayout(new QHBoxLayout(m_filterBar))
{
    m_search->setPlaceholderText(tr("Search %1").arg(title));
    m_search->setAccessibleName(tr("Search %1").arg(title));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("search"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_search->text().trimmed()); });

    m_view->setModel(m_model);
    m_view->setAccessibleName(title);
    // No sort until the user asks: the server's default order (newest
    // first) stands, and not every column can be ordered by the server.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false); // Tab leaves the table for the details
    m_view->verticalHeader()->hide();
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setObjectName(QStringLiteral("table"));
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (m_actions.isEmpty())
            return;
        auto* menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (const Action& entry : std::as_const(m_actions))
            menu->addAction(entry.action);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        updateActions();
    });
    // A reload keeps the selected item selected when it is still there.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptSelection = selectedItem().value(QLatin1String("id")).toString(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_keptSelection);
        if (row >= 0)
            m_view->selectRow(row);
        if (!m_sized && m_model->rowCount() > 0) {
            m_sized = true;
            m_view->resizeColumnsToContents();
        }
        showDetails();
        updateActions();
    });
    // An edit or a live event changed the selected item in place.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight,
                   const QList<int>& roles) {
                const QModelIndexList rows = m_view->selectionModel()->selectedRows();
                if (rows.isEmpty() || (!roles.isEmpty() && !roles.contains(Qt::EditRole) &&
                                       !roles.contains(app::PagedModel::kItemRole)))
                    return;
                const int row = rows.first().row();
                if (row >= topLeft.row() && row <= bottomRight.row()) {
                    showDetails();
                    updateActions();
                }
            });
    connect(m_model, &app::PagedModel::revealed, this, [this](const QString& id, int row) {
        if (id != m_pendingSelection)
            return;
        m_pendingSelection.clear();
        if (row >= 0) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
        } else {
            emit statusMessage(tr("That item is no longer there."), 5000);
        }
    });
    // Times such as "12 s ago" move on while the page is open.
    auto* clock = new QTimer(this);
    clock->setInterval(5000);
    connect(clock, &QTimer::timeout, this, [this] {
        if (isVisible())
            tick();
    });
    clock->start();
    connect(m_model, &app::PagedModel::loaded, this, [this] {
        m_count->setText(tr("%1 of %2 shown").arg(m_model->rowCount()).arg(m_model->totalCount()));
    });

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_details->setMinimumWidth(260);
    m_details->setObjectName(QStringLiteral("details"));
    connect(m_details, &DetailPane::linkActivated, this, &Page::linkActivated);
    connect(m_details, &DetailPane::copied, this, &ListPage::sayCopied);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // The list's size hint is wide; left to it, the detail pane (a license's
    // holders and chart) got a quarter of the width and cut its chart's
    // labels. Start at 3:2, the weights of these sizes.
    m_splitter->setSizes({600, 400});
    m_splitter->setChildrenCollapsible(false);

    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    m_filterLayout->setContentsMargins(0, 0, 0, 0);
    m_filterLayout->setSpacing(6);
    m_filterLayout->addStretch();
    m_filterBar->hide();

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_status);
    top->addSpacing(12);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_search);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    showDetails();
}

ListPage::~ListPage()
{
    // ~QWidget closes the window after this destructor, which takes the
    // focus from a lookup filter's line edit: its editingFinished would then
    // reach commitLookupText with a Lookup that m_lookups has freed.
    for (const auto& lookup : m_lookups)
        disconnect(lookup->combo->lineEdit(), nullptr, this, nullptr);
}

void ListPage::setSearchVisible(bool visible)
{
    m_search->setVisible(visible);
}

void ListPage::setDetailWidget(QWidget* widget)
{
    // replaceWidget() gives the old pane no parent: keep it as this page's
    // hidden child, so that it is deleted with the page (ASan found it leak).
    m_splitter->replaceWidget(1, widget);
    m_details->setParent(this);
    m_details->hide();
}

void ListPage::setRowStyle(std::function<void(QStyleOptionViewItem&, const QJsonObject&)> style)
{
    m_view->setItemDelegate(new RowStyleDelegate(std::move(style), m_view));
}

QAction* ListPage::addAction(const QIcon& icon, const QString& text,
                             std::function<void(const QJsonObject&)> handler, bool needsSelection,
                             std::function<bool(const QJsonObject&)> appliesTo)
{
    auto* action = new QAction(icon, text, this);
    connect(action, &QAction::triggered, this, [this, handler] { handler(selectedItem()); });
    m_toolBar->addAction(action);
    // Reachable with Tab like every other control (tool bars skip them).
    if (QWidget* button = m_toolBar->widgetForAction(action))
        button->setFocusPolicy(Qt::TabFocus);
    m_actions.append({action, needsSelection, std::move(appliesTo)});
    updateActions();
    return action;
}

QJsonObject ListPage::selectedItem() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QJsonObject() : m_model->item(rows.first().row());
}

void ListPage::selectId(const QString& id)
{
    m_pendingSelection = id;
    m_model->reveal(id);
}

void ListPage::open(const QUrlQuery& query)
{
    const QString id = query.queryItemValue(u"id"_s, QUrl::FullyDecoded);
    const QString text = query.queryItemValue(u"text"_s, QUrl::FullyDecoded);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != "id"_L1 && key != "text"_L1)
            setFilterValue(key, value, text);
    }
    if (!id.isEmpty()) {
        // Whatever the search hid, the row shows.
        m_search->clear();
        selectId(id);
    }
}

void ListPage::reload()
{
    m_model->reload();
    // Items of lookups may have come or gone (a new license, a device).
    for (const auto& lookup : m_lookups) {
        if (lookup->state == Lookup::State::Loaded)
            lookup->state = Lookup::State::Stale;
        if (isVisible())
            loadLookup(lookup.get());
    }
}

void ListPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    for (const auto& lookup : m_lookups)
        loadLookup(lookup.get());
}

void ListPage::tick()
{
    m_model->refreshDisplay();
    m_details->refreshTimes();
}

void ListPage::updateActions()
{
    const QJsonObject item = selectedItem();
    for (const Action& entry : std::as_const(m_actions)) {
        const bool applies = !entry.needsSelection ||
                             (!item.isEmpty() && (!entry.appliesTo || entry.appliesTo(item)));
        entry.action->setEnabled(applies && !(entry.action == m_exportAction && m_exporter));
    }
}

void ListPage::showDetails()
{
    showItem(selectedItem());
}

void ListPage::showItem(const QJsonObject& item)
{
    if (item.isEmpty()) {
        m_details->clear(tr("Select a row to see its details."));
        return;
    }
    m_details->clear();
    describe(item, m_details);
}

void ListPage::describe(const QJsonObject& item, DetailPane* pane)
{
    // Field names as translated labels ("max_concurrent_seats" reads "Seats"),
    // times in local time, booleans as yes/no.
    for (auto it = item.begin(); it != item.end(); ++it) {
        const QString name = fields::label(it.key());
        const QJsonValue field = it.value();
        if (it.key() == "id"_L1 || it.key().endsWith("_id"_L1)) {
            pane->addId(name, field.toString());
            continue;
        }
        if (field.isString() && (it.key().endsWith("_at"_L1) || it.key().endsWith("_until"_L1) ||
                                 it.key() == "at"_L1)) {
            pane->addTime(name, field.toString());
            continue;
        }
        pane->addText(name, fields::valueText(it.key(), field));
    }
}

void ListPage::removeItem(const QJsonObject& item, const QString& failure)
{
    const QString id = item.value("id"_L1).toString();
    m_resource->remove(id, this, [this, failure](const app::Outcome& outcome) {
        // Refused (the last owner, say) or not sent: say so, without
        // blocking the window. Either way the list shows the new state:
        // ended sessions leave the active ones, the rest stay listed as
        // inactive or revoked.
        if (!outcome.isSaved())
            Prompt::warn(this, u"actionError"_s, tr("Not done"),
                         QString(failure).arg(outcome.reason));
        reload();
    });
}

void ListPage::reactivateItem(const QJsonObject& item, const QString& failure)
{
    m_resource->reactivate(item.value("id"_L1).toString(), this,
                           [this, failure](const app::Outcome& outcome) {
                               if (!outcome.isSaved())
                                   Prompt::warn(this, u"actionError"_s, tr("Not done"),
                                                QString(failure).arg(outcome.reason));
                               reload();
                           });
}

FormDialog* ListPage::createItem(const QString& title, const QString& objectName,
                                 QList<FormDialog::Field> fields,
                                 std::function<void(const QJsonObject&)> created)
{
    auto* dialog = new FormDialog(
            title, std::move(fields),
            [this](const QJsonObject& body, FormDialog::Done done) {
                m_resource->create(body, this, std::move(done));
            },
            this);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::saved, this, [this, created](const QJsonObject& item) {
        m_model->upsert(item);
        if (created)
            created(item);
    });
    dialog->open();
    return dialog;
}

FormDialog* ListPage::editItem(const QString& title, const QString& objectName,
                               const QJsonObject& item, QList<FormDialog::Field> fields)
{
    for (FormDialog::Field& field : fields) {
        if (item.contains(field.key))
            field.initial = item.value(field.key);
    }
    app::EditSession* edit = m_resource->edit(item, nullptr);
    auto* dialog = new FormDialog(
            title, std::move(fields),
            [edit](const QJsonObject& body, FormDialog::Done done) {
                edit->save(body, std::move(done));
            },
            this);
    edit->setParent(dialog); // the edit lives as long as its dialog
    dialog->setConflictHandling({[edit](FormDialog::Done done) { edit->reload(std::move(done)); },
                                 [edit](const QJsonObject& body, FormDialog::Done done) {
                                     edit->overwrite(body, std::move(done));
                                 }});
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::saved, this,
            [this](const QJsonObject& saved) { m_model->upsert(saved); });
    dialog->open();
    return dialog;
}

void ListPage::addFilterWidget(const QString& label, QWidget* widget)
{
    widget->setParent(m_filterBar);
    addFilter(label, {widget});
}

void ListPage::copyText(const QString& text)
{
    QApplication::clipboard()->setText(text);
    sayCopied();
}

void ListPage::sayCopied()
{
    emit statusMessage(tr("Copied to the clipboard."), 3000);
}

void ListPage::showSecretOnce(const QString& objectName, const QString& title,
                              const QString& explanation, const QString& secret)
{
    auto* shown = new SecretDialog(title, explanation, secret, this);
    shown->setObjectName(objectName);
    shown->setAttribute(Qt::WA_DeleteOnClose);
    connect(shown, &SecretDialog::copied, this, &ListPage::sayCopied);
    shown->open();
}

void ListPage::addFilter(const QString& label, const QList<QWidget*>& widgets)
{
    auto* caption = new QLabel(label, m_filterBar);
    caption->setBuddy(widgets.first());
    // Before the stretch that keeps the filters to the left.
    int at = m_filterLayout->count() - 1;
    if (at > 0)
        m_filterLayout->insertSpacing(at++, 12);
    m_filterLayout->insertWidget(at++, caption);
    for (QWidget* widget : widgets)
        m_filterLayout->insertWidget(at++, widget);
    m_filterBar->show();

    // Tab order follows the layout: search, filters, table.
    m_filterFocus += widgets;
    QWidget* previous = m_search;
    for (QWidget* widget : std::as_const(m_filterFocus)) {
        setTabOrder(previous, widget);
        previous = widget;
    }
    setTabOrder(previous, m_view);
}

QComboBox* ListPage::addChoiceFilter(const QString& key, const QString& label,
                                     const QList<std::pair<QString, QString>>& choices)
{
    auto* combo = new QComboBox(m_filterBar);
    combo->setObjectName(u"filter_"_s + key);
    combo->addItem(tr("Any"), QString());
    for (const auto& [value, text] : choices)
        combo->addItem(text, value);
    combo->setCurrentIndex(std::max(0, combo->findData(m_model->filter(key))));
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, key](int index) {
        m_model->setFilter(key, combo->itemData(index).toString());
    });
    m_filterCombos.insert(key, combo);
    addFilter(label, {combo});
    return combo;
}

QComboBox* ListPage::addLookupFilter(const QString& key, const QString& label,
                                     const QString& endpoint, const QString& textField,
                                     const QString& valueField)
{
    auto lookup = std::make_unique<Lookup>();
    Lookup* l = lookup.get();
    l->key = key;
    l->endpoint = endpoint;
    l->textField = textField;
    l->valueField = valueField;
    l->combo = new LookupCombo(m_filterBar);
    l->walker = new app::ListWalker(m_api, this);
    l->walker->setMaxPages(kLookupMaxPages);
    m_lookups.push_back(std::move(lookup));

    connect(l->walker, &app::ListWalker::pageLoaded, this, [l](const QList<QJsonObject>& items) {
        for (const QJsonObject& item : items) {
            const QJsonValue id = item.value(l->valueField);
            l->items.append({item.value(l->textField).toString(),
                             id.isString() ? id.toString() : id.toVariant().toString()});
        }
    });
    connect(l->walker, &app::ListWalker::finished, this, [this, l] { fillLookup(l); });
    connect(l->walker, &app::ListWalker::failed, this, [l](const QString& message) {
        // Tried again when the combo is next opened.
        l->state = Lookup::State::Stale;
        l->combo->setToolTip(tr("Could not load the choices: %1").arg(message));
    });

    LookupCombo* combo = l->combo;
    combo->setObjectName(u"filter_"_s + key);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMaxVisibleItems(20);
    // Long names must not push the other filters off the bar.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->addItem(tr("Any"), QString());
    combo->onUse = [this, l] {
        loadLookup(l);
    };
    connect(combo, &QComboBox::currentIndexChanged, this, [this, l](int index) {
        if (index >= 0)
            m_model->setFilter(l->key, l->combo->itemData(index).toString());
    });
    connect(combo->lineEdit(), &QLineEdit::editingFinished, this,
            [this, l] { commitLookupText(l); });
    m_filterCombos.insert(key, combo);
    addFilter(label, {combo});
    if (isVisible())
        loadLookup(l);
    return combo;
}

void ListPage::setFilterValue(const QString& key, const QString& value, const QString& text)
{
    QComboBox* combo = m_filterCombos.value(key);
    if (!combo) {
        m_model->setFilter(key, value);
        return;
    }
    int index = combo->findData(value);
    if (index < 0) {
        // A lookup whose items are not in yet: the item joins until they are.
        combo->addItem(text.isEmpty() ? value : text, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
    m_model->setFilter(key, value);
}

void ListPage::loadLookup(Lookup* lookup)
{
    if (lookup->state != Lookup::State::Stale)
        return;
    lookup->state = Lookup::State::Loading;
    lookup->items.clear();
    lookup->walker->start(lookup->endpoint);
}

void ListPage::fillLookup(Lookup* lookup)
{
    LookupCombo* combo = lookup->combo;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(lookup->items.begin(), lookup->items.end(),
              [&](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });

    // What the user is typing stays where it is.
    const bool typing = combo->lineEdit()->hasFocus() &&
                        combo->lineEdit()->text() != combo->itemText(combo->currentIndex());
    const QString typed = combo->lineEdit()->text();
    const int cursor = combo->lineEdit()->cursorPosition();
    const QString current = m_model->filter(lookup->key);
    const QString currentText = combo->itemText(combo->currentIndex());
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("Any"), QString());
        for (const auto& [text, value] : std::as_const(lookup->items))
            combo->addItem(text, value);
        int index = combo->findData(current);
        if (index < 0 && !current.isEmpty()) {
            // Filtered by an item that is gone (or beyond the loaded ones).
            combo->addItem(currentText.isEmpty() ? current : currentText, current);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(0, index));
    }
    lookup->items.clear();
    lookup->items.squeeze();
    lookup->state = Lookup::State::Loaded;
    combo->setToolTip(QString());
    if (!lookup->pendingText.isEmpty()) {
        combo->lineEdit()->setText(std::exchange(lookup->pendingText, QString()));
        commitLookupText(lookup);
    } else if (typing) {
        combo->lineEdit()->setText(typed);
        combo->lineEdit()->setCursorPosition(cursor);
    }
}

void ListPage::commitLookupText(Lookup* lookup)
{
    LookupCombo* combo = lookup->combo;
    const QString text = combo->lineEdit()->text().trimmed();
    if (lookup->state != Lookup::State::Loaded && !text.isEmpty() &&
        text != combo->itemText(combo->currentIndex())) {
        // Kept until the items are in, then matched.
        lookup->pendingText = text;
        loadLookup(lookup);
        return;
    }
    int index = text.isEmpty() ? 0 : combo->findText(text, Qt::MatchFixedString);
    if (index < 0) {
        // A part of one item's text is enough.
        for (int i = 1; i < combo->count(); ++i) {
            if (!combo->itemText(i).contains(text, Qt::CaseInsensitive))
                continue;
            if (index >= 0) {
                index = -1; // more than one: the user has to choose
                break;
            }
            index = i;
        }
    }
    if (index >= 0)
        combo->setCurrentIndex(index);
    // A text that names no item shows the filter in force again.
    combo->lineEdit()->setText(combo->itemText(combo->currentIndex()));
}

void ListPage::addDateRangeFilter(const QString& fromKey, const QString& toKey,
                                  const QString& label)
{
    auto makeBound = [this](const QString& key, const QString& text, const QString& accessible) {
        auto* enabled = new QCheckBox(text, m_filterBar);
        enabled->setObjectName(u"filter_"_s + key + u"_enabled"_s);
        auto* date = new QDateEdit(QDate::currentDate(), m_filterBar);
        date->setObjectName(u"filter_"_s + key);
        date->setCalendarPopup(true);
        date->setAccessibleName(accessible);
        const auto at = time::parseRfc3339(m_model->filter(key));
        enabled->setChecked(at.has_value());
        if (at)
            date->setDate(QDateTime::fromMSecsSinceEpoch(*at).date());
        date->setEnabled(enabled->isChecked());
        return std::pair{enabled, date};
    };
    const auto [fromEnabled, fromDate] = makeBound(fromKey, tr("from"), tr("First day"));
    const auto [toEnabled, toDate] = makeBound(toKey, tr("to"), tr("Last day"));
    auto apply = [this, fromKey, toKey, fromEnabled, fromDate, toEnabled, toDate] {
        fromDate->setEnabled(fromEnabled->isChecked());
        toDate->setEnabled(toEnabled->isChecked());
        m_model->setFilter(fromKey,
                           fromEnabled->isChecked() ? startOfDay(fromDate->date()) : QString());
        m_model->setFilter(toKey, toEnabled->isChecked() ? endOfDay(toDate->date()) : QString());
    };
    for (QCheckBox* box : {fromEnabled, toEnabled})
        connect(box, &QCheckBox::toggled, this, apply);
    for (QDateEdit* date : {fromDate, toDate})
        connect(date, &QDateEdit::dateChanged, this, apply);
    addFilter(label, {fromEnabled, fromDate, toEnabled, toDate});
}

QAction* ListPage::enableExport(const QStringList& fields)
{
    m_exportFields = fields;
    if (m_exportAction)
        return m_exportAction;
    m_exportAction = addAction(
            icons::get(u"export"_s), tr("&Export CSV..."),
            [this](const QJsonObject&) { exportCsv(); }, false);
    m_exportAction->setObjectName(u"exportCsv"_s);
    return m_exportAction;
}

void ListPage::exportCsv()
{
    if (m_exporter)
        return;
    if (s_nextExportPath) {
        const QString path = *std::exchange(s_nextExportPath, std::nullopt);
        if (!path.isEmpty())
            exportTo(path);
        return;
    }
    QFileDialog* dialog = chooseExportFile(this, tr("Export %1").arg(m_title), m_title, u"csv"_s,
                                           tr("CSV files (*.csv);;All files (*)"),
                                           [this](const QString& path) { exportTo(path); });
    dialog->setObjectName(u"exportFileDialog"_s);
}

void ListPage::exportTo(const QString& path)
{
    auto* exporter = new app::ListExporter(m_api, this);
    m_exporter = exporter;
    auto* progress =
            new QProgressDialog(tr("Exporting %1...").arg(m_title), tr("Cancel"), 0, 0, this);
    progress->setObjectName(u"exportProgress"_s);
    progress->setWindowTitle(tr("Export CSV"));
    progress->setWindowModality(Qt::WindowModal);
    // Short exports finish before the dialog would flash up.
    progress->setMinimumDuration(500);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    connect(exporter, &app::ListExporter::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
        progress->setLabelText(tr("Exported %1 of %2 rows...").arg(done).arg(total));
    });
    connect(progress, &QProgressDialog::canceled, exporter, &app::ListExporter::cancel);
    connect(exporter, &app::ListExporter::finished, this,
            [this, exporter, progress](bool ok, const QString& error) {
                progress->hide();
                progress->deleteLater();
                exporter->deleteLater();
                m_exporter = nullptr;
                updateActions();
                m_status->setToolTip(QDir::toNativeSeparators(exporter->path()));
                if (ok) {
                    m_status->setText(tr("Exported to %1 (rows: %2)")
                                              .arg(QFileInfo(exporter->path()).fileName())
                                              .arg(exporter->rowsWritten()));
                    return;
                }
                if (exporter->wasCancelled()) {
                    m_status->setText(tr("Export cancelled; no file was written."));
                    return;
                }
                // The page and what the user set up stay as they are.
                m_status->setText(tr("Export failed."));
                Prompt::warn(this, u"exportError"_s, tr("Export failed"),
                             tr("The list was not exported. %1").arg(error));
            });
    m_status->setText(tr("Exporting..."));
    updateActions();
    exporter->start(m_model, m_exportFields, path);
}

} // namespace clm::ui
