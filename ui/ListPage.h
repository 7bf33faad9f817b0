#pragma once

#include "app/PagedModel.h"

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolBar;

namespace clm::app {
class ApiClient;
class Resource;
class ListExporter;
} // namespace clm::app

namespace clm::ui {

// A page of one list resource: a search field, a bar of filters, a sortable
// table that pages in as it scrolls, a detail pane for the selected row, a
// toolbar and the same actions in the context menu, and CSV export of the
// whole filtered list.
class ListPage : public QWidget
{
    Q_OBJECT
public:
    ListPage(app::ApiClient* api, const QString& title, const QString& endpoint,
             QList<app::PagedModel::Column> columns, QWidget* parent = nullptr);
    ~ListPage() override;

    app::PagedModel* model() const { return m_model; }
    // The actions on the page's collection (create, edit, remove).
    app::Resource* resource() const { return m_resource; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QString title() const { return m_title; }
    // For endpoints that do not search: a field that changes nothing misleads.
    void setSearchVisible(bool visible);

    // An action for the toolbar and context menu; `needsSelection` disables
    // it without a selected row, `appliesTo` (if given) for a selected row it
    // does not apply to (re-enabling an active device).
    QAction* addAction(const QIcon& icon, const QString& text,
                       std::function<void(const QJsonObject& item)> handler,
                       bool needsSelection = true,
                       std::function<bool(const QJsonObject& item)> appliesTo = {});
    QJsonObject selectedItem() const;
    // Reloads the list; lookup filters reload their items too.
    void reload();

    // Filters live in a bar above the table, shown once the first is added.
    // A change sets the model's filter `key` (PagedModel::setFilter), and
    // the widgets start at the model's current value of it. `label` is the
    // buddy label's text (with a mnemonic). Widgets are named "filter_<key>".

    // A fixed list of (value, text); an "Any" entry (no filter) comes first.
    QComboBox* addChoiceFilter(const QString& key, const QString& label,
                               const QList<std::pair<QString, QString>>& choices);
    // The items of another list endpoint: `textField` shown, `valueField`
    // sent. Loaded when the page is first shown or the combo is opened or
    // focused; typing completes on any part of the text.
    QComboBox* addLookupFilter(const QString& key, const QString& label, const QString& endpoint,
                               const QString& textField,
                               const QString& valueField = QStringLiteral("id"));
    // Two optional days: `fromKey` gets the local midnight that starts the
    // first, `toKey` the last millisecond of the second (RFC 3339, UTC).
    void addDateRangeFilter(const QString& fromKey, const QString& toKey, const QString& label);
    QWidget* filterBar() const { return m_filterBar; }

    // Adds "Export CSV..." to the toolbar: every row that the search,
    // ordering and filters select, with `fields` as columns, into a file
    // the user picks; progress in a dialog that can cancel.
    QAction* enableExport(const QStringList& fields);
    // The file the next export writes to instead of asking (tests); an empty
    // path is a cancelled file dialog.
    static void setNextExportPath(const QString& path) { s_nextExportPath = path; }
    // The last export's outcome, or an error.
    QLabel* statusLabel() const { return m_status; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Lookup;

    void showDetails();
    void updateActions();
    void addFilter(const QString& label, const QList<QWidget*>& widgets);
    void loadLookup(Lookup* lookup);
    void fetchLookupPage(Lookup* lookup, int page);
    void fillLookup(Lookup* lookup);
    void commitLookupText(Lookup* lookup);
    void exportCsv();
    QString askExportPath();

    app::ApiClient* m_api;
    QString m_title;
    app::PagedModel* m_model;
    app::Resource* m_resource;
    QTableView* m_view;
    QLineEdit* m_search;
    QToolBar* m_toolBar;
    QTextBrowser* m_details;
    QLabel* m_count;
    QString m_keptSelection;
    bool m_sized = false;
    QLabel* m_status;
    QTimer* m_searchDelay;
    QWidget* m_filterBar;
    QHBoxLayout* m_filterLayout;
    QList<QWidget*> m_filterFocus; // in tab order
    struct Action
    {
        QAction* action;
        bool needsSelection;
        std::function<bool(const QJsonObject&)> appliesTo;
    };
    QList<Action> m_actions;
    std::vector<std::unique_ptr<Lookup>> m_lookups;
    QAction* m_exportAction = nullptr;
    QStringList m_exportFields;
    QPointer<app::ListExporter> m_exporter;

    static inline std::optional<QString> s_nextExportPath;
};

} // namespace clm::ui
