#include "core/csv/CsvReader.h"

#include "core/csv/Windows1252.h"
#include "support/Catch.h"
#include "tests/core/csv/CsvTestSupport.h"

#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using vfu::CsvReader;
using vfu::TextEncoding;
using vfu::test::fieldsOf;
using vfu::test::linesOf;
using vfu::test::parsedCsv;

TEST_CASE("UTF-8 without a byte order mark is read as UTF-8")
{
    const auto document = parsedCsv("Namn;Ort\nÅsa Öberg;Malmö\n");

    CHECK(document.encoding == TextEncoding::Utf8);
    CHECK(fieldsOf(document) ==
          QList<QStringList>{{u"Namn"_s, u"Ort"_s}, {u"Åsa Öberg"_s, u"Malmö"_s}});
}

TEST_CASE("A UTF-8 byte order mark is recognised and kept out of the first field")
{
    const auto document = parsedCsv("\xEF\xBB\xBFNamn;Ort\r\nÅsa;Malmö\r\n");

    CHECK(document.encoding == TextEncoding::Utf8WithBom);
    CHECK(document.record(0).fields == QStringList{u"Namn"_s, u"Ort"_s});
    CHECK(document.record(1).fields == QStringList{u"Åsa"_s, u"Malmö"_s});
}

TEST_CASE("Bytes that are not valid UTF-8 are read as Windows-1252")
{
    const auto document =
        parsedCsv("Namn;Ort\r\n\xC5sa \xD6\x62\x65rg;Malm\xF6\r\n\xE5\xE4\xF6;\x80\r\n");

    CHECK(document.encoding == TextEncoding::Windows1252);
    CHECK(document.separator == u';');
    CHECK(fieldsOf(document) == QList<QStringList>{{u"Namn"_s, u"Ort"_s},
                                                   {u"Åsa Öberg"_s, u"Malmö"_s},
                                                   {u"åäö"_s, u"€"_s}});
}

TEST_CASE("UTF-8 with a few bad bytes stays UTF-8, the bad bytes kept as U+FFFD")
{
    const auto document = parsedCsv("Namn;Ort\n\xC3\x85sa \xD6\x62\x65rg;Malm\xC3\xB6\n");

    CHECK(document.encoding == TextEncoding::Utf8);
    CHECK(document.replacedBytes);
    CHECK(fieldsOf(document) ==
          QList<QStringList>{{u"Namn"_s, u"Ort"_s}, {u"Åsa \uFFFDberg"_s, u"Malmö"_s}});
}

TEST_CASE("A U+FFFD that valid UTF-8 spells is the file's own, not a replaced byte")
{
    const auto document = parsedCsv("Namn;Ort\n\xC3\x85sa \xEF\xBF\xBD;Malm\xC3\xB6\n");

    CHECK(document.encoding == TextEncoding::Utf8);
    CHECK_FALSE(document.replacedBytes);
    CHECK(document.record(1).fields == QStringList{u"\u00c5sa \uFFFD"_s, u"Malm\u00f6"_s});
}

TEST_CASE("UTF-16 with a byte order mark, as Excel's Unicode text, is read in either order")
{
    const QString text = u"Namn\tOrt\r\nÅsa Öberg\tMalmö\r\n"_s;
    QByteArray little("\xFF\xFE");
    QByteArray big("\xFE\xFF");
    for (const QChar c : text) {
        little.append(static_cast<char>(c.unicode() & 0xff))
            .append(static_cast<char>(c.unicode() >> 8));
        big.append(static_cast<char>(c.unicode() >> 8))
            .append(static_cast<char>(c.unicode() & 0xff));
    }
    for (const QByteArray &bytes : {little, big}) {
        const auto document = parsedCsv(bytes);
        CHECK(document.encoding == TextEncoding::Utf16);
        CHECK(document.separator == u'\t');
        CHECK(fieldsOf(document) ==
              QList<QStringList>{{u"Namn"_s, u"Ort"_s}, {u"Åsa Öberg"_s, u"Malmö"_s}});
    }
}

