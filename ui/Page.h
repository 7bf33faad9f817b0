#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <QWidget>

namespace clm::ui {

// One page of the window (the dashboard, a list of licenses, ...): what
// the shell needs of every page. The shell shows pages, routes live events
// and links to them, and shows their status messages.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    // The icon of resources/icons/ that stands for it in the navigation.
    virtual QString iconName() const = 0;
    virtual void reload() = 0;
    // A live event of the organization (API.md): reload what it changes.
    virtual void handleEvent(const QJsonObject& event) { Q_UNUSED(event) }
    // Live events are down: called at the polling interval instead.
    virtual void pollDue() {}
    // A link from another page (DetailPane::link): "id" selects that row,
    // other items set the filters of those names.
    virtual void open(const QUrlQuery& query) { Q_UNUSED(query) }

signals:
    void statusMessage(const QString& text, int timeoutMs);
    // Follow this link (clm:/<page>?...): the shell shows that page.
    void linkActivated(const QUrl& target);
};

} // namespace clm::ui
