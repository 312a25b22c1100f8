#include "core/storage/NativeSqlite.h"

#include "core/storage/StudentStore.h"
#include "support/Catch.h"
#include "support/ServiceFixture.h"
#include "support/TestData.h"

#include <QSqlQuery>

#include <algorithm>
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

TEST_CASE("The Today list read through SQLite's API is the one read through Qt")
{
    test::ServiceFixture f;
    f.import(test::readTestData(ladokSample));
    const QList<Student> students = storedStudents(f);
    REQUIRE(students.size() == 150);
    // Links missing since different days, one of them for a student with a protected name.
    REQUIRE(f.service->record(students.at(0).id, Step::KlippRegistered, QDate(2026, 11, 2)).isOk());
    REQUIRE(
        f.service->record(students.at(1).id, Step::KlippRegistered, QDate(2026, 11, 30)).isOk());
    REQUIRE(
        f.service->record(students.at(2).id, Step::KlippRegistered, QDate(2026, 11, 20)).isOk());
    StudentChanges alias;
    alias.protection = Protection::Alias;
    alias.alias = QStringLiteral("Student A");
    alias.reason = QStringLiteral("protected identity");
    REQUIRE(f.service->change(students.at(2).id, alias).isOk());

    const auto today = [&f] {
        const Result<QList<StudentDueAction>> due = f.service->dueActions();
        REQUIRE(due.isOk());
        QStringList lines;
        for (const StudentDueAction &a : *due) {
            lines.append(QStringList{a.student.identity, a.student.familyName, a.student.givenNames,
                                     a.student.alias, Protections::code(a.student.protection),
                                     Journey::actionCode(a.action.kind),
                                     a.action.due.toString(Qt::ISODate),
                                     QString::number(static_cast<int>(a.action.urgency)),
                                     Steps::code(a.action.resolvedBy), a.action.why}
                             .join(QLatin1Char('|')));
        }
        return lines;
    };
    const QStringList native = today();
    const NativeSqlite::Off off;
    CHECK(today() == native);
    // Most overdue first; the protected student's alias and code come along.
    REQUIRE(native.size() == 3);
    CHECK(native.at(0).startsWith(QStringLiteral("19350586-2395|Holm|Sara||none|"
                                                 "jobsh-link-missing|2026-11-05|0|")));
    CHECK(native.at(1).startsWith(QStringLiteral("19381078-2395|Andersson|Tove|Student A|alias|"
                                                 "jobsh-link-missing|2026-11-23|0|")));
    CHECK(native.at(2).startsWith(students.at(1).identity + QLatin1Char('|')));
    CHECK(native.at(2).contains(QStringLiteral("|jobsh-link-missing|2026-12-03|1|")));
}

TEST_CASE("Journeys kept through SQLite's API are kept as through Qt")
{
    const QByteArray list = test::readTestData(ladokSample);
    const auto keep = [&list](test::ServiceFixture &f) {
        f.import(list);
        const QList<Student> students = storedStudents(f);
        REQUIRE(
            f.service->record(students.at(0).id, Step::KlippRegistered, QDate(2026, 11, 2)).isOk());
        REQUIRE(f.service
                    ->record(students.at(1).id, Step::HsaIdRecorded, QDate(2026, 11, 3),
                             QStringLiteral("SE2321000016-A1B2"))
                    .isOk());
        REQUIRE(f.service
                    ->acknowledge(students.at(0).id, ActionKind::JobshLinkMissing,
                                  QDate(2026, 12, 10), QStringLiteral("Mejlat, väntar"))
                    .isOk());
        REQUIRE(f.service->summaries().isOk());
        QSqlQuery query(f.database->connection());
        REQUIRE(query.exec(QStringLiteral(
            "SELECT 'j', student_id, valid_from, valid_until, language, stage, next_step, hsa_id,"
            " hex(shown) FROM journey_cache UNION ALL"
            " SELECT 'd', student_id, position, set_aside, acknowledged_until, acknowledgement,"
            " typeof(acknowledgement), '', hex(shown) FROM due_cache ORDER BY 1, 2, 3, 4")));
        QStringList rows;
        while (query.next()) {
            QStringList values;
            for (int column = 0; column < 9; ++column)
                values.append(query.value(column).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
        return rows;
    };
    test::ServiceFixture native;
    const QStringList kept = keep(native);
    test::ServiceFixture throughQt;
    const NativeSqlite::Off off;
    CHECK(keep(throughQt) == kept);
    // A row a student, and two actions: the set-aside one with its date and note.
    REQUIRE(kept.size() == 152);
    CHECK(std::count_if(kept.cbegin(), kept.cend(), [](const QString &row) {
              return row.startsWith(QStringLiteral("d|"));
          }) == 2);
    CHECK(std::any_of(kept.cbegin(), kept.cend(), [](const QString &row) {
        return row.startsWith(QStringLiteral("d|")) &&
               row.contains(QStringLiteral("|1|2026-12-10|Mejlat, väntar|text||"));
    }));
}
