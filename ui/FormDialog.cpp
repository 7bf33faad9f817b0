#include "ui/FormDialog.h"

#include "core/RestClient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace clm::ui {

FormDialog::FormDialog(const QString& title, QList<Field> fields, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_fields(std::move(fields))
    , m_submit(std::move(submit))
    , m_general(new QLabel(this))
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
            if (field.initial.isString())
                line->setText(field.initial.toString());
            if (field.kind == Kind::List)
                line->setPlaceholderText(tr("comma-separated"));
            editor = line;
            break;
        }
        case Kind::Integer: {
            auto* spin = new QSpinBox(this);
            spin->setRange(field.minimum, field.maximum);
            spin->setValue(field.initial.toInt(field.minimum));
            editor = spin;
            break;
        }
        case Kind::Choice: {
            auto* combo = new QComboBox(this);
            combo->addItems(field.choices);
            if (field.initial.isString())
                combo->setCurrentText(field.initial.toString());
            editor = combo;
            break;
        }
        }
        editor->setObjectName(field.key);
        auto* error = new QLabel(this);
        error->setObjectName(field.key + QStringLiteral("_error"));
        error->setStyleSheet(QStringLiteral("color: #c0392b;"));
        error->setWordWrap(true);
        error->hide();
        auto* cell = new QVBoxLayout;
        cell->setContentsMargins(0, 0, 0, 0);
        cell->addWidget(editor);
        cell->addWidget(error);
        form->addRow(field.label, cell);
        m_editors.insert(field.key, editor);
        m_errors.insert(field.key, error);
    }
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_general->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("save"));
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, &FormDialog::submit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString FormDialog::fieldError(const QString& key) const
{
    const QLabel* label = m_errors.value(key);
    return label && !label->isHidden() ? label->text() : QString();
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
        case Kind::Integer:
            body.insert(field.key, static_cast<QSpinBox*>(editor)->value());
            break;
        case Kind::Choice:
            body.insert(field.key, static_cast<QComboBox*>(editor)->currentText());
            break;
        }
    }
    return body;
}

void FormDialog::submit()
{
    for (QLabel* label : std::as_const(m_errors))
        label->hide();
    m_general->hide();
    m_ok->setEnabled(false);
    m_submit(collect(), [this](const RestReply& reply) {
        m_ok->setEnabled(true);
        if (reply.isSuccess()) {
            m_result = reply.json;
            accept();
            return;
        }
        if (!reply.reached()) {
            showErrors({}, tr("The server does not answer (%1). Nothing was saved; try again.")
                                   .arg(reply.message()));
            return;
        }
        showErrors(reply.json.value(QLatin1String("details")).toObject(), reply.message());
    });
}

void FormDialog::showErrors(const QJsonObject& details, const QString& message)
{
    bool placed = false;
    for (auto it = details.begin(); it != details.end(); ++it) {
        if (QLabel* label = m_errors.value(it.key())) {
            label->setText(it.value().toString());
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
}

} // namespace clm::ui
