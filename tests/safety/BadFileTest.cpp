// A data file VFU Desk must not use: each gets a sentence that says what is wrong, exit code 1,
// and the file is left exactly as it was. Run through the command line, as a user meets it.

#include "SafetySupport.h"
#include "support/Catch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <unistd.h>

using namespace vfu::safety;

namespace {

QString message(const QString &text)
{
    return QStringLiteral("vfudesk-cli: %1\n").arg(text);
}

// Makes a path read-only for as long as the guard lives. File permissions do not stop root,
// which CI and these machines run as; the immutable attribute does, where the file system
// has it (chattr +i). Without either, the caller skips the check.
class ReadOnly final
{
public:
    explicit ReadOnly(QString path)
        : m_path(std::move(path))
    {
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther |
                                          QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
        if (geteuid() == 0)
            m_immutable =
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), m_path}) == 0;
    }
    ~ReadOnly()
    {
        if (m_immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    ReadOnly(const ReadOnly &) = delete;
    ReadOnly &operator=(const ReadOnly &) = delete;

    // True when even this process cannot write there.
    bool holds() const { return geteuid() != 0 || m_immutable; }

private:
    QString m_path;
    bool m_immutable = false;
};

// A VFU Desk data file with a few students, made by the command line itself.
QString dataFileWithStudents(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    const QString list = dir.filePath(name + QStringLiteral(".csv"));
    writeLadokList(list, 20);
    const CliRun run = runCli(path, {QStringLiteral("import"), list});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return path;
}

// A comparison that Catch does not print: the bytes of a database are not worth reading.
bool unchanged(const QString &path, const QByteArray &before)
{
    return contentsOf(path) == before;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
}

int schemaVersionOf(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("bad-file-version"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT version FROM schema_info")));
        REQUIRE(query.next());
        version = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bad-file-version"));
    return version;
}

void execOn(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bad-file-exec"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            INFO(sql.toStdString());
            REQUIRE(query.exec(sql));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bad-file-exec"));
}

} // namespace

TEST_CASE("a data file in a folder that does not exist is refused, and no folder is made")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("missing"));
    const QString path = folder + QStringLiteral("/vfudesk.sqlite");

    const CliRun run = runCli(path, {QStringLiteral("list"), QStringLiteral("--json")});

    CHECK(run.exitCode == 1);
    CHECK(run.err == message(QStringLiteral("The folder %1 does not exist.").arg(folder)));
    CHECK(run.out.isEmpty());
    CHECK_FALSE(QFileInfo::exists(folder));
}

TEST_CASE("a file that is not a database is refused and left as it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("students.sqlite"));
    writeLadokList(path, 30); // a CSV file, given where the data file should be
    const QByteArray before = contentsOf(path);

    const CliRun run = runCli(path, {QStringLiteral("list"), QStringLiteral("--json")});

    CHECK(run.exitCode == 1);
    CHECK(run.err ==
          message(
              QStringLiteral("%1 is not a VFU Desk data file (it is not a database).").arg(path)));
    CHECK(unchanged(path, before));
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("students.sqlite")});
}

TEST_CASE("a folder given as the data file is refused")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("folder.sqlite"));
    REQUIRE(QDir().mkdir(path));

    const CliRun run = runCli(path, {QStringLiteral("list")});

    CHECK(run.exitCode == 1);
    CHECK(run.err == message(QStringLiteral("%1 is not a file.").arg(path)));
}

TEST_CASE("a data file of a newer VFU Desk is refused and left as it was")
{
    QTemporaryDir dir;
    const QString path = dataFileWithStudents(dir, QStringLiteral("newer.sqlite"));
    const int known = schemaVersionOf(path);
    execOn(path, {QStringLiteral("UPDATE schema_info SET version = %1").arg(known + 1)});
    const QByteArray before = contentsOf(path);

    const CliRun run = runCli(path, {QStringLiteral("list"), QStringLiteral("--json")});

    CHECK(run.exitCode == 1);
    CHECK(run.err == message(QStringLiteral("%1 was written by a newer version of VFU Desk (data "
                                            "format %2; this version knows up to %3). Update VFU "
                                            "Desk to open it.")
                                 .arg(path)
                                 .arg(known + 1)
                                 .arg(known)));
    CHECK(unchanged(path, before));
    CHECK(schemaVersionOf(path) == known + 1);
}

TEST_CASE("a read-only data file is refused and left as it was")
{
    QTemporaryDir dir;
    const QString path = dataFileWithStudents(dir, QStringLiteral("locked.sqlite"));
    const QByteArray before = contentsOf(path);
    const QString list = dir.filePath(QStringLiteral("more.csv"));
    writeLadokList(list, 10, 100);

    const ReadOnly readOnly(path);
    if (!readOnly.holds()) {
        WARN("running as root on a file system without chattr +i: nothing is read-only here");
        return;
    }
    const CliRun run = runCli(path, {QStringLiteral("import"), list});

    CHECK(run.exitCode == 1);
    CHECK(run.err ==
          message(QStringLiteral("The data file %1 is read-only; VFU Desk needs to write to it.")
                      .arg(path)));
    CHECK(unchanged(path, before));
}

// SQLite cannot make its journal (-wal, -shm) in a read-only folder; the sentence must name the
// folder, not call the data file "not a database" (a finding of issue 5).
TEST_CASE("a data file in a read-only folder is refused with a sentence about the folder")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkdir(folder));
    const QString path = dataFileWithStudents(dir, QStringLiteral("shared/vfudesk.sqlite"));
    const QByteArray before = contentsOf(path);

    const ReadOnly readOnly(folder);
    if (!readOnly.holds()) {
        WARN("running as root on a file system without chattr +i: nothing is read-only here");
        return;
    }
    const CliRun run = runCli(path, {QStringLiteral("list")});

    CHECK(run.exitCode == 1);
    CHECK(unchanged(path, before));
    CHECK_FALSE(run.err.contains(QStringLiteral("not a database")));
    CHECK(run.err.contains(folder));
}

// Not one byte changed: not even by PRAGMA journal_mode = WAL, which rewrites a file's header
// (a finding of issue 5).
TEST_CASE("another program's SQLite database is refused and left as it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    execOn(path, {QStringLiteral("CREATE TABLE notes (text TEXT)"),
                  QStringLiteral("INSERT INTO notes VALUES ('kept as it was')")});
    const QByteArray before = contentsOf(path);

    const CliRun run = runCli(path, {QStringLiteral("list"), QStringLiteral("--json")});

    CHECK(run.exitCode == 1);
    CHECK(run.err ==
          message(QStringLiteral("%1 is a database, but not a VFU Desk data file.").arg(path)));
    CHECK(unchanged(path, before));
}
