#pragma once

#include <QDialog>
#include <QString>

#include <optional>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace clm::app {
class Settings;
}

namespace clm::ui {

// Settings > Preferences: desktop notifications on or off, after how many
// days a machine counts as stale, and the CA files trusted for the server
// besides the system's (how a private CA or a self-signed server
// certificate becomes trusted). Applied when saved.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(app::Settings* settings, QWidget* parent = nullptr);

    // Opens the file chooser for a CA file (the certificate dialog's
    // "Trust a CA file..." too); the chosen file joins the list.
    void addCaFile();
    // The file the next addCaFile() takes instead of asking (tests); an
    // empty path is a cancelled file dialog.
    static void setNextCaFile(const QString& path) { s_nextCaFile = path; }

    QCheckBox* notifications() const { return m_notifications; }
    QSpinBox* staleDays() const { return m_staleDays; }
    QListWidget* caFiles() const { return m_caFiles; }

private:
    void addFile(const QString& path);
    void save();

    app::Settings* m_settings;
    QCheckBox* m_notifications;
    QSpinBox* m_staleDays;
    QListWidget* m_caFiles;
    QPushButton* m_remove;
    QLabel* m_caError;

    static inline std::optional<QString> s_nextCaFile;
};

} // namespace clm::ui
