#include "core/storage/Database.h"

#include "core/storage/ImportBatches.h"
#include "core/storage/Migrations.h"
#include "core/storage/StudentStore.h"
#include "support/Catch.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace vfu;

namespace {

QString pathIn(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("vfudesk.sqlite"));
}

QString single(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toString();
}

} // namespace

TEST_CASE(
    "A new data file is created for its user only, with the current schema, WAL and foreign keys")
{
    QTemporaryDir dir;
    auto opened = Database::open(pathIn(dir));
    REQUIRE(opened.isOk());
    const Database &database = *opened.value();

    CHECK(single(database, QStringLiteral("SELECT version FROM schema_info")).toInt() ==
          Database::schemaVersion());
    CHECK(single(database, QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
    CHECK(single(database, QStringLiteral("PRAGMA foreign_keys")) == QStringLiteral("1"));
#ifdef Q_OS_UNIX
    CHECK(QFile::permissions(pathIn(dir)) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadUser | QFileDevice::WriteUser));
#endif
}

TEST_CASE("A reopened data file keeps its students and is not migrated again")
{
    QTemporaryDir dir;
    {
        auto opened = Database::open(pathIn(dir));
        REQUIRE(opened.isOk());
        StudentStore store(opened.value()->connection());
        Student student;
        student.identity = QStringLiteral("19500818-2304");
        student.familyName = QStringLiteral("Nilsson");
        REQUIRE(store.insertStudent(student, QDateTime(QDate(2026, 12, 3), QTime(9, 0))).isOk());
    }
    auto reopened = Database::open(pathIn(dir));
    REQUIRE(reopened.isOk());
    StudentStore store(reopened.value()->connection());
    const auto students = store.students();
    REQUIRE(students.isOk());
    REQUIRE(students->size() == 1);
    CHECK(students->first().familyName == QStringLiteral("Nilsson"));
}

TEST_CASE("Foreign keys refuse an event for a student who does not exist")
{
    QTemporaryDir dir;
    auto opened = Database::open(pathIn(dir));
    REQUIRE(opened.isOk());
    StudentStore store(opened.value()->connection());
    JourneyEvent event;
    event.step = Step::KlippRegistered;
    event.date = QDate(2026, 12, 1);
    CHECK_FALSE(store.appendEvent(4711, event).isOk());
}

TEST_CASE("A data file from a newer VFU Desk is refused and left as it was")
{
    QTemporaryDir dir;
    {
        auto opened = Database::open(pathIn(dir));
        REQUIRE(opened.isOk());
        QSqlQuery query(opened.value()->connection());
        REQUIRE(query.exec(QStringLiteral("UPDATE schema_info SET version = 99")));
    }
    const auto reopened = Database::open(pathIn(dir));
    REQUIRE_FALSE(reopened.isOk());
    CHECK(reopened.error().contains(QStringLiteral("newer version of VFU Desk (data format 99")));
}

TEST_CASE("A file that is not a database is refused and not overwritten")
{
    QTemporaryDir dir;
    QFile file(pathIn(dir));
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray text = "Personnummer;Efternamn\nthis is a list, not a database\n";
    file.write(text);
    file.close();

    const auto opened = Database::open(pathIn(dir));
    REQUIRE_FALSE(opened.isOk());
    CHECK(opened.error().endsWith(
        QStringLiteral("is not a VFU Desk data file (it is not a database).")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == text);
}

TEST_CASE("A data file in a folder that does not exist is refused with the folder's name")
{
    QTemporaryDir dir;
    const auto opened = Database::open(dir.filePath(QStringLiteral("missing/vfudesk.sqlite")));
    REQUIRE_FALSE(opened.isOk());
    CHECK(opened.error().startsWith(QStringLiteral("The folder ")));
    CHECK(opened.error().endsWith(QStringLiteral("missing does not exist.")));
}

TEST_CASE("A version 4 data file keeps which import added each student when it is migrated")
{
    QTemporaryDir dir;
    {
        // A file as version 4 left it: a batch that added Nilsson ("*") and renamed Olsson.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        db.setDatabaseName(pathIn(dir));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE schema_info (version INTEGER NOT NULL)")));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO schema_info (version) VALUES (4)")));
        for (const Migration &step : migrations()) {
            for (const QString &sql : step.statements) {
                if (step.version <= 4)
                    REQUIRE(query.exec(sql));
            }
        }
        for (const char *sql : {
                 "INSERT INTO import_batches (id, file_name, imported_at, imported_by, inserted, "
                 "updated, unchanged, rejected) VALUES (1, 'ladok.csv', '2026-12-01T09:00:00', "
                 "'anna', 1, 1, 0, 0)",
                 "INSERT INTO students (id, identity, family_name, created_at) VALUES "
                 "(1, '19500818-2304', 'Nilsson', '2026-12-01T09:00:00')",
                 "INSERT INTO students (id, identity, family_name, created_at) VALUES "
                 "(2, '19891231-2389', 'Olsson', '2026-11-01T09:00:00')",
                 "INSERT INTO import_changes (batch_id, student_id, field, old_value, new_value) "
                 "VALUES (1, 1, '*', '', '')",
                 "INSERT INTO import_changes (batch_id, student_id, field, old_value, new_value) "
                 "VALUES (1, 2, 'familyName', 'Ohlsson', 'Olsson')",
             })
            REQUIRE(query.exec(QString::fromLatin1(sql)));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));

    auto opened = Database::open(pathIn(dir));
    REQUIRE(opened.isOk());
    const Database &database = *opened.value();
    CHECK(single(database, QStringLiteral("SELECT version FROM schema_info")) ==
          QString::number(Database::schemaVersion()));
    CHECK(single(database, QStringLiteral("SELECT group_concat(identity || ':' || "
                                          "ifnull(added_by_batch, '-')) FROM students")) ==
          QStringLiteral("19500818-2304:1,19891231-2389:-"));
    CHECK(single(database, QStringLiteral("SELECT group_concat(student_id || ':' || field) "
                                          "FROM import_changes")) ==
          QStringLiteral("2:familyName"));

    ImportBatches batches(database.connection());
    REQUIRE(batches.studentsAddedBy(1).isOk());
    CHECK(batches.studentsAddedBy(1).value() == QList<qint64>{1});
    const Result<QList<ImportChange>> nilsson = batches.changesOfStudent(1);
    REQUIRE(nilsson.isOk());
    REQUIRE(nilsson->size() == 1);
    CHECK(nilsson->first().batchId == 1);
    CHECK(nilsson->first().field == QStringLiteral("*"));
}
