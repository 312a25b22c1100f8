#include "ui/StudentPage.h"

#include "UiFixture.h"
#include "Waiting.h"
#include "core/identity/HsaId.h"
#include "ui/HistoryModel.h"
#include "ui/HistoryPanel.h"
#include "ui/MainWindow.h"
#include "ui/StudentFilterModel.h"
#include "ui/StudentTableModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace vfu;
using namespace vfu::test;

namespace {

const QString idasNumber = QStringLiteral("19500818-2304"); // Ida Nilsson in the sample

// The window with Ida Nilsson's page open; the sample is imported first.
struct IdasPage
{
    explicit IdasPage(UiFixture &fixture)
    {
        window = std::make_unique<MainWindow>(fixture.database(), fixture.clock);
        waitForStudents(*window);
        id = fixture.studentId(idasNumber);
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

    // The history's "what" column, newest first, without the import that added the student.
    QStringList history() const
    {
        QStringList lines;
        const QAbstractItemModel *model = historyView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->index(row, HistoryModel::WhatColumn).data().toString();
            if (!text.startsWith(QStringLiteral("Added by import")))
                lines.append(text);
        }
        return lines;
    }

    QTreeView *historyView() const { return child<QTreeView>(page, QStringLiteral("historyView")); }
    int historyRow(const QString &text) const
    {
        const QAbstractItemModel *model = historyView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, HistoryModel::WhatColumn).data().toString() == text)
                return row;
        }
        return -1;
    }

    std::unique_ptr<MainWindow> window;
    qint64 id = 0;
    StudentPage *page = nullptr;
};

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

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
    CHECK(ida.label(QStringLiteral("studentTrack")) == QStringLiteral("Track: Ordinary"));
    CHECK_FALSE(ida.button(QStringLiteral("undoButton"))->isEnabled());
    CHECK(ida.history().isEmpty());
    const QAbstractItemModel *history = ida.historyView()->model();
    REQUIRE(history->rowCount() == 1);
    CHECK(history->index(0, HistoryModel::WhatColumn)
              .data()
              .toString()
              .startsWith(
                  QStringLiteral("Added by import 1 (deltagande-sjukskoterskeprogrammet.csv)")));
    CHECK(history->index(0, HistoryModel::WhenColumn).data().toString() ==
          QStringLiteral("2026-12-03 09:00"));
    CHECK_FALSE(history->index(0, HistoryModel::WhoColumn).data().toString().isEmpty());
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
          QStringList{QStringLiteral("Undone: Registered in KliPP on 2026-11-20"),
                      QStringLiteral("Registered in KliPP on 2026-11-20 (undone)")});
    CHECK_FALSE(ida.button(QStringLiteral("undoButton"))->isEnabled());
}

