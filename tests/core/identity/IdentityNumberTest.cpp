#include "core/identity/IdentityNumber.h"

#include "IdentitySupport.h"
#include "support/Catch.h"

using namespace Qt::StringLiterals;
using namespace vfu::test::identity;
using vfu::IdentityKind;
using vfu::IdentityNumber;

TEST_CASE("A personal number is read in every common spelling")
{
    const QStringList spellings = {
        u"189001019802"_s, u"18900101-9802"_s,  u"18900101+9802"_s,
        u"900101+9802"_s,  u"  900101+9802 "_s, u"\t18900101-9802\n"_s,
    };
    for (const QString &text : spellings) {
        const IdentityNumber number = parsed(text);
        CHECK(number.canonical() == u"18900101-9802"_s);
        CHECK(number.longForm() == u"189001019802"_s);
        CHECK(number.shortForm(today) == u"900101+9802"_s);
        CHECK(number.kind() == IdentityKind::PersonalNumber);
        CHECK(number.birthDate() == QDate(1890, 1, 1));
        CHECK(number.birthYear() == 1890);
        CHECK_FALSE(number.isMale());
    }
}

TEST_CASE("Two spellings of one number are equal and hash alike")
{
    const IdentityNumber shortSpelling = parsed(u"900101+9802"_s);
    const IdentityNumber longSpelling = parsed(u"189001019802"_s);

    CHECK(shortSpelling == longSpelling);
    CHECK(qHash(shortSpelling) == qHash(longSpelling));
    CHECK_FALSE(shortSpelling == parsed(u"189002039817"_s));
}

TEST_CASE("A 10-digit form takes the latest century that is not after today")
{
    // Both are Skatteverket test numbers: the separator alone tells them apart.
    CHECK(parsed(u"151079-2383"_s).canonical() == u"20151079-2383"_s);
    CHECK(parsed(u"151079+2383"_s).canonical() == u"19151079-2383"_s);
    CHECK(parsed(u"1510792383"_s).canonical() == u"20151079-2383"_s);
    CHECK(parsed(u"151079-2383"_s, QDate(2014, 6, 1)).canonical() == u"19151079-2383"_s);
}

TEST_CASE("Ten digits without a separator are read as under 100 years old")
{
    // The README of the personnummer suite warns about exactly this reading.
    CHECK(parsed(u"0905271474"_s).canonical() == u"20090527-1474"_s);
    CHECK(parsed(u"090527+1474"_s).canonical() == u"19090527-1474"_s);
}

TEST_CASE("The short form takes a '+' from the year the person turns 100")
{
    const IdentityNumber number = parsed(u"192612239232"_s);

    CHECK(number.shortForm(QDate(2025, 12, 31)) == u"261223-9232"_s);
    CHECK(number.shortForm(QDate(2026, 1, 1)) == u"261223+9232"_s);
    CHECK(number.shortForm(today) == u"261223+9232"_s);
    CHECK(parsed(u"261223+9232"_s).canonical() == u"19261223-9232"_s);
}

TEST_CASE("A hyphen for a birthday later this year would be a birth in the future")
{
    CHECK(rejection(u"261223-9232"_s) == u"The birth date lies after today."_s);
    CHECK(parsed(u"261223-9232"_s, QDate(2025, 12, 31)).canonical() == u"19261223-9232"_s);
}

TEST_CASE("A 12-digit number born after today is rejected")
{
    const QDate listDay(2021, 6, 4);

    CHECK(rejection(u"202312312388"_s, listDay) == u"The birth year 2023 lies in the future."_s);
    CHECK(rejection(u"202112312380"_s, listDay) == u"The birth date lies after today."_s);
    CHECK(parsed(u"202112312380"_s, QDate(2021, 12, 31)).canonical() == u"20211231-2380"_s);
}

TEST_CASE("A '+' in a 12-digit number must fit the birth year")
{
    CHECK(parsed(u"19090527+1474"_s).canonical() == u"19090527-1474"_s);
    CHECK(rejection(u"20001209+9891"_s) ==
          u"A '+' marks a person who turns 100 this year or is older, but someone born in "
          u"2000 is younger."_s);
}

