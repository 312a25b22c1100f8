#include "ui/PlacementImportDialog.h"

#include "PlacementFixture.h"
#include "ui/ImportReportModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>

using namespace vfu;
using namespace vfu::test;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QString writeFile(PlacementFixture &fixture, const QString &name, const QByteArray &bytes)
{
    const QString path = fixture.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QString lineText(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

TEST_CASE("Units and placements import from CSV after a preview of every line's fate")
{
    PlacementFixture fixture;
    const QString units = writeFile(fixture, QStringLiteral("enheter.csv"),
                                    "Namn;HSA-ID;Region;E-post\n"
                                    "Avdelning 12;SE2321000016-W12;inom;\n"
                                    "Akuten;SE2321000016-AK1;inom;akuten@region.example\n"
                                    "Hemtjänst Norr;;utom;\n"
                                    "Trasig;SE2321000017-X;inom;\n");

    PlacementImportDialog unitDialog(fixture.database(), fixture.clock,
                                     PlacementImportDialog::Kind::Units);
    REQUIRE(unitDialog.openFile(units).isOk());
    auto *lines = child<QTableView>(&unitDialog, QStringLiteral("placementImportLines"));
    QAbstractItemModelTester tester(lines->model(), fatal);
    CHECK(child<QLabel>(&unitDialog, QStringLiteral("placementImportCounts"))->text() ==
          QStringLiteral("3 inserted, 0 updated, 0 unchanged, 1 rejected"));
    REQUIRE(lines->model()->rowCount() == 4);
    CHECK(lineText(lines->model(), 2, ImportReportModel::WhatColumn) ==
          QStringLiteral("Hemtjänst Norr"));
    CHECK(lineText(lines->model(), 3, ImportReportModel::LineColumn) == QStringLiteral("5"));
    CHECK(lineText(lines->model(), 3, ImportReportModel::ColumnColumn) == QStringLiteral("HSA-ID"));
    CHECK_FALSE(lineText(lines->model(), 3, ImportReportModel::ReasonColumn).isEmpty());
    CHECK(fixture.placements().units()->isEmpty()); // a preview writes nothing

    child<QPushButton>(&unitDialog, QStringLiteral("importButton"))->click();
    CHECK(unitDialog.result() == QDialog::Accepted);
    CHECK(fixture.placements().units()->size() == 3);

    const QString placements =
        writeFile(fixture, QStringLiteral("placeringar.csv"),
                  "Personnummer,Enhet,Kurs,Startdatum,Slutdatum\n"
                  "19500818-2304,Akuten,2SJ203,2027-02-01,2027-02-26\n"
                  "20040820-2398,Hemtjänst Norr,2SJ203,2027-02-01,2027-02-26\n"
                  "20040820-2398,Saknas,2SJ203,2027-02-01,2027-02-26\n");
    PlacementImportDialog placementDialog(fixture.database(), fixture.clock,
                                          PlacementImportDialog::Kind::Placements);
    REQUIRE(placementDialog.openFile(placements).isOk());
    CHECK(child<QLabel>(&placementDialog, QStringLiteral("placementImportCounts"))->text() ==
          QStringLiteral("2 inserted, 0 updated, 0 unchanged, 1 rejected"));
    auto *placementLines =
        child<QTableView>(&placementDialog, QStringLiteral("placementImportLines"));
    CHECK(lineText(placementLines->model(), 2, ImportReportModel::ReasonColumn) ==
          QStringLiteral("There is no unit \"Saknas\"."));
    CHECK(fixture.placements().placements()->isEmpty());

    child<QPushButton>(&placementDialog, QStringLiteral("importButton"))->click();
    CHECK(fixture.placements().placements()->size() == 2);
}

TEST_CASE("A file without the key column is explained and imports nothing")
{
    PlacementFixture fixture;
    const QString path = writeFile(fixture, QStringLiteral("fel.csv"), "Foo;Bar\n1;2\n");
    PlacementImportDialog dialog(fixture.database(), fixture.clock,
                                 PlacementImportDialog::Kind::Placements);
    const Status opened = dialog.openFile(path);
    REQUIRE_FALSE(opened.isOk());
    CHECK(opened.error().contains(QStringLiteral("Personnummer")));
    CHECK_FALSE(child<QPushButton>(&dialog, QStringLiteral("importButton"))->isEnabled());
}
