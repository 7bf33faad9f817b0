#pragma once

#include <QIcon>
#include <QString>

namespace clm::ui::icons {

// The icon `name` of resources/icons/ (":/icons/<name>.svg"), drawn in the
// palette's text colour at whatever size and pixel ratio it is painted, so
// it stays crisp on HiDPI screens and readable in light and dark palettes
// (also when the palette changes while the program runs).
QIcon get(const QString& name);

} // namespace clm::ui::icons
