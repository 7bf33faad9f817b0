#include "ui/ExportFile.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace clm::ui {

QFileDialog* chooseExportFile(QWidget* parent, const QString& title, const QString& base,
                              const QString& suffix, const QString& filter,
                              std::function<void(const QString& path)> chosen)
{
    QString directory = QSettings().value(u"export/directory"_s).toString();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    static const QRegularExpression nonWord(u"[^\\w]+"_s);
    QString name = base.toLower();
    name.replace(nonWord, u"-"_s);
    name += u'-' + QDate::currentDate().toString(Qt::ISODate) + u'.' + suffix;
    auto* dialog = new QFileDialog(parent, title, QDir(directory).filePath(name), filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [chosen = std::move(chosen)](const QString& path) {
                         QSettings().setValue(u"export/directory"_s,
                                              QFileInfo(path).absolutePath());
                         chosen(path);
                     });
    dialog->open();
    return dialog;
}

} // namespace clm::ui
