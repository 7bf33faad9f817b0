#include "ui/CertificateDialog.h"

#include "app/TimeText.h"
#include "ui/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clm::ui {

namespace {

QLabel* selectable(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    label->setAccessibleName(text);
    return label;
}

} // namespace

CertificateDialog::CertificateDialog(const app::CertificateProblem& problem, QWidget* parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setObjectName(u"certificateDialog"_s);
    setWindowTitle(tr("Untrusted server certificate"));

    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    m_text->setWordWrap(true);
    m_text->setObjectName(u"explanation"_s);
    const QString why = problem.errors.join(u"; "_s);
    m_text->setText(
            (problem.isSelfSigned()
                     ? tr("The server %1 presented a self-signed certificate, which no authority "
                          "vouches for.")
                     : tr("The server %1 presented a certificate that this computer does not "
                          "trust."))
                    .arg(problem.host) +
            u' ' + tr("TLS said: %1.").arg(why) + u"\n\n"_s +
            tr("clm-admin did not connect. If the fingerprint below is the one your server's "
               "operator gives you, trust the CA certificate that signed it (for a self-signed "
               "certificate: the certificate itself) by adding its file. Otherwise someone may "
               "be in between: do not sign in."));

    auto* details = new QFormLayout;
    details->addRow(tr("Subject:"), selectable(problem.subject, this));
    details->addRow(tr("Issuer:"), selectable(problem.issuer, this));
    auto* fingerprintRow = new QHBoxLayout;
    QLabel* fingerprint = selectable(problem.sha256, this);
    fingerprint->setObjectName(u"fingerprint"_s);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fingerprint->setFont(mono);
    auto* copy = new QToolButton(this);
    copy->setIcon(icons::get(u"copy"_s));
    copy->setAutoRaise(true);
    copy->setAccessibleName(tr("Copy the fingerprint"));
    copy->setToolTip(tr("Copy the fingerprint"));
    connect(copy, &QToolButton::clicked, this,
            [sha = problem.sha256] { QApplication::clipboard()->setText(sha); });
    fingerprintRow->addWidget(fingerprint, 1);
    fingerprintRow->addWidget(copy, 0, Qt::AlignTop);
    details->addRow(tr("SHA-256 fingerprint:"), fingerprintRow);
    if (problem.notBefore.isValid())
        details->addRow(
                tr("Valid:"),
                selectable(
                        tr("%1 to %2")
                                .arg(app::TimeText::absolute(problem.notBefore.toMSecsSinceEpoch()),
                                     app::TimeText::absolute(problem.notAfter.toMSecsSinceEpoch())),
                        this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* trust =
            buttons->addButton(tr("&Trust a CA file..."), QDialogButtonBox::ActionRole);
    trust->setObjectName(u"trustCaFile"_s);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(trust, &QPushButton::clicked, this, [this] {
        accept();
        emit trustRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(m_text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(details);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QString CertificateDialog::text() const
{
    QStringList lines{m_text->text()};
    for (QLabel* label : findChildren<QLabel*>()) {
        if (label != m_text && !label->text().isEmpty())
            lines.append(label->text());
    }
    return lines.join(u'\n');
}

} // namespace clm::ui