TEST_CASE("A number of someone over 150 is rejected as mistyped, since no one lives that long")
{
    CHECK(rejection(u"18751203-9806"_s) ==
          u"Someone born in 1875 would be 151 years old this year; an identity number of "
          u"someone over 150 is taken to be mistyped."_s);
    // Over 200 years its short form would read back as a number of the next century.
    CHECK(rejection(u"181201123450"_s) ==
          u"Someone born in 1812 would be 214 years old this year; an identity number of "
          u"someone over 150 is taken to be mistyped."_s);
    CHECK(parsed(u"18761203-9805"_s).shortForm(today) == u"761203+9805"_s);
}

TEST_CASE("A 12-digit number of someone over 100 may be written with a hyphen")
{
    CHECK(parsed(u"18791221-9990"_s).shortForm(today) == u"791221+9990"_s);
}

TEST_CASE("A number that its short form would read back wrong is rejected")
{
    // Found by the fuzzer: this coordination number of 1822 read back from its short form as
    // 1922, since the short form's '+' covers only 100 to 199 years.
    CHECK(rejection(u"182204792382"_s) ==
          u"Someone born in 1822 would be 204 years old this year; an identity number of "
          u"someone over 150 is taken to be mistyped."_s);
    CHECK(parsed(u"18760412-2387"_s).shortForm(today) == u"760412+2387"_s);
    CHECK(parsed(u"760412+2387"_s).longForm() == u"187604122387"_s);
}

TEST_CASE("A coordination number has 60 added to the day of birth")
{
    const IdentityNumber number = parsed(u"191401682396"_s);

    CHECK(number.kind() == IdentityKind::CoordinationNumber);
    CHECK(number.canonical() == u"19140168-2396"_s);
    CHECK(number.shortForm(today) == u"140168+2396"_s);
    CHECK(number.birthDate() == QDate(1914, 1, 8));
    CHECK(number.isMale());
    CHECK(parsed(u"19320791-2381"_s).birthDate() == QDate(1932, 7, 31));
}

TEST_CASE("A coordination number with an unknown birth month is accepted")
{
    const IdentityNumber number = parsed(u"191500722390"_s);

    CHECK(number.kind() == IdentityKind::CoordinationNumber);
    CHECK(number.canonical() == u"19150072-2390"_s);
    CHECK(number.birthYear() == 1915);
    CHECK_FALSE(number.birthDate().isValid());
    CHECK(number.shortForm(today) == u"150072+2390"_s);
    CHECK(parsed(u"150072+2390"_s).canonical() == u"19150072-2390"_s);
}

TEST_CASE("A coordination number with an unknown day of birth is accepted")
{
    CHECK_FALSE(parsed(u"191711602399"_s).birthDate().isValid());
    CHECK_FALSE(parsed(u"19310060-2394"_s).birthDate().isValid());
    CHECK(parsed(u"310060-2394"_s, QDate(1960, 1, 1)).canonical() == u"19310060-2394"_s);
}

TEST_CASE("A personal number with an unknown month or day is rejected")
{
    CHECK(rejection(u"19150012-2390"_s) ==
          u"Month 00 does not exist; only a coordination number may leave the month unknown."_s);
    CHECK(rejection(u"19171100-2399"_s) ==
          u"Day 00 does not exist; only a coordination number may leave the day unknown (as "
          u"60)."_s);
}

TEST_CASE("A birth date must exist in the calendar")
{
    CHECK(rejection(u"18900431-9802"_s) == u"There is no 31 April."_s);
    CHECK(rejection(u"19000230-2381"_s) == u"There is no 30 February."_s);
    CHECK(rejection(u"18901301-9802"_s) == u"Month 13 does not exist."_s);
    CHECK(rejection(u"18900145-9802"_s) ==
          u"Day 45 does not exist; a coordination number adds 60 to the day (61 to 91)."_s);
    CHECK(rejection(u"18900195-9802"_s) ==
          u"Day 95 does not exist, not even in a coordination number (61 to 91)."_s);
}

TEST_CASE("A coordination number may name a day its month lacks, as Skatteverket's test numbers do")
{
    const IdentityNumber number = parsed(u"192004912388"_s);

    CHECK(number.kind() == IdentityKind::CoordinationNumber);
    CHECK(number.canonical() == u"19200491-2388"_s);
    CHECK(number.shortForm(today) == u"200491+2388"_s);
    CHECK_FALSE(number.birthDate().isValid());
    CHECK(parsed(u"193002902397"_s).canonical() == u"19300290-2397"_s);
    CHECK_FALSE(parsed(u"193002902397"_s).birthDate().isValid());
    // Day 92 would be the 32nd, which no month has.
    CHECK(rejection(u"19200492-2388"_s) ==
          u"Day 92 does not exist, not even in a coordination number (61 to 91)."_s);
}

