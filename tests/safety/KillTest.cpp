// The command-line import killed with SIGKILL (as by a power cut of the process) at 25 moments
// spread evenly over the time a full import takes: after each, the data file opens, SQLite
// finds it intact, and it holds all of that import or none of it.
//
// The moments are derived from a measured import, not drawn at random, so that the test
// checks the same thing on every run; where in the import each moment falls varies with the
// machine, which is the point: whatever a kill interrupts, the outcome must be all or none.

#include "SafetySupport.h"
#include "support/Catch.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace vfu::safety;

namespace {

// Big enough that an import takes a good fraction of a second, small enough that 25 kills
// and their checks stay within about 20 seconds.
constexpr qint64 studentCount = 10000;
constexpr int killCount = 25;

struct ImportRun
{
    qint64 elapsedMs = 0;
    bool killed = false;
    int exitCode = -1;
};

// Starts an import of `list` into `database`; kills it after `killAfterMs` if it is still
// running (never, when negative).
ImportRun importInto(const QString &database, const QString &list, qint64 killAfterMs)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(VFU_CLI_PATH),
                  cliArguments(database, {QStringLiteral("import"), list}));
    REQUIRE(process.waitForStarted());

    ImportRun run;
    if (killAfterMs >= 0) {
        const qint64 wait = killAfterMs - timer.elapsed();
        if (wait > 0 && !process.waitForFinished(static_cast<int>(wait))) {
            process.kill(); // SIGKILL: no handler, no cleanup, no flush
            run.killed = true;
        }
    }
    // waitForFinished() says false for a process that has already finished.
    if (process.state() != QProcess::NotRunning)
        REQUIRE(process.waitForFinished(120000));
    run.elapsedMs = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

} // namespace

TEST_CASE("an import killed at any moment leaves a data file that opens, intact, with all of the "
          "import or none of it")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString list = dir.filePath(QStringLiteral("ladok.csv"));
    writeLadokList(list, studentCount);

    // How long a whole import takes here, and what it leaves.
    const QString reference = dir.filePath(QStringLiteral("reference.sqlite"));
    const ImportRun whole = importInto(reference, list, -1);
    REQUIRE(whole.exitCode == 0);
    const FileState complete = inspect(reference);
    REQUIRE(complete.students == studentCount);
    REQUIRE(complete.batches == 1);

    int none = 0;
    int all = 0;
    int finished = 0; // imports that were done before their moment came
    for (int k = 1; k <= killCount; ++k) {
        const qint64 moment = whole.elapsedMs * k / (killCount + 1);
        const QString database = dir.filePath(QStringLiteral("killed-%1.sqlite").arg(k));
        const ImportRun run = importInto(database, list, moment);
        INFO("killed after " << moment << " ms of " << whole.elapsedMs << " ms (kill " << k << ")");

        // The file opens in VFU Desk: the command line reads every student of it.
        const CliRun opened = runCli(database, {QStringLiteral("due"), QStringLiteral("--json")});
        INFO(opened.err.toStdString());
        REQUIRE(opened.exitCode == 0);
        CHECK(QJsonDocument::fromJson(opened.out).isArray());

        const FileState state = inspect(database);
        REQUIRE(state.opened);
        CHECK(state.integrity == QStringLiteral("ok"));
        // All or none: the students, the batch and its changes land together.
        REQUIRE((state.students == 0 || state.students == studentCount));
        if (state.students == 0) {
            CHECK(state.batches == 0);
            CHECK(state.changes == 0);
            ++none;
        } else {
            CHECK(state.batches == 1);
            CHECK(state.changes == complete.changes);
            ++all;
        }

        // Every fifth file is imported again: no lock or half-written log is left behind.
        if (k % 5 == 0) {
            const ImportRun again = importInto(database, list, -1);
            CHECK(again.exitCode == 0);
            const FileState after = inspect(database);
            CHECK(after.students == studentCount);
            CHECK(after.integrity == QStringLiteral("ok"));
        }
        if (!run.killed)
            ++finished;
    }
    // Which moments fell before and after the commit depends on the machine; say how it went.
    std::printf("kill test: a whole import took %lld ms; %d kills left none of it, %d all of it "
                "(%d imports had finished before their moment)\n",
                static_cast<long long>(whole.elapsedMs), none, all, finished);
}
