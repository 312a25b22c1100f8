#include "core/csv/CsvWriter.h"

#include "support/Catch.h"
#include "tests/core/csv/CsvTestSupport.h"

#include <QBuffer>
#include <QIODevice>

using namespace Qt::StringLiterals;
using vfu::CsvDialect;
using vfu::CsvWriter;
using vfu::TextEncoding;
using vfu::writeCsv;
using vfu::test::fieldsOf;
using vfu::test::parsedCsv;

namespace {

// A device that refuses every write, as a full disk or a pulled USB stick does.
class RefusingDevice final : public QIODevice
{
protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override { return -1; }
};

const QList<QStringList> kAwkwardRows = {
    {u"Namn"_s, u"Ort"_s, u"Anteckning"_s},
    {u"Åsa Öberg"_s, u"Malmö, Skåne"_s, u"sa \"hej\""_s},
    {u"rad ett\nrad två"_s, u"cr\rcrlf\r\n"_s, u"a;b"_s},
    {u""_s},
    {u"19500818-2304"_s, QString(), u"7,5"_s},
};

} // namespace

TEST_CASE("Rfc4180 writes UTF-8 with commas and CRLF, quoting only where needed")
{
    const QByteArray bytes = writeCsv(kAwkwardRows, CsvDialect::Rfc4180);

    CHECK(bytes == QByteArray("Namn,Ort,Anteckning\r\n"
                              "\xC3\x85sa \xC3\x96\x62\x65rg,\"Malm\xC3\xB6, Sk\xC3\xA5ne\","
                              "\"sa \"\"hej\"\"\"\r\n"
                              "\"rad ett\nrad tv\xC3\xA5\",\"cr\rcrlf\r\n\",a;b\r\n"
                              "\"\"\r\n"
                              "19500818-2304,,\"7,5\"\r\n"));
}

TEST_CASE("Rfc4180 never changes a cell that looks like a formula")
{
    const QByteArray bytes =
        writeCsv({{u"=SUM(A1:A2)"_s, u"+46701234567"_s, u"-5"_s, u"@user"_s}}, CsvDialect::Rfc4180);

    CHECK(bytes == QByteArray("=SUM(A1:A2),+46701234567,-5,@user\r\n"));
}

TEST_CASE("ExcelSwedish writes a byte order mark, semicolons and CRLF")
{
    const QByteArray bytes = writeCsv(kAwkwardRows, CsvDialect::ExcelSwedish);

    CHECK(bytes == QByteArray("\xEF\xBB\xBFNamn;Ort;Anteckning\r\n"
                              "\xC3\x85sa \xC3\x96\x62\x65rg;Malm\xC3\xB6, Sk\xC3\xA5ne;"
                              "\"sa \"\"hej\"\"\"\r\n"
                              "\"rad ett\nrad tv\xC3\xA5\";\"cr\rcrlf\r\n\";\"a;b\"\r\n"
                              "\"\"\r\n"
                              "19500818-2304;;7,5\r\n"));
}

TEST_CASE("ExcelSwedish neutralises cells a spreadsheet would run as a formula")
{
    const QByteArray bytes = writeCsv(
        {{u"=HYPERLINK(\"http://example.com\")"_s, u"+46701234567"_s, u"-5"_s, u"@SUM(A1)"_s},
         {u"\tx"_s, u"\rx"_s, u"a=b"_s, u"19500818-2304"_s}},
        CsvDialect::ExcelSwedish);

    CHECK(bytes == QByteArray("\xEF\xBB\xBF"
                              "\"'=HYPERLINK(\"\"http://example.com\"\")\";'+46701234567;'-5;"
                              "'@SUM(A1)\r\n"
                              "'\tx;\"'\rx\";a=b;19500818-2304\r\n"));
}

TEST_CASE("Only a cell starting with = + - @ tab or CR is neutralised")
{
    CHECK(CsvWriter::neutraliseFormula(u"=1+1"_s) == u"'=1+1"_s);
    CHECK(CsvWriter::neutraliseFormula(u"+1"_s) == u"'+1"_s);
    CHECK(CsvWriter::neutraliseFormula(u"-1"_s) == u"'-1"_s);
    CHECK(CsvWriter::neutraliseFormula(u"@A1"_s) == u"'@A1"_s);
    CHECK(CsvWriter::neutraliseFormula(u"\t=1"_s) == u"'\t=1"_s);
    CHECK(CsvWriter::neutraliseFormula(u"\r=1"_s) == u"'\r=1"_s);
    CHECK(CsvWriter::neutraliseFormula(QString()) == QString());
    CHECK(CsvWriter::neutraliseFormula(u"Anna"_s) == u"Anna"_s);
    CHECK(CsvWriter::neutraliseFormula(u"a=b"_s) == u"a=b"_s);
    CHECK(CsvWriter::neutraliseFormula(u" =1"_s) == u" =1"_s);
    CHECK(CsvWriter::neutraliseFormula(u"19500818-2304"_s) == u"19500818-2304"_s);
}

TEST_CASE("The byte order mark is written once, before the first row, and not without rows")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, CsvDialect::ExcelSwedish);
    CHECK(bytes.isEmpty());

    writer.writeRow({u"a"_s});
    writer.writeRow({u"b"_s});

    CHECK(bytes == QByteArray("\xEF\xBB\xBF"
                              "a\r\nb\r\n"));
    CHECK(writer.ok());
    CHECK(writeCsv({}, CsvDialect::ExcelSwedish).isEmpty());
}

TEST_CASE("Each dialect names its separator")
{
    QBuffer buffer;
    CHECK(CsvWriter(&buffer, CsvDialect::Rfc4180).separator() == u',');
    CHECK(CsvWriter(&buffer, CsvDialect::ExcelSwedish).separator() == u';');
}

TEST_CASE("Rfc4180 output reads back as the same fields")
{
    const auto document = parsedCsv(writeCsv(kAwkwardRows, CsvDialect::Rfc4180));

    CHECK(document.encoding == TextEncoding::Utf8);
    CHECK(document.separator == u',');
    CHECK(fieldsOf(document) == kAwkwardRows);
}

TEST_CASE("ExcelSwedish output reads back as the same fields, neutralised cells aside")
{
    QList<QStringList> rows = kAwkwardRows;
    rows.append({u"=1+1"_s, u"-5"_s, u"Anna"_s});

    const auto document = parsedCsv(writeCsv(rows, CsvDialect::ExcelSwedish));

    CHECK(document.encoding == TextEncoding::Utf8WithBom);
    CHECK(document.separator == u';');
    QList<QStringList> expected = kAwkwardRows;
    expected.append({u"'=1+1"_s, u"'-5"_s, u"Anna"_s});
    CHECK(fieldsOf(document) == expected);
}

TEST_CASE("A writer whose device refuses a write reports it and writes nothing more")
{
    RefusingDevice device;
    REQUIRE(device.open(QIODevice::WriteOnly));
    CsvWriter writer(&device, CsvDialect::Rfc4180);

    writer.writeRow({u"a"_s, u"b"_s});

    CHECK_FALSE(writer.ok());
    writer.writeRow({u"c"_s});
    CHECK_FALSE(writer.ok());
}

TEST_CASE("A writer on a working device stays ok")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, CsvDialect::Rfc4180);

    writer.writeRow({u"a"_s, u"b"_s});

    CHECK(writer.ok());
    CHECK(bytes == QByteArray("a,b\r\n"));
}