TEST_CASE("29 February is accepted in leap years only")
{
    CHECK(parsed(u"200002292381"_s).birthDate() == QDate(2000, 2, 29));
    CHECK(parsed(u"189202299815"_s).birthDate() == QDate(1892, 2, 29));
    CHECK(parsed(u"000229-2381"_s).canonical() == u"20000229-2381"_s);
    // 1900 was not a leap year, though 2000 was.
    CHECK(rejection(u"000229+2381"_s) == u"There is no 29 February in 1900."_s);
    CHECK(rejection(u"190002292381"_s) == u"There is no 29 February in 1900."_s);
}

TEST_CASE("A wrong check digit is rejected with the digit it should be")
{
    CHECK(rejection(u"189001019806"_s) == u"The check digit should be 2, not 6."_s);
    CHECK(rejection(u"900101+9800"_s) == u"The check digit should be 2, not 0."_s);
    CHECK(rejection(u"19870704-9996"_s) == u"The check digit should be 8, not 6."_s);
}

TEST_CASE("Birth number 000 is rejected though its check digit fits")
{
    CHECK(rejection(u"20150916-0006"_s) ==
          u"The birth number 000 does not exist; it runs from 001 to 999."_s);
    CHECK(rejection(u"1509160006"_s) ==
          u"The birth number 000 does not exist; it runs from 001 to 999."_s);
}

TEST_CASE("A number of the wrong length is rejected with its count of digits")
{
    CHECK(rejection(u"18900101"_s) == u"An identity number has 10 or 12 digits; this has 8."_s);
    CHECK(rejection(u"900101-980"_s) == u"An identity number has 10 or 12 digits; this has 9."_s);
    CHECK(rejection(u"27034513436"_s) == u"An identity number has 10 or 12 digits; this has 11."_s);
    CHECK(rejection(u"1234567890123"_s) ==
          u"An identity number has 10 or 12 digits; this has 13."_s);
}

TEST_CASE("A space as separator is rejected")
{
    const QString message = u"An identity number has no spaces inside; write '-' before the last "
                            u"four digits, or '+' for a person aged 100 or more."_s;

    CHECK(rejection(u"19090527 1474"_s) == message);
    CHECK(rejection(u"090527 1474"_s) == message);
}

TEST_CASE("Empty text is rejected")
{
    CHECK(rejection(QString()) == u"The identity number is empty."_s);
    CHECK(rejection(u"   "_s) == u"The identity number is empty."_s);
}

TEST_CASE("Unknown characters are rejected and named")
{
    CHECK(rejection(u"18900101/9802"_s) ==
          u"The character '/' does not belong in an identity number."_s);
    CHECK(rejection(u"900101_9802"_s) ==
          u"The character '_' does not belong in an identity number."_s);
    CHECK(rejection(u"900101-98\u00e502"_s) ==
          u"The character '\u00e5' does not belong in an identity number."_s);
    // Digits of other scripts look like digits but are not what Skatteverket writes.
    CHECK(
        rejection(u"\u0661\u0668\u0669\u0660\u0660\u0661\u0660\u0661\u0669\u0668\u0660\u0662"_s) ==
        u"The character '\u0661' does not belong in an identity number."_s);
    // One that cannot be seen is named by its code; one beyond the first 65,536 is whole.
    CHECK(rejection(u"\u202d19500818-2304"_s) ==
          u"An invisible character (U+202D) stands in the identity number; delete it."_s);
    CHECK(rejection(u"19500818\ufeff-2304"_s) ==
          u"An invisible character (U+FEFF) stands in the identity number; delete it."_s);
    CHECK(rejection(u"19500818-23\U0001F600"_s) ==
          u"The character '\U0001F600' does not belong in an identity number."_s);
}

TEST_CASE("The dashes of word processors and PDFs are read as '-'")
{
    // hyphen, non-breaking hyphen, figure dash, en dash, minus sign
    for (const char16_t dash : {u'\u2010', u'\u2011', u'\u2012', u'\u2013', u'\u2212'}) {
        const QString text = u"19891231"_s + QChar(dash) + u"2389"_s;
        INFO(text.toStdString());
        CHECK(parsed(text).canonical() == u"19891231-2389"_s);
    }
    // An em dash is no separator anyone types for a number.
    CHECK(rejection(u"19891231\u20142389"_s) ==
          u"The character '\u2014' does not belong in an identity number."_s);
    CHECK(rejection(u"900101\u2013\u20139802"_s) ==
          u"An identity number has only one separator, '-' or '+'."_s);
}

