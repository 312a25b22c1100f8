#include "core/identity/IdentityNumber.h"

#include "core/identity/Luhn.h"

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>

namespace vfu {
namespace {

// The letters that regions and universities put first in the birth number of an interim number
// (personnummer/meta specification v3.1).
constexpr QStringView interimLetters = u"TRSUWXJKLMN";

// Skatteverket stores the century as 18, 19 or 20 (Rättslig vägledning, "Personnummer").
constexpr int earliestBirthYear = 1800;
constexpr int latestBirthYear = 2099;

constexpr int coordinationDayOffset = 60;

// No one lives this long; an older number is mistyped, and its short form, whose '+' spans one
// century only, would read back as someone else's from 200 years on.
constexpr int oldestAge = 150;

const char *const monthNames[] = {
    QT_TRANSLATE_NOOP("vfu::IdentityNumber", "January"),
    QT_TRANSLATE_NOOP("vfu::IdentityNumber", "February"),
    QT_TRANSLATE_NOOP("vfu::IdentityNumber", "March"),
    QT_TRANSLATE_NOOP("vfu::IdentityNumber", "April"),
    QT_TRANSLATE_NOOP("vfu::IdentityNumber", "May"),
    QT_TRANSLATE_NOOP("vfu::IdentityNumber", "June"),
    QT_TRANSLATE_NOOP("vfu::IdentityNumber", "July"),
    QT_TRANSLATE_NOOP("vfu::IdentityNumber", "August"),
    QT_TRANSLATE_NOOP("vfu::IdentityNumber", "September"),
    QT_TRANSLATE_NOOP("vfu::IdentityNumber", "October"),
    QT_TRANSLATE_NOOP("vfu::IdentityNumber", "November"),
    QT_TRANSLATE_NOOP("vfu::IdentityNumber", "December"),
};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// The dashes a word processor or a PDF puts where '-' was typed: hyphen, non-breaking hyphen,
// figure dash, en dash and minus sign. Each is read as '-'.
QChar plainDash(QChar c)
{
    switch (c.unicode()) {
    case u'\u2010':
    case u'\u2011':
    case u'\u2012':
    case u'\u2013':
    case u'\u2212':
        return u'-';
    default:
        return c;
    }
}

bool isSeparator(QChar c)
{
    return c == u'-' || c == u'+';
}

int numberAt(QStringView text, qsizetype position, qsizetype length)
{
    return text.mid(position, length).toInt();
}

// Why the character at `at` does not belong: shown as it is, or by its code where it cannot be
// seen (a direction mark or a byte order mark pasted with the number).
QString strayCharacter(QStringView input, qsizetype at)
{
    const bool pair = input.at(at).isHighSurrogate() && at + 1 < input.size() &&
                      input.at(at + 1).isLowSurrogate();
    const char32_t code =
        pair ? QChar::surrogateToUcs4(input.at(at), input.at(at + 1)) : input.at(at).unicode();
    if (!QChar::isPrint(code)) {
        return IdentityNumber::tr(
                   "An invisible character (U+%1) stands in the identity number; delete it.")
            .arg(QString::number(static_cast<uint>(code), 16).toUpper().rightJustified(4, u'0'));
    }
    return IdentityNumber::tr("The character '%1' does not belong in an identity number.")
        .arg(input.mid(at, pair ? 2 : 1));
}

// What the user typed, taken apart but not yet judged as a date or a check digit.
struct Spelling
{
    // 10 or 12 characters without the separator, a letter upper-case: kept here rather than
    // in a string of its own, since an import reads 100,000 of them.
    std::array<char16_t, 12> characters{};
    qsizetype length = 0;
    QChar separator = {}; // null when none was written

