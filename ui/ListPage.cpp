#include "ui/ListPage.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace clm::ui {

ListPage::ListPage(app::ApiClient* api, const QString& title, const QString& endpoint,
                   QList<app::PagedModel::Column> columns, QWidget* parent)
    : QWidget(parent)
    , m_title(title)
    , m_model(new app::PagedModel(api, endpoint, std::move(columns), this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_toolBar(new QToolBar(this))
    , m_details(new QTextBrowser(this))
    , m_count(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search %1").arg(title.toLower()));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("search"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_search->text().trimmed()); });

    m_view->setModel(m_model);
    // No sort until the user asks: the server's default order (newest
    // first) stands, and not every column can be ordered by the server.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setObjectName(QStringLiteral("table"));
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (m_actions.isEmpty())
            return;
        QMenu menu(this);
        for (const auto& [action, needsSelection] : std::as_const(m_actions))
            menu.addAction(action);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showDetails();
        updateActions();
    });
    connect(m_model, &app::PagedModel::loaded, this, [this] {
        m_count->setText(tr("%1 of %2 shown").arg(m_model->rowCount()).arg(m_model->totalCount()));
    });

    m_details->setMinimumWidth(220);
    m_details->setObjectName(QStringLiteral("details"));
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
}

QAction* ListPage::addAction(const QIcon& icon, const QString& text,
                             std::function<void(const QJsonObject&)> handler, bool needsSelection)
{
    auto* action = new QAction(icon, text, this);
    connect(action, &QAction::triggered, this, [this, handler] { handler(selectedItem()); });
    m_toolBar->addAction(action);
    m_actions.append({action, needsSelection});
    updateActions();
    return action;
}

QJsonObject ListPage::selectedItem() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QJsonObject() : m_model->item(rows.first().row());
}

void ListPage::reload()
{
    m_model->reload();
}

void ListPage::updateActions()
{
    const bool selected = !selectedItem().isEmpty();
    for (const auto& [action, needsSelection] : std::as_const(m_actions))
        action->setEnabled(selected || !needsSelection);
}

void ListPage::showDetails()
{
    const QJsonObject item = selectedItem();
    if (item.isEmpty()) {
        m_details->setHtml(tr("<p><i>Select a row to see its details.</i></p>"));
        return;
    }
    QString html = QStringLiteral("<table cellspacing=4>");
    for (auto it = item.begin(); it != item.end(); ++it) {
        QString value;
        if (it.value().isArray() || it.value().isObject())
            value = QString::fromUtf8(QJsonDocument::fromVariant(it.value().toVariant())
                                              .toJson(QJsonDocument::Compact));
        else if (it.value().isNull())
            value = QStringLiteral("-");
        else
            value = it.value().toVariant().toString();
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(it.key().toHtmlEscaped(), value.toHtmlEscaped());
    }
    m_details->setHtml(html + QStringLiteral("</table>"));
}

} // namespace clm::ui
