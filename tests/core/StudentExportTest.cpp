#include "core/io/StudentExport.h"

#include "core/StudentService.h"
#include "core/storage/Database.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QFile>
#include <QTemporaryDir>

using namespace vfu;

namespace {

struct DataFile
{
    std::unique_ptr<Database> database;
    std::unique_ptr<StudentService> service;

    DataFile(const QString &path, const Clock &clock)
    {
        auto opened = Database::open(path);
        REQUIRE(opened.isOk());
        database = std::move(opened).value();
        service = std::make_unique<StudentService>(*database, clock);
    }

    void importFile(const QString &path)
    {
        const auto source = StudentImport::readFile(path);
        REQUIRE(source.isOk());
        const auto plan = service->planImport(*source, StudentImport::guessMapping(source->header));
        REQUIRE(plan.isOk());
        CHECK(plan->report.count(LineFate::Rejected) == 0);
        REQUIRE(service->applyImport(*plan).isOk());
    }

    QList<Student> students()
    {
        const auto all = service->summaries();
        REQUIRE(all.isOk());
        QList<Student> result;
        for (StudentSummary summary : *all) {
            summary.student.id = 0;
            result.append(summary.student);
        }
        return result;
    }
};

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("An export imported into an empty data file gives the same students, in both formats")
{
    const auto format = GENERATE(CsvDialect::Rfc4180, CsvDialect::ExcelSwedish);
    QTemporaryDir dir;
    const FixedClock clock(QDate(2026, 12, 3));
    DataFile original(dir.filePath(QStringLiteral("original.sqlite")), clock);
    original.importFile(
        test::testDataPath(QStringLiteral("ladok/deltagande-sjukskoterskeprogrammet.csv")));

    const QString exported = dir.filePath(QStringLiteral("students.csv"));
    REQUIRE(original.service->exportStudents(exported, format).isOk());

    DataFile copy(dir.filePath(QStringLiteral("copy.sqlite")), clock);
    copy.importFile(exported);
    const QList<Student> students = original.students();
    CHECK(students.size() == 150);
    CHECK(copy.students() == students);
}

TEST_CASE(
    "The csv export is RFC 4180 UTF-8 with commas and the Excel export has a BOM and semicolons")
{
    QTemporaryDir dir;
    const FixedClock clock(QDate(2026, 12, 3));
    DataFile data(dir.filePath(QStringLiteral("data.sqlite")), clock);
    QFile list(dir.filePath(QStringLiteral("list.csv")));
    REQUIRE(list.open(QIODevice::WriteOnly));
    list.write("Personnummer;Efternamn;Förnamn\n19500118-2046;Åberg;=HYPERLINK(\"x\")\n");
    list.close();
    data.importFile(list.fileName());

    const QString csv = dir.filePath(QStringLiteral("plain.csv"));
    REQUIRE(data.service->exportStudents(csv, CsvDialect::Rfc4180).isOk());
    CHECK(contentsOf(csv) ==
          QByteArray("Personnummer,Efternamn,Förnamn,E-post,Programkod,Program,HSA-ID,Steg\r\n"
                     "19500118-2046,Åberg,\"=HYPERLINK(\"\"x\"\")\",,,,,new\r\n"));

    const QString excel = dir.filePath(QStringLiteral("excel.csv"));
    REQUIRE(data.service->exportStudents(excel, CsvDialect::ExcelSwedish).isOk());
    CHECK(contentsOf(excel) ==
          QByteArray(
              "\xEF\xBB\xBFPersonnummer;Efternamn;Förnamn;E-post;Programkod;Program;HSA-ID;Steg\r\n"
              "19500118-2046;Åberg;\"'=HYPERLINK(\"\"x\"\")\";;;;;new\r\n"));

    // Imported again, the Excel list gives the name as it was, without the '.
    DataFile copy(dir.filePath(QStringLiteral("copy.sqlite")), clock);
    copy.importFile(excel);
    REQUIRE(copy.students().size() == 1);
    CHECK(copy.students().first().givenNames == QStringLiteral("=HYPERLINK(\"x\")"));
    CHECK(copy.students() == data.students());
}

TEST_CASE("An export to a folder that does not exist fails with the file's name")
{
    QTemporaryDir dir;
    const FixedClock clock(QDate(2026, 12, 3));
    DataFile data(dir.filePath(QStringLiteral("data.sqlite")), clock);
    const Status status = data.service->exportStudents(
        dir.filePath(QStringLiteral("nowhere/list.csv")), CsvDialect::Rfc4180);
    REQUIRE_FALSE(status.isOk());
    CHECK(status.error().contains(QStringLiteral("list.csv could not be written")));
}

TEST_CASE("A cancelled export writes no file and leaves an old one as it was")
{
    QTemporaryDir dir;
    const FixedClock clock(QDate(2026, 12, 3));
    DataFile data(dir.filePath(QStringLiteral("data.sqlite")), clock);
    data.importFile(
        test::testDataPath(QStringLiteral("ladok/deltagande-sjukskoterskeprogrammet.csv")));
    const QString path = dir.filePath(QStringLiteral("students.csv"));
    QFile old(path);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("old list\n");
    old.close();

    const Status status = data.service->exportStudents(path, CsvDialect::Rfc4180,
                                                       [](qsizetype, qsizetype) { return false; });
    REQUIRE_FALSE(status.isOk());
    CHECK(status.error() == QStringLiteral("The export was cancelled; no file was written."));
    CHECK(contentsOf(path) == QByteArray("old list\n"));
}
