#include "ui/ImportsPage.h"

#include "UiFixture.h"
#include "Waiting.h"
#include "ui/ImportBatchModel.h"
#include "ui/MainWindow.h"
#include "ui/MessageDialogs.h"
#include "ui/StudentTableModel.h"

#include <QAbstractItemModelTester>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>

using namespace vfu;
using namespace vfu::test;

namespace {

QStringList rowOf(const QAbstractItemModel *model, int row)
{
    QStringList cells;
    for (int column = 0; column < model->columnCount(); ++column)
        cells.append(model->index(row, column).data().toString());
    return cells;
}

} // namespace

TEST_CASE("The Imports view lists each import with its file, time, counts and state")
{
    UiFixture fixture;
    fixture.importSample();
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    child<QListWidget>(&window, QStringLiteral("sidebar"))->setCurrentRow(2);

    auto *page = child<ImportsPage>(&window, QStringLiteral("importsPage"));
    CHECK(child<QStackedWidget>(&window, QStringLiteral("pages"))->currentWidget() == page);
    QAbstractItemModel *model = child<QTableView>(page, QStringLiteral("importsView"))->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 1);
    const QStringList row = rowOf(model, 0);
    CHECK(row.at(ImportBatchModel::FileColumn) ==
          QStringLiteral("deltagande-sjukskoterskeprogrammet.csv"));
    CHECK(row.at(ImportBatchModel::WhenColumn) == QStringLiteral("2026-12-03 09:00"));
    CHECK_FALSE(row.at(ImportBatchModel::WhoColumn).isEmpty());
    CHECK(row.at(ImportBatchModel::AddedColumn) == QStringLiteral("150"));
    CHECK(row.at(ImportBatchModel::ChangedColumn) == QStringLiteral("0"));
    CHECK(row.at(ImportBatchModel::StateColumn) == QStringLiteral("In force"));
    CHECK(child<QPushButton>(page, QStringLiteral("undoImportButton"))->isEnabled());
}

TEST_CASE("Undo this import asks first, then removes its students and keeps those changed since")
{
    UiFixture fixture;
    fixture.importSample();
    const qint64 kept = fixture.studentId(QStringLiteral("19500818-2304"));
    REQUIRE(fixture.service().record(kept, Step::KlippRegistered, QDate(2026, 12, 1)).isOk());
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    window.showSection(MainWindow::Section::Imports);
    auto *page = child<ImportsPage>(&window, QStringLiteral("importsPage"));
    auto *undo = child<QPushButton>(page, QStringLiteral("undoImportButton"));

    MessageDialogs::setTestAnswer(QMessageBox::Cancel);
    undo->click();
    CHECK(window.studentModel()->rowCount() == 150);
    REQUIRE(MessageDialogs::testMessages().size() == 1);
    CHECK(MessageDialogs::testMessages().constFirst().startsWith(
        QStringLiteral("Undo the import of deltagande-sjukskoterskeprogrammet.csv from "
                       "2026-12-03 09:00?\n\nThe students it added (150) leave the data file")));

    MessageDialogs::setTestAnswer(QMessageBox::Ok);
    undo->click();
    waitForStudents(window);

    CHECK(window.studentModel()->rowCount() == 1);
    const QString report =
        child<QPlainTextEdit>(page, QStringLiteral("importUndoReport"))->toPlainText();
    CHECK(report == QStringLiteral("Undid the import of deltagande-sjukskoterskeprogrammet.csv. "
                                   "Students removed: 149. Fields set back: 0.\nKept:\n"
                                   "19500818-2304 stays: there are later changes to the "
                                   "student."));
    const QAbstractItemModel *model =
        child<QTableView>(page, QStringLiteral("importsView"))->model();
    CHECK(model->index(0, ImportBatchModel::StateColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("Undone 2026-12-03 09:00 by ")));
    CHECK_FALSE(undo->isEnabled());
    CHECK(child<QStackedWidget>(&window, QStringLiteral("pages"))->currentWidget() == page);
}

TEST_CASE("Undoing an import names a protected student it keeps by the alias only")
{
    UiFixture fixture;
    fixture.importSample();
    const qint64 id = fixture.studentId(QStringLiteral("19500818-2304"));
    StudentChanges changes;
    changes.protection = Protection::Alias;
    changes.alias = QStringLiteral("Student A");
    REQUIRE(fixture.service().change(id, changes).isOk());
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    window.showSection(MainWindow::Section::Imports);
    auto *page = child<ImportsPage>(&window, QStringLiteral("importsPage"));

    child<QPushButton>(page, QStringLiteral("undoImportButton"))->click();

    const QString report =
        child<QPlainTextEdit>(page, QStringLiteral("importUndoReport"))->toPlainText();
    CHECK(report.endsWith(QStringLiteral("Kept:\nStudent A stays: there are later changes to "
                                         "the student.")));
    CHECK_FALSE(report.contains(QStringLiteral("2304")));
}
