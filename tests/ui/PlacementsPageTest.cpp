#include "ui/PlacementsPage.h"

#include "PlacementFixture.h"
#include "ui/ErrorBanner.h"
#include "ui/InterruptDialog.h"
#include "ui/PlacementDialog.h"
#include "ui/PlacementFilterModel.h"
#include "ui/PlacementHistoryModel.h"
#include "ui/PlacementStatusDialog.h"
#include "ui/PlacementTableModel.h"
#include "ui/StudentPlacementsBox.h"
#include "ui/UnitTableModel.h"
#include "ui/UnitsPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>

using namespace vfu;
using namespace vfu::test;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QString banner(const QObject *root)
{
    return child<ErrorBanner>(root, QStringLiteral("errorBanner"))->message();
}

// The text the table shows for a placement in a column.
QString cell(PlacementsPage &page, qint64 placementId, int column)
{
    const int row = page.model()->rowOfPlacement(placementId);
    REQUIRE(row >= 0);
    return page.model()->index(row, column).data().toString();
}

void chooseFilter(PlacementsPage &page, const QString &name, const QString &text)
{
    auto *combo = child<QComboBox>(&page, name);
    const int index = combo->findText(text);
    INFO("choosing " << text.toStdString() << " in " << name.toStdString());
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

int shown(PlacementsPage &page)
{
    return child<QTableView>(&page, QStringLiteral("placementTable"))->model()->rowCount();
}

Unit coreUnit(PlacementFixture &fixture, const QString &name, bool inside)
{
    Unit unit;
    unit.name = name;
    unit.insideRegion = inside;
    const Result<Unit> added = fixture.placements().addUnit(unit);
    REQUIRE(added.isOk());
    return *added;
}

} // namespace

TEST_CASE("A new coordinator creates units, places ten students of the sample list, and the "
          "filters by unit, programme, status and period narrow the table")
{
    PlacementFixture fixture;
    UnitsPage units(fixture.placements(), fixture.service(), fixture.clock);
    PlacementsPage page(fixture.placements(), fixture.service(), fixture.clock);
    QAbstractItemModelTester sourceTester(page.model(), fatal);
    QAbstractItemModelTester filterTester(page.filterModel(), fatal);
    QSignalSpy changed(&page, &PlacementsPage::changed);

    const WorkedExample example = buildWorkedExample(fixture, units, page);

    CHECK(units.model()->rowCount() == 3);
    CHECK(page.model()->rowCount() == 13);
    CHECK(shown(page) == 13);
    CHECK(changed.count() == 18); // 13 placements, 4 changes of status, 1 interruption
    CHECK(child<QLabel>(&page, QStringLiteral("placementCount"))->text() ==
          QStringLiteral("Placements: 13"));

    CHECK(cell(page, example.first[0], PlacementTableModel::StudentColumn) ==
          QStringLiteral("Nilsson, Ida"));
    CHECK(cell(page, example.first[0], PlacementTableModel::ProgrammeColumn) ==
          QStringLiteral("Sjuksköterskeprogrammet"));
    CHECK(cell(page, example.first[0], PlacementTableModel::StatusColumn) ==
          QStringLiteral("Completed"));
    CHECK(cell(page, example.first[5], PlacementTableModel::StatusColumn) ==
          QStringLiteral("Ongoing"));
    CHECK(cell(page, example.first[4], PlacementTableModel::StatusColumn) ==
          QStringLiteral("Interrupted 2026-12-01"));
    CHECK(cell(page, example.first[1], PlacementTableModel::RouteColumn) ==
          QStringLiteral("Ordered through KliPP"));
    CHECK(cell(page, example.first[7], PlacementTableModel::RouteColumn) ==
          QStringLiteral("Direct contact with the unit"));
    CHECK(cell(page, example.medical, PlacementTableModel::RouteColumn) ==
          QStringLiteral("Pre-reserved places"));
    CHECK(cell(page, example.cancelled, PlacementTableModel::StatusColumn) ==
          QStringLiteral("Cancelled"));
    CHECK(fixture.row(example.overlapping).placement.overlapReason ==
          QStringLiteral("Extra week agreed with the examiner"));

    chooseFilter(page, QStringLiteral("unitFilter"), QStringLiteral("Avdelning 12"));
    CHECK(shown(page) == 7);
    CHECK(child<QLabel>(&page, QStringLiteral("placementCount"))->text() ==
          QStringLiteral("Placements: 7 of 13"));
    chooseFilter(page, QStringLiteral("unitFilter"), QStringLiteral("Vårdcentral Ek"));
    CHECK(shown(page) == 4);
    chooseFilter(page, QStringLiteral("unitFilter"), QStringLiteral("Äldreboende Solgården"));
    CHECK(shown(page) == 2);
    chooseFilter(page, QStringLiteral("unitFilter"), QStringLiteral("All units"));
    CHECK(shown(page) == 13);

    chooseFilter(page, QStringLiteral("programmeFilter"), QStringLiteral("Läkarprogrammet"));
    CHECK(shown(page) == 1);
    chooseFilter(page, QStringLiteral("programmeFilter"),
                 QStringLiteral("Sjuksköterskeprogrammet"));
    CHECK(shown(page) == 12);
    chooseFilter(page, QStringLiteral("programmeFilter"), QStringLiteral("All programmes"));

    chooseFilter(page, QStringLiteral("statusFilter"), QStringLiteral("Interrupted"));
    CHECK(shown(page) == 1);
    chooseFilter(page, QStringLiteral("statusFilter"), QStringLiteral("Cancelled"));
    CHECK(shown(page) == 1);
    chooseFilter(page, QStringLiteral("statusFilter"), QStringLiteral("Ongoing"));
    CHECK(shown(page) == 1);
    chooseFilter(page, QStringLiteral("statusFilter"), QStringLiteral("Planned"));
    CHECK(shown(page) == 9);
    chooseFilter(page, QStringLiteral("statusFilter"), QStringLiteral("Any status"));

    // The period counts a placement that has a day in it: autumn leaves out only January's.
    child<QCheckBox>(&page, QStringLiteral("periodFilter"))->setChecked(true);
    child<QToolButton>(&page, QStringLiteral("autumnTermButton"))->click();
    CHECK(shown(page) == 12);
    child<QDateEdit>(&page, QStringLiteral("periodFrom"))->setDate(QDate(2027, 1, 1));
    child<QDateEdit>(&page, QStringLiteral("periodTo"))->setDate(QDate(2027, 1, 31));
    CHECK(shown(page) == 3);
    child<QToolButton>(&page, QStringLiteral("springTermButton"))->click();
    CHECK(shown(page) == 0);

    child<QToolButton>(&page, QStringLiteral("autumnTermButton"))->click();
    chooseFilter(page, QStringLiteral("unitFilter"), QStringLiteral("Avdelning 12"));
    CHECK(shown(page) == 6);
    chooseFilter(page, QStringLiteral("statusFilter"), QStringLiteral("Planned"));
    CHECK(shown(page) == 4);
    child<QCheckBox>(&page, QStringLiteral("periodFilter"))->setChecked(false);
    CHECK(shown(page) == 5);

    // Filters stay as they are when the page reads again.
    page.reload();
    CHECK(shown(page) == 5);
}

