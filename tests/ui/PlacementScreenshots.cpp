// Pictures of the placement views for review, not a check: run with
// `test_ui "[.screenshots]"`; the PNGs go to $VFU_SCREENSHOT_DIR (default: the system's
// temporary folder).
#include "PlacementFixture.h"
#include "ui/CompensationPage.h"
#include "ui/PlacementDialog.h"
#include "ui/PlacementsPage.h"
#include "ui/StudentPlacementsBox.h"
#include "ui/UnitDialog.h"
#include "ui/UnitListDialog.h"
#include "ui/UnitsPage.h"

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>

using namespace vfu;
using namespace vfu::test;

namespace {

void save(QWidget *widget, const QString &name, QSize size = {})
{
    if (size.isValid())
        widget->resize(size);
    widget->show();
    QApplication::processEvents();
    const QString folder = qEnvironmentVariable("VFU_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name);
    INFO("writing " << path.toStdString());
    CHECK(widget->grab().save(path));
}

} // namespace

TEST_CASE("Screenshots of the placement views", "[.screenshots]")
{
    PlacementFixture fixture;
    UnitsPage units(fixture.placements(), fixture.service(), fixture.clock);
    PlacementsPage placements(fixture.placements(), fixture.service(), fixture.clock);
    const WorkedExample example = buildWorkedExample(fixture, units, placements);

    placements.selectPlacement(example.first[4]);
    save(&placements, QStringLiteral("vfudesk-placements.png"), {1280, 760});
    save(&units, QStringLiteral("vfudesk-units.png"), {1280, 500});

    CompensationPage compensation(fixture.placements(), fixture.service(), fixture.clock);
    save(&compensation, QStringLiteral("vfudesk-compensation.png"), {1100, 620});

    PlacementDialog *dialog =
        placements.openAddPlacement(fixture.studentId(PlacementFixture::tenStudents().at(2)));
    child<QDateEdit>(dialog, QStringLiteral("placementStart"))->setDate(QDate(2026, 11, 20));
    child<QDateEdit>(dialog, QStringLiteral("placementEnd"))->setDate(QDate(2026, 12, 4));
    child<QLineEdit>(dialog, QStringLiteral("placementCourse"))->setText(QStringLiteral("2SJ203"));
    child<QPushButton>(dialog, QStringLiteral("addPlacementButton"))->click();
    save(dialog, QStringLiteral("vfudesk-placement-overlap.png"));
    dialog->reject();

    UnitDialog *unitDialog = units.openAddUnit();
    child<QLineEdit>(unitDialog, QStringLiteral("unitName"))->setText(QStringLiteral("Akuten"));
    child<QLineEdit>(unitDialog, QStringLiteral("unitHsaId"))
        ->setText(QStringLiteral("SE2321000016AK1"));
    save(unitDialog, QStringLiteral("vfudesk-unit-dialog.png"));
    unitDialog->reject();

    units.selectUnit(fixture.unit(QStringLiteral("Avdelning 12")).id);
    UnitListDialog *list = units.openUnitList();
    save(list, QStringLiteral("vfudesk-unit-list.png"));
    list->reject();

    StudentPlacementsBox box(fixture.placements(), fixture.service(), fixture.clock);
    box.setStudent(fixture.studentId(PlacementFixture::tenStudents().at(0)));
    save(&box, QStringLiteral("vfudesk-student-placements.png"), {760, 220});
}
