#include "ui/SecretDialog.h"

#include "ui/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clm::ui {

SecretDialog::SecretDialog(const QString& title, const QString& explanation, const QString& secret,
                           QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto* warning = new QLabel(explanation, this);
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::RichText);

    auto* field = new QLineEdit(secret, this);
    field->setObjectName(u"secretField"_s);
    field->setReadOnly(true);
    field->setAccessibleName(title);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(secret) + 24);
    auto* copy = new QPushButton(icons::get(u"copy"_s), tr("&Copy"), this);
    copy->setObjectName(u"copySecret"_s);
    connect(copy, &QPushButton::clicked, this, [this, secret] {
        QApplication::clipboard()->setText(secret);
        emit copied(secret);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(copy);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

} // namespace clm::ui