TEST_CASE("The interrupted placement's history shows when it was placed and who stopped it, "
          "and why")
{
    PlacementFixture fixture;
    UnitsPage units(fixture.placements(), fixture.service(), fixture.clock);
    PlacementsPage page(fixture.placements(), fixture.service(), fixture.clock);
    const WorkedExample example = buildWorkedExample(fixture, units, page);

    page.selectPlacement(example.first[4]);
    auto *history = child<QTableView>(&page, QStringLiteral("placementHistory"));
    QAbstractItemModelTester tester(history->model(), fatal);
    REQUIRE(history->model()->rowCount() == 2);
    const auto what = [history](int row) {
        return history->model()->index(row, PlacementHistoryModel::WhatColumn).data().toString();
    };
    CHECK(what(0) == QStringLiteral("Placed at Vårdcentral Ek from 2026-11-16 to 2026-12-11 "
                                    "(Ordered through KliPP)"));
    CHECK(what(1) == QStringLiteral("Interrupted on 2026-12-01 by Dr. Lind: Patient safety"));
    CHECK(child<QLabel>(&page, QStringLiteral("placementHistoryTitle"))->text() ==
          QStringLiteral("History of the placement of Sandberg, Zeynep at Vårdcentral Ek"));
    CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("interruptButton"))->isEnabled());
    CHECK(fixture.row(example.first[4]).placement.countedEnd() == QDate(2026, 12, 1));

    page.selectPlacement(example.first[5]);
    CHECK(child<QPushButton>(&page, QStringLiteral("interruptButton"))->isEnabled());
}

