#pragma once

#include "app/PagedModel.h"

#include <QList>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolBar;

namespace clm::app {
class ApiClient;
}

namespace clm::ui {

// A page of one list resource: a search field, a sortable table that pages
// in as it scrolls, a detail pane for the selected row, a toolbar and the
// same actions in the context menu.
class ListPage : public QWidget
{
    Q_OBJECT
public:
    ListPage(app::ApiClient* api, const QString& title, const QString& endpoint,
             QList<app::PagedModel::Column> columns, QWidget* parent = nullptr);

    app::PagedModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QString title() const { return m_title; }

    // An action for the toolbar and context menu; `needsSelection` disables
    // it without a selected row.
    QAction* addAction(const QIcon& icon, const QString& text,
                       std::function<void(const QJsonObject& item)> handler,
                       bool needsSelection = true);
    QJsonObject selectedItem() const;
    void reload();

private:
    void showDetails();
    void updateActions();

    QString m_title;
    app::PagedModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QToolBar* m_toolBar;
    QTextBrowser* m_details;
    QLabel* m_count;
    QTimer* m_searchDelay;
    QList<std::pair<QAction*, bool>> m_actions;
};

} // namespace clm::ui
