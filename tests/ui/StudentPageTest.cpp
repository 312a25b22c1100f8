#include "ui/StudentPage.h"

#include "UiFixture.h"
#include "core/identity/HsaId.h"
#include "ui/MainWindow.h"
#include "ui/StudentFilterModel.h"
#include "ui/StudentTableModel.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace vfu;
using namespace vfu::test;

namespace {

const QString ida = QStringLiteral("19500818-2304"); // Ida Nilsson in the sample

// The window with Ida Nilsson's page open; the sample is imported first.
struct IdasPage
{
    explicit IdasPage(UiFixture &fixture)
    {
        window = std::make_unique<MainWindow>(fixture.database(), fixture.clock);
        id = fixture.studentId(ida);
        window->showSection(MainWindow::Section::Students);
        window->showStudent(id);
        page = child<StudentPage>(window.get(), QStringLiteral("studentPage"));
    }

    QString stageInTable() const
    {
        StudentTableModel *model = window->studentModel();
        return model->index(model->rowOfStudent(id), StudentTableModel::StageColumn)
            .data()
            .toString();
    }

    QString label(const QString &name) const { return child<QLabel>(page, name)->text(); }
    QPushButton *button(const QString &name) const { return child<QPushButton>(page, name); }

    QStringList history() const
    {
        QStringList lines;
        auto *list = child<QListWidget>(page, QStringLiteral("historyList"));
        for (int row = 0; row < list->count(); ++row)
            lines.append(list->item(row)->text());
        return lines;
    }

    std::unique_ptr<MainWindow> window;
    qint64 id = 0;
    StudentPage *page = nullptr;
};

} // namespace

TEST_CASE("A student's page shows who the student is and the journey not yet started")
{
    UiFixture fixture;
    fixture.importSample();
    IdasPage ida(fixture);

    CHECK(child<QStackedWidget>(ida.window.get(), QStringLiteral("pages"))->currentWidget() ==
          ida.page);
    CHECK(ida.label(QStringLiteral("studentName")) == QStringLiteral("Ida Nilsson"));
    CHECK(ida.label(QStringLiteral("studentIdentity")) == QStringLiteral("19500818-2304"));
    CHECK(ida.label(QStringLiteral("studentProgramme")) ==
          QStringLiteral("Sjuksköterskeprogrammet (2SJ20)"));
    CHECK(ida.label(QStringLiteral("studentHsaId")) == QStringLiteral("No HSA-ID yet"));
    CHECK(ida.label(QStringLiteral("studentStage")) == QStringLiteral("Stage: Not started"));
    CHECK(ida.label(QStringLiteral("journeyDate_klipp-registered")) == QStringLiteral("Next"));
    CHECK(ida.label(QStringLiteral("journeyDate_card-activated")) == QStringLiteral("\u2014"));
    CHECK(ida.button(QStringLiteral("recordStepButton"))->text() ==
          QStringLiteral("Record: Registered in KliPP"));
    CHECK_FALSE(ida.button(QStringLiteral("undoButton"))->isEnabled());
    CHECK(ida.history().isEmpty());
}

TEST_CASE("The date of a step is today by default and cannot be after today")
{
    UiFixture fixture;
    fixture.importSample();
    IdasPage ida(fixture);
    auto *date = child<QDateEdit>(ida.page, QStringLiteral("stepDate"));

    CHECK(date->date() == fixtureToday);
    CHECK(date->maximumDate() == fixtureToday);
}

TEST_CASE("Recording a step on a student's page changes the stage in the students table")
{
    UiFixture fixture;
    fixture.importSample();
    IdasPage ida(fixture);
    child<QDateEdit>(ida.page, QStringLiteral("stepDate"))->setDate(QDate(2026, 11, 20));

    ida.button(QStringLiteral("recordStepButton"))->click();

    CHECK(ida.stageInTable() == QStringLiteral("Registered in KliPP"));
    CHECK(ida.label(QStringLiteral("studentStage")) ==
          QStringLiteral("Stage: Registered in KliPP"));
    CHECK(ida.label(QStringLiteral("journeyDate_klipp-registered")) ==
          QStringLiteral("2026-11-20"));
    CHECK(ida.label(QStringLiteral("studentMessage")) ==
          QStringLiteral("Recorded: Registered in KliPP on 2026-11-20."));
    CHECK(ida.button(QStringLiteral("recordStepButton"))->text() ==
          QStringLiteral("Record: HSA-ID recorded"));
    CHECK(ida.history() == QStringList{QStringLiteral("Registered in KliPP on 2026-11-20")});
    CHECK(ida.button(QStringLiteral("undoButton"))->isEnabled());
}