TEST_CASE("A UTF-16 surrogate that stands alone is read as U+FFFD")
{
    // "a" D800 ";" DC00 "b" D83D DE00 (a pair: one character), little-endian
    const auto document = parsedCsv(QByteArray("\xFF\xFE"
                                               "a\0\x00\xD8;\0\x00\xDC"
                                               "b\0\x3D\xD8\x00\xDE",
                                               16));

    CHECK(document.encoding == TextEncoding::Utf16);
    CHECK(document.replacedBytes);
    CHECK(fieldsOf(document) == QList<QStringList>{{u"a\uFFFD"_s, u"\uFFFDb\U0001F600"_s}});
}

TEST_CASE("The built-in Windows-1252 table decodes å ä ö and the euro sign")
{
    CHECK(vfu::decodeWindows1252Builtin("\xE5\xE4\xF6\xC5\xC4\xD6\x80\x96") == u"åäöÅÄÖ€–"_s);
}

TEST_CASE("The built-in Windows-1252 table agrees with Qt's decoder on every byte")
{
    QStringDecoder qtDecoder("windows-1252");
    if (!qtDecoder.isValid()) {
        WARN("This Qt has no Windows-1252 decoder (no ICU); only the built-in table is used.");
        return;
    }
    for (int value = 0; value < 256; ++value) {
        const QByteArray byte(1, static_cast<char>(value));
        INFO("byte " << value);
        CHECK(vfu::decodeWindows1252Builtin(byte) == QString(qtDecoder.decode(byte)));
    }
}

TEST_CASE("The separator is detected among semicolon, comma and tab")
{
    CHECK(parsedCsv("a;b;c\n1;2;3\n").separator == u';');
    CHECK(parsedCsv("a,b,c\n1,2,3\n").separator == u',');
    CHECK(parsedCsv("a\tb\tc\n1\t2\t3\n").separator == u'\t');
}

TEST_CASE("A separator inside quotes does not count towards detection")
{
    const auto document = parsedCsv("\"Berg, Anna\";\"7,5\"\n\"Ek, Per\";\"15,0\"\n");

    CHECK(document.separator == u';');
    CHECK(document.record(0).fields == QStringList{u"Berg, Anna"_s, u"7,5"_s});
}

TEST_CASE("Semicolon wins over an unquoted decimal comma that splits every line equally")
{
    const auto document = parsedCsv("Kurs;7,5\nPraktik;15,0\n");

    CHECK(document.separator == u';');
    CHECK(fieldsOf(document) ==
          QList<QStringList>{{u"Kurs"_s, u"7,5"_s}, {u"Praktik"_s, u"15,0"_s}});
}

TEST_CASE("A preamble of key/value lines before the table does not mislead detection")
{
    const auto document = parsedCsv("\"Utdata\";\"Deltagande\"\n\"Skapad\";\"2026-08-20\"\n\n"
                                    "a;b;c, d;e\n1;2;3, 4;5\n");

    CHECK(document.separator == u';');
    CHECK(document.record(2).fields.size() == 4);
}

TEST_CASE("A file of one column falls back to comma")
{
    CHECK(parsedCsv("Personnummer\n19500818-2304\n").separator == u',');
}

TEST_CASE("A given separator is used instead of detection")
{
    const auto document = parsedCsv("a;b,c\n1;2,3\n", u',');

    CHECK(document.separator == u',');
    CHECK(document.record(0).fields == QStringList{u"a;b"_s, u"c"_s});
}

TEST_CASE("Quoted fields keep separators, doubled quotes and line breaks as they are")
{
    const auto document = parsedCsv("\"a,b\",\"say \"\"hi\"\"\",\"cr\rlf\ncrlf\r\nend\"\n", u',');

    REQUIRE(document.size() == 1);
    CHECK(document.record(0).fields ==
          QStringList{u"a,b"_s, u"say \"hi\""_s, u"cr\rlf\ncrlf\r\nend"_s});
}

TEST_CASE("Records may end with CR, LF or CRLF, mixed in one file")
{
    const auto document = parsedCsv("a,b\r1,2\n3,4\r\n5,6");

    CHECK(
        fieldsOf(document) ==
        QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}, {u"5"_s, u"6"_s}});
    CHECK(linesOf(document) == QList<int>{1, 2, 3, 4});
}

