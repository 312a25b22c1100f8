#include "ui/UnitsPage.h"

#include "PlacementFixture.h"
#include "core/identity/HsaId.h"
#include "ui/ErrorBanner.h"
#include "ui/PeriodPicker.h"
#include "ui/PlacementsPage.h"
#include "ui/UnitDialog.h"
#include "ui/UnitListDialog.h"
#include "ui/UnitTableModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QToolButton>

using namespace vfu;
using namespace vfu::test;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QByteArray firstLines(const QString &path, int count)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    return lines.mid(0, count).join('\n');
}

} // namespace

TEST_CASE("The unit dialog checks the HSA-ID as it is typed, with core's sentence")
{
    PlacementFixture fixture;
    UnitsPage page(fixture.placements(), fixture.service(), fixture.clock);
    QAbstractItemModelTester tester(page.model(), fatal);
    UnitDialog *dialog = page.openAddUnit();
    auto *hsaId = child<QLineEdit>(dialog, QStringLiteral("unitHsaId"));
    auto *error = child<QLabel>(dialog, QStringLiteral("unitHsaIdError"));
    auto *save = child<QPushButton>(dialog, QStringLiteral("saveUnitButton"));

    CHECK_FALSE(save->isEnabled()); // no name yet
    child<QLineEdit>(dialog, QStringLiteral("unitName"))->setText(QStringLiteral("Akuten"));
    CHECK(save->isEnabled());

    const QString bad = QStringLiteral("SE2321000016ABCD");
    hsaId->setText(bad);
    const QString sentence = HsaId::parse(bad).error();
    REQUIRE_FALSE(sentence.isEmpty());
    CHECK(dialog->hsaIdError() == sentence);
    CHECK(error->text() == sentence);
    CHECK(error->isVisibleTo(dialog));
    CHECK_FALSE(save->isEnabled());

    // Pressing Enter past the disabled button still goes through core, which says the same.
    dialog->accept();
    CHECK(child<ErrorBanner>(dialog, QStringLiteral("errorBanner"))->message() == sentence);
    CHECK(page.model()->rowCount() == 0);

    hsaId->setText(QStringLiteral("se2321000016-AK1"));
    CHECK(dialog->hsaIdError().isEmpty());
    CHECK_FALSE(error->isVisibleTo(dialog));
    CHECK(save->isEnabled());
    save->click();
    CHECK(dialog->result() == QDialog::Accepted);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->unitAt(0).hsaId == QStringLiteral("SE2321000016-AK1"));
}

TEST_CASE("Units are added, refused when named twice, changed, and listed with their region")
{
    PlacementFixture fixture;
    UnitsPage page(fixture.placements(), fixture.service(), fixture.clock);
    QAbstractItemModelTester tester(page.model(), fatal);
    const Unit ward = fixture.addUnit(page, QStringLiteral("Avdelning 12"),
                                      QStringLiteral("SE2321000016-W12"), true);
    fixture.addUnit(page, QStringLiteral("Hemtjänst Norr"), QString(), false);
    CHECK(page.model()->rowCount() == 2);
    CHECK(child<QLabel>(&page, QStringLiteral("unitCount"))->text() == QStringLiteral("Units: 2"));

    const int outside = page.model()->rowOfUnit(fixture.unit(QStringLiteral("Hemtjänst Norr")).id);
    CHECK(page.model()->index(outside, UnitTableModel::RegionColumn).data().toString() ==
          QStringLiteral("Outside"));

    UnitDialog *twice = page.openAddUnit();
    child<QLineEdit>(twice, QStringLiteral("unitName"))->setText(QStringLiteral("avdelning 12"));
    child<QPushButton>(twice, QStringLiteral("saveUnitButton"))->click();
    CHECK(twice->result() != QDialog::Accepted);
    CHECK(child<ErrorBanner>(twice, QStringLiteral("errorBanner"))->message() ==
          QStringLiteral("There is already a unit named Avdelning 12."));

    page.selectUnit(ward.id);
    UnitDialog *edit = page.openEditUnit();
    REQUIRE(edit != nullptr);
    CHECK(child<QLineEdit>(edit, QStringLiteral("unitHsaId"))->text() ==
          QStringLiteral("SE2321000016-W12"));
    child<QLineEdit>(edit, QStringLiteral("unitPhone"))->setText(QStringLiteral("08-123 45 67"));
    child<QLineEdit>(edit, QStringLiteral("unitAddress"))
        ->setText(QStringLiteral("Sjukhusvägen 1, Solna"));
    child<QPushButton>(edit, QStringLiteral("saveUnitButton"))->click();
    CHECK(edit->result() == QDialog::Accepted);
    CHECK(fixture.unit(ward.name).contactPhone == QStringLiteral("08-123 45 67"));
    CHECK(fixture.unit(ward.name).address == QStringLiteral("Sjukhusvägen 1, Solna"));
    CHECK(page.currentUnitId() == ward.id);
}

TEST_CASE("A unit's list for the term shows the students placed there and exports in both "
          "variants")
{
    PlacementFixture fixture;
    UnitsPage units(fixture.placements(), fixture.service(), fixture.clock);
    PlacementsPage placements(fixture.placements(), fixture.service(), fixture.clock);
    buildWorkedExample(fixture, units, placements);

    units.selectUnit(fixture.unit(QStringLiteral("Avdelning 12")).id);
    UnitListDialog *dialog = units.openUnitList();
    REQUIRE(dialog != nullptr);
    // Autumn 2026: four nursing students and the medical student; the cancelled placement and
    // January's are not on it.
    CHECK(dialog->period()->from() == QDate(2026, 7, 1));
    CHECK(dialog->period()->to() == QDate(2026, 12, 31));
    CHECK(dialog->studentCount() == 5);
    CHECK(child<QLabel>(dialog, QStringLiteral("unitListCount"))->text() ==
          QStringLiteral("Students on the list: 5"));

    const QString plain = fixture.path(QStringLiteral("avdelning-12.csv"));
    REQUIRE(dialog->exportTo(plain, CsvDialect::Rfc4180).isOk());
    CHECK(firstLines(plain, 2) ==
          QByteArray("Personnummer,Efternamn,F\xc3\xb6rnamn,E-post,HSA-ID,Kurs,Startdatum,"
                     "Slutdatum,Status,Anm\xc3\xa4rkning\r\n"
                     "20210101-2397,Berg,Lina,,,2SJ203,2026-10-05,2026-10-30,planned,\r"));

    const QString excel = fixture.path(QStringLiteral("avdelning-12-excel.csv"));
    REQUIRE(dialog->exportTo(excel, CsvDialect::ExcelSwedish).isOk());
    CHECK(firstLines(excel, 1) ==
          QByteArray("\xef\xbb\xbfPersonnummer;Efternamn;F\xc3\xb6rnamn;E-post;HSA-ID;Kurs;"
                     "Startdatum;Slutdatum;Status;Anm\xc3\xa4rkning\r"));

    child<QToolButton>(dialog, QStringLiteral("springTermButton"))->click();
    CHECK(dialog->studentCount() == 0);
}