TEST_CASE("Undo on a student's page takes the stage back and the history shows both")
{
    UiFixture fixture;
    fixture.importSample();
    IdasPage ida(fixture);
    child<QDateEdit>(ida.page, QStringLiteral("stepDate"))->setDate(QDate(2026, 11, 20));
    ida.button(QStringLiteral("recordStepButton"))->click();

    ida.button(QStringLiteral("undoButton"))->click();

    CHECK(ida.stageInTable() == QStringLiteral("Not started"));
    CHECK(ida.label(QStringLiteral("studentStage")) == QStringLiteral("Stage: Not started"));
    CHECK(ida.label(QStringLiteral("studentMessage")) ==
          QStringLiteral("Undone: Registered in KliPP on 2026-11-20."));
    CHECK(ida.history() ==
          QStringList{QStringLiteral("Undone on 2026-12-03: Registered in KliPP on 2026-11-20"),
                      QStringLiteral("Registered in KliPP on 2026-11-20 (undone)")});
    CHECK_FALSE(ida.button(QStringLiteral("undoButton"))->isEnabled());
}

TEST_CASE("Edit, Undo takes back the last change of the student selected in the table")
{
    UiFixture fixture;
    fixture.importSample();
    const qint64 id = fixture.studentId(ida);
    REQUIRE(fixture.service().record(id, Step::KlippRegistered, QDate(2026, 11, 20)).isOk());
    MainWindow window(fixture.database(), fixture.clock);
    window.showSection(MainWindow::Section::Students);
    auto *table = child<QTableView>(&window, QStringLiteral("studentTable"));
    const int row = window.studentModel()->rowOfStudent(id);
    auto *filter = child<StudentFilterModel>(&window, QString());
    table->setCurrentIndex(filter->mapFromSource(window.studentModel()->index(row, 0)));
    auto *undo = child<QAction>(&window, QStringLiteral("undoAction"));
    REQUIRE(undo->isEnabled());
    CHECK(undo->text() == QStringLiteral("&Undo last change of Ida Nilsson"));

    undo->trigger();

    CHECK(window.studentModel()->index(row, StudentTableModel::StageColumn).data().toString() ==
          QStringLiteral("Not started"));
}

TEST_CASE(
    "The HSA-ID field rejects letters outside A to Z with the reason and accepts a valid HSA-ID")
{
    UiFixture fixture;
    fixture.importSample();
    REQUIRE(fixture.service()
                .record(fixture.studentId(ida), Step::KlippRegistered, QDate(2026, 11, 20))
                .isOk());
    IdasPage page(fixture);
    auto *edit = child<QLineEdit>(page.page, QStringLiteral("hsaIdEdit"));
    auto *error = child<QLabel>(page.page, QStringLiteral("hsaIdError"));
    QPushButton *record = page.button(QStringLiteral("recordStepButton"));
    REQUIRE(edit->isVisibleTo(page.page));
    CHECK_FALSE(record->isEnabled());

    QTest::keyClicks(edit, QStringLiteral("SE2321000016-ÅÄÖ"));
    CHECK(error->text() ==
          QStringLiteral("An HSA-ID cannot contain 'Å'; it uses the letters A to Z only."));
    CHECK(error->isVisibleTo(page.page));
    CHECK_FALSE(record->isEnabled());

    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("SE2321000016-ABCD"));
    CHECK(error->isHidden());
    REQUIRE(record->isEnabled());

    record->click();
    CHECK(page.label(QStringLiteral("studentHsaId")) == QStringLiteral("HSA-ID SE2321000016-ABCD"));
    CHECK(page.stageInTable() == QStringLiteral("HSA-ID recorded"));
    CHECK(page.label(QStringLiteral("journeyDate_hsa-id")) == QStringLiteral("2026-12-03"));
    CHECK_FALSE(edit->isVisibleTo(page.page));
}
