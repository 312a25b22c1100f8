#include "ui/ImportDialog.h"

#include "UiFixture.h"
#include "Waiting.h"
#include "core/identity/IdentityNumber.h"
#include "ui/ErrorBanner.h"
#include "ui/ImportLinesModel.h"
#include "ui/MainWindow.h"
#include "ui/StudentTableModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>

using namespace vfu;
using namespace vfu::test;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QString writeFile(UiFixture &fixture, const QString &name, const QByteArray &bytes)
{
    const QString path = fixture.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QString text(const QObject *root, const QString &labelName)
{
    return child<QLabel>(root, labelName)->text();
}

int studentCount(UiFixture &fixture)
{
    const Result<QList<StudentSummary>> summaries = fixture.service().summaries();
    REQUIRE(summaries.isOk());
    return static_cast<int>(summaries->size());
}

} // namespace

TEST_CASE(
    "The import preview counts the sample list before anything is written, and Import writes it")
{
    UiFixture fixture;
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    QPointer<ImportDialog> dialog = window.openImport(sampleListPath());
    REQUIRE(dialog);

    CHECK(dialog->countsText() ==
          QStringLiteral("150 inserted, 0 updated, 0 unchanged, 0 rejected"));
    CHECK(text(dialog, QStringLiteral("importCounts")) == dialog->countsText());
    CHECK(text(dialog, QStringLiteral("importEncoding")) == QStringLiteral("UTF-8 with BOM"));
    CHECK(text(dialog, QStringLiteral("importSeparator")) == QStringLiteral("Semicolon (;)"));
    CHECK(text(dialog, QStringLiteral("importHeaderLine")) == QStringLiteral("Line 5, 15 columns"));
    CHECK(text(dialog, QStringLiteral("importPreamble")) ==
          QStringLiteral("Utbildningskod: 2SJ20 Sjuksköterskeprogrammet\n"
                         "Utdata: Deltagande kurspaketering\nSkapad: 2026-08-20 09:14"));
    CHECK(dialog->mappingBox(StudentField::Identity)->currentText() ==
          QStringLiteral("Personnummer (Student)"));
    CHECK(dialog->mappingBox(StudentField::FamilyName)->currentText() ==
          QStringLiteral("Efternamn (Student)"));
    CHECK(dialog->mappingBox(StudentField::Email)->currentText() == QStringLiteral("(none)"));
    CHECK(dialog->mappingBox(StudentField::Identity)->count() == 16);
    CHECK(studentCount(fixture) == 0);

    child<QPushButton>(dialog, QStringLiteral("importButton"))->click();
    waitUntil([&] { return window.studentModel()->rowCount() == 150; }, "the import to finish");

    CHECK(studentCount(fixture) == 150);
    CHECK(window.studentModel()->rowCount() == 150);
    CHECK(child<QTableView>(&window, QStringLiteral("studentTable"))->model()->rowCount() == 150);
    CHECK(text(&window, QStringLiteral("statusStudentCount")) == QStringLiteral("150 students"));
}

TEST_CASE("Cancel in the import preview writes nothing")
{
    UiFixture fixture;
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    ImportDialog *dialog = window.openImport(sampleListPath());
    REQUIRE(dialog != nullptr);

    child<QPushButton>(dialog, QStringLiteral("cancelButton"))->click();

    CHECK(studentCount(fixture) == 0);
    CHECK(window.studentModel()->rowCount() == 0);
}

TEST_CASE("Choosing another column in the preview plans the import again")
{
    UiFixture fixture;
    ImportDialog dialog(fixture.service());
    REQUIRE(dialog.openFile(sampleListPath()).isOk());
    auto *import = child<QPushButton>(&dialog, QStringLiteral("importButton"));
    QComboBox *identity = dialog.mappingBox(StudentField::Identity);

    identity->setCurrentIndex(identity->findText(QStringLiteral("(none)")));
    CHECK_FALSE(dialog.plan().has_value());
    CHECK_FALSE(import->isEnabled());
    CHECK(child<ErrorBanner>(&dialog, QStringLiteral("errorBanner"))->message() ==
          QStringLiteral("No column is chosen for the identity number."));

    identity->setCurrentIndex(identity->findText(QStringLiteral("Förnamn (Student)")));
    CHECK(dialog.countsText() ==
          QStringLiteral("0 inserted, 0 updated, 0 unchanged, 150 rejected"));

    identity->setCurrentIndex(identity->findText(QStringLiteral("Personnummer (Student)")));
    CHECK(dialog.countsText() ==
          QStringLiteral("150 inserted, 0 updated, 0 unchanged, 0 rejected"));
    CHECK(import->isEnabled());
    CHECK(child<ErrorBanner>(&dialog, QStringLiteral("errorBanner"))->isHidden());
}

TEST_CASE(
    "The preview lists rejected and updated lines, and postal address columns as never stored")
{
    UiFixture fixture;
    fixture.importSample();
    const QString path = writeFile(fixture, QStringLiteral("changes.csv"),
                                   "Personnummer;F\xc3\xb6rnamn;Efternamn;Postadress\n"
                                   "19500818-2304;Ida;Nilsson-Berg;Storgatan 1\n"
                                   "19500818-2305;Lena;Fel;Storgatan 2\n"
                                   "19891231-2389;Klara;Olsson;Storgatan 3\n");
    ImportDialog dialog(fixture.service());
    REQUIRE(dialog.openFile(path).isOk());
    auto *view = child<QTableView>(&dialog, QStringLiteral("importLines"));
    QAbstractItemModelTester tester(view->model(), fatal);
    const auto cell = [view](int row, int column) {
        return view->model()->index(row, column).data().toString();
    };

    CHECK(dialog.countsText() == QStringLiteral("0 inserted, 1 updated, 1 unchanged, 1 rejected"));
    REQUIRE(view->model()->rowCount() == 2);
    CHECK(cell(0, ImportLinesModel::LineColumn) == QStringLiteral("2"));
    CHECK(cell(0, ImportLinesModel::FateColumn) == QStringLiteral("Updated"));
    CHECK(cell(0, ImportLinesModel::IdentityColumn) == QStringLiteral("19500818-2304"));
    CHECK(cell(0, ImportLinesModel::FieldColumn) == QStringLiteral("family name"));
    CHECK(cell(0, ImportLinesModel::DetailsColumn) ==
          QStringLiteral("Nilsson \u2192 Nilsson-Berg"));
    CHECK(cell(1, ImportLinesModel::LineColumn) == QStringLiteral("3"));
    CHECK(cell(1, ImportLinesModel::FateColumn) == QStringLiteral("Rejected"));
    CHECK(cell(1, ImportLinesModel::FieldColumn) == QStringLiteral("Personnummer"));
    CHECK(cell(1, ImportLinesModel::DetailsColumn) ==
          IdentityNumber::parse(u"19500818-2305", fixtureToday).error());
    CHECK(text(&dialog, QStringLiteral("addressColumns")) ==
          QStringLiteral("Postal address columns, ignored and never stored: Postadress"));
}

TEST_CASE("A file that cannot be read shows why in the window's banner and opens no preview")
{
    UiFixture fixture;
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    const QString path = fixture.path(QStringLiteral("missing.csv"));

    CHECK(window.openImport(path) == nullptr);

    CHECK(window.banner()->message() == StudentImport::readFile(path).error());
    CHECK_FALSE(window.banner()->isHidden());
    CHECK(window.findChild<ImportDialog *>() == nullptr);
}
