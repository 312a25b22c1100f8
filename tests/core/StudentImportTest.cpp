#include "core/io/StudentImport.h"

#include "core/StudentService.h"
#include "core/storage/Database.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace vfu;

using namespace Qt::StringLiterals;

namespace {

const QString ladokSample = QStringLiteral("ladok/deltagande-sjukskoterskeprogrammet.csv");

// A data file in a temporary folder, on a fixed day.
struct Fixture
{
    QTemporaryDir dir;
    FixedClock clock{QDate(2026, 12, 3)};
    std::unique_ptr<Database> database;
    std::unique_ptr<StudentService> service;

    Fixture()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("vfudesk.sqlite")));
        REQUIRE(opened.isOk());
        database = std::move(opened).value();
        service = std::make_unique<StudentService>(*database, clock);
    }

    ImportPlan plan(const QByteArray &bytes, const QString &name = QStringLiteral("list.csv"))
    {
        const Result<ImportSource> source = StudentImport::fromBytes(bytes, name);
        INFO(source.error());
        REQUIRE(source.isOk());
        const Result<ImportPlan> planned =
            service->planImport(*source, StudentImport::guessMapping(source->header));
        INFO(planned.error());
        REQUIRE(planned.isOk());
        return *planned;
    }

    ImportReport import(const QByteArray &bytes)
    {
        const ImportPlan planned = plan(bytes);
        REQUIRE(service->applyImport(planned).isOk());
        return planned.report;
    }

    QList<Student> students()
    {
        const auto all = service->summaries();
        REQUIRE(all.isOk());
        QList<Student> result;
        for (const StudentSummary &summary : *all)
            result.append(summary.student);
        return result;
    }
};

const LineOutcome &lineOf(const ImportReport &report, int line)
{
    const auto found = std::find_if(report.lines.cbegin(), report.lines.cend(),
                                    [line](const LineOutcome &o) { return o.line == line; });
    REQUIRE(found != report.lines.cend());
    return *found;
}

} // namespace

TEST_CASE("The Ladok sample imports as 150 students, and a second import changes nothing")
{
    Fixture f;
    const QByteArray bytes = test::readTestData(ladokSample);

    const ImportReport first = f.import(bytes);
    CHECK(first.count(LineFate::Inserted) == 150);
    CHECK(first.count(LineFate::Rejected) == 0);
    CHECK(first.headerLine == 5);
    CHECK(first.encoding == TextEncoding::Utf8WithBom);
    CHECK(first.separator == QLatin1Char(';'));
    CHECK(first.addressColumns.isEmpty());
    CHECK(first.ignoredColumns.contains(QStringLiteral("Ort (Kurspaketeringstillfälle)")));

    const QList<Student> students = f.students();
    REQUIRE(students.size() == 150);
    // Numbered in the order of their identity numbers, not of the lines of the file.
    CHECK(students.first().identity == QStringLiteral("19350586-2395"));
    CHECK(
        std::is_sorted(students.cbegin(), students.cend(),
                       [](const Student &a, const Student &b) { return a.identity < b.identity; }));
    const auto idaAt = std::find_if(students.cbegin(), students.cend(), [](const Student &s) {
        return s.identity == QStringLiteral("19500818-2304");
    });
    REQUIRE(idaAt != students.cend());
    const Student &ida = *idaAt;
    CHECK(ida.identity == QStringLiteral("19500818-2304"));
    CHECK(ida.givenNames == QStringLiteral("Ida"));
    CHECK(ida.familyName == QStringLiteral("Nilsson"));
    CHECK(ida.programmeCode == QStringLiteral("2SJ20"));
    CHECK(ida.programmeName == QStringLiteral("Sjuksköterskeprogrammet"));

    const ImportReport second = f.import(bytes);
    CHECK(second.count(LineFate::Unchanged) == 150);
    CHECK(second.count(LineFate::Inserted) == 0);
    CHECK(second.count(LineFate::Updated) == 0);
    CHECK(f.students() == students);
}

