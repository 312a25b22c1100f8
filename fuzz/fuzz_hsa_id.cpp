// Fuzzes vfu::HsaId::parse with any text, read as UTF-8 and as Latin-1. Beyond crashes and
// undefined behaviour, it checks that an HSA-ID that parses keeps the shape the catalogue
// gives it and parses again to itself.

#include "core/identity/HsaId.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort(); // libFuzzer keeps the input that got here as a crash
}

void parseAndCheck(const QString &text)
{
    const vfu::Result<vfu::HsaId> id = vfu::HsaId::parse(text);
    if (!id) {
        check(!id.error().isEmpty());
        return;
    }

    const QString written = id->toString();
    check(written.startsWith(QStringLiteral("SE")));
    check(written.size() <= 31);
    check(id->organisationNumber().size() == 10);
    check(!id->suffix().isEmpty());
    const vfu::Result<vfu::HsaId> again = vfu::HsaId::parse(written);
    check(again.isOk());
    check(*again == *id);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto *chars = reinterpret_cast<const char *>(data);
    const auto length = static_cast<qsizetype>(size);
    parseAndCheck(QString::fromUtf8(chars, length));
    parseAndCheck(QString::fromLatin1(chars, length));
    return 0;
}