TEST_CASE("A separator must stand once, right before the last four digits")
{
    CHECK(rejection(u"900101--9802"_s) ==
          u"An identity number has only one separator, '-' or '+'."_s);
    CHECK(rejection(u"900101-+9802"_s) ==
          u"An identity number has only one separator, '-' or '+'."_s);
    CHECK(rejection(u"9001-019802"_s) ==
          u"The '-' must stand right before the last four digits."_s);
    CHECK(rejection(u"189001019802+"_s) ==
          u"The '+' must stand right before the last four digits."_s);
}

TEST_CASE("An interim number with any of the allowed letters is accepted")
{
    const QStringList letters = {u"T"_s, u"R"_s, u"S"_s, u"U"_s, u"W"_s, u"X"_s,
                                 u"J"_s, u"K"_s, u"L"_s, u"M"_s, u"N"_s};
    for (const QString &letter : letters) {
        const QStringList spellings = {
            u"20000101"_s + letter + u"220"_s, u"000101"_s + letter + u"220"_s,
            u"000101-"_s + letter + u"220"_s, u"20000101-"_s + letter + u"220"_s,
            u"000101-"_s + letter.toLower() + u"220"_s};
        for (const QString &text : spellings) {
            const IdentityNumber number = parsed(text);
            CHECK(number.kind() == IdentityKind::InterimNumber);
            CHECK(number.canonical() == u"20000101-"_s + letter + u"220"_s);
            CHECK(number.longForm() == u"20000101"_s + letter + u"220"_s);
            CHECK(number.shortForm(today) == u"000101-"_s + letter + u"220"_s);
            CHECK(number.birthDate() == QDate(2000, 1, 1));
            CHECK_FALSE(number.isMale());
        }
    }
}

TEST_CASE("An interim number with a letter that is not allowed is rejected")
{
    CHECK(rejection(u"20000101E221"_s) ==
          u"The letter E is not used in interim numbers; they use T, R, S, U, W, X, J, K, L, "
          u"M or N."_s);
    CHECK(rejection(u"000101-e221"_s) ==
          u"The letter E is not used in interim numbers; they use T, R, S, U, W, X, J, K, L, "
          u"M or N."_s);
}

TEST_CASE("A letter anywhere but first among the last four is rejected")
{
    const QString message = u"The letter T is out of place: only the first of the last four "
                            u"characters can be a letter, as in an interim number."_s;

    CHECK(rejection(u"20000101-2T20"_s) == message);
    CHECK(rejection(u"2000010T-1220"_s) == message);
    CHECK(rejection(u"20000101T22T"_s) == message);
}

TEST_CASE("An interim number must pass the check digit with its letter counted as 1")
{
    CHECK(rejection(u"20000101T221"_s) == u"The check digit should be 0, not 1."_s);
}

TEST_CASE("Search finds a number in any spelling by its canonical form")
{
    CHECK(vfu::canonicalIdentityNumber(u" 900101+9802", today) == u"18900101-9802"_s);
    CHECK(vfu::canonicalIdentityNumber(u"000101-t220", today) == u"20000101-T220"_s);
    CHECK(vfu::canonicalIdentityNumber(u"900101+9803", today).isEmpty());
    CHECK(vfu::canonicalIdentityNumber(u"Andersson", today).isEmpty());

    CHECK(vfu::sameIdentityNumber(u"189001019802", u"900101+9802", today));
    CHECK_FALSE(vfu::sameIdentityNumber(u"189001019802", u"900101-9802", today));
    CHECK_FALSE(vfu::sameIdentityNumber(u"900101+9803", u"900101+9803", today));
}

TEST_CASE("A default identity number is null and has no forms")
{
    const IdentityNumber none;

    CHECK(none.isNull());
    CHECK(none.canonical().isEmpty());
    CHECK(none.longForm().isEmpty());
    CHECK(none.shortForm(today).isEmpty());
    CHECK_FALSE(none.birthDate().isValid());
    CHECK(none == IdentityNumber());
    CHECK_FALSE(parsed(u"189001019802"_s).isNull());
}
