#include "ui/FormDialog.h"

#include "app/Outcome.h"
#include "app/TimeText.h"
#include "ui/Prompt.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clm::ui {

namespace {

QString listText(const QJsonValue& value)
{
    QStringList items;
    for (const QJsonValue& item : value.toArray())
        items.append(item.toString());
    return items.join(u", "_s);
}

} // namespace

FormDialog::FormDialog(const QString& title, QList<Field> fields, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_fields(std::move(fields))
    , m_submit(std::move(submit))
    , m_general(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(title);
    auto* form = new QFormLayout;
    for (const Field& field : std::as_const(m_fields)) {
        QWidget* editor = nullptr;
        switch (field.kind) {
        case Kind::Text:
        case Kind::Password:
        case Kind::List: {
            auto* line = new QLineEdit(this);
            if (field.kind == Kind::Password)
                line->setEchoMode(QLineEdit::Password);
            if (field.kind == Kind::List)
                line->setPlaceholderText(tr("comma-separated"));
            editor = line;
            break;
        }
        case Kind::Integer: {
            auto* spin = new QSpinBox(this);
            spin->setRange(field.minimum, field.maximum);
            spin->setValue(field.minimum);
            // Optional numbers: the minimum means "not set" (no limit).
            if (field.optional)
                spin->setSpecialValueText(tr("no limit"));
            editor = spin;
            break;
        }
        case Kind::Choice: {
            auto* combo = new QComboBox(this);
            for (qsizetype i = 0; i < field.choices.size(); ++i)
                combo->addItem(field.choiceLabels.value(i, field.choices.at(i)),
                               field.choices.at(i));
            editor = combo;
            break;
        }
        case Kind::DateTime: {
            auto* edit = new QDateTimeEdit(this);
            edit->setCalendarPopup(true);
            edit->setTimeSpec(Qt::LocalTime);
            edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
            edit->setDateTime(QDateTime::currentDateTime().addYears(1));
            edit->setEnabled(false);
            Moment moment;
            moment.set = new QCheckBox(field.choiceLabels.value(0, tr("Set")), this);
            moment.set->setObjectName(field.key + u"_set"_s);
            moment.past = new QLabel(tr("This is in the past."), this);
            moment.past->setObjectName(field.key + u"_past"_s);
            moment.past->setStyleSheet(u"color: #b9770e;"_s);
            // Its line is kept when hidden: the form does not jump, and the
            // hint below is never drawn over.
            QSizePolicy keep = moment.past->sizePolicy();
            keep.setRetainSizeWhenHidden(true);
            moment.past->setSizePolicy(keep);
            moment.past->hide();
            const QString key = field.key;
            connect(moment.set, &QCheckBox::toggled, this, [this, key, edit](bool on) {
                edit->setEnabled(on);
                m_moments[key].touched = true;
                showWhetherPast(key);
            });
            connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this, key] {
                m_moments[key].touched = true;
                showWhetherPast(key);
            });
            m_moments.insert(field.key, moment);
            editor = edit;
            break;
        }
        }
        editor->setObjectName(field.key);
        auto* error = new QLabel(this);
        error->setObjectName(field.key + u"_error"_s);
        error->setStyleSheet(u"color: #c0392b;"_s);
        error->setWordWrap(true);
        error->hide();
        auto* cell = new QVBoxLayout;
        cell->setContentsMargins(0, 0, 0, 0);
        if (field.kind == Kind::DateTime) {
            auto* row = new QHBoxLayout;
            row->addWidget(m_moments.value(field.key).set);
            row->addWidget(editor, 1);
            cell->addLayout(row);
            cell->addWidget(m_moments.value(field.key).past);
        } else {
            cell->addWidget(editor);
        }
        if (!field.hint.isEmpty()) {
            auto* hint = new QLabel(field.hint, this);
            hint->setWordWrap(true);
            hint->setForegroundRole(QPalette::PlaceholderText);
            cell->addWidget(hint);
        }
        cell->addWidget(error);
        // A real label with the editor as buddy, so its &-mnemonic works.
        auto* label = new QLabel(field.label, this);
        label->setBuddy(editor);
        form->addRow(label, cell);
        m_editors.insert(field.key, editor);
        m_errors.insert(field.key, error);
    }
    QJsonObject initial;
    for (const Field& field : std::as_const(m_fields)) {
        if (!field.initial.isUndefined() && !field.initial.isNull())
            initial.insert(field.key, field.initial);
    }
    setValues(initial);
    for (auto& moment : m_moments) // what setValues did is not the user's change
        moment.touched = false;

    m_general->setObjectName(u"error"_s);
    m_general->setWordWrap(true);
    m_general->setStyleSheet(u"color: #c0392b;"_s);
    m_general->hide();
    m_notice->setObjectName(u"notice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();
    // Saving shows progress; Cancel stays available and closes the dialog
    // (the answer is then ignored).
    m_progress->setObjectName(u"progress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"save"_s);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, &FormDialog::submit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notice);
    layout->addWidget(m_general);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    // Wide enough for a reason on a line or two; it grows when reasons
    // appear (fitContents), so nothing is clipped or overlaps.
    setMinimumWidth(460);
}

void FormDialog::fitContents()
{
    QLayout* all = layout();
    if (!all) // still being built
        return;
    all->activate();
    const int w = std::max(width(), minimumWidth());
    // Wrapped reasons and hints need height for the width they get.
    const int h =
            all->hasHeightForWidth() ? all->totalHeightForWidth(w) : all->totalSizeHint().height();
    if (h > height() || w > width())
        resize(w, std::max(h, height()));
}

QString FormDialog::fieldError(const QString& key) const
{
    const QLabel* label = m_errors.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

QString FormDialog::generalError() const
{
    return m_general->isHidden() ? QString() : m_general->text();
}

bool FormDialog::isBusy() const
{
    return !m_progress->isHidden();
}

void FormDialog::setValues(const QJsonObject& values)
{
    for (const Field& field : std::as_const(m_fields)) {
        if (!values.contains(field.key) || field.kind == Kind::Password)
            continue;
        const QJsonValue value = values.value(field.key);
        QWidget* editor = m_editors.value(field.key);
        switch (field.kind) {
        case Kind::Text:
            static_cast<QLineEdit*>(editor)->setText(value.toString());
            break;
        case Kind::List:
            static_cast<QLineEdit*>(editor)->setText(listText(value));
            break;
        case Kind::Integer:
            static_cast<QSpinBox*>(editor)->setValue(value.isNull() ? field.minimum
                                                                    : value.toInt());
            break;
        case Kind::Choice: {
            auto* combo = static_cast<QComboBox*>(editor);
            const int index = combo->findData(value.toString());
            if (index >= 0)
                combo->setCurrentIndex(index);
            break;
        }
        case Kind::DateTime: {
            Moment& moment = m_moments[field.key];
            auto* edit = static_cast<QDateTimeEdit*>(editor);
            const auto at = app::TimeText::parse(value.toString());
            if (at)
                edit->setDateTime(QDateTime::fromMSecsSinceEpoch(*at).toLocalTime());
            moment.set->setChecked(at.has_value());
            edit->setEnabled(at.has_value());
            moment.initial = at ? value : QJsonValue(QJsonValue::Null);
            moment.touched = false;
            showWhetherPast(field.key);
            break;
        }
        case Kind::Password:
            break;
        }
    }
}

void FormDialog::showWhetherPast(const QString& key)
{
    const Moment& moment = m_moments[key];
    const auto* edit = static_cast<QDateTimeEdit*>(m_editors.value(key));
    if (!edit || !moment.past)
        return;
    moment.past->setVisible(moment.set->isChecked() &&
                            edit->dateTime() < QDateTime::currentDateTime());
    fitContents();
}

QJsonObject FormDialog::collect() const
{
    QJsonObject body;
    for (const Field& field : m_fields) {
        QWidget* editor = m_editors.value(field.key);
        switch (field.kind) {
        case Kind::Text:
        case Kind::Password: {
            const QString text = static_cast<QLineEdit*>(editor)->text();
            if (!(field.optional && text.isEmpty()))
                body.insert(field.key, field.kind == Kind::Text ? text.trimmed() : text);
            break;
        }
        case Kind::List: {
            QJsonArray items;
            const QStringList parts = static_cast<QLineEdit*>(editor)->text().split(u',');
            for (const QString& part : parts) {
                if (!part.trimmed().isEmpty())
                    items.append(part.trimmed());
            }
            if (!(field.optional && items.isEmpty()))
                body.insert(field.key, items);
            break;
        }
        case Kind::Integer: {
            const int value = static_cast<QSpinBox*>(editor)->value();
            if (!(field.optional && value == field.minimum))
                body.insert(field.key, value);
            break;
        }
        case Kind::Choice:
            body.insert(field.key, static_cast<QComboBox*>(editor)->currentData().toString());
            break;
        case Kind::DateTime: {
            const Moment& moment = m_moments[field.key];
            if (!moment.touched) { // as it came, to the second
                body.insert(field.key, moment.initial.isUndefined() ? QJsonValue(QJsonValue::Null)
                                                                    : moment.initial);
                break;
            }
            const QDateTime at = static_cast<QDateTimeEdit*>(editor)->dateTime();
            body.insert(field.key, moment.set->isChecked()
                                           ? QJsonValue(at.toUTC().toString(Qt::ISODate))
                                           : QJsonValue(QJsonValue::Null));
            break;
        }
        }
    }
    return body;
}

void FormDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_ok->setEnabled(!busy);
}

void FormDialog::submit()
{
    for (QLabel* label : std::as_const(m_errors))
        label->hide();
    m_general->hide();
    m_notice->hide();
    setBusy(true);
    m_submit(collect(), [this](const app::Outcome& outcome) { finish(outcome); });
}

void FormDialog::finish(const app::Outcome& outcome)
{
    setBusy(false);
    // The sentence is in the user's language; the server's words stay at hand.
    m_general->setToolTip(outcome.detail.isEmpty() ? QString()
                                                   : tr("The server said: %1").arg(outcome.detail));
    switch (outcome.kind) {
    case app::Outcome::Kind::Saved:
        m_result = outcome.item;
        emit saved(m_result);
        accept();
        return;
    case app::Outcome::Kind::Conflict:
        if (m_conflict.reload && m_conflict.overwrite) {
            resolveConflict();
            return;
        }
        showErrors({}, outcome.reason);
        return;
    case app::Outcome::Kind::Invalid:
        showErrors(outcome.fieldErrors, outcome.reason);
        return;
    case app::Outcome::Kind::Refused:
        showErrors({}, outcome.reason);
        return;
    }
}

void FormDialog::resolveConflict()
{
    Prompt::choose(
            this, tr("Changed by someone else"),
            tr("Someone else saved this while you were editing. Reload their version (your "
               "changes here are discarded), or overwrite it with your changes (fields you did "
               "not change keep their version)?"),
            {tr("&Reload theirs"), tr("&Overwrite with mine"), tr("&Keep editing")}, this,
            [this](int choice) {
                if (choice == 0) {
                    setBusy(true);
                    m_conflict.reload([this](const app::Outcome& reloaded) {
                        setBusy(false);
                        if (!reloaded.isSaved()) {
                            showErrors({}, reloaded.reason);
                            return;
                        }
                        setValues(reloaded.item);
                        m_notice->setText(tr("Reloaded: the fields show the saved version now."));
                        m_notice->show();
                        fitContents();
                    });
                } else if (choice == 1) {
                    setBusy(true);
                    m_conflict.overwrite(collect(),
                                         [this](const app::Outcome& outcome) { finish(outcome); });
                } else {
                    showErrors({}, tr("Not saved: someone else changed this meanwhile."));
                }
            });
}

void FormDialog::showErrors(const QMap<QString, QString>& fieldErrors, const QString& message)
{
    bool placed = false;
    for (auto it = fieldErrors.begin(); it != fieldErrors.end(); ++it) {
        if (QLabel* label = m_errors.value(it.key())) {
            label->setText(it.value());
            label->show();
            if (!placed)
                m_editors.value(it.key())->setFocus();
            placed = true;
        }
    }
    if (!placed) {
        m_general->setText(message);
        m_general->show();
    }
    fitContents();
}

} // namespace clm::ui