TEST_CASE("An overlapping placement asks for a reason, and Add again places it with the reason")
{
    PlacementFixture fixture;
    const Unit ward = coreUnit(fixture, QStringLiteral("Avdelning 12"), true);
    PlacementsPage page(fixture.placements(), fixture.service(), fixture.clock);
    const QString ida = PlacementFixture::tenStudents().at(0);
    REQUIRE(fixture.place(page, ida, ward.name, QDate(2027, 1, 11), QDate(2027, 2, 5)) != 0);

    PlacementDialog *dialog = page.openAddPlacement(fixture.studentId(ida));
    child<QDateEdit>(dialog, QStringLiteral("placementStart"))->setDate(QDate(2027, 2, 1));
    child<QDateEdit>(dialog, QStringLiteral("placementEnd"))->setDate(QDate(2027, 2, 26));
    CHECK_FALSE(dialog->asksForReason());
    child<QPushButton>(dialog, QStringLiteral("addPlacementButton"))->click();

    CHECK(dialog->result() != QDialog::Accepted);
    CHECK(dialog->asksForReason());
    CHECK(banner(dialog) == QStringLiteral("The placement overlaps the student's placement at "
                                           "Avdelning 12 from 2027-01-11 to 2027-02-05. Give a "
                                           "reason to allow it."));
    CHECK(page.model()->rowCount() == 1);

    child<QLineEdit>(dialog, QStringLiteral("overlapReason"))
        ->setText(QStringLiteral("Two half-time placements"));
    child<QPushButton>(dialog, QStringLiteral("addPlacementButton"))->click();
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(page.model()->rowCount() == 2);
    CHECK(fixture.row(page.currentPlacementId()).placement.overlapReason ==
          QStringLiteral("Two half-time placements"));
}

TEST_CASE("The route follows the programme until changed, and a unit outside the region is "
          "never ordered through KliPP")
{
    PlacementFixture fixture;
    coreUnit(fixture, QStringLiteral("Avdelning 12"), true);
    const Unit careHome = coreUnit(fixture, QStringLiteral("Hemtjänst Norr"), false);
    PlacementsPage page(fixture.placements(), fixture.service(), fixture.clock);

    PlacementDialog *dialog =
        page.openAddPlacement(fixture.studentId(PlacementFixture::medicalStudent));
    auto *route = child<QComboBox>(dialog, QStringLiteral("placementRoute"));
    CHECK(route->currentText() == QStringLiteral("Pre-reserved places"));
    CHECK(child<QLabel>(dialog, QStringLiteral("placementRouteNote"))->text() ==
          QStringLiteral("Follows the programme: Läkarprogrammet."));
    dialog->selectStudent(fixture.studentId(PlacementFixture::tenStudents().at(1)));
    CHECK(route->currentText() == QStringLiteral("Ordered through KliPP"));
    dialog->selectUnit(careHome.id);
    CHECK(route->currentText() == QStringLiteral("Direct contact with the unit"));
    CHECK_FALSE(dialog->routeChanged());

    route->setCurrentIndex(route->findText(QStringLiteral("Ordered through KliPP")));
    CHECK(dialog->routeChanged());
    child<QPushButton>(dialog, QStringLiteral("addPlacementButton"))->click();
    CHECK(dialog->result() != QDialog::Accepted);
    CHECK(banner(dialog) == QStringLiteral("Hemtjänst Norr is outside the region and not in "
                                           "KliPP: arrange the placement by direct contact."));
    CHECK(page.model()->rowCount() == 0);

    route->setCurrentIndex(route->findText(QStringLiteral("Direct contact with the unit")));
    child<QPushButton>(dialog, QStringLiteral("addPlacementButton"))->click();
    CHECK(dialog->result() == QDialog::Accepted);
    REQUIRE(page.model()->rowCount() == 1);

    // Arranged by direct contact, it cannot be marked as ordered through KliPP either.
    PlacementStatusDialog *status = page.openStatusChange();
    REQUIRE(status != nullptr);
    status->setStatus(PlacementStatus::Ordered);
    child<QPushButton>(status, QStringLiteral("saveStatusButton"))->click();
    CHECK(status->result() != QDialog::Accepted);
    CHECK(banner(status) == QStringLiteral("Only a placement ordered through KliPP is ordered; "
                                           "this one is arranged as: Direct contact with the "
                                           "unit."));
}

TEST_CASE("The student search finds a student by any part of the name or number, and a "
          "placement needs a student and ends after it starts")
{
    PlacementFixture fixture;
    const Unit ward = coreUnit(fixture, QStringLiteral("Avdelning 12"), true);
    PlacementsPage page(fixture.placements(), fixture.service(), fixture.clock);
    PlacementDialog *dialog = page.openAddPlacement();
    auto *list = child<QListWidget>(dialog, QStringLiteral("studentList"));
    const auto visible = [list] {
        int count = 0;
        for (int row = 0; row < list->count(); ++row)
            count += list->item(row)->isHidden() ? 0 : 1;
        return count;
    };
    CHECK(visible() == 151);

    child<QPushButton>(dialog, QStringLiteral("addPlacementButton"))->click();
    CHECK(banner(dialog) == QStringLiteral("Choose the student to place."));

    auto *search = child<QLineEdit>(dialog, QStringLiteral("studentSearch"));
    search->setText(QStringLiteral("svensson-björk"));
    CHECK(visible() == 6);
    search->setText(QStringLiteral("Svensson-Björk Yusuf 1972"));
    CHECK(visible() == 1);
    CHECK(dialog->selectedStudentId() == fixture.studentId(QStringLiteral("19721129-2383")));
    search->setText(QStringLiteral("ågren"));
    CHECK(visible() >= 2);
    search->setText(QStringLiteral("197211292383"));
    CHECK(visible() == 1);

    dialog->selectUnit(ward.id);
    child<QDateEdit>(dialog, QStringLiteral("placementStart"))->setDate(QDate(2027, 3, 1));
    child<QDateEdit>(dialog, QStringLiteral("placementEnd"))->setDate(QDate(2027, 2, 1));
    child<QPushButton>(dialog, QStringLiteral("addPlacementButton"))->click();
    CHECK(banner(dialog) ==
          QStringLiteral("The placement ends on 2027-02-01, before it starts on 2027-03-01."));
    CHECK(page.model()->rowCount() == 0);
}

