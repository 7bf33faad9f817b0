#pragma once

#include <QString>

#include <functional>

class QFileDialog;
class QWidget;

namespace clm::ui {

// The save dialog of an export (a list's CSV, the seat advice): opened in
// the folder of the last export (else Documents), suggesting
// "<base>-<date>.<suffix>" with `base` lower-cased and its non-word runs
// made dashes; `chosen` gets the path, and its folder is remembered for
// the next export. Opened with open(): nothing waits on it.
QFileDialog* chooseExportFile(QWidget* parent, const QString& title, const QString& base,
                              const QString& suffix, const QString& filter,
                              std::function<void(const QString& path)> chosen);

} // namespace clm::ui
