#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <functional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace clm::app {
struct Outcome;
}

namespace clm::ui {

// A dialog of typed fields that submits once per Save and acts on the
// outcome (app::Outcome): saved closes it, invalid puts each reason next
// to the field it names, refused shows the reason, and a conflict (someone
// else saved first) asks whether to reload theirs or overwrite with mine.
// It stays open, with everything typed, on anything but saved. Opened with
// open(), never exec(): saved() carries the result.
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
        List,     // comma-separated strings
        DateTime, // an optional moment, edited in local time, sent as UTC (RFC 3339)
                  // or null; `choiceLabels[0]` names its check box ("Expires")
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
        QStringList choiceLabels = {}; // shown for `choices` when given
        QString hint = {};             // a line under the editor
    };
    using Done = std::function<void(const app::Outcome&)>;
    using Submit = std::function<void(const QJsonObject& body, Done done)>;
    // What a conflict (someone else saved first) can lead to; see
    // app/EditSession.
    struct ConflictHandling
    {
        std::function<void(Done)> reload;
        std::function<void(const QJsonObject& body, Done)> overwrite;
    };

    FormDialog(const QString& title, QList<Field> fields, Submit submit, QWidget* parent = nullptr);

    // The answer that closed the dialog.
    QJsonObject result() const { return m_result; }
    QWidget* editor(const QString& key) const { return m_editors.value(key); }
    QString fieldError(const QString& key) const;
    QString generalError() const;
    // Puts values into the editors (after a reload).
    void setValues(const QJsonObject& values);
    void setConflictHandling(ConflictHandling handling) { m_conflict = std::move(handling); }
    bool isBusy() const;

signals:
    // The server saved it; `item` is its answer. The dialog then closes.
    void saved(const QJsonObject& item);

private:
    void submit();
    void finish(const app::Outcome& outcome);
    void resolveConflict();
    void setBusy(bool busy);
    void fitContents();
    QJsonObject collect() const;
    void showErrors(const QMap<QString, QString>& fieldErrors, const QString& message);

    QList<Field> m_fields;
    Submit m_submit;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_errors;
    // DateTime fields: their check box, the "in the past" warning, the
    // value they started with, and whether the user changed them.
    struct Moment
    {
        QCheckBox* set = nullptr;
        QLabel* past = nullptr;
        QJsonValue initial;
        bool touched = false;
    };
    QHash<QString, Moment> m_moments;
    void showWhetherPast(const QString& key);
    QLabel* m_general;
    QLabel* m_notice;
    QProgressBar* m_progress;
    QPushButton* m_ok;
    ConflictHandling m_conflict;
    QJsonObject m_result;
};

} // namespace clm::ui
