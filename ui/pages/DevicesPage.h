#pragma once

#include "ui/ListPage.h"

class QComboBox;

namespace clm::app {
class Settings;
}

namespace clm::ui {

// Enrolled machines: last seen as a relative time, machines not seen for
// the configured number of days highlighted as stale, a filter for stale
// and disabled ones, disable and re-enable; details link to the machine's
// sessions.
class DevicesPage : public ListPage
{
    Q_OBJECT
public:
    enum class Show
    {
        All,
        Stale,
        Disabled,
    };

    DevicesPage(app::ApiClient* api, app::Settings* settings, QWidget* parent = nullptr);

    // The filter of what is listed (the server cannot filter by these, so
    // the page reads every machine and keeps the matching ones).
    void setShow(Show show);
    QComboBox* showFilter() const { return m_show; }
    bool isStale(const QJsonObject& device) const;

protected:
    void describe(const QJsonObject& device, DetailPane* pane) override;

private:
    app::Settings* m_settings;
    QComboBox* m_show;
};

} // namespace clm::ui
