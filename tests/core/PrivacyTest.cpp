#include "core/StudentService.h"
#include "core/io/StudentExport.h"
#include "core/privacy/PrivacyGate.h"
#include "core/storage/Database.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QFile>
#include <QTemporaryDir>

using namespace vfu;

namespace {

// The sample list with one student under a protected identity (alias "Kim Test") who has an
// HSA-ID, and one with KliPP's secrecy switch on.
struct ProtectedFixture
{
    QTemporaryDir dir;
    FixedClock clock{QDate(2026, 12, 3)};
    std::unique_ptr<Database> database;
    std::unique_ptr<StudentService> service;

    ProtectedFixture()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("vfudesk.sqlite")));
        REQUIRE(opened.isOk());
        database = std::move(opened).value();
        service = std::make_unique<StudentService>(*database, clock);
        const auto source = StudentImport::readFile(
            test::testDataPath(QStringLiteral("ladok/deltagande-sjukskoterskeprogrammet.csv")));
        REQUIRE(source.isOk());
        const auto plan = service->planImport(*source, StudentImport::guessMapping(source->header));
        REQUIRE(plan.isOk());
        REQUIRE(service->applyImport(*plan).isOk());

        const Result<Student> klara = service->find(QStringLiteral("19891231-2389"));
        REQUIRE(klara.isOk());
        REQUIRE(service
                    ->record(klara->id, Step::HsaIdRecorded, QDate(2026, 12, 1),
                             QStringLiteral("SE2321000016-K7Q2"))
                    .isOk());
        StudentChanges alias;
        alias.protection = Protection::Alias;
        alias.alias = QStringLiteral("Kim Test");
        REQUIRE(service->change(klara->id, alias).isOk());

        const Result<Student> oscar = service->find(QStringLiteral("20040820-2398"));
        REQUIRE(oscar.isOk());
        StudentChanges secrecy;
        secrecy.klippSecrecy = true;
        REQUIRE(service->change(oscar->id, secrecy).isOk());
    }
};

QString contentsOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("No export lets a protected identity's real number, name or HSA-ID out")
{
    const CsvDialect format = GENERATE(CsvDialect::Rfc4180, CsvDialect::ExcelSwedish);
    ProtectedFixture f;
    const QString path = f.dir.filePath(QStringLiteral("students.csv"));
    REQUIRE(f.service->exportStudents(path, format).isOk());
    const QString text = contentsOf(path);

    CHECK_FALSE(text.contains(QStringLiteral("19891231-2389")));
    CHECK_FALSE(text.contains(QStringLiteral("891231")));
    CHECK_FALSE(text.contains(QStringLiteral("SE2321000016-K7Q2")));
    CHECK(text.contains(QStringLiteral("Kim Test")));
    for (const QString &line : text.split(QStringLiteral("\r\n"))) {
        const bool realName =
            line.contains(QStringLiteral("Klara")) && line.contains(QStringLiteral("Olsson"));
        CHECK_FALSE(realName);
    }
    // Everyone else is still there, as they are.
    CHECK(text.contains(QStringLiteral("19500818-2304")));
    CHECK(text.contains(QStringLiteral("20040820-2398")));
}

TEST_CASE("A list for a unit leaves out the name and contact of a student with KliPP secrecy")
{
    Student student;
    student.identity = QStringLiteral("20040820-2398");
    student.familyName = QStringLiteral("Sandberg");
    student.givenNames = QStringLiteral("Oscar");
    student.email = QStringLiteral("oscar@student.example");
    student.klippSecrecy = true;

    const ShownStudent forUnit = PrivacyGate::show(student, Audience::Unit);
    CHECK(forUnit.familyName.isEmpty());
    CHECK(forUnit.givenNames.isEmpty());
    CHECK(forUnit.email.isEmpty());
    CHECK(forUnit.withheld);
    CHECK(forUnit.note ==
          QStringLiteral("KliPP secrecy: name and contact details are not given to the unit."));

    const ShownStudent forCoordinator = PrivacyGate::show(student, Audience::Coordinator);
    CHECK(forCoordinator.familyName == QStringLiteral("Sandberg"));
    CHECK(forCoordinator.email == QStringLiteral("oscar@student.example"));
}

TEST_CASE("A protected identity shows only its alias, to every audience")
{
    Student student;
    student.identity = QStringLiteral("19891231-2389");
    student.familyName = QStringLiteral("Olsson");
    student.givenNames = QStringLiteral("Klara");
    student.email = QStringLiteral("klara@student.example");
    student.protection = Protection::Alias;
    student.alias = QStringLiteral("Kim Test");
    for (const Audience audience : {Audience::Coordinator, Audience::Unit}) {
        const ShownStudent shown = PrivacyGate::show(student, audience);
        CHECK(shown.identity.isEmpty());
        CHECK(shown.familyName == QStringLiteral("Kim Test"));
        CHECK(shown.givenNames.isEmpty());
        CHECK(shown.email.isEmpty());
    }
    CHECK(PrivacyGate::displayName(student) == QStringLiteral("Kim Test"));
}

TEST_CASE("A protected identity cannot be set without an alias, nor with one that is not plain "
          "text")
{
    ProtectedFixture f;
    const Result<Student> ida = f.service->find(QStringLiteral("19500818-2304"));
    REQUIRE(ida.isOk());
    StudentChanges changes;
    changes.protection = Protection::Alias;
    const Result<Student> changed = f.service->change(ida->id, changes);
    REQUIRE_FALSE(changed.isOk());
    CHECK(changed.error() ==
          QStringLiteral("A protected identity needs an alias: the name that lists may show."));

    changes.alias = QStringLiteral("Student\nA");
    const Result<Student> unplain = f.service->change(ida->id, changes);
    REQUIRE_FALSE(unplain.isOk());
    CHECK(unplain.error() == QStringLiteral("The alias is not taken: A control character (U+000A) "
                                            "stands at character 8; the field must be plain "
                                            "text."));
    const Result<Student> after = f.service->find(QStringLiteral("19500818-2304"));
    REQUIRE(after.isOk());
    CHECK(after->protection == Protection::None);
    CHECK(after->alias.isEmpty());
}
