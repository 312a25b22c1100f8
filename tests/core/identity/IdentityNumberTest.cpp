#include "core/identity/IdentityNumber.h"

#include "support/Catch.h"
#include "support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

using namespace Qt::StringLiterals;
using vfu::IdentityKind;
using vfu::IdentityNumber;

namespace {

// Every test stands on a fixed day: the century of a 10-digit form and the '+' depend on it.
const QDate today(2026, 12, 3);

IdentityNumber parsed(const QString &text, QDate day = today)
{
    const auto result = IdentityNumber::parse(text, day);
    INFO("parsing " << text << " gave: " << result.error());
    REQUIRE(result.isOk());
    return result.value();
}

QString rejection(const QString &text, QDate day = today)
{
    const auto result = IdentityNumber::parse(text, day);
    INFO("parsing " << text << " should fail but gave "
                    << (result ? result->canonical() : QString()));
    REQUIRE_FALSE(result.isOk());
    return result.error();
}

QJsonValue readJson(const QString &fileName)
{
    const QByteArray bytes =
        vfu::test::readTestData(u"personnummer/pinefox-php-fork/"_s + fileName);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    INFO("reading " << fileName << ": " << error.errorString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// The JSON files write some numbers as JSON integers.
QString textOf(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString::number(value.toInteger());
}

QStringList textsOf(const QJsonValue &array)
{
    QStringList texts;
    const QJsonArray values = array.toArray();
    for (const QJsonValue &value : values)
        texts.append(textOf(value));
    return texts;
}

// The formats of list.json and detailed_test_cases.json; 10 digits without a separator
// cannot carry the '+' of a person aged 100, so its century is not checked.
const QStringList allFormats = {u"long_format"_s, u"short_format"_s, u"separated_format"_s,
                                u"separated_long"_s};
const QStringList formatsWithCentury = {u"long_format"_s, u"separated_format"_s,
                                        u"separated_long"_s};

QString withHyphen(const QString &separatedLong)
{
    QString canonical = separatedLong;
    return canonical.replace(u'+', u'-');
}

void checkSuiteItem(const QJsonObject &item, IdentityKind kind)
{
    if (!item.value(u"valid").toBool()) {
        for (const QString &format : allFormats)
            rejection(item.value(format).toString());
        return;
    }

    for (const QString &format : allFormats) {
        const IdentityNumber number = parsed(item.value(format).toString());
        CHECK(number.kind() == kind);
        CHECK(number.isMale() == item.value(u"isMale").toBool());
    }
    for (const QString &format : formatsWithCentury) {
        const IdentityNumber number = parsed(item.value(format).toString());
        CHECK(number.canonical() == withHyphen(item.value(u"separated_long").toString()));
        CHECK(number.longForm() == item.value(u"long_format").toString());
        CHECK(number.shortForm(today) == item.value(u"separated_format").toString());
        if (item.contains(u"birthDate")) {
            CHECK(number.birthDate() ==
                  QDate::fromString(item.value(u"birthDate").toString(), Qt::ISODate));
        }
    }
}

// Numbers that the suites list as foreign (valid or not) but that are valid Swedish numbers.
// "010203-1234" is an invalid Danish CPR number and a Swedish personal number of 2001-02-03.
const QStringList alsoSwedish = {u"010203-1234"_s};

int countMale(const QStringList &numbers)
{
    int male = 0;
    for (const QString &text : numbers)
        male += parsed(text).isMale() ? 1 : 0;
    return male;
}

} // namespace

TEST_CASE("Every Skatteverket test personal number parses to its 12 digits with a hyphen")
{
    for (const QString &fileName :
         {u"Testpersonnummer_2021_ver_29_mars.csv"_s, u"testpersonnummer_sample.csv"_s}) {
        const QStringList numbers = vfu::test::skatteverketNumbers(fileName);
        for (const QString &text : numbers) {
            const IdentityNumber number = parsed(text);
            CHECK(number.kind() == IdentityKind::PersonalNumber);
            CHECK(number.canonical() == text.left(8) + u'-' + text.mid(8));
            CHECK(number.longForm() == text);
            CHECK(number.birthDate() == QDate::fromString(text.left(8), u"yyyyMMdd"));
        }
    }
    CHECK(vfu::test::skatteverketNumbers(u"Testpersonnummer_2021_ver_29_mars.csv"_s).size() == 399);
}

TEST_CASE("Skatteverket's sample of test personal numbers has as many men as its README says")
{
    const QStringList numbers = vfu::test::skatteverketNumbers(u"testpersonnummer_sample.csv"_s);

    REQUIRE(numbers.size() == 1536);
    CHECK(countMale(numbers) == 784);
}

TEST_CASE("Every Skatteverket test coordination number parses, unknown months and days included")
{
    const QStringList numbers = vfu::test::skatteverketNumbers(u"testsamordningsnummer.csv"_s);
    REQUIRE(numbers.size() == 2264);

    int unknownDates = 0;
    int daysNotInMonth = 0;
    for (const QString &text : numbers) {
        const IdentityNumber number = parsed(text);
        CHECK(number.kind() == IdentityKind::CoordinationNumber);
        CHECK(number.canonical() == text.left(8) + u'-' + text.mid(8));
        const int year = text.left(4).toInt();
        const int month = text.mid(4, 2).toInt();
        const int day = text.mid(6, 2).toInt() - 60;
        if (month == 0 || day == 0) {
            ++unknownDates;
            CHECK_FALSE(number.birthDate().isValid());
        } else if (!QDate::isValid(year, month, day)) {
            ++daysNotInMonth;
            CHECK_FALSE(number.birthDate().isValid());
        } else {
            CHECK(number.birthDate() == QDate(year, month, day));
        }
    }
    CHECK(unknownDates == 170);
    CHECK(daysNotInMonth == 24);
    CHECK(countMale(numbers) == 1124);
}

TEST_CASE("Every Skatteverket test number reads back from its short form on the same day")
{
    QStringList numbers = vfu::test::skatteverketNumbers(u"testpersonnummer_sample.csv"_s);
    numbers += vfu::test::skatteverketNumbers(u"testsamordningsnummer.csv"_s);

    for (const QDate day : {today, QDate(2024, 1, 1), QDate(2023, 12, 31)}) {
        for (const QString &text : numbers) {
            // A number born after `day` has no short form yet.
            if (text.left(4).toInt() > day.year())
                continue;
            const QString shortForm = parsed(text).shortForm(day);
            CHECK(parsed(shortForm, day).longForm() == text);
        }
    }
}

TEST_CASE("Every expectation of the personnummer list holds")
{
    const QJsonArray items = readJson(u"list.json"_s).toArray();
    REQUIRE(items.size() == 13);

    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        INFO("item " << item.value(u"long_format").toString());
        const QString type = item.value(u"type").toString();
        REQUIRE((type == u"ssn"_s || type == u"con"_s));
        checkSuiteItem(item, type == u"ssn"_s ? IdentityKind::PersonalNumber
                                              : IdentityKind::CoordinationNumber);
    }
}

TEST_CASE("Every Swedish expectation of the detailed test cases holds, birth dates included")
{
    const QJsonArray items = readJson(u"detailed_test_cases.json"_s).toArray();
    REQUIRE(items.size() == 29);

    int swedish = 0;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        INFO("item " << item.value(u"long_format").toString());
        const QString type = item.value(u"type").toString();
        if (type == u"personalIdentityNumber"_s) {
            checkSuiteItem(item, IdentityKind::PersonalNumber);
            ++swedish;
        } else if (type == u"coordinationNumber"_s) {
            checkSuiteItem(item, IdentityKind::CoordinationNumber);
            ++swedish;
        }
    }
    CHECK(swedish == 12);
}

