#include "core/identity/HsaId.h"

#include "core/identity/Luhn.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vfu {
namespace {

// The catalogue's limit on the length of an HSA-ID.
constexpr qsizetype maximumLength = 31;

constexpr qsizetype organisationNumberLength = 10;
constexpr qsizetype hyphenAt = 2 + organisationNumberLength;

constexpr QStringView swedishLetters = u"åäöÅÄÖ";

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetterOrDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Characters people type when they confuse an HSA-ID with a name or an e-mail address.
Status checkForbiddenCharacters(QStringView text)
{
    for (const QChar c : text) {
        if (c == u'@') {
            return Status::failure(
                HsaId::tr("An HSA-ID cannot contain '@'; it is not an e-mail address."));
        }
        if (swedishLetters.contains(c)) {
            return Status::failure(
                HsaId::tr("An HSA-ID cannot contain '%1'; it uses the letters A to Z only.")
                    .arg(c));
        }
    }
    return ok();
}

Status checkOrganisationNumber(QStringView text)
{
    if (!text.startsWith(u"SE", Qt::CaseInsensitive))
        return Status::failure(HsaId::tr("An HSA-ID starts with the country code SE."));

    const QStringView number = text.mid(2, organisationNumberLength);
    const bool allDigits = std::all_of(number.begin(), number.end(), isAsciiDigit);
    if (number.size() != organisationNumberLength || !allDigits) {
        return Status::failure(HsaId::tr("After SE come the 10 digits of an organisation number."));
    }

    const int expected = luhnCheckDigit(number.left(organisationNumberLength - 1));
    const int written = number.back().unicode() - u'0';
    if (expected != written) {
        return Status::failure(HsaId::tr("The organisation number %1 is not valid: its check digit "
                                         "should be %2, not %3.")
                                   .arg(number)
                                   .arg(expected)
                                   .arg(written));
    }
    return ok();
}

Status checkSuffix(QStringView text)
{
    if (text.size() <= hyphenAt || text.at(hyphenAt) != u'-') {
        return Status::failure(
            HsaId::tr("A hyphen must follow the organisation number, as in SE2321000016-ABCD."));
    }

    const QStringView suffix = text.mid(hyphenAt + 1);
    if (suffix.isEmpty())
        return Status::failure(HsaId::tr("The part after the hyphen is missing."));
    for (const QChar c : suffix) {
        if (!isAsciiLetterOrDigit(c)) {
            return Status::failure(HsaId::tr("After the hyphen an HSA-ID holds only the letters A "
                                             "to Z and digits, not '%1'.")
                                       .arg(c));
        }
    }
    return ok();
}

} // namespace

Result<HsaId> HsaId::parse(QStringView text)
{
    const QStringView input = text.trimmed();
    if (input.isEmpty())
        return Result<HsaId>::failure(tr("The HSA-ID is empty."));

    if (const Status characters = checkForbiddenCharacters(input); !characters)
        return Result<HsaId>::failure(characters.error());

    const auto length = static_cast<int>(input.size());
    if (length > maximumLength) {
        return Result<HsaId>::failure(
            tr("An HSA-ID has at most 31 characters; this has %n.", nullptr, length));
    }

    if (const Status organisation = checkOrganisationNumber(input); !organisation)
        return Result<HsaId>::failure(organisation.error());

    if (const Status suffix = checkSuffix(input); !suffix)
        return Result<HsaId>::failure(suffix.error());

    return Result<HsaId>::success(HsaId(u"SE"_s + input.mid(2).toString()));
}

} // namespace vfu
