#include "core/csv/CsvReader.h"
#include "support/Catch.h"
#include "support/TestData.h"
#include "tests/core/csv/CsvTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <string>

using namespace Qt::StringLiterals;
using vfu::CsvReader;
using vfu::TextEncoding;
using vfu::test::parsedCsv;
using vfu::test::readTestData;

namespace {

// The expected rows of a csv-spectrum case. location_coordinates.json is a single object
// rather than an array upstream (see testdata/csv-spectrum/README.md), so one object counts
// as an array of one.
QJsonArray expectedRows(const QString &name)
{
    const QByteArray json = readTestData(u"csv-spectrum/json/"_s + name + u".json"_s);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    INFO("json error: " << error.errorString());
    REQUIRE_FALSE(document.isNull());
    return document.isArray() ? document.array() : QJsonArray{document.object()};
}

} // namespace

TEST_CASE("Every csv-spectrum case parses to its expected rows, field by field")
{
    const QString name = QString::fromStdString(
        GENERATE(as<std::string>{}, "comma_in_quotes", "empty", "empty_crlf", "escaped_quotes",
                 "json", "location_coordinates", "newlines", "newlines_crlf", "quotes_and_newlines",
                 "simple", "simple_crlf", "utf8"));
    INFO("case " << name);

    const auto document = parsedCsv(readTestData(u"csv-spectrum/csvs/"_s + name + u".csv"_s));
    const QJsonArray expected = expectedRows(name);

    CHECK(document.separator == u',');
    CHECK(document.encoding == TextEncoding::Utf8);
    REQUIRE(document.size() == expected.size() + 1);
    const QStringList header = document.record(0).fields;
    for (qsizetype row = 0; row < expected.size(); ++row) {
        const QJsonObject object = expected.at(row).toObject();
        const QStringList fields = document.record(row + 1).fields;
        INFO("row " << row + 1);
        REQUIRE(fields.size() == header.size());
        CHECK(object.size() == header.size());
        for (qsizetype column = 0; column < header.size(); ++column) {
            // The upstream defect: the expected phone number is not the one in the CSV.
            if (name == u"location_coordinates"_s && header.at(column) == u"Contact Phone Number"_s)
                continue;
            INFO("column " << header.at(column));
            REQUIRE(object.contains(header.at(column)));
            CHECK(fields.at(column) == object.value(header.at(column)).toString());
        }
    }
}

TEST_CASE("csv-spectrum's stray quotes in unquoted fields are kept literally")
{
    const auto document = parsedCsv(readTestData(u"csv-spectrum/csvs/location_coordinates.csv"_s));

    REQUIRE(document.size() == 2);
    CHECK(document.record(0).fields == QStringList{u"Contact Phone Number"_s,
                                                   u"Location Coordinates"_s, u"Cities"_s,
                                                   u"Counties"_s});
    CHECK(document.record(1).fields == QStringList{u"2095257564"_s,
                                                   u"37\uFFFD36'37.8\"N 121\uFFFD2'17.9\"W"_s,
                                                   u"Modesto"_s, u"Stanislaus"_s});
}

TEST_CASE("csv-spectrum records start on the physical lines of the file")
{
    CHECK(vfu::test::linesOf(parsedCsv(readTestData(u"csv-spectrum/csvs/newlines.csv"_s))) ==
          QList<int>{1, 2, 3, 5});
    CHECK(vfu::test::linesOf(parsedCsv(readTestData(u"csv-spectrum/csvs/newlines_crlf.csv"_s))) ==
          QList<int>{1, 2, 3, 5});
    CHECK(vfu::test::linesOf(parsedCsv(readTestData(
              u"csv-spectrum/csvs/quotes_and_newlines.csv"_s))) == QList<int>{1, 2, 5});
}

TEST_CASE("A Ladok participation export is read with its preamble, header and students")
{
    const auto document =
        parsedCsv(readTestData(u"ladok/deltagande-sjukskoterskeprogrammet.csv"_s));

    CHECK(document.separator == u';');
    CHECK(document.encoding == TextEncoding::Utf8WithBom);
    REQUIRE(document.size() == 154);

    const vfu::CsvRecord first = document.record(0);
    CHECK(first.line == 1);
    CHECK(first.fields == QStringList{u"Utbildningskod"_s, u"2SJ20 Sjuksköterskeprogrammet"_s});
    CHECK(document.record(2).line == 3);

    const vfu::CsvRecord header = document.record(3);
    CHECK(header.line == 5);
    CHECK(header.fields.size() == 15);
    CHECK(header.fields.first() == u"Personnummer (Student)"_s);
    CHECK(header.fields.last() == u"Period i ordning"_s);

    const vfu::CsvRecord student = document.record(4);
    CHECK(student.line == 6);
    CHECK(student.fields.at(0) == u"19500818-2304"_s);
    CHECK(student.fields.at(5) == u"180,0"_s);
    CHECK(document.records().last().line == 155);
    for (qsizetype i = 3; i < document.size(); ++i)
        CHECK(document.record(i).fields.size() == 15);
}

TEST_CASE("Reading the Ladok export from its file gives what parsing its bytes gives")
{
    const QString relative = u"ladok/deltagande-sjukskoterskeprogrammet.csv"_s;

    const auto fromFile = CsvReader::readFile(vfu::test::testDataPath(relative));

    REQUIRE(fromFile.isOk());
    const auto fromBytes = parsedCsv(readTestData(relative));
    CHECK(fromFile->size() == fromBytes.size());
    CHECK(fromFile->records().last().fields == fromBytes.records().last().fields);
    CHECK(fromFile->separator == u';');
}
