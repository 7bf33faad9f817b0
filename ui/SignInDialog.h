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

namespace clm::ui {

// Server URL, email, password and "keep me signed in". A view of
// app::SignInFlow: it says what was typed (submitted()) and shows what the
// flow answers (busy, an error, a notice); it stays open, with what was
// typed, until the window closes it on success.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget* parent = nullptr);
    ~SignInDialog() override;

    void setServer(const QString& url);
    void setEmail(const QString& email);
    // The password given at start (a retry after trusting a certificate).
    void setPassword(const QString& password);
    QString server() const;
    QString email() const;
    bool keepSignedIn() const;
    // Shown above the fields (for example: the session ended).
    void setNotice(const QString& text);
    // Shown under the fields; the password is selected for a new try.
    void setError(const QString& text);
    QString error() const;
    void setBusy(bool busy);

signals:
    void submitted(const QString& server, const QString& email, const QString& password,
                   bool keepSignedIn);

private:
    void submit();

    std::unique_ptr<Ui::SignInDialog> m_form;
    QLineEdit* m_server;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QCheckBox* m_keep;
    QLabel* m_notice;
    QLabel* m_error;
    QPushButton* m_signIn;
};

} // namespace clm::ui