    QStringView body() const { return QStringView(characters.data(), length); }
};

Result<Spelling> readSpelling(QStringView input)
{
    Spelling spelling;
    qsizetype written = 0; // characters of the body, also those beyond the twelve kept
    qsizetype separatorAt = -1;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = plainDash(input.at(i));
        if (c.isSpace()) {
            return Result<Spelling>::failure(IdentityNumber::tr(
                "An identity number has no spaces inside; write '-' before the last four "
                "digits, or '+' for a person aged 100 or more."));
        }
        if (isSeparator(c)) {
            if (!spelling.separator.isNull()) {
                return Result<Spelling>::failure(
                    IdentityNumber::tr("An identity number has only one separator, '-' or '+'."));
            }
            spelling.separator = c;
            separatorAt = i;
        } else if (isAsciiDigit(c) || isAsciiLetter(c)) {
            if (written < static_cast<qsizetype>(spelling.characters.size()))
                spelling.characters.at(written) =
                    c >= u'a' ? static_cast<char16_t>(c.unicode() - u'a' + u'A') : c.unicode();
            ++written;
        } else {
            return Result<Spelling>::failure(strayCharacter(input, i));
        }
    }

    const auto length = static_cast<int>(written);
    if (length != 10 && length != 12) {
        return Result<Spelling>::failure(IdentityNumber::tr(
            "An identity number has 10 or 12 digits; this has %n.", nullptr, length));
    }
    if (separatorAt >= 0 && separatorAt != input.size() - 5) {
        return Result<Spelling>::failure(
            IdentityNumber::tr("The '%1' must stand right before the last four digits.")
                .arg(spelling.separator));
    }
    spelling.length = written;
    return Result<Spelling>::success(spelling);
}

// An interim number has its letter first among the last four; nowhere else may one stand.
Status checkLetters(QStringView body)
{
    const qsizetype letterPlace = body.size() - 4;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (!isAsciiLetter(c))
            continue;
        if (i != letterPlace) {
            return Status::failure(
                IdentityNumber::tr("The letter %1 is out of place: only the first of the last four "
                                   "characters can be a letter, as in an interim number.")
                    .arg(c));
        }
        if (!interimLetters.contains(c)) {
            return Status::failure(
                IdentityNumber::tr("The letter %1 is not used in interim numbers; they use T, R, "
                                   "S, U, W, X, J, K, L, M or N.")
                    .arg(c));
        }
    }
    return ok();
}

// The birth time as written: month 0 or day 0 where Skatteverket left it unknown.
struct BirthTime
{
    int year = 0;
    int month = 0;
    int day = 0;
    bool coordination = false;

    auto key() const { return std::tuple(year, month, day); }
};

// A 10-digit form takes the latest century that does not put the birth year after today's,
// or 100 years earlier with '+'; Skatteverket writes '+' from the year the person turns 100.
int centuryYear(int twoDigitYear, QChar separator, QDate today)
{
    const int latest = today.year() - (separator == u'+' ? 100 : 0);
    return latest - ((latest - twoDigitYear) % 100 + 100) % 100;
}

