// Fuzzes vfu::IdentityNumber::parse with any text, read as UTF-8 and as Latin-1. Beyond crashes
// and undefined behaviour, it checks that a number that parses parses again, to the same
// number, from each of the forms VFU Desk writes of it.

#include "core/identity/IdentityNumber.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// A fixed day: the century of a 10-digit number depends on it.
const QDate today(2026, 12, 3);

void check(bool condition)
{
    if (!condition)
        std::abort(); // libFuzzer keeps the input that got here as a crash
}

void parseAndCheck(const QString &text)
{
    const vfu::Result<vfu::IdentityNumber> number = vfu::IdentityNumber::parse(text, today);
    if (!number) {
        check(!number.error().isEmpty());
        return;
    }

    check(number->longForm().size() == 12);
    check(vfu::canonicalIdentityNumber(text, today) == number->canonical());
    for (const QString &form :
         {number->canonical(), number->longForm(), number->shortForm(today)}) {
        const vfu::Result<vfu::IdentityNumber> again = vfu::IdentityNumber::parse(form, today);
        check(again.isOk());
        check(*again == *number);
    }
    (void)number->birthDate();
    (void)number->birthYear();
    (void)number->isMale();
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
