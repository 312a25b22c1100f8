#include "ui/CompensationPage.h"

#include "PlacementFixture.h"
#include "ui/CompensationModel.h"
#include "ui/PeriodPicker.h"
#include "ui/PlacementsPage.h"
#include "ui/ProgrammesDialog.h"
#include "ui/UnitsPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>

using namespace vfu;
using namespace vfu::test;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// The line of a unit as the page shows it: placements, days, weeks.
QStringList shownLine(const CompensationModel *model, const QString &unitName)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, CompensationModel::UnitColumn).data().toString() != unitName)
            continue;
        return {model->index(row, CompensationModel::PlacementsColumn).data().toString(),
                model->index(row, CompensationModel::DaysColumn).data().toString(),
                model->index(row, CompensationModel::WeeksColumn).data().toString()};
    }
    FAIL("no line for " << unitName.toStdString());
    return {};
}

// A number of weeks as the window writes it, in its language: "14.86" or "14,86".
QString weeks(const char *text)
{
    return QString::fromLatin1(text).replace(QLatin1Char('.'), QLocale().decimalPoint());
}

QList<QByteArray> fileLines(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll().split('\n');
}

} // namespace

TEST_CASE("The compensation page shows the worked example's basis for the autumn term, with "
          "the KliPP total and ALF apart, and exports it")
{
    PlacementFixture fixture;
    UnitsPage units(fixture.placements(), fixture.service(), fixture.clock);
    PlacementsPage placements(fixture.placements(), fixture.service(), fixture.clock);
    buildWorkedExample(fixture, units, placements);

    CompensationPage page(fixture.placements(), fixture.service(), fixture.clock);
    QAbstractItemModelTester paidTester(page.paidLines(), fatal);
    QAbstractItemModelTester apartTester(page.apartLines(), fatal);
    // The clock stands on 2026-12-03: the autumn term.
    CHECK(page.period()->from() == QDate(2026, 7, 1));
    CHECK(page.period()->to() == QDate(2026, 12, 31));
    CHECK(child<QLabel>(&page, QStringLiteral("compensationRule"))
              ->text()
              .startsWith(QStringLiteral("Counted as: Weeks (calendar days / 7).")));

    // Worked by hand, calendar days within 2026-07-01 to 2026-12-31:
    // Avdelning 12: four students 2026-11-02 to 11-27, 26 days each = 104 days, 104 / 7 = 14.86
    //   weeks; January's placement is outside the term and the cancelled one counts nothing.
    // Vårdcentral Ek: two students 11-16 to 12-11, 26 days each = 52; one interrupted on 12-01,
    //   11-16 to 12-01 = 16; the overlapping placement 11-23 to 12-04 = 12; 80 days = 11.43 weeks.
    // Äldreboende Solgården (outside the region, paid like any unit of a KliPP-paid
    //   programme): two students from 12-07, to the term's end 12-31 = 25 days each, 50 days =
    //   7.14 weeks.
    // KliPP total: 104 + 80 + 50 = 234 days = 33.43 weeks.
    // Apart, from ALF funds: the medical student at Avdelning 12, 10-05 to 10-30 = 26 days =
    //   3.71 weeks.
    REQUIRE(page.paidLines()->rowCount() == 3);
    CHECK(shownLine(page.paidLines(), QStringLiteral("Avdelning 12")) ==
          QStringList{QStringLiteral("4"), QStringLiteral("104"), weeks("14.86")});
    CHECK(shownLine(page.paidLines(), QStringLiteral("Vårdcentral Ek")) ==
          QStringList{QStringLiteral("4"), QStringLiteral("80"), weeks("11.43")});
    CHECK(shownLine(page.paidLines(), QStringLiteral("Äldreboende Solgården")) ==
          QStringList{QStringLiteral("2"), QStringLiteral("50"), weeks("7.14")});
    CHECK(child<QLabel>(&page, QStringLiteral("compensationTotal"))->text() ==
          QStringLiteral("KliPP total: 234 days, %1 weeks").arg(weeks("33.43")));
    REQUIRE(page.apartLines()->rowCount() == 1);
    CHECK(shownLine(page.apartLines(), QStringLiteral("Avdelning 12")) ==
          QStringList{QStringLiteral("1"), QStringLiteral("26"), weeks("3.71")});
    CHECK(page.apartLines()->index(0, CompensationModel::FundingColumn).data().toString() ==
          QStringLiteral("Paid from ALF funds"));
    CHECK(child<QLabel>(&page, QStringLiteral("compensationApartTitle"))->isVisibleTo(&page));

    const QString plain = fixture.path(QStringLiteral("compensation.csv"));
    REQUIRE(page.exportTo(plain, CsvDialect::Rfc4180).isOk());
    const QList<QByteArray> lines = fileLines(plain);
    CHECK(lines.first() ==
          QByteArray("Enhet,HSA-ID,Finansiering,Placeringar,Dagar,Veckor,Fr\xc3\xa5n,Till,"
                     "R\xc3\xa4kneregel\r"));
    // The file is for programs: a decimal point whatever the window's language.
    CHECK(lines.contains(QByteArray("Avdelning 12,SE2321000016-W12,klipp,4,104,14.86,2026-07-01,"
                                    "2026-12-31,calendar-weeks\r")));
    CHECK(lines.contains(QByteArray("Avdelning 12,SE2321000016-W12,alf,1,26,3.71,2026-07-01,"
                                    "2026-12-31,calendar-weeks\r")));
    CHECK(lines.at(lines.size() - 2) ==
          QByteArray("Summa KliPP,,klipp,,234,33.43,2026-07-01,2026-12-31,calendar-weeks\r"));

    const QString excel = fixture.path(QStringLiteral("compensation-excel.csv"));
    REQUIRE(page.exportTo(excel, CsvDialect::ExcelSwedish).isOk());
    CHECK(fileLines(excel).first() ==
          QByteArray("\xef\xbb\xbf"
                     "Enhet;HSA-ID;Finansiering;Placeringar;Dagar;Veckor;Fr\xc3\xa5n;Till;"
                     "R\xc3\xa4kneregel\r"));

    // Another period: January 2027 has only the care home's and the ward's January students.
    child<QDateEdit>(&page, QStringLiteral("periodFrom"))->setDate(QDate(2027, 1, 1));
    child<QDateEdit>(&page, QStringLiteral("periodTo"))->setDate(QDate(2027, 1, 31));
    // Äldreboende Solgården: two students 01-01 to 01-15 = 15 days each = 30 days;
    // Avdelning 12: one student 01-18 to 01-31 = 14 days. Total 44 days = 6.29 weeks.
    CHECK(shownLine(page.paidLines(), QStringLiteral("Äldreboende Solgården")) ==
          QStringList{QStringLiteral("2"), QStringLiteral("30"), weeks("4.29")});
    CHECK(shownLine(page.paidLines(), QStringLiteral("Avdelning 12")) ==
          QStringList{QStringLiteral("1"), QStringLiteral("14"), weeks("2.00")});
    CHECK(child<QLabel>(&page, QStringLiteral("compensationTotal"))->text() ==
          QStringLiteral("KliPP total: 44 days, %1 weeks").arg(weeks("6.29")));
    CHECK(page.apartLines()->rowCount() == 0);
    CHECK_FALSE(child<QLabel>(&page, QStringLiteral("compensationApartTitle"))->isVisibleTo(&page));

    // A period backwards is explained, not computed.
    child<QDateEdit>(&page, QStringLiteral("periodTo"))->setDate(QDate(2026, 12, 1));
    CHECK(child<QLabel>(&page, QStringLiteral("errorBannerText"))->text() ==
          QStringLiteral("The period needs a first and a last day, in that order."));
    CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("exportCompensationButton"))->isEnabled());
}

