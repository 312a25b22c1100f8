#include "IdentitySupport.h"
#include "core/identity/IdentityNumber.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

// The public test suites of ../shared/testdata: Skatteverket's test numbers, the personnummer
// list and the detailed test cases.

using namespace Qt::StringLiterals;
using namespace vfu::test::identity;
using vfu::IdentityKind;
using vfu::IdentityNumber;

namespace {

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