Result<BirthTime> readBirthTime(QStringView body, QChar separator, QDate today)
{
    const qsizetype dateAt = body.size() - 10;
    const QStringView monthText = body.mid(dateAt + 2, 2);
    const QStringView dayText = body.mid(dateAt + 4, 2);

    BirthTime birth;
    birth.month = monthText.toInt();
    const int dayField = dayText.toInt();
    birth.coordination = dayField >= coordinationDayOffset;
    birth.day = birth.coordination ? dayField - coordinationDayOffset : dayField;
    birth.year = body.size() == 12 ? numberAt(body, 0, 4)
                                   : centuryYear(numberAt(body, 0, 2), separator, today);

    if (birth.month > 12)
        return Result<BirthTime>::failure(
            IdentityNumber::tr("Month %1 does not exist.").arg(monthText));
    if (dayField > 31 + coordinationDayOffset) {
        return Result<BirthTime>::failure(
            IdentityNumber::tr(
                "Day %1 does not exist, not even in a coordination number (61 to 91).")
                .arg(dayText));
    }
    if (dayField > 31 && !birth.coordination) {
        return Result<BirthTime>::failure(
            IdentityNumber::tr(
                "Day %1 does not exist; a coordination number adds 60 to the day (61 to 91).")
                .arg(dayText));
    }
    // Only Skatteverket's coordination numbers may leave the month (00) or the day (60) unknown.
    if (birth.month == 0 && !birth.coordination) {
        return Result<BirthTime>::failure(IdentityNumber::tr(
            "Month 00 does not exist; only a coordination number may leave the month unknown."));
    }
    if (dayField == 0) {
        return Result<BirthTime>::failure(
            IdentityNumber::tr("Day 00 does not exist; only a coordination number may leave the "
                               "day unknown (as 60)."));
    }
    // A coordination number only has to name a day from 1 to 31: 24 of Skatteverket's own test
    // coordination numbers name days such as 31 April, and a coordinator must be able to enter
    // whatever Skatteverket issued.
    const bool needsCalendarDay = !birth.coordination && birth.month != 0 && birth.day != 0;
    if (needsCalendarDay && !QDate::isValid(birth.year, birth.month, birth.day)) {
        if (birth.month == 2 && birth.day == 29) {
            return Result<BirthTime>::failure(
                IdentityNumber::tr("There is no 29 February in %1.").arg(birth.year));
        }
        return Result<BirthTime>::failure(
            IdentityNumber::tr("There is no %1 %2.")
                .arg(birth.day)
                .arg(QCoreApplication::translate("vfu::IdentityNumber",
                                                 monthNames[birth.month - 1])));
    }
    return Result<BirthTime>::success(birth);
}

Status checkPlausible(const BirthTime &birth, const Spelling &spelling, QDate today)
{
    if (birth.year < earliestBirthYear || birth.year > latestBirthYear) {
        return Status::failure(
            IdentityNumber::tr(
                "Century %1 does not occur in identity numbers; only 18, 19 and 20 do.")
                .arg(spelling.body().left(2)));
    }
    if (birth.year > today.year())
        return Status::failure(
            IdentityNumber::tr("The birth year %1 lies in the future.").arg(birth.year));
    if (birth.key() > std::tuple(today.year(), today.month(), today.day()))
        return Status::failure(IdentityNumber::tr("The birth date lies after today."));
    if (spelling.separator == u'+' && today.year() - birth.year < 100) {
        return Status::failure(
            IdentityNumber::tr("A '+' marks a person who turns 100 this year or is older, "
                               "but someone born in %1 is younger.")
                .arg(birth.year));
    }
    return ok();
}

// Skatteverket hands out birth numbers 001 to 999; an interim number's letter stands in its place.
Status checkBirthNumber(QStringView body)
{
    if (body.right(4).left(3) == u"000")
        return Status::failure(
            IdentityNumber::tr("The birth number 000 does not exist; it runs from 001 to 999."));
    return ok();
}

Status checkCheckDigit(QStringView body)
{
    // The interim letter counts as 1 (personnummer/meta specification v3.1).
    std::array<char16_t, 9> payload{};
    const QStringView digits = body.right(10).left(9);
    for (qsizetype i = 0; i < digits.size(); ++i)
        payload.at(i) = isAsciiLetter(digits.at(i)) ? u'1' : digits.at(i).unicode();
    const int expected = luhnCheckDigit(QStringView(payload.data(), payload.size()));
    const int written = body.back().unicode() - u'0';
    if (expected != written) {
        return Status::failure(
            IdentityNumber::tr("The check digit should be %1, not %2.").arg(expected).arg(written));
    }
    return ok();
}

} // namespace

