#include "ui/MainWindow.h"

#include "UiFixture.h"
#include "Waiting.h"
#include "ui/ErrorBanner.h"
#include "ui/MessageDialogs.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace vfu;
using namespace vfu::test;

TEST_CASE("An empty data file shows the welcome page with its import button")
{
    UiFixture fixture;
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);

    auto *pages = child<QStackedWidget>(&window, QStringLiteral("pages"));
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("welcomePage"));
    CHECK(child<QPushButton>(&window, QStringLiteral("welcomeImportButton"))->text() ==
          QStringLiteral("Import a Ladok list\u2026"));
    CHECK(child<QLabel>(&window, QStringLiteral("statusStudentCount"))->text() ==
          QStringLiteral("0 students"));
    CHECK(child<QLabel>(&window, QStringLiteral("statusDataFile"))->text() ==
          QDir::toNativeSeparators(fixture.database().path()));
}

TEST_CASE("The window opens on Today and the sidebar switches to each section")
{
    UiFixture fixture;
    fixture.importSample();
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    auto *pages = child<QStackedWidget>(&window, QStringLiteral("pages"));
    auto *sidebar = child<QListWidget>(&window, QStringLiteral("sidebar"));

    CHECK(pages->currentWidget()->objectName() == QStringLiteral("todayPage"));
    CHECK(
        child<QLabel>(&window, QStringLiteral("todayEmpty"))->isVisibleTo(pages->currentWidget()));

    sidebar->setCurrentRow(1);

    CHECK(pages->currentWidget()->objectName() == QStringLiteral("studentsPage"));
    CHECK(child<QLabel>(&window, QStringLiteral("studentCount"))->text() ==
          QStringLiteral("150 students"));
    CHECK(window.size() == QSize(1200, 750));

    sidebar->setCurrentRow(3);
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("placementsPage"));
    CHECK(child<QLabel>(&window, QStringLiteral("placementCount"))->text() ==
          QStringLiteral("Placements: 0"));
    sidebar->setCurrentRow(4);
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("unitsPage"));
    sidebar->setCurrentRow(5);
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("compensationPage"));
    sidebar->setCurrentRow(3);
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("placementsPage"));
}

TEST_CASE("Typing in the students filter narrows the table at once")
{
    UiFixture fixture;
    fixture.importSample();
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    window.showSection(MainWindow::Section::Students);
    auto *filter = child<QLineEdit>(&window, QStringLiteral("studentFilter"));
    auto *table = child<QTableView>(&window, QStringLiteral("studentTable"));

    QTest::keyClicks(filter, QStringLiteral("persson"));

    CHECK(table->model()->rowCount() == 2);
    CHECK(child<QLabel>(&window, QStringLiteral("studentCount"))->text() ==
          QStringLiteral("2 of 150 students"));
}

TEST_CASE("Export writes every student for Excel and says so in the status bar")
{
    UiFixture fixture;
    fixture.importSample();
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    const QString path = fixture.path(QStringLiteral("students.csv"));

    REQUIRE(window.exportStudents(path, CsvDialect::ExcelSwedish) != nullptr);
    waitUntil([&] { return !window.statusBar()->currentMessage().isEmpty(); },
              "the export to finish");

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xef\xbb\xbf"));
    CHECK(bytes.count("\r\n") == 151);
    CHECK(window.statusBar()->currentMessage() ==
          QStringLiteral("Exported 150 students to %1.").arg(QDir::toNativeSeparators(path)));
}

TEST_CASE("An export that cannot be written says why in the banner")
{
    UiFixture fixture;
    fixture.importSample();
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    const QString path = fixture.path(QStringLiteral("no-such-folder/students.csv"));

    REQUIRE(window.exportStudents(path, CsvDialect::Rfc4180) != nullptr);
    waitUntil([&] { return !window.banner()->message().isEmpty(); }, "the export to fail");

    CHECK(window.banner()->message() ==
          QStringLiteral("%1 could not be written: No such file or directory")
              .arg(QDir::toNativeSeparators(path)));
    CHECK(window.statusBar()->currentMessage().isEmpty());
    CHECK(MessageDialogs::testMessages().isEmpty());
}
