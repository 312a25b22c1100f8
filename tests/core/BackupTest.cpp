#include "core/storage/Backup.h"

#include "core/StudentService.h"
#include "core/storage/DataFileLock.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "support/Catch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace vfu;

namespace {

int studentCount(const QString &path)
{
    auto opened = Database::open(path);
    REQUIRE(opened.isOk());
    QSqlQuery query(opened.value()->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM students")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

void addStudent(Database &database, const QString &identity)
{
    StudentStore store(database.connection());
    Student student;
    student.identity = identity;
    student.familyName = QStringLiteral("Test");
    REQUIRE(store.insertStudent(student, QDateTime(QDate(2026, 12, 3), QTime(9, 0))).isOk());
}

// A data file of two students, with a backup taken while it held the first alone.
void writeBackupOfOneOfTwo(const QString &data, const QString &backup)
{
    auto opened = Database::open(data);
    REQUIRE(opened.isOk());
    addStudent(*opened.value(), QStringLiteral("19500818-2304"));
    REQUIRE(Backup::write(*opened.value(), backup).isOk());
    addStudent(*opened.value(), QStringLiteral("19891231-2389"));
}

// A file as the first version of VFU Desk left it, with one student.
void writeFirstVersionFile(const QString &path)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE schema_info (version INTEGER NOT NULL)")));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO schema_info (version) VALUES (1)")));
        for (const QString &sql : migrations().first().statements)
            REQUIRE(query.exec(sql));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO students (identity, created_at) VALUES "
                                          "('19500818-2304', '2026-01-10T09:00:00')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

} // namespace

TEST_CASE("Backups beside the file under one name each get a name of their own, whole")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("vfudesk.sqlite"));
    auto opened = Database::open(data);
    REQUIRE(opened.isOk());
    addStudent(*opened.value(), QStringLiteral("19500818-2304"));
    const QString name = data + QStringLiteral(".before-v9");
    const Result<QString> first = Backup::writeBeside(*opened.value(), name);
    const Result<QString> second = Backup::writeBeside(*opened.value(), name);
    REQUIRE(first.isOk());
    REQUIRE(second.isOk());
    CHECK(*first == name);
    CHECK(*second == name + QStringLiteral("-2"));
    CHECK(studentCount(*first) == 1);
    CHECK(studentCount(*second) == 1);
    // Nothing is left under a name of the writing's own.
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 3 + 2); // with -wal and -shm
}

TEST_CASE("A backup taken while the file is open restores the data as it was then")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("vfudesk.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    writeBackupOfOneOfTwo(data, backup);
    {
        auto opened = Database::open(data);
        REQUIRE(opened.isOk());
        const Status again = Backup::write(*opened.value(), backup);
        REQUIRE_FALSE(again.isOk());
        CHECK(again.error().endsWith(
            QStringLiteral("already exists; choose a new name for the backup.")));
    }
    CHECK(studentCount(data) == 2);

    REQUIRE(Backup::restore(backup, data).isOk());
    CHECK(studentCount(data) == 1);
    CHECK(studentCount(data + QStringLiteral(".before-restore")) == 2);
}

TEST_CASE("A second restore keeps the copy the first one kept, and the file its permissions")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("vfudesk.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    writeBackupOfOneOfTwo(data, backup);
    // Shared with colleagues of the same group.
    const QFileDevice::Permissions shared = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadUser | QFileDevice::WriteUser |
                                            QFileDevice::ReadGroup | QFileDevice::WriteGroup;
    REQUIRE(QFile::setPermissions(data, shared));

    REQUIRE(Backup::restore(backup, data).isOk()); // 2 students kept aside
    {
        auto opened = Database::open(data);
        REQUIRE(opened.isOk());
        addStudent(*opened.value(), QStringLiteral("20040820-2398"));
        addStudent(*opened.value(), QStringLiteral("19820820-2393"));
    }
    REQUIRE(Backup::restore(backup, data).isOk()); // these 3 kept aside, the first 2 too

    CHECK(studentCount(data) == 1);
    CHECK(studentCount(data + QStringLiteral(".before-restore")) == 3);
    CHECK(studentCount(data + QStringLiteral(".before-restore-2")) == 2);
    CHECK(QFile::permissions(data) == shared);
}

TEST_CASE("Restoring a file that is not a backup changes nothing")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("vfudesk.sqlite"));
    {
        auto opened = Database::open(data);
        REQUIRE(opened.isOk());
        addStudent(*opened.value(), QStringLiteral("19500818-2304"));
    }
    const QString notBackup = dir.filePath(QStringLiteral("list.csv"));
    QFile file(notBackup);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Personnummer;Efternamn\n");
    file.close();

    const Status status = Backup::restore(notBackup, data);
    REQUIRE_FALSE(status.isOk());
    CHECK(status.error().endsWith(
        QStringLiteral("list.csv is not a VFU Desk data file (it is not a database).")));
    CHECK(studentCount(data) == 1);
    CHECK_FALSE(QFileInfo::exists(data + QStringLiteral(".before-restore")));
}

TEST_CASE("A data file of an older format is backed up before it is migrated")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("vfudesk.sqlite"));
    writeFirstVersionFile(data);

    CHECK(studentCount(data) == 1);
    const QString copy = data + QStringLiteral(".before-v%1").arg(Database::schemaVersion());
    REQUIRE(QFileInfo::exists(copy));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
    db.setDatabaseName(copy);
    REQUIRE(db.open());
    QSqlQuery version(db);
    REQUIRE(version.exec(QStringLiteral("SELECT version FROM schema_info")));
    REQUIRE(version.next());
    CHECK(version.value(0).toInt() == 1);
    version.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("copy"));
}

TEST_CASE("A backup of an older format is restored in the current one, with no copy left over")
{
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("backup-v1.sqlite"));
    writeFirstVersionFile(backup);
    const QString data = dir.filePath(QStringLiteral("vfudesk.sqlite"));
    {
        auto opened = Database::open(data);
        REQUIRE(opened.isOk());
    }

    REQUIRE(Backup::restore(backup, data).isOk());

    CHECK(studentCount(data) == 1);
    // The backup, the restored file and the file it replaced; the backup itself is the copy
    // of the old format, so no other is written.
    CHECK(QDir(dir.path()).entryList(QDir::Files, QDir::Name) ==
          QStringList{QStringLiteral("backup-v1.sqlite"), QStringLiteral("vfudesk.sqlite"),
                      QStringLiteral("vfudesk.sqlite.before-restore")});
}

TEST_CASE("A second window on the same data file is refused with a plain message")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("vfudesk.sqlite"));
    const auto first = DataFileLock::acquire(data);
    REQUIRE(first.isOk());
    const auto second = DataFileLock::acquire(data);
    REQUIRE_FALSE(second.isOk());
    CHECK(second.error().contains(QStringLiteral("is already open in VFU Desk (process %1")
                                      .arg(QCoreApplication::applicationPid())));
}
