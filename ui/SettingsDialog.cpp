#include "ui/SettingsDialog.h"

#include "app/ServerTrust.h"
#include "app/Settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clm::ui {

SettingsDialog::SettingsDialog(app::Settings* settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_notifications(new QCheckBox(tr("Show desktop &notifications when a license runs out of "
                                       "seats or requests are refused"),
                                    this))
    , m_staleDays(new QSpinBox(this))
    , m_caFiles(new QListWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_caError(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);

    m_notifications->setObjectName(u"notifications"_s);
    m_notifications->setChecked(settings->notificationsEnabled());

    m_staleDays->setObjectName(u"staleDays"_s);
    m_staleDays->setRange(1, 365);
    m_staleDays->setSuffix(tr(" days without contact"));
    m_staleDays->setValue(settings->staleDays());
    auto* staleLabel = new QLabel(tr("A machine is &stale after:"), this);
    staleLabel->setBuddy(m_staleDays);
    auto* staleRow = new QHBoxLayout;
    staleRow->addWidget(staleLabel);
    staleRow->addWidget(m_staleDays);
    staleRow->addStretch();

    auto* general = new QGroupBox(tr("General"), this);
    auto* generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(m_notifications);
    generalLayout->addLayout(staleRow);

    auto* trust = new QGroupBox(tr("Trusted certificates"), this);
    auto* explain = new QLabel(tr("CA certificates (PEM files) trusted for the license server "
                                  "besides the system's: your organization's own CA, or the "
                                  "server's self-signed certificate. Compare the fingerprint "
                                  "with your server's operator before you add one."),
                               trust);
    explain->setWordWrap(true);
    m_caFiles->setObjectName(u"caFiles"_s);
    m_caFiles->setAccessibleName(tr("Trusted CA files"));
    m_caFiles->setMinimumHeight(80);
    for (const QString& file : settings->caFiles())
        m_caFiles->addItem(QDir::toNativeSeparators(file));
    auto* add = new QPushButton(tr("&Add CA file..."), trust);
    add->setObjectName(u"addCaFile"_s);
    m_remove->setObjectName(u"removeCaFile"_s);
    m_remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, &SettingsDialog::addCaFile);
    connect(m_remove, &QPushButton::clicked, this, [this] { delete m_caFiles->currentItem(); });
    connect(m_caFiles, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    m_caError->setObjectName(u"caError"_s);
    m_caError->setWordWrap(true);
    m_caError->setStyleSheet(u"color: #c0392b;"_s);
    m_caError->hide();
    auto* fileButtons = new QVBoxLayout;
    fileButtons->addWidget(add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch();
    auto* files = new QHBoxLayout;
    files->addWidget(m_caFiles, 1);
    files->addLayout(fileButtons);
    auto* trustLayout = new QVBoxLayout(trust);
    trustLayout->addWidget(explain);
    trustLayout->addLayout(files);
    trustLayout->addWidget(m_caError);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"save"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(trust, 1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void SettingsDialog::addCaFile()
{
    if (s_nextCaFile) {
        addFile(*std::exchange(s_nextCaFile, std::nullopt));
        return;
    }
    auto* dialog = new QFileDialog(this, tr("Trust a CA certificate"), QDir::homePath(),
                                   tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setObjectName(u"caFileDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &SettingsDialog::addFile);
    dialog->open();
}

void SettingsDialog::addFile(const QString& path)
{
    if (path.isEmpty())
        return;
    QString error;
    if (app::ServerTrust::readCaFile(path, &error).isEmpty()) {
        m_caError->setText(error);
        m_caError->show();
        return;
    }
    m_caError->hide();
    const QString shown = QDir::toNativeSeparators(path);
    if (m_caFiles->findItems(shown, Qt::MatchExactly).isEmpty())
        m_caFiles->addItem(shown);
}

void SettingsDialog::save()
{
    m_settings->setNotificationsEnabled(m_notifications->isChecked());
    m_settings->setStaleDays(m_staleDays->value());
    QStringList files;
    for (int row = 0; row < m_caFiles->count(); ++row)
        files.append(QDir::fromNativeSeparators(m_caFiles->item(row)->text()));
    m_settings->setCaFiles(files);
}

} // namespace clm::ui
