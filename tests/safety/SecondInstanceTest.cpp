// Two programs on one data file: the command line while another VFU Desk (played here by the
// test itself, holding SQLite's write lock) is writing, and two imports at once.

#include "LadokListGenerator.h"
#include "SafetySupport.h"
#include "support/Catch.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace vfu::safety;

namespace {

// A second program holding the write lock of the data file until it commits or goes away,
// as VFU Desk does in the middle of an import.
class Writer final
{
public:
    explicit Writer(const QString &path)
        : m_name(QStringLiteral("second-instance-writer"))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")));
    }
    ~Writer()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (m_open)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    void exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
    }
    void commit()
    {
        exec(QStringLiteral("COMMIT"));
        m_open = false;
    }

private:
    QString m_name;
    bool m_open = true;
};

QString newDataFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    REQUIRE(runCli(path, {QStringLiteral("list")}).exitCode == 0);
    return path;
}

} // namespace

TEST_CASE("a second instance reads the data file while another one writes to it")
{
    QTemporaryDir dir;
    const QString path = newDataFile(dir);
    const QString list = dir.filePath(QStringLiteral("list.csv"));
    writeLadokList(list, 50);
    REQUIRE(runCli(path, {QStringLiteral("import"), list}).exitCode == 0);

    const Writer writer(path);
    const CliRun run = runCli(path, {QStringLiteral("list"), QStringLiteral("--json")});

    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.count("\"identity\"") == 50);
}

TEST_CASE(
    "an import while another instance writes waits, then says the file is busy and writes nothing")
{
    QTemporaryDir dir;
    const QString path = newDataFile(dir);
    const QString list = dir.filePath(QStringLiteral("list.csv"));
    writeLadokList(list, 50);

    CliRun run;
    {
        const Writer writer(path);
        run = runCli(path, {QStringLiteral("import"), list}); // waits SQLite's 5 s, then gives up
    }

    CHECK(run.exitCode == 1);
    CHECK(run.err ==
          QStringLiteral("vfudesk-cli: Another VFU Desk is writing to the data file just now, so "
                         "nothing was changed. Try again in a moment.\n"));
    const FileState state = inspect(path);
    CHECK(state.integrity == QStringLiteral("ok"));
    CHECK(state.students == 0);
    CHECK(state.batches == 0);
}

TEST_CASE("two imports of different lists at once both land")
{
    QTemporaryDir dir;
    const QString path = newDataFile(dir);
    const QString first = dir.filePath(QStringLiteral("first.csv"));
    const QString second = dir.filePath(QStringLiteral("second.csv"));
    writeLadokList(first, 3000);
    writeLadokList(second, 3000, 3000); // the next 3,000 students: no one is on both lists

    QProcess a;
    QProcess b;
    for (QProcess *process : {&a, &b}) {
        process->setProcessEnvironment(cliEnvironment());
        process->setStandardOutputFile(QProcess::nullDevice());
    }
    a.start(QStringLiteral(VFU_CLI_PATH), cliArguments(path, {QStringLiteral("import"), first}));
    b.start(QStringLiteral(VFU_CLI_PATH), cliArguments(path, {QStringLiteral("import"), second}));
    REQUIRE(a.waitForFinished(120000));
    REQUIRE(b.waitForFinished(120000));

    INFO(a.readAllStandardError().toStdString() << b.readAllStandardError().toStdString());
    CHECK(a.exitCode() == 0);
    CHECK(b.exitCode() == 0);
    const FileState state = inspect(path);
    CHECK(state.integrity == QStringLiteral("ok"));
    CHECK(state.students == 6000);
    CHECK(state.batches == 2);
}

// A student that another instance adds while this import waits to start: the import reads the
// stored students only once it holds the write lock, so it finds the student and updates it.
TEST_CASE("an import finds a student that another instance added while it waited for the file")
{
    QTemporaryDir dir;
    const QString path = newDataFile(dir);
    const QString list = dir.filePath(QStringLiteral("list.csv"));
    writeLadokList(list, 40);

    Writer writer(path);
    writer.exec(QStringLiteral("INSERT INTO students (identity, family_name, created_at) "
                               "SELECT '%1', 'Added meanwhile', '2026-12-03T08:00:00'")
                    .arg(QString::fromStdString(vfu::bench::identityOfRow({40, 5, 0}, 7))));
    QProcess import;
    import.setProcessEnvironment(cliEnvironment());
    import.start(QStringLiteral(VFU_CLI_PATH),
                 cliArguments(path, {QStringLiteral("import"), list}));
    REQUIRE(import.waitForStarted());
    QThread::msleep(2000); // most likely the import waits for the write lock by now
    writer.commit();
    REQUIRE(import.waitForFinished(120000));

    const QString err = QString::fromUtf8(import.readAllStandardError());
    const QString out = QString::fromUtf8(import.readAllStandardOutput());
    INFO(err.toStdString());
    CHECK(import.exitCode() == 0);
    CHECK(
        out.contains(QStringLiteral("39 inserted, 1 updated, 0 unchanged, 0 rejected (import 1)")));
    const FileState state = inspect(path);
    CHECK(state.integrity == QStringLiteral("ok"));
    CHECK(state.students == 40);
    CHECK(state.batches == 1);
}

// Two instances importing the same new students at the same moment: one adds them; the other
// finds them added (or, if it waited longer than SQLite's 5 s, says the file is busy). Never
// SQLite's own UNIQUE-constraint text, and never half an import.
TEST_CASE("two imports of the same new students at once add each student once")
{
    QTemporaryDir dir;
    const QString path = newDataFile(dir);
    const QString list = dir.filePath(QStringLiteral("list.csv"));
    writeLadokList(list, 3000);

    QProcess a;
    QProcess b;
    for (QProcess *process : {&a, &b}) {
        process->setProcessEnvironment(cliEnvironment());
        process->start(QStringLiteral(VFU_CLI_PATH),
                       cliArguments(path, {QStringLiteral("import"), list}));
    }
    REQUIRE(a.waitForFinished(120000));
    REQUIRE(b.waitForFinished(120000));

    QStringList summaries;
    for (QProcess *process : {&a, &b}) {
        const QString err = QString::fromUtf8(process->readAllStandardError());
        INFO(err.toStdString());
        if (process->exitCode() == 0) {
            const QStringList lines = QString::fromUtf8(process->readAllStandardOutput())
                                          .split(u'\n', Qt::SkipEmptyParts);
            summaries.append(lines.constLast().section(QStringLiteral(" (import"), 0, 0));
        } else {
            CHECK(process->exitCode() == 1);
            CHECK(err == QStringLiteral("vfudesk-cli: Another VFU Desk is writing to the data "
                                        "file just now, so nothing was changed. Try again in a "
                                        "moment.\n"));
        }
    }
    REQUIRE_FALSE(summaries.isEmpty());
    summaries.sort();
    if (summaries.size() == 2)
        CHECK(summaries.constFirst() ==
              QStringLiteral("0 inserted, 0 updated, 3000 unchanged, 0 rejected"));
    CHECK(summaries.constLast() ==
          QStringLiteral("3000 inserted, 0 updated, 0 unchanged, 0 rejected"));
    const FileState state = inspect(path);
    CHECK(state.integrity == QStringLiteral("ok"));
    CHECK(state.students == 3000);
    CHECK(state.batches == summaries.size());
}