Result<IdentityNumber> IdentityNumber::parse(QStringView text, QDate today)
{
    Q_ASSERT(today.isValid());
    const QStringView input = text.trimmed();
    if (input.isEmpty())
        return Result<IdentityNumber>::failure(tr("The identity number is empty."));

    const Result<Spelling> spelling = readSpelling(input);
    if (!spelling)
        return Result<IdentityNumber>::failure(spelling.error());
    const QStringView body = spelling->body();

    if (const Status letters = checkLetters(body); !letters)
        return Result<IdentityNumber>::failure(letters.error());

    const Result<BirthTime> birth = readBirthTime(body, spelling->separator, today);
    if (!birth)
        return Result<IdentityNumber>::failure(birth.error());

    if (const Status plausible = checkPlausible(*birth, *spelling, today); !plausible)
        return Result<IdentityNumber>::failure(plausible.error());

    if (const Status birthNumber = checkBirthNumber(body); !birthNumber)
        return Result<IdentityNumber>::failure(birthNumber.error());

    if (const Status checkDigit = checkCheckDigit(body); !checkDigit)
        return Result<IdentityNumber>::failure(checkDigit.error());

    if (today.year() - birth->year > oldestAge)
        return Result<IdentityNumber>::failure(
            tr("Someone born in %1 would be %2 years old this year; an identity number of "
               "someone over %3 is taken to be mistyped.")
                .arg(birth->year)
                .arg(today.year() - birth->year)
                .arg(oldestAge));

    // The year's four digits (1800 to 2099, checked above), then the body's last eight.
    std::array<char16_t, 12> longForm{};
    for (int i = 3, year = birth->year; i >= 0; --i, year /= 10)
        longForm.at(i) = static_cast<char16_t>(u'0' + year % 10);
    std::transform(body.end() - 8, body.end(), longForm.begin() + 4,
                   [](QChar c) { return c.unicode(); });
    IdentityKind kind = IdentityKind::PersonalNumber;
    if (isAsciiLetter(longForm.at(8)))
        kind = IdentityKind::InterimNumber;
    else if (birth->coordination)
        kind = IdentityKind::CoordinationNumber;
    return Result<IdentityNumber>::success(
        IdentityNumber(kind, QString(reinterpret_cast<const QChar *>(longForm.data()),
                                     static_cast<qsizetype>(longForm.size()))));
}

QString IdentityNumber::canonical() const
{
    if (isNull())
        return {};
    QString canonical;
    canonical.reserve(13);
    canonical.append(QStringView(m_longForm).left(8))
        .append(u'-')
        .append(QStringView(m_longForm).mid(8));
    return canonical;
}

QString IdentityNumber::shortForm(QDate today) const
{
    if (isNull())
        return {};
    const QChar separator = today.year() - birthYear() >= 100 ? u'+' : u'-';
    return m_longForm.mid(2, 6) + separator + m_longForm.mid(8);
}

QDate IdentityNumber::birthDate() const
{
    if (isNull())
        return {};
    const int month = numberAt(m_longForm, 4, 2);
    int day = numberAt(m_longForm, 6, 2);
    if (day >= coordinationDayOffset)
        day -= coordinationDayOffset;
    if (month == 0 || day == 0)
        return {};
    return QDate(birthYear(), month, day);
}

int IdentityNumber::birthYear() const
{
    return isNull() ? 0 : numberAt(m_longForm, 0, 4);
}

bool IdentityNumber::isMale() const
{
    if (isNull())
        return false;
    return (m_longForm.at(10).unicode() - u'0') % 2 == 1;
}

QString canonicalIdentityNumber(QStringView text, QDate today)
{
    const Result<IdentityNumber> number = IdentityNumber::parse(text, today);
    return number ? number->canonical() : QString();
}

QDate birthDateOf(QStringView text, QDate today)
{
    const Result<IdentityNumber> number = IdentityNumber::parse(text, today);
    return number ? number->birthDate() : QDate();
}

bool sameIdentityNumber(QStringView first, QStringView second, QDate today)
{
    const Result<IdentityNumber> one = IdentityNumber::parse(first, today);
    const Result<IdentityNumber> other = IdentityNumber::parse(second, today);
    return one && other && *one == *other;
}

} // namespace vfu
