#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {
class SignInDialog;
}

namespace clm::app {
class ApiClient;
}

namespace clm::ui {

// Server URL, email, password and "keep me signed in". Signs in through
// the ApiClient and stays open, with what was typed, when that fails.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(app::ApiClient* api, QWidget* parent = nullptr);
    ~SignInDialog() override;

    void setServer(const QString& url);
    void setEmail(const QString& email);
    QString server() const;
    QString email() const;
    bool keepSignedIn() const;
    // Shown above the fields (for example: the session ended).
    void setNotice(const QString& text);
    // Fills in the password and signs in as soon as the dialog shows (the
    // demo's automatic sign-in); a failure leaves the dialog open as usual.
    void signInWhenShown(const QString& password);

private:
    void signIn();
    void setBusy(bool busy);

    std::unique_ptr<Ui::SignInDialog> m_form;
    app::ApiClient* m_api;
    QLineEdit* m_server;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QCheckBox* m_keep;
    QLabel* m_notice;
    QLabel* m_error;
    QPushButton* m_signIn;
};

} // namespace clm::ui