TEST_CASE("Reserve and foreign numbers of the detailed test cases are rejected unless Swedish too")
{
    const QJsonArray items = readJson(u"detailed_test_cases.json"_s).toArray();

    int others = 0;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString type = item.value(u"type").toString();
        if (type == u"personalIdentityNumber"_s || type == u"coordinationNumber"_s)
            continue;
        ++others;
        INFO(type);
        for (const QString &format : allFormats) {
            const QString text = item.value(format).toString();
            if (alsoSwedish.contains(text))
                CHECK(parsed(text).canonical() == u"20010203-1234"_s);
            else
                rejection(text);
        }
    }
    CHECK(others == 17);
}

TEST_CASE("A Swedish reserve number is rejected with the reason it fails")
{
    // Region Västerbotten and VGR use interim letters but their own check digit.
    CHECK(rejection(u"19820202R620"_s) == u"The check digit should be 5, not 0."_s);
    CHECK(rejection(u"561110-K064"_s) == u"The check digit should be 3, not 4."_s);
    // Region Stockholm's reserve numbers begin with 99.
    CHECK(rejection(u"992003765399"_s) ==
          u"Century 99 does not occur in identity numbers; only 18, 19 and 20 do."_s);
    CHECK(rejection(u"992007523174"_s) ==
          u"Day 52 does not exist; a coordination number adds 60 to the day (61 to 91)."_s);
}

