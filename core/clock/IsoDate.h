#pragma once

#include <QDate>
#include <QStringView>

namespace vfu {

// A day written as YYYY-MM-DD and nothing else, or an invalid date. Qt's own ISO reading takes
// "2026-02-03xyz" and "2026-02-03T25:99" as 3 February, so a mistyped date would be read as
// another.
QDate isoDate(QStringView text);

} // namespace vfu