TEST_CASE("Line numbers count the line breaks inside quoted fields")
{
    const auto document = parsedCsv("a,b\n\"one\ntwo\r\nthree\rfour\",x\ny,z\n");

    CHECK(linesOf(document) == QList<int>{1, 2, 6});
    CHECK(document.record(2).fields == QStringList{u"y"_s, u"z"_s});
}

TEST_CASE("Blank lines are skipped and still counted")
{
    const auto document = parsedCsv("\n\r\na,b\n\n\r\r1,2\r\n\n");

    CHECK(fieldsOf(document) == QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}});
    CHECK(linesOf(document) == QList<int>{3, 7});
}

TEST_CASE("Two quotes alone on a line are a record of one empty field")
{
    const auto document = parsedCsv("a\n\"\"\nb\n", u',');

    CHECK(fieldsOf(document) == QList<QStringList>{{u"a"_s}, {QString()}, {u"b"_s}});
    CHECK(linesOf(document) == QList<int>{1, 2, 3});
}

TEST_CASE("A line of separators only is a record of empty fields")
{
    const auto document = parsedCsv("a;b\n;\n");

    CHECK(document.record(1).fields == QStringList{QString(), QString()});
    CHECK(document.record(1).line == 2);
}

TEST_CASE("The last record needs no final line break")
{
    CHECK(fieldsOf(parsedCsv("a,b\n1,")) ==
          QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, QString()}});
    CHECK(fieldsOf(parsedCsv("a,b\n1,\"\"")) ==
          QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, QString()}});
}

TEST_CASE("A stray quote inside an unquoted field is kept as a character")
{
    const auto document = parsedCsv("a,b\n37.8\"N,Anna \"Annie\" Berg\n");

    CHECK(document.record(1).fields == QStringList{u"37.8\"N"_s, u"Anna \"Annie\" Berg"_s});
}

TEST_CASE("Text after a closing quote is kept with the field")
{
    const auto document = parsedCsv("a,b\n\"Anna\" Berg,x\n");

    CHECK(document.record(1).fields == QStringList{u"Anna Berg"_s, u"x"_s});
}

TEST_CASE("A quoted field without its closing quote fails and names its line and column")
{
    const auto result = CsvReader::parse("a,b,c\n1,2,3\n3,\"open\nstill open\n");

    REQUIRE_FALSE(result.isOk());
    CHECK(result.error() == u"Line 3, column 2: a quoted field starts here and has no closing "
                            "quote, so the rest of the file cannot be read."_s);
}

TEST_CASE("A quoted field without its closing quote is placed in the file it is in")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"50%2 deltagande.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("\"Namn\";\"Personnummer\"\n\"Berg, Anna\";\"19891231-2389\n");
    file.close();

    const auto result = CsvReader::readFile(path);

    REQUIRE_FALSE(result.isOk());
    CHECK(result.error() == u"50%2 deltagande.csv, line 2, column 2: a quoted field starts "
                            "here and has no closing quote, so the rest of the file cannot be "
                            "read."_s);
}

TEST_CASE("Empty input is a document without records")
{
    const auto document = parsedCsv(QByteArray());

    CHECK(document.records().isEmpty());
    CHECK(document.encoding == TextEncoding::Utf8);
    CHECK(document.separator == u',');
}

TEST_CASE("A file that cannot be opened fails with a message naming the file")
{
    const QString path = u"/nonexistent/vfu-desk/deltagande.csv"_s;

    const auto result = CsvReader::readFile(path);

    REQUIRE_FALSE(result.isOk());
    CHECK(result.error().startsWith(
        u"Could not open the file /nonexistent/vfu-desk/deltagande.csv: "_s));
}

TEST_CASE("Encodings have the names an import report shows")
{
    CHECK(CsvReader::encodingName(TextEncoding::Utf8) == u"UTF-8"_s);
    CHECK(CsvReader::encodingName(TextEncoding::Utf8WithBom) == u"UTF-8 with BOM"_s);
    CHECK(CsvReader::encodingName(TextEncoding::Windows1252) == u"Windows-1252"_s);
    CHECK(CsvReader::encodingName(TextEncoding::Utf16) == u"UTF-16"_s);
}