TEST_CASE("An interruption needs a day that has come, the examiner and the reason")
{
    PlacementFixture fixture;
    const Unit ward = coreUnit(fixture, QStringLiteral("Avdelning 12"), true);
    PlacementsPage page(fixture.placements(), fixture.service(), fixture.clock);
    const qint64 id = fixture.place(page, PlacementFixture::tenStudents().at(2), ward.name,
                                    QDate(2026, 11, 23), QDate(2026, 12, 18));
    REQUIRE(id != 0);

    InterruptDialog *dialog = page.openInterrupt();
    REQUIRE(dialog != nullptr);
    CHECK(child<QDateEdit>(dialog, QStringLiteral("interruptDate"))->date() == fixtureToday);
    child<QPushButton>(dialog, QStringLiteral("interruptButton"))->click();
    CHECK(banner(dialog) == QStringLiteral("An interruption needs the examiner and the reason."));

    child<QLineEdit>(dialog, QStringLiteral("interruptExaminer"))
        ->setText(QStringLiteral("Dr. Lind"));
    child<QPlainTextEdit>(dialog, QStringLiteral("interruptReason"))
        ->setPlainText(QStringLiteral("Patient safety"));
    child<QDateEdit>(dialog, QStringLiteral("interruptDate"))->setDate(fixtureToday.addDays(1));
    child<QPushButton>(dialog, QStringLiteral("interruptButton"))->click();
    CHECK(banner(dialog) == QStringLiteral("The interruption date must be a day that has come."));
    CHECK(fixture.row(id).placement.status == PlacementStatus::Planned);

    child<QDateEdit>(dialog, QStringLiteral("interruptDate"))->setDate(fixtureToday);
    child<QPushButton>(dialog, QStringLiteral("interruptButton"))->click();
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(fixture.row(id).placement.status == PlacementStatus::Interrupted);
    CHECK(fixture.row(id).placement.examiner == QStringLiteral("Dr. Lind"));
}

TEST_CASE("The student's placements box lists one student's placements and adds one for them")
{
    PlacementFixture fixture;
    const Unit ward = coreUnit(fixture, QStringLiteral("Avdelning 12"), true);
    PlacementsPage page(fixture.placements(), fixture.service(), fixture.clock);
    const QString ida = PlacementFixture::tenStudents().at(0);
    const QString klara = PlacementFixture::tenStudents().at(1);
    REQUIRE(fixture.place(page, ida, ward.name, QDate(2027, 1, 11), QDate(2027, 2, 5)) != 0);
    REQUIRE(fixture.place(page, klara, ward.name, QDate(2027, 1, 11), QDate(2027, 2, 5)) != 0);

    StudentPlacementsBox box(fixture.placements(), fixture.service(), fixture.clock);
    QAbstractItemModelTester tester(box.filterModel(), fatal);
    CHECK(box.placementCount() == 0);
    CHECK_FALSE(child<QPushButton>(&box, QStringLiteral("addStudentPlacementButton"))->isEnabled());

    box.setStudent(fixture.studentId(ida));
    CHECK(box.placementCount() == 1);
    QSignalSpy changed(&box, &StudentPlacementsBox::changed);
    PlacementDialog *dialog = box.openAddPlacement();
    CHECK(dialog->selectedStudentId() == fixture.studentId(ida));
    child<QDateEdit>(dialog, QStringLiteral("placementStart"))->setDate(QDate(2027, 3, 1));
    child<QDateEdit>(dialog, QStringLiteral("placementEnd"))->setDate(QDate(2027, 3, 26));
    child<QPushButton>(dialog, QStringLiteral("addPlacementButton"))->click();
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(box.placementCount() == 2);
    CHECK(changed.count() == 1);

    box.setStudent(fixture.studentId(klara));
    CHECK(box.placementCount() == 1);
    box.setStudent(0);
    CHECK(box.placementCount() == 0);
}
