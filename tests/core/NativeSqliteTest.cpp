#include "core/storage/NativeSqlite.h"

#include "core/storage/StudentStore.h"
#include "support/Catch.h"
#include "support/ServiceFixture.h"
#include "support/TestData.h"

#include <optional>

using namespace vfu;

namespace {

const QString ladokSample = QStringLiteral("ladok/deltagande-sjukskoterskeprogrammet.csv");

QList<Student> storedStudents(test::ServiceFixture &f)
{
    const Result<QList<StudentSummary>> all = f.service->summaries();
    REQUIRE(all.isOk());
    QList<Student> students;
    for (const StudentSummary &summary : *all)
        students.append(summary.student);
    return students;
}

ImportPlan planOf(test::ServiceFixture &f, const QByteArray &bytes)
{
    const Result<ImportSource> source = StudentImport::fromBytes(bytes, QStringLiteral("list.csv"));
    REQUIRE(source.isOk());
    Result<ImportPlan> plan =
        f.service->planImport(*source, StudentImport::guessMapping(source->header));
    REQUIRE(plan.isOk());
    return std::move(plan).value();
}

} // namespace

#if defined(Q_OS_LINUX)
// Linux distributions build Qt's driver on the system's SQLite, as VFU Desk is: the fast path
// must be taken there, or an import of 100,000 students takes twice as long.
TEST_CASE("On Linux, Qt's SQLite driver and VFU Desk share one SQLite library")
{
    test::ServiceFixture f;
    CHECK(NativeSqlite::handle(f.database->connection()) != nullptr);
    const NativeSqlite::Off off;
    CHECK(NativeSqlite::handle(f.database->connection()) == nullptr);
}
#endif

TEST_CASE("An import written through SQLite's API stores what one written through Qt stores")
{
    // 150 students: two full statements of 64 and a shorter last one.
    const QByteArray list = test::readTestData(ladokSample);
    test::ServiceFixture native;
    native.import(list);
    test::ServiceFixture throughQt;
    {
        const NativeSqlite::Off off;
        throughQt.import(list);
    }
    const QList<Student> students = storedStudents(native);
    REQUIRE(students.size() == 150);
    CHECK(storedStudents(throughQt) == students);
    CHECK(students.at(100).identity == QStringLiteral("19861026-2399"));
    CHECK(students.at(100).familyName == QStringLiteral("Lind"));
}

TEST_CASE("A student stored by someone else during a long import is named by the line, and "
          "nothing is written")
{
    std::optional<NativeSqlite::Off> off;
    SECTION("through SQLite's API") {}
    SECTION("through Qt")
    {
        off.emplace();
    }
    test::ServiceFixture f;
    const ImportPlan plan = planOf(f, test::readTestData(ladokSample));
    // The 101st in the order of identity numbers: in the second statement of 64.
    const Student lind = plan.inserts.at(100);
    REQUIRE(lind.identity == QStringLiteral("19861026-2399"));
    StudentStore other(f.database->connection());
    REQUIRE(other.insertStudent(lind, f.clock.now()).isOk());

    const Result<qint64> applied = f.service->applyImport(plan);
    REQUIRE_FALSE(applied.isOk());
    CHECK(applied.error() ==
          QStringLiteral("The student on line 153 was added to the data file by someone else "
                         "while this import was prepared; nothing was written. Import the list "
                         "again."));
    const QList<Student> students = storedStudents(f);
    REQUIRE(students.size() == 1);
    CHECK(students.first().identity == QStringLiteral("19861026-2399"));
}