TEST_CASE("Edit, Undo takes back the last change of the student selected in the table")
{
    UiFixture fixture;
    fixture.importSample();
    const qint64 id = fixture.studentId(idasNumber);
    REQUIRE(fixture.service().record(id, Step::KlippRegistered, QDate(2026, 11, 20)).isOk());
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
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
                .record(fixture.studentId(idasNumber), Step::KlippRegistered, QDate(2026, 11, 20))
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

TEST_CASE("Undoing a step that is not the last keeps it in the history, marked as undone")
{
    UiFixture fixture;
    fixture.importSample();
    const qint64 id = fixture.studentId(idasNumber);
    StudentService &service = fixture.service();
    REQUIRE(service.record(id, Step::KlippRegistered, QDate(2026, 11, 20)).isOk());
    REQUIRE(service
                .record(id, Step::HsaIdRecorded, QDate(2026, 11, 21),
                        QStringLiteral("SE2321000016-ABCD"))
                .isOk());
    REQUIRE(service.record(id, Step::JobshLinkSent, QDate(2026, 11, 23)).isOk());
    IdasPage page(fixture);
    QAbstractItemModelTester tester(page.historyView()->model(), fatal);
    auto *panel = child<HistoryPanel>(page.page, QStringLiteral("historyPanel"));
    QPushButton *undoStep = page.button(QStringLiteral("undoStepButton"));
    CHECK_FALSE(undoStep->isEnabled());

    const int row =
        page.historyRow(QStringLiteral("HSA-ID recorded on 2026-11-21: SE2321000016-ABCD"));
    REQUIRE(row >= 0);
    panel->selectRow(row);
    REQUIRE(undoStep->isEnabled());
    undoStep->click();

    CHECK(page.label(QStringLiteral("studentHsaId")) == QStringLiteral("No HSA-ID yet"));
    CHECK(page.label(QStringLiteral("journeyDate_hsa-id")) == QStringLiteral("\u2014"));
    CHECK(page.label(QStringLiteral("journeyDate_jobsh-link-sent")) ==
          QStringLiteral("2026-11-23"));
    CHECK(page.history() ==
          QStringList{
              QStringLiteral("Undone: HSA-ID recorded on 2026-11-21"),
              QStringLiteral("JoBSH link sent on 2026-11-23"),
              QStringLiteral("HSA-ID recorded on 2026-11-21: SE2321000016-ABCD (undone)"),
              QStringLiteral("Registered in KliPP on 2026-11-20"),
          });
    const int undone = page.historyRow(
        QStringLiteral("HSA-ID recorded on 2026-11-21: SE2321000016-ABCD (undone)"));
    const QModelIndex undoneIndex = page.historyView()->model()->index(undone, 0);
    CHECK_FALSE(undoneIndex.data(HistoryModel::UndoableRole).toBool());
    CHECK(undoneIndex.data(Qt::FontRole).value<QFont>().strikeOut());
    panel->selectRow(undone);
    CHECK_FALSE(undoStep->isEnabled());
}

TEST_CASE("Record another step records a step out of order and returns to the next one")
{
    UiFixture fixture;
    fixture.importSample();
    IdasPage page(fixture);
    QPushButton *record = page.button(QStringLiteral("recordStepButton"));

    child<QAction>(page.page, QStringLiteral("recordOther_jobsh-completed"))->trigger();
    CHECK(record->text() == QStringLiteral("Record: JoBSH completed"));
    CHECK(
        child<QWidget>(page.page, QStringLiteral("backToNextStepButton"))->isVisibleTo(page.page));
    record->click();

    CHECK(page.label(QStringLiteral("journeyDate_jobsh-completed")) ==
          QStringLiteral("2026-12-03"));
    CHECK(record->text() == QStringLiteral("Record: Certificate received"));
    CHECK_FALSE(
        child<QWidget>(page.page, QStringLiteral("backToNextStepButton"))->isVisibleTo(page.page));
}

TEST_CASE("A name change is recorded at any time with a note of what changed")
{
    UiFixture fixture;
    fixture.importSample();
    IdasPage page(fixture);

    child<QAction>(page.page, QStringLiteral("recordOther_name-changed"))->trigger();
    auto *note = child<QLineEdit>(page.page, QStringLiteral("nameChangeEdit"));
    REQUIRE(note->isVisibleTo(page.page));
    QTest::keyClicks(note, QStringLiteral("New family name: Berg"));
    page.button(QStringLiteral("recordStepButton"))->click();

    CHECK(page.history() ==
          QStringList{QStringLiteral("Name changed on 2026-12-03: New family name: Berg")});
}

TEST_CASE("A card from another region asks for the choice before the card steps follow")
{
    UiFixture fixture;
    fixture.importSample();
    const qint64 id = fixture.studentId(idasNumber);
    StudentChanges changes;
    changes.track = Track::OtherRegionCard;
    changes.reason = QStringLiteral("Holds a card from Region Skåne");
    REQUIRE(fixture.service().change(id, changes).isOk());
    IdasPage page(fixture);
    CHECK(page.label(QStringLiteral("journeyDate_card-choice")) == QStringLiteral("\u2014"));

    child<QAction>(page.page, QStringLiteral("recordOther_card-choice"))->trigger();
    QPushButton *record = page.button(QStringLiteral("recordStepButton"));
    auto *choice = child<QComboBox>(page.page, QStringLiteral("cardChoiceCombo"));
    REQUIRE(choice->isVisibleTo(page.page));
    CHECK_FALSE(record->isEnabled());
    choice->setCurrentIndex(choice->findData(QStringLiteral("temporary-card")));
    REQUIRE(record->isEnabled());
    record->click();

    CHECK(page.label(QStringLiteral("journeyDate_card-choice")) == QStringLiteral("2026-12-03"));
    CHECK(page.label(QStringLiteral("journeyDate_temporary-card-issued")) ==
          QStringLiteral("\u2014"));
    CHECK(page.history().contains(QStringLiteral("Card chosen on 2026-12-03: temporary-card")));
}