TEST_CASE("Columns are found by name in any order, in plain spellings too")
{
    Fixture f;
    const ImportReport report = f.import("E-postadress,Efternamn,Personnummer,Förnamn\r\n"
                                         "ida@student.example,Nilsson,500818-2304,Ida\r\n");
    REQUIRE(report.count(LineFate::Inserted) == 1);
    const Student student = f.students().first();
    CHECK(student.identity == QStringLiteral("19500818-2304"));
    CHECK(student.email == QStringLiteral("ida@student.example"));
    CHECK(student.familyName == QStringLiteral("Nilsson"));
}

TEST_CASE("Postal address columns are never stored and the report says they were ignored")
{
    Fixture f;
    const ImportReport report =
        f.import("Personnummer;Efternamn;Förnamn;Utdelningsadress;Postnummer;Postort\n"
                 "19500818-2304;Nilsson;Ida;Storgatan 1;111 22;Stockholm\n");
    CHECK(report.addressColumns == QStringList{QStringLiteral("Utdelningsadress"),
                                               QStringLiteral("Postnummer"),
                                               QStringLiteral("Postort")});
    QSqlQuery query(f.database->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT * FROM students")));
    REQUIRE(query.next());
    for (int column = 0; column < query.record().count(); ++column)
        CHECK_FALSE(query.value(column).toString().contains(QStringLiteral("Storgatan")));
}

TEST_CASE("A rejected line says which line, which column and why, and the valid lines still go in")
{
    Fixture f;
    const ImportReport report = f.import("Personnummer;Efternamn;Förnamn;E-post\n"
                                         "19500818-2304;Nilsson;Ida;ida@student.example\n"
                                         "19500818-2305;Olsson;Klara;\n"
                                         ";Sandberg;Oscar;\n"
                                         "20040820-2398;;;\n"
                                         "19891231-2389;Olsson;Klara;klara.student.example\n");
    CHECK(report.count(LineFate::Inserted) == 1);
    CHECK(report.count(LineFate::Rejected) == 4);

    const LineOutcome &checkDigit = lineOf(report, 3);
    CHECK(checkDigit.fate == LineFate::Rejected);
    CHECK(checkDigit.column == QStringLiteral("Personnummer"));
    CHECK(checkDigit.reason.contains(QStringLiteral("check digit")));

    CHECK(lineOf(report, 4).reason == QStringLiteral("The identity number is empty."));
    CHECK(lineOf(report, 5).column == QStringLiteral("Efternamn"));
    CHECK(lineOf(report, 5).reason == QStringLiteral("The student has no name."));
    CHECK(lineOf(report, 6).column == QStringLiteral("E-post"));
    CHECK(lineOf(report, 6).reason ==
          QStringLiteral("\"klara.student.example\" is not an e-mail address."));
    CHECK(f.students().size() == 1);
}

TEST_CASE("A field with a control character or of a pasted line's length is rejected, saying "
          "where")
{
    Fixture f;
    QByteArray list = "Personnummer;Efternamn;F\xc3\xb6rnamn;E-post\n"
                      "19500818-2304;Nilsson;Ida;ida@student.example\n"
                      "19891231-2389;\"Olsson\nKlara\";Klara;\n"
                      "19820820-2393;Berg;An\tna;\n"
                      "19490523-2841;Lind;Eva;eva\x7f@student.example\n";
    list += "20040820-2398;" + QByteArray(201, 'A') + ";Oscar;\n";
    list += "19090527-1474;" + QByteArray(200, 'B') + ";Nils;\n";
    const ImportReport report = f.import(list);

    CHECK(report.count(LineFate::Inserted) == 2);
    CHECK(report.count(LineFate::Rejected) == 4);
    CHECK(lineOf(report, 3).column == QStringLiteral("Efternamn"));
    CHECK(lineOf(report, 3).reason == QStringLiteral("A control character (U+000A) stands at "
                                                     "character 7; the field must be plain text."));
    CHECK(lineOf(report, 5).column == QStringLiteral("F\u00f6rnamn"));
    CHECK(lineOf(report, 5).reason == QStringLiteral("A control character (U+0009) stands at "
                                                     "character 3; the field must be plain text."));
    CHECK(lineOf(report, 6).column == QStringLiteral("E-post"));
    CHECK(lineOf(report, 6).reason == QStringLiteral("A control character (U+007F) stands at "
                                                     "character 4; the field must be plain text."));
    CHECK(lineOf(report, 7).column == QStringLiteral("Efternamn"));
    CHECK(lineOf(report, 7).reason ==
          QStringLiteral("The field holds 201 characters; at most 200 are taken."));
    QStringList stored;
    for (const Student &student : f.students())
        stored.append(student.identity);
    stored.sort();
    CHECK(stored == QStringList{QStringLiteral("19090527-1474"), QStringLiteral("19500818-2304")});
}

TEST_CASE("A U+FFFD the file itself holds is refused as the character it is")
{
    Fixture f;
    const ImportReport report = f.import("Personnummer;Efternamn;F\xc3\xb6rnamn\n"
                                         "19500818-2304;Nilsson;Ida\n"
                                         "19891231-2389;Ol\xef\xbf\xbdsson;Klara\n");
    CHECK(report.count(LineFate::Inserted) == 1);
    CHECK(lineOf(report, 3).reason ==
          QStringLiteral("At character 3 the field holds the character \uFFFD, which a program "
                         "writes where it could not read a letter; correct it in the file and "
                         "import the list again."));
}

TEST_CASE("Characters are counted as a reader counts them, an emoji as one")
{
    Fixture f;
    QString longest;
    for (int i = 0; i < 200; ++i)
        longest += u"\U0001F600"_s;
    const QByteArray list = "Personnummer;Efternamn;F\xc3\xb6rnamn\n"
                            "19500818-2304;" +
                            longest.toUtf8() +
                            ";Ida\n"
                            "19891231-2389;\xf0\x9f\x98\x80\xf0\x9f\x98\x80\x01;Klara\n"
                            "20040820-2398;" +
                            (longest + u"\U0001F600"_s).toUtf8() + ";Oscar\n";
    const ImportReport report = f.import(list);

    CHECK(lineOf(report, 2).fate == LineFate::Inserted);
    CHECK(lineOf(report, 3).reason == QStringLiteral("A control character (U+0001) stands at "
                                                     "character 3; the field must be plain text."));
    CHECK(lineOf(report, 4).reason ==
          QStringLiteral("The field holds 201 characters; at most 200 are taken."));
}

TEST_CASE("A header with bytes its encoding has no character for stops the import, saying where")
{
    // Read as UTF-8 for the Å of line 2, the header's Windows-1252 ö is no character: its column
    // would not be recognised and the given names of every student left out.
    const Result<ImportSource> source = StudentImport::fromBytes(
        "Personnummer;F\xf6rnamn;Efternamn\n19500818-2304;\xc3\x85sa;Berg\n", u"lista.csv"_s);
    REQUIRE_FALSE(source.isOk());
    CHECK(source.error() ==
          u"lista.csv, line 1, column 2: the header \"F\uFFFDrnamn\" holds bytes that are no "
          "character in the file's encoding (UTF-8, shown as \uFFFD); correct it in the file and "
          "import the list again."_s);
}

TEST_CASE("A UTF-8 list with a bad byte imports its other lines, and the bad one is rejected "
          "saying where")
{
    Fixture f;
    const ImportReport report = f.import("Personnummer;Efternamn;F\xc3\xb6rnamn\n"
                                         "19500818-2304;Nilsson;Ida\n"
                                         "19891231-2389;\xd6lsson;Klara\n"
                                         "19820820-2393;\xc3\x85"
                                         "berg;Anna\n");
    CHECK(report.encoding == TextEncoding::Utf8);
    CHECK(report.count(LineFate::Inserted) == 2);
    CHECK(lineOf(report, 3).fate == LineFate::Rejected);
    CHECK(lineOf(report, 3).column == QStringLiteral("Efternamn"));
    CHECK(lineOf(report, 3).reason ==
          QStringLiteral("At character 1 the field holds bytes that are no character in the "
                         "file's encoding (UTF-8, shown as \uFFFD); correct it in the file and "
                         "import the list again."));
    QStringList familyNames;
    for (const Student &student : f.students())
        familyNames.append(student.familyName);
    familyNames.sort();
    CHECK(familyNames == QStringList{QStringLiteral("Nilsson"), QStringLiteral("\u00c5berg")});
}

TEST_CASE("The ' an excel-csv export puts before a formula-like cell is taken off again")
{
    Fixture f;
    f.import("Personnummer;Efternamn;F\xc3\xb6rnamn\n"
             "19500818-2304;'=Nilsson;'-Ida\n"
             "19891231-2389;'t Hooft;'\n");
    QHash<QString, Student> byIdentity;
    for (const Student &student : f.students())
        byIdentity.insert(student.identity, student);
    CHECK(byIdentity.value(QStringLiteral("19500818-2304")).familyName ==
          QStringLiteral("=Nilsson"));
    CHECK(byIdentity.value(QStringLiteral("19500818-2304")).givenNames == QStringLiteral("-Ida"));
    CHECK(byIdentity.value(QStringLiteral("19891231-2389")).familyName ==
          QStringLiteral("'t Hooft"));
    CHECK(byIdentity.value(QStringLiteral("19891231-2389")).givenNames == QStringLiteral("'"));
}

TEST_CASE("The same person twice in one file with different data is a conflict on both lines")
{
    Fixture f;
    const ImportReport report = f.import("Personnummer;Efternamn;Förnamn\n"
                                         "19500818-2304;Nilsson;Ida\n"
                                         "195008182304;Nilsson;Ida Maria\n"
                                         "19891231-2389;Olsson;Klara\n"
                                         "891231-2389;Olsson;Klara\n");
    CHECK(lineOf(report, 2).fate == LineFate::Rejected);
    CHECK(lineOf(report, 2).reason ==
          QStringLiteral("The same person is also on line 3 with different data."));
    CHECK(lineOf(report, 3).fate == LineFate::Rejected);
    CHECK(lineOf(report, 3).reason ==
          QStringLiteral("The same person is also on line 2 with different data."));
    CHECK(lineOf(report, 4).fate == LineFate::Inserted);
    CHECK(lineOf(report, 5).fate == LineFate::Unchanged);
    CHECK(lineOf(report, 5).reason == QStringLiteral("The same as line 4."));
    CHECK(f.students().size() == 1);
}

TEST_CASE("Lines of one person apart from each other are found together, each against the first")
{
    Fixture f;
    const ImportReport report = f.import("Personnummer;Efternamn;Förnamn\n"
                                         "19891231-2389;Olsson;Klara\n"
                                         "19500818-2304;Nilsson;Ida\n"
                                         "891231-2389;Olsson;Klara\n"
                                         "19500818-2304;Nilsson;Ida Maria\n"
                                         "19500818-2304;Nilsson;Ida\n"
                                         "198912312389;Olsson;Klara\n");
    CHECK(lineOf(report, 2).fate == LineFate::Inserted);
    CHECK(lineOf(report, 3).fate == LineFate::Rejected);
    CHECK(lineOf(report, 3).reason ==
          QStringLiteral("The same person is also on line 5 with different data."));
    CHECK(lineOf(report, 4).reason == QStringLiteral("The same as line 2."));
    CHECK(lineOf(report, 5).reason ==
          QStringLiteral("The same person is also on lines 3, 6 with different data."));
    CHECK(lineOf(report, 6).reason ==
          QStringLiteral("The same person is also on line 5 with different data."));
    CHECK(lineOf(report, 7).fate == LineFate::Unchanged);
    CHECK(lineOf(report, 7).reason == QStringLiteral("The same as line 2."));
    const QList<Student> students = f.students();
    REQUIRE(students.size() == 1);
    CHECK(students.first().identity == QStringLiteral("19891231-2389"));
}

TEST_CASE("A re-import updates the changed fields and says which")
{
    Fixture f;
    f.import(
        "Personnummer;Efternamn;Förnamn;E-post\n19500818-2304;Nilsson;Ida;ida@student.example\n");
    const ImportReport report =
        f.import("Förnamn;Efternamn;Personnummer\nIda;Lind;19500818-2304\n");
    const LineOutcome &line = lineOf(report, 2);
    CHECK(line.fate == LineFate::Updated);
    CHECK(line.changed == QList<StudentField>{StudentField::FamilyName});
    const Student student = f.students().first();
    CHECK(student.familyName == QStringLiteral("Lind"));
    CHECK(student.email == QStringLiteral("ida@student.example")); // no column: kept
}

TEST_CASE("A Windows-1252 list with tab separators imports with å, ä and ö intact")
{
    Fixture f;
    f.import("Personnummer\tEfternamn\tF\xf6rnamn\n19500118-2046\t\xc5\x62\x65rg\tErik\n");
    CHECK(f.students().first().familyName == QStringLiteral("Åberg"));
}

TEST_CASE("A file without a column of identity numbers is refused with its name")
{
    const auto source =
        StudentImport::fromBytes("Namn;Klass\nIda;A\n", QStringLiteral("klass.csv"));
    REQUIRE_FALSE(source.isOk());
    CHECK(source.error().startsWith(
        QStringLiteral("klass.csv: no header with a column of identity numbers")));
}

TEST_CASE("An import that fails part-way leaves the data file as it was")
{
    Fixture f;
    const ImportPlan plan =
        f.plan("Personnummer;Efternamn\n19500818-2304;Nilsson\n19891231-2389;Olsson\n");
    // Someone else stores the second student between the preview and the import.
    StudentStore other(f.database->connection());
    Student olsson;
    olsson.identity = QStringLiteral("19891231-2389");
    olsson.familyName = QStringLiteral("Olsson");
    REQUIRE(other.insertStudent(olsson, f.clock.now()).isOk());

    const Result<qint64> applied = f.service->applyImport(plan);
    REQUIRE_FALSE(applied.isOk());
    CHECK(applied.error() ==
          QStringLiteral("The student on line 3 was added to the data file by someone else while "
                         "this import was prepared; nothing was written. Import the list again."));
    const QList<Student> students = f.students();
    REQUIRE(students.size() == 1);
    CHECK(students.first().identity == QStringLiteral("19891231-2389"));
    QSqlQuery batches(f.database->connection());
    REQUIRE(batches.exec(QStringLiteral("SELECT count(*) FROM import_batches")));
    REQUIRE(batches.next());
    CHECK(batches.value(0).toInt() == 0);
}

TEST_CASE(
    "A cancelled import leaves the data file as it was, and progress reaches the end otherwise")
{
    Fixture f;
    const ImportPlan plan = f.plan(test::readTestData(ladokSample));
    qsizetype lastDone = 0;
    const Result<qint64> cancelled =
        f.service->applyImport(plan, [&](qsizetype done, qsizetype total) {
            lastDone = done;
            CHECK(total == 150);
            return false;
        });
    REQUIRE_FALSE(cancelled.isOk());
    CHECK(cancelled.error() == QStringLiteral("The import was cancelled; nothing was written."));
    CHECK(f.students().isEmpty());

    const Result<qint64> done = f.service->applyImport(plan, [&](qsizetype step, qsizetype) {
        lastDone = step;
        return true;
    });
    REQUIRE(done.isOk());
    CHECK(lastDone == 150);
    CHECK(f.students().size() == 150);
}

TEST_CASE("A line that ends before a column the list fills is rejected and empties nothing")
{
    Fixture f;
    REQUIRE(f.service
                ->applyImport(f.plan("Personnummer;Förnamn;Efternamn\n19500818-2304;Ida;Nilsson\n"))
                .isOk());
    const ImportPlan plan = f.plan("Personnummer;Förnamn;Efternamn\n19500818-2304;Ida\n");
    REQUIRE(plan.report.lines.size() == 1);
    CHECK(plan.report.lines.first().fate == LineFate::Rejected);
    CHECK(plan.report.lines.first().reason ==
          QStringLiteral("The line has 2 fields but the header has 3."));
    CHECK(plan.inserts.isEmpty());
    CHECK(plan.updates.isEmpty());
}
