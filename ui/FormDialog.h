#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

class QLabel;
class QPushButton;

namespace clm {
struct RestReply;
}

namespace clm::ui {

// A dialog of typed fields that sends one request and maps the server's
// validation errors (400 validation_failed, details {field: reason}) next
// to the fields they name. It stays open, with everything typed, on any
// error.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Text,
        Password,
        Integer,
        Choice,
        List, // comma-separated strings
    };
    struct Field
    {
        QString key;
        QString label;
        Kind kind = Kind::Text;
        QStringList choices = {};
        QJsonValue initial = {};
        bool optional = false; // left empty: not sent
        int minimum = 0;
        int maximum = 1000000000;
    };
    using Submit = std::function<void(const QJsonObject& body,
                                      std::function<void(const RestReply&)> done)>;

    FormDialog(const QString& title, QList<Field> fields, Submit submit, QWidget* parent = nullptr);

    // The answer that closed the dialog.
    QJsonObject result() const { return m_result; }
    QWidget* editor(const QString& key) const { return m_editors.value(key); }
    QString fieldError(const QString& key) const;

private:
    void submit();
    QJsonObject collect() const;
    void showErrors(const QJsonObject& details, const QString& message);

    QList<Field> m_fields;
    Submit m_submit;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_errors;
    QLabel* m_general;
    QPushButton* m_ok;
    QJsonObject m_result;
};

} // namespace clm::ui
