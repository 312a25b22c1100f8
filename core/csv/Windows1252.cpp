#include "core/csv/Windows1252.h"

#include <QStringDecoder>

#include <array>

namespace vfu {

namespace {

// Windows-1252 is Latin-1 except for 0x80-0x9F. The five bytes it leaves undefined (0x81, 0x8D,
// 0x8F, 0x90, 0x9D) become the C1 control of the same value, as ICU decodes them.
constexpr std::array<char16_t, 32> kFrom0x80 = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 0x88
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 0x98
};

} // namespace

QString decodeWindows1252(QByteArrayView bytes)
{
    QStringDecoder decoder("windows-1252");
    if (decoder.isValid())
        return decoder.decode(bytes);
    return decodeWindows1252Builtin(bytes);
}

QString decodeWindows1252Builtin(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        const bool differsFromLatin1 = value >= 0x80 && value <= 0x9F;
        *out++ = differsFromLatin1 ? QChar(kFrom0x80[value - 0x80])
                                   : QChar(static_cast<char16_t>(value));
    }
    return text;
}

} // namespace vfu
