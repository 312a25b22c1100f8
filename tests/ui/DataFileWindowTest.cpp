// The window and its data file: one window a file, backups, and a restore from the window.

#include "UiFixture.h"
#include "Waiting.h"
#include "core/storage/DataFileLock.h"
#include "ui/BackupCommands.h"
#include "ui/DataSession.h"
#include "ui/ErrorBanner.h"
#include "ui/MainWindow.h"
#include "ui/MessageDialogs.h"
#include "ui/StudentTableModel.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSysInfo>
#include <QTableView>

using namespace vfu;
using namespace vfu::test;

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString alreadyOpen(const QString &path)
{
    return QStringLiteral("%1 is already open in VFU Desk (process %2 on %3). Close it there "
                          "first: two windows on one data file would overwrite each other's work.")
        .arg(native(path))
        .arg(QCoreApplication::applicationPid())
        .arg(QSysInfo::machineHostName());
}

QString statusCount(const MainWindow &window)
{
    return child<QLabel>(&window, QStringLiteral("statusStudentCount"))->text();
}

// The window's own session, on a file of its own in the fixture's folder, with the sample in it.
std::unique_ptr<DataSession> sessionWithSample(UiFixture &fixture, const QString &fileName)
{
    std::unique_ptr<DataSession> session =
        DataSession::openForWindow(fixture.path(fileName), fixture.clock);
    REQUIRE(session != nullptr);
    StudentService &students = session->students();
    const Result<ImportSource> source = StudentImport::readFile(sampleListPath());
    REQUIRE(source.isOk());
    const Result<ImportPlan> plan =
        students.planImport(*source, StudentImport::guessMapping(source->header));
    REQUIRE(plan.isOk());
    REQUIRE(students.applyImport(*plan).isOk());
    return session;
}

} // namespace

TEST_CASE("A second window on a data file that is open is refused with a sentence and touches "
          "nothing")
{
    UiFixture fixture;
    const QString path = fixture.path(QStringLiteral("desk.sqlite"));
    const Result<std::unique_ptr<DataFileLock>> lock = DataFileLock::acquire(path);
    REQUIRE(lock.isOk());

    const std::unique_ptr<DataSession> second = DataSession::openForWindow(path, fixture.clock);

    CHECK(second == nullptr);
    CHECK(MessageDialogs::testMessages() == QStringList{alreadyOpen(path)});
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("A window's data file stays locked while the window's session lives")
{
    UiFixture fixture;
    const QString path = fixture.path(QStringLiteral("desk.sqlite"));
    std::unique_ptr<DataSession> first = DataSession::openForWindow(path, fixture.clock);
    REQUIRE(first != nullptr);
    auto window = std::make_unique<MainWindow>(*first);
    waitForStudents(*window);

    CHECK(DataSession::openForWindow(path, fixture.clock) == nullptr);
    CHECK(MessageDialogs::testMessages() == QStringList{alreadyOpen(path)});

    window.reset();
    first.reset();
    MessageDialogs::clearTestMessages();
    CHECK(DataSession::openForWindow(path, fixture.clock) != nullptr);
    CHECK(MessageDialogs::testMessages().isEmpty());
}

TEST_CASE("A backup taken in the window is restored from the window, which then shows it")
{
    UiFixture fixture;
    const std::unique_ptr<DataSession> session =
        sessionWithSample(fixture, QStringLiteral("desk.sqlite"));
    const QString path = session->path();
    MainWindow window(*session);
    waitForStudents(window);
    const QString backup = fixture.path(QStringLiteral("vfudesk-backup-2026-12-03.sqlite"));
    CHECK(child<QAction>(&window, QStringLiteral("restoreAction"))->isVisible());
    CHECK(statusCount(window) == QStringLiteral("150 students"));

    REQUIRE(window.backups()->backUp(backup).isOk());
    CHECK(window.statusBar()->currentMessage() ==
          QStringLiteral("The data file is backed up to %1.").arg(native(backup)));

    // After the backup the sample's import is undone: the file holds no student.
    const Result<QList<ImportBatch>> batches = window.service().importBatches();
    REQUIRE(batches.isOk());
    REQUIRE(batches->size() == 1);
    REQUIRE(window.service().undoImport(batches->constFirst().id).isOk());
    window.reload();
    waitForStudents(window);
    CHECK(statusCount(window) == QStringLiteral("0 students"));
    MessageDialogs::clearTestMessages();

    REQUIRE(window.backups()->restoreFrom(backup));
    waitForStudents(window);

    CHECK(MessageDialogs::testMessages() ==
          QStringList{QStringLiteral("The data in %1 will be replaced by the backup %2.\n\nThe "
                                     "current data is kept as %1.before-restore.")
                          .arg(native(path), native(backup))});
    CHECK(window.statusBar()->currentMessage() ==
          QStringLiteral("Restored the backup %1; the data it replaced is kept as "
                         "%2.before-restore.")
              .arg(native(backup), native(path)));
    CHECK(QFileInfo::exists(path + QStringLiteral(".before-restore")));
    CHECK(statusCount(window) == QStringLiteral("150 students"));
    CHECK(window.studentModel()->rowCount() == 150);
    CHECK(window.banner()->message().isEmpty());

    // The pages work on the file opened again.
    window.showSection(MainWindow::Section::Students);
    CHECK(child<QTableView>(&window, QStringLiteral("studentTable"))->model()->rowCount() == 150);
    const Result<Student> ida = window.service().find(QStringLiteral("19500818-2304"));
    REQUIRE(ida.isOk());
    window.showStudent(ida->id);
    CHECK(child<QStackedWidget>(&window, QStringLiteral("pages"))->currentWidget()->objectName() ==
          QStringLiteral("studentPage"));
    CHECK(child<QLabel>(&window, QStringLiteral("studentName"))->text() ==
          QStringLiteral("Ida Nilsson"));
}

TEST_CASE("A file that is not a backup is not restored, and the window keeps its data")
{
    UiFixture fixture;
    const std::unique_ptr<DataSession> session =
        sessionWithSample(fixture, QStringLiteral("desk.sqlite"));
    MainWindow window(*session);
    waitForStudents(window);
    const QString notBackup = fixture.path(QStringLiteral("notes.sqlite"));
    QFile file(notBackup);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    CHECK_FALSE(window.backups()->restoreFrom(notBackup));

    CHECK(window.banner()->message() ==
          QStringLiteral("The backup cannot be restored: %1 is not a VFU Desk data file (it is "
                         "not a database).")
              .arg(native(notBackup)));
    CHECK(statusCount(window) == QStringLiteral("150 students"));
    CHECK(window.service().summaries()->size() == 150);
    CHECK_FALSE(QFileInfo::exists(session->path() + QStringLiteral(".before-restore")));
}

TEST_CASE("A window on a database that someone else keeps open offers no restore")
{
    UiFixture fixture;
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);

    CHECK_FALSE(child<QAction>(&window, QStringLiteral("restoreAction"))->isVisible());
    CHECK(child<QAction>(&window, QStringLiteral("backupAction"))->isVisible());
    CHECK_FALSE(window.backups()->restoreFrom(fixture.path(QStringLiteral("any.sqlite"))));
    CHECK(MessageDialogs::testMessages().isEmpty());
}
