#pragma once

#include <QList>
#include <QPointer>
#include <QScrollArea>
#include <QString>
#include <QUrl>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace clm::ui {

// The details of one row as people read them: grouped sections with
// translated labels, times as "3 min ago" with the local time beside
// (kept current while it is shown), ids shortened with a button that
// copies the whole id, and links that jump to a related row or list
// (clm:/<page>?id=... or clm:/<page>?<filter>=...). Pages fill it; the
// window follows the links.
class DetailPane : public QScrollArea
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget* parent = nullptr);

    // Empties the pane; `placeholder` (if any) says why.
    void clear(const QString& placeholder = {});
    // Starts a section; the rows after it belong to it.
    void addSection(const QString& title);
    void addText(const QString& label, const QString& text);
    // An RFC 3339 time; `none` is shown when it is empty (never, not yet).
    void addTime(const QString& label, const QString& rfc3339, const QString& none = {});
    // An id, shortened to its first 8 characters, with a copy button.
    void addId(const QString& label, const QString& id);
    // A link to another page's row or list.
    void addLink(const QString& label, const QString& text, const QUrl& target);
    // A row of its own.
    void addWidget(const QString& label, QWidget* widget);

    // What the pane shows, as plain text (labels and values), for tests
    // and the clipboard.
    QString text() const;
    // Redraws the relative times (the page's clock ticks).
    void refreshTimes();

    // A link target: `page` with the query item key=value, and the text a
    // filter box shows for the value until its choices are in.
    static QUrl link(const QString& page, const QString& key, const QString& value,
                     const QString& text = {});
    static QString shortId(const QString& id);

signals:
    void linkActivated(const QUrl& target);
    void copied(const QString& text);

private:
    QLabel* value(const QString& text);
    void addRow(const QString& label, QWidget* field);

    QWidget* m_content;
    QVBoxLayout* m_layout;
    QFormLayout* m_form = nullptr;
    QLabel* m_placeholder;
    struct Time
    {
        QLabel* label;
        qint64 atMs;
    };
    QList<Time> m_times;
    QList<QPointer<QLabel>> m_shown; // the rows' labels, in order
};

} // namespace clm::ui
