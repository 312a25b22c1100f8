// Imports and exports on a worker thread: progress, Cancel, and the window reading again.

#include "UiFixture.h"
#include "Waiting.h"
#include "ui/ErrorBanner.h"
#include "ui/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/StudentTableModel.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

using namespace vfu;
using namespace vfu::test;

namespace {

const QString importedMessage = QStringLiteral(
    "Imported deltagande-sjukskoterskeprogrammet.csv: 150 inserted, 0 updated, 0 unchanged, "
    "0 rejected.");

int storedStudents(UiFixture &fixture)
{
    const Result<QList<StudentSummary>> summaries = fixture.service().summaries();
    REQUIRE(summaries.isOk());
    return static_cast<int>(summaries->size());
}

QString statusCount(const MainWindow &window)
{
    return child<QLabel>(&window, QStringLiteral("statusStudentCount"))->text();
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeContents(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("An import runs on a worker while the window answers, then the window shows 150 students")
{
    UiFixture fixture;
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    QPointer<ImportDialog> dialog = window.openImport(sampleListPath());
    REQUIRE(dialog);
    auto *importButton = child<QPushButton>(dialog, QStringLiteral("importButton"));
    auto *progress = child<QProgressBar>(dialog, QStringLiteral("importProgress"));
    FirstProgressGate gate;
    CHECK(progress->isHidden());

    importButton->click();
    waitUntil([&] { return gate.reached(); }, "the worker to be inside the import");

    // The worker holds its transaction open; the window's own thread is free meanwhile.
    CHECK(dialog->isImporting());
    CHECK_FALSE(progress->isHidden());
    CHECK_FALSE(importButton->isEnabled());
    CHECK(storedStudents(fixture) == 0);
    CHECK(statusCount(window) == QStringLiteral("0 students"));

    gate.release();
    waitUntil([&] { return window.studentModel()->rowCount() == 150; }, "the window to reload");

    CHECK(storedStudents(fixture) == 150);
    CHECK(statusCount(window) == QStringLiteral("150 students"));
    CHECK(window.statusBar()->currentMessage() == importedMessage);
    CHECK((dialog.isNull() || dialog->result() == QDialog::Accepted));
}

TEST_CASE("Cancel during an import writes nothing, and the preview says so and stays open")
{
    UiFixture fixture;
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    QPointer<ImportDialog> dialog = window.openImport(sampleListPath());
    REQUIRE(dialog);
    auto *cancelButton = child<QPushButton>(dialog, QStringLiteral("cancelButton"));
    FirstProgressGate gate;

    child<QPushButton>(dialog, QStringLiteral("importButton"))->click();
    waitUntil([&] { return gate.reached(); }, "the worker to be inside the import");
    cancelButton->click();
    CHECK_FALSE(cancelButton->isEnabled());
    gate.release();
    waitUntil([&] { return !dialog->isImporting(); }, "the worker to stop");

    REQUIRE_FALSE(dialog.isNull());
    CHECK(child<ErrorBanner>(dialog, QStringLiteral("errorBanner"))->message() ==
          QStringLiteral("The import was cancelled; nothing was written."));
    CHECK(child<QPushButton>(dialog, QStringLiteral("importButton"))->isEnabled());
    CHECK(cancelButton->isEnabled());
    CHECK(child<QProgressBar>(dialog, QStringLiteral("importProgress"))->isHidden());
    CHECK(storedStudents(fixture) == 0);
    CHECK(fixture.service().importBatches()->isEmpty());
    CHECK(window.studentModel()->rowCount() == 0);
    CHECK(statusCount(window) == QStringLiteral("0 students"));

    cancelButton->click();
    CHECK(dialog->result() == QDialog::Rejected);
}

TEST_CASE("An export runs on a worker with progress and Cancel in the status bar, then says so")
{
    UiFixture fixture;
    fixture.importSample();
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    const QString path = fixture.path(QStringLiteral("students.csv"));
    auto *progress = child<QWidget>(&window, QStringLiteral("workProgress"));
    auto *exportAction = child<QAction>(&window, QStringLiteral("exportAction"));
    FirstProgressGate gate;
    CHECK(progress->isHidden());

    REQUIRE(window.exportStudents(path, CsvDialect::Rfc4180) != nullptr);
    waitUntil([&] { return gate.reached(); }, "the worker to be inside the export");

    CHECK_FALSE(progress->isHidden());
    CHECK(child<QLabel>(progress, QStringLiteral("workProgressText"))->text() ==
          QStringLiteral("Exporting 150 students\u2026"));
    CHECK_FALSE(exportAction->isEnabled());
    CHECK_FALSE(child<QAction>(&window, QStringLiteral("importAction"))->isEnabled());
    CHECK_FALSE(child<QAction>(&window, QStringLiteral("backupAction"))->isEnabled());
    CHECK(window.exportStudents(path, CsvDialect::Rfc4180) == nullptr);

    gate.release();
    waitUntil([&] { return !window.statusBar()->currentMessage().isEmpty(); },
              "the export to finish");

    CHECK(window.statusBar()->currentMessage() ==
          QStringLiteral("Exported 150 students to %1.").arg(QDir::toNativeSeparators(path)));
    const QByteArray bytes = contents(path);
    CHECK(bytes.count("\r\n") == 151);
    CHECK(bytes.contains("\r\n19500818-2304,Nilsson,Ida,,2SJ20,Sjuksk\xc3\xb6terskeprogrammet,,"));
    CHECK(progress->isHidden());
    CHECK(exportAction->isEnabled());
}

TEST_CASE("A cancelled export leaves an older file of the same name as it was")
{
    UiFixture fixture;
    fixture.importSample();
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    const QString path = fixture.path(QStringLiteral("students.csv"));
    writeContents(path, "an older list\r\n");
    FirstProgressGate gate;

    REQUIRE(window.exportStudents(path, CsvDialect::ExcelSwedish) != nullptr);
    waitUntil([&] { return gate.reached(); }, "the worker to be inside the export");
    child<QPushButton>(&window, QStringLiteral("workCancelButton"))->click();
    CHECK(child<QLabel>(&window, QStringLiteral("workProgressText"))->text() ==
          QStringLiteral("Cancelling\u2026"));
    gate.release();
    waitUntil([&] { return !window.banner()->message().isEmpty(); }, "the export to stop");

    CHECK(window.banner()->message() ==
          QStringLiteral("The export was cancelled; no file was written."));
    CHECK(contents(path) == QByteArray("an older list\r\n"));
    CHECK(QDir(fixture.path(QString())).entryList({QStringLiteral("students*")}, QDir::Files) ==
          QStringList{QStringLiteral("students.csv")});
    CHECK(child<QWidget>(&window, QStringLiteral("workProgress"))->isHidden());
    CHECK(child<QAction>(&window, QStringLiteral("exportAction"))->isEnabled());
}