TEST_CASE("The strings of the test cases are accepted or rejected as listed")
{
    const QJsonObject cases = readJson(u"test_cases.json"_s).toObject();
    const QStringList swedishTypes = {u"personalIdentityNumber"_s, u"coordinationNumber"_s};

    for (const QString &type : swedishTypes) {
        const QJsonObject byForm = cases.value(type).toObject();
        for (const QString &form : {u"integer"_s, u"string"_s}) {
            INFO(type << " as " << form);
            const QJsonObject lists = byForm.value(form).toObject();
            const QStringList valid = textsOf(lists.value(u"valid"));
            const QStringList invalid = textsOf(lists.value(u"invalid"));
            CHECK_FALSE(valid.isEmpty());
            CHECK_FALSE(invalid.isEmpty());
            for (const QString &text : valid) {
                const IdentityNumber number = parsed(text);
                CHECK(number.kind() == (type == u"coordinationNumber"_s
                                            ? IdentityKind::CoordinationNumber
                                            : IdentityKind::PersonalNumber));
            }
            for (const QString &text : invalid)
                rejection(text);
        }
    }
}

TEST_CASE("The impossible centuries of the test cases are rejected")
{
    CHECK(rejection(u"001201123456"_s) ==
          u"Century 00 does not occur in identity numbers; only 18, 19 and 20 do."_s);
    CHECK(rejection(u"011201123456"_s) ==
          u"Century 01 does not occur in identity numbers; only 18, 19 and 20 do."_s);
    CHECK(rejection(u"211201123456"_s) ==
          u"Century 21 does not occur in identity numbers; only 18, 19 and 20 do."_s);
    CHECK(rejection(u"981201123456"_s) ==
          u"Century 98 does not occur in identity numbers; only 18, 19 and 20 do."_s);
    // 1812 is a possible century; the check digit gives this one away.
    CHECK(rejection(u"181201123456"_s) == u"The check digit should be 0, not 6."_s);
}

TEST_CASE("Danish and Norwegian numbers are rejected unless one happens to be Swedish too")
{
    const QJsonObject cases = readJson(u"test_cases.json"_s).toObject();

    int foreign = 0;
    for (const QString &type : {u"danishCpr"_s, u"norwegianBirthNumber"_s}) {
        const QJsonObject lists = cases.value(type).toObject().value(u"string").toObject();
        for (const QString &list : {u"valid"_s, u"invalid"_s}) {
            const QStringList texts = textsOf(lists.value(list));
            CHECK_FALSE(texts.isEmpty());
            for (const QString &text : texts) {
                ++foreign;
                INFO(type << ' ' << list);
                if (alsoSwedish.contains(text))
                    CHECK(parsed(text).canonical() == u"20010203-1234"_s);
                else
                    rejection(text);
            }
        }
    }
    CHECK(foreign == 9 + 125);
}

TEST_CASE("The structured lists are accepted or rejected as listed")
{
    const QJsonObject structured = readJson(u"structured.json"_s).toObject();

    for (const QString &type : {u"ssn"_s, u"con"_s}) {
        for (const QString &form : {u"integer"_s, u"string"_s}) {
            INFO(type << " as " << form);
            const QJsonObject lists = structured.value(type).toObject().value(form).toObject();
            const QStringList valid = textsOf(lists.value(u"valid"));
            const QStringList invalid = textsOf(lists.value(u"invalid"));
            CHECK_FALSE(valid.isEmpty());
            CHECK_FALSE(invalid.isEmpty());
            for (const QString &text : valid)
                parsed(text);
            for (const QString &text : invalid)
                rejection(text);
        }
    }
}

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
