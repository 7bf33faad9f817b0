#pragma once

#include "ui/ListPage.h"

namespace clm::app {
class Resource;
}

namespace clm::ui {

class LicenseView;
class SeatAdviceDialog;

// Licenses: the list with seats and expiry, and beside it the license
// view of the selected one (who holds its seats, refusals, expiry, usage,
// actions in place). Creates, edits, copies the key, deactivates,
// reactivates, advises on the number of seats, and force-releases a
// holder's seat.
class LicensesPage : public ListPage
{
    Q_OBJECT
public:
    explicit LicensesPage(app::ApiClient* api, QWidget* parent = nullptr);

    void handleEvent(const QJsonObject& event) override;
    void reload() override;
    LicenseView* licenseView() const { return m_view; }

    void createLicense();
    void editLicense(const QJsonObject& license);
    void deactivateLicense(const QJsonObject& license);
    void forceRelease(const QJsonObject& session);
    // How many seats the license needs (a dialog with its report).
    SeatAdviceDialog* showAdvice(const QJsonObject& license);

    static QList<FormDialog::Field> licenseFields();

protected:
    void showItem(const QJsonObject& item) override;
    void tick() override;

private:
    LicenseView* m_view;
    app::Resource* m_sessions;
};

} // namespace clm::ui