TEST_CASE("A programme changed to ALF funds in the programmes dialog leaves the KliPP total")
{
    PlacementFixture fixture;
    UnitsPage units(fixture.placements(), fixture.service(), fixture.clock);
    PlacementsPage placements(fixture.placements(), fixture.service(), fixture.clock);
    buildWorkedExample(fixture, units, placements);

    ProgrammesDialog *dialog = placements.openProgrammes();
    REQUIRE(dialog->routeBox(QStringLiteral("3LK20")) != nullptr);
    CHECK(dialog->routeBox(QStringLiteral("3LK20"))->currentText() ==
          QStringLiteral("Pre-reserved places"));
    CHECK(dialog->fundingBox(QStringLiteral("3LK20"))->currentText() ==
          QStringLiteral("Paid from ALF funds"));
    QComboBox *nursing = dialog->fundingBox(QStringLiteral("2SJ20"));
    REQUIRE(nursing != nullptr);
    CHECK(nursing->currentText() == QStringLiteral("Paid from KliPP's data"));
    nursing->setCurrentIndex(nursing->findText(QStringLiteral("Paid from ALF funds")));
    child<QPushButton>(dialog, QStringLiteral("saveProgrammesButton"))->click();
    CHECK(dialog->result() == QDialog::Accepted);

    CompensationPage page(fixture.placements(), fixture.service(), fixture.clock);
    CHECK(page.paidLines()->rowCount() == 0);
    CHECK(page.apartLines()->rowCount() == 3);
    CHECK(child<QLabel>(&page, QStringLiteral("compensationTotal"))->text() ==
          QStringLiteral("KliPP total: 0 days, %1 weeks").arg(weeks("0.00")));
}
