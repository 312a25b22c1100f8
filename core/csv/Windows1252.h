#pragma once

#include <QByteArrayView>
#include <QString>

namespace vfu {

// Windows-1252, the "ANSI" code page of a Swedish Windows and what Excel writes as plain "CSV".
// Qt 6 decodes it only where Qt was built with ICU, so a built-in table stands in elsewhere.
QString decodeWindows1252(QByteArrayView bytes);

// The built-in table on its own, so that a test can hold it against Qt's decoder.
QString decodeWindows1252Builtin(QByteArrayView bytes);

} // namespace vfu
