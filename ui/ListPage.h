#pragma once

#include "app/PagedModel.h"
#include "ui/FormDialog.h"
#include "ui/Page.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

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
class QSplitter;
class QStyleOptionViewItem;
class QTableView;
class QTimer;
class QToolBar;

namespace clm::app {
class ApiClient;
class Resource;
class ListExporter;
} // namespace clm::app

namespace clm::ui {

class DetailPane;

// The machinery every list page shares: a search field, a bar of filters,
// a sortable table that pages in as it scrolls, a detail pane for the
// selected row, a toolbar with the same actions in the context menu, and
// CSV export of the whole filtered list. The pages of ui/pages/ say what
// their resource shows and does; a plain ListPage shows every field.
class ListPage : public Page
{
    Q_OBJECT
public:
    ListPage(app::ApiClient* api, const QString& title, const QString& endpoint,
             QList<app::PagedModel::Column> columns, QWidget* parent = nullptr);
    ~ListPage() override;

    QString title() const override { return m_title; }
    QString iconName() const override { return m_icon; }
    void setIconName(const QString& icon) { m_icon = icon; }
    // Reloads the list; lookup filters reload their items too.
    void reload() override;
    void open(const QUrlQuery& query) override;

    app::PagedModel* model() const { return m_model; }
    // The actions on the page's collection (create, edit, remove).
    app::Resource* resource() const { return m_resource; }
    app::ApiClient* api() const { return m_api; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    DetailPane* details() const { return m_details; }
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
    // Selects the row of this id, reading it from the server when it is not
    // loaded; false (at once or later) when there is none.
    void selectId(const QString& id);

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
    // Sets a choice or lookup filter as if the user had picked `value`
    // (shown as `text` until the lookup's items are in).
    void setFilterValue(const QString& key, const QString& value, const QString& text = {});
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

    // Paints rows differently (a stale device): `style` adjusts a cell's
    // option for its row's item.
    void setRowStyle(std::function<void(QStyleOptionViewItem&, const QJsonObject&)> style);

protected:
    void showEvent(QShowEvent* event) override;
    // Fills the pane for the selected item; by default every field with
    // its translated label.
    virtual void describe(const QJsonObject& item, DetailPane* pane);
    // The selection changed (or the selected item did): the detail side
    // shows `item` (empty: nothing selected).
    virtual void showItem(const QJsonObject& item);
    // Replaces the detail pane beside the table (the license view).
    void setDetailWidget(QWidget* widget);
    // Called every few seconds while shown: times move on.
    virtual void tick();
    // Deactivates, disables, revokes or releases `item`; a refusal is shown
    // as `failure` ("Could not ...: %1" with the reason).
    void removeItem(const QJsonObject& item, const QString& failure);
    // Makes `item` active again (a license or user reactivated, a device
    // re-enabled); a refusal is shown as `failure` with the reason.
    void reactivateItem(const QJsonObject& item, const QString& failure);
    // A form that creates an item of the collection; the new item shows at
    // the top and `created` (if any) gets the server's answer.
    FormDialog* createItem(const QString& title, const QString& objectName,
                           QList<FormDialog::Field> fields,
                           std::function<void(const QJsonObject&)> created = {});
    // An edit of `item` that saves with If-Match and offers reload or
    // overwrite when someone else saved first; the list shows the result.
    FormDialog* editItem(const QString& title, const QString& objectName, const QJsonObject& item,
                         QList<FormDialog::Field> fields);
    // A filter of the page's own (not a server parameter), in the bar.
    void addFilterWidget(const QString& label, QWidget* widget);
    void copyText(const QString& text);
    // "Copied to the clipboard." in the status bar (copyText says it too).
    void sayCopied();
    // Shows `secret` once (a SecretDialog named `objectName`); its copy
    // button reports in the status bar as copyText() does.
    void showSecretOnce(const QString& objectName, const QString& title, const QString& explanation,
                        const QString& secret);

private:
    struct Lookup;

    void showDetails();
    void updateActions();
    void addFilter(const QString& label, const QList<QWidget*>& widgets);
    void loadLookup(Lookup* lookup);
    void fillLookup(Lookup* lookup);
    void commitLookupText(Lookup* lookup);
    void exportCsv();
    void exportTo(const QString& path);

    app::ApiClient* m_api;
    QString m_title;
    QString m_icon;
    app::PagedModel* m_model;
    app::Resource* m_resource;
    QTableView* m_view;
    QLineEdit* m_search;
    QToolBar* m_toolBar;
    QSplitter* m_splitter;
    DetailPane* m_details;
    QLabel* m_count;
    QString m_keptSelection;
    QString m_pendingSelection; // a revealed id, selected when it arrives
    bool m_sized = false;
    QLabel* m_status;
    QTimer* m_searchDelay;
    QWidget* m_filterBar;
    QHBoxLayout* m_filterLayout;
    QList<QWidget*> m_filterFocus; // in tab order
    QHash<QString, QComboBox*> m_filterCombos;
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
