#pragma once

#include <QLocale>

namespace vfu {

// Installs VFU Desk's own translation and Qt's (so that Qt's buttons speak the same
// language) for `locale` on the running application. English gets only its plural forms.
void installTranslations(const QLocale &locale);

} // namespace vfu
