#include "ui/StudentTableModel.h"

#include "UiFixture.h"
#include "ui/StudentFilterModel.h"

#include <QAbstractItemModelTester>

using namespace vfu;
using namespace vfu::test;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// The sample students, loaded into a model and its filter, both under the model checker.
struct Students
{
    explicit Students(UiFixture &fixture)
        : filter(fixture.clock)
    {
        filter.setStudentModel(&model);
        filter.sort(StudentTableModel::FamilyNameColumn, Qt::AscendingOrder);
        fixture.importSample();
        model.setSummaries(*fixture.service().summaries());
    }

    QStringList column(int column) const
    {
        QStringList values;
        for (int row = 0; row < filter.rowCount(); ++row)
            values.append(filter.index(row, column).data().toString());
        return values;
    }

    StudentTableModel model;
    StudentFilterModel filter;
    Tester modelTester{&model, fatal};
    Tester filterTester{&filter, fatal};
};

StudentSummary summaryOf(qint64 id, const QString &identity, const QString &familyName,
                         const QString &givenNames)
{
    StudentSummary summary;
    summary.student.id = id;
    summary.student.identity = identity;
    summary.student.familyName = familyName;
    summary.student.givenNames = givenNames;
    return summary;
}

} // namespace

TEST_CASE("The students model has one row per student of the data file")
{
    UiFixture fixture;
    Students students(fixture);

    CHECK(students.model.rowCount() == 150);
    CHECK(students.model.columnCount() == 7);
    const int row = students.model.rowOfStudent(fixture.studentId(QStringLiteral("19500818-2304")));
    REQUIRE(row >= 0);
    CHECK(students.model.index(row, StudentTableModel::IdentityColumn).data().toString() ==
          QStringLiteral("19500818-2304"));
    CHECK(students.model.index(row, StudentTableModel::FamilyNameColumn).data().toString() ==
          QStringLiteral("Nilsson"));
    CHECK(students.model.index(row, StudentTableModel::GivenNamesColumn).data().toString() ==
          QStringLiteral("Ida"));
    CHECK(students.model.index(row, StudentTableModel::StageColumn).data().toString() ==
          QStringLiteral("Not started"));
    CHECK(students.model.index(row, StudentTableModel::ActionColumn).data().toString().isEmpty());
}

TEST_CASE("Typing a family name in the filter leaves that family's students")
{
    UiFixture fixture;
    Students students(fixture);

    students.filter.setFilterText(QStringLiteral("Persson"));

    QStringList identities = students.column(StudentTableModel::IdentityColumn);
    identities.sort();
    CHECK(identities ==
          QStringList{QStringLiteral("19641119-3086"), QStringLiteral("19880307-2381")});
}

TEST_CASE("An identity number finds its student in any spelling")
{
    UiFixture fixture;
    Students students(fixture);
    const QStringList expected{QStringLiteral("19500818-2304")};

    for (const QString &spelling : {QStringLiteral("5008182304"), QStringLiteral("500818-2304"),
                                    QStringLiteral("195008182304"), QStringLiteral("19500818-2304"),
                                    QStringLiteral(" 500818-2304 ")}) {
        students.filter.setFilterText(spelling);
        INFO("spelling " << spelling);
        CHECK(students.column(StudentTableModel::IdentityColumn) == expected);
    }
}

TEST_CASE("Digits typed in the filter match part of an identity number, ignoring '-' and '+'")
{
    UiFixture fixture;
    Students students(fixture);

    students.filter.setFilterText(QStringLiteral("0818-23"));

    CHECK(students.column(StudentTableModel::IdentityColumn) ==
          QStringList{QStringLiteral("19500818-2304")});
}

TEST_CASE("The filter folds case, å ä ö included")
{
    UiFixture fixture;
    Students students(fixture);

    students.filter.setFilterText(QStringLiteral("ÅBERG"));
    CHECK(students.column(StudentTableModel::FamilyNameColumn) ==
          QStringList(5, QStringLiteral("Åberg")));

    students.filter.setFilterText(QStringLiteral("åsa persson"));
    CHECK(students.column(StudentTableModel::IdentityColumn) ==
          QStringList{QStringLiteral("19641119-3086")});
}

TEST_CASE("An empty filter shows every student again")
{
    UiFixture fixture;
    Students students(fixture);

    students.filter.setFilterText(QStringLiteral("Persson"));
    students.filter.setFilterText(QString());

    CHECK(students.filter.rowCount() == 150);
}

TEST_CASE("Students sort in Swedish order, with Å, Ä and Ö after Z, also after a name changes")
{
    FixedClock clock(fixtureToday);
    StudentTableModel model;
    StudentFilterModel filter(clock);
    filter.setStudentModel(&model);
    Tester modelTester(&model, fatal);
    Tester filterTester(&filter, fatal);
    model.setSummaries(
        {summaryOf(1, QStringLiteral("19500818-2304"), QStringLiteral("Östman"), {}),
         summaryOf(2, QStringLiteral("19891231-2389"), QStringLiteral("Ärling"), {}),
         summaryOf(3, QStringLiteral("20040820-2398"), QStringLiteral("Zetterlund"), {}),
         summaryOf(4, QStringLiteral("19721129-2383"), QStringLiteral("åkesson"), {}),
         summaryOf(5, QStringLiteral("19580760-2395"), QStringLiteral("Andersson"), {}),
         summaryOf(6, QStringLiteral("19500118-2046"), QStringLiteral("Wiklund"), {})});

    filter.sort(StudentTableModel::FamilyNameColumn, Qt::AscendingOrder);

    const auto names = [&] {
        QStringList shown;
        for (int row = 0; row < filter.rowCount(); ++row)
            shown.append(filter.index(row, StudentTableModel::FamilyNameColumn).data().toString());
        return shown;
    };
    CHECK(names() == QStringList{QStringLiteral("Andersson"), QStringLiteral("Wiklund"),
                                 QStringLiteral("Zetterlund"), QStringLiteral("åkesson"),
                                 QStringLiteral("Ärling"), QStringLiteral("Östman")});

    // A name no student had when the rows were made.
    REQUIRE(model.updateSummary(
        summaryOf(5, QStringLiteral("19580760-2395"), QStringLiteral("Älg"), {})));
    CHECK(names() == QStringList{QStringLiteral("Wiklund"), QStringLiteral("Zetterlund"),
                                 QStringLiteral("åkesson"), QStringLiteral("Älg"),
                                 QStringLiteral("Ärling"), QStringLiteral("Östman")});
}

TEST_CASE("The sample list sorts by family name with Wallin before Åberg, Ågren, Öberg, Östlund")
{
    UiFixture fixture;
    Students students(fixture);

    QStringList names = students.column(StudentTableModel::FamilyNameColumn);
    names.removeDuplicates();
    CHECK(names.mid(names.size() - 5) ==
          QStringList{QStringLiteral("Wallin"), QStringLiteral("Åberg"), QStringLiteral("Ågren"),
                      QStringLiteral("Öberg"), QStringLiteral("Östlund")});
}

TEST_CASE("Replacing one student's row keeps the others and re-filters it")
{
    UiFixture fixture;
    Students students(fixture);
    const qint64 id = fixture.studentId(QStringLiteral("19500818-2304"));
    students.filter.setFilterText(QStringLiteral("SE2321000016-ABCD"));
    REQUIRE(students.filter.rowCount() == 0);

    REQUIRE(fixture.service().record(id, Step::KlippRegistered, QDate(2026, 11, 20)).isOk());
    REQUIRE(fixture.service()
                .record(id, Step::HsaIdRecorded, QDate(2026, 11, 23),
                        QStringLiteral("SE2321000016-ABCD"))
                .isOk());
    CHECK(students.model.updateSummary(*fixture.service().summary(id)));

    CHECK(students.model.rowCount() == 150);
    CHECK(students.column(StudentTableModel::IdentityColumn) ==
          QStringList{QStringLiteral("19500818-2304")});
    CHECK(students.column(StudentTableModel::StageColumn) ==
          QStringList{QStringLiteral("HSA-ID recorded")});
}

TEST_CASE("Among 100,000 students the filter finds the same ones typed at once or key by key")
{
    FixedClock clock(fixtureToday);
    // Identity numbers born in 2099: no person can have one.
    QList<StudentSummary> summaries;
    summaries.reserve(100'000);
    const QStringList families{QStringLiteral("Öberg"), QStringLiteral("Andersson"),
                               QStringLiteral("Zetterlund"), QStringLiteral("Åkesson")};
    for (int i = 0; i < 100'000; ++i) {
        summaries.append(summaryOf(
            i + 1, QStringLiteral("20990101-%1").arg(i, 5, 10, QLatin1Char('0')),
            families.at(i % families.size()) + QString::number(i), QStringLiteral("Test")));
    }
    StudentTableModel model;
    StudentFilterModel filter(clock);
    filter.setStudentModel(&model);
    filter.sort(StudentTableModel::FamilyNameColumn, Qt::AscendingOrder);
    model.setSummaries(std::move(summaries));
    const auto firstFamily = [&] {
        return filter.index(0, StudentTableModel::FamilyNameColumn).data().toString();
    };

    filter.setFilterText(QStringLiteral("åkesson99"));
    CHECK(filter.rowCount() == 279);
    CHECK(firstFamily() == QStringLiteral("Åkesson99"));

    filter.setFilterText(QString());
    CHECK(filter.rowCount() == 100'000);
    CHECK(firstFamily() == QStringLiteral("Andersson1"));

    QString typed;
    for (const QChar key : QStringLiteral("ÅKESSON99")) {
        typed += key;
        filter.setFilterText(typed);
    }
    CHECK(filter.rowCount() == 279);
    CHECK(firstFamily() == QStringLiteral("Åkesson99"));
}

TEST_CASE("The filter finds letters beyond Latin-1, and takes a pasted tab or control character "
          "for a space")
{
    FixedClock clock(fixtureToday);
    // Identity numbers born in 2099: no person can have one.
    QList<StudentSummary> summaries;
    for (int i = 0; i < 40; ++i) {
        summaries.append(summaryOf(i + 1,
                                   QStringLiteral("20990101-%1").arg(i, 5, 10, QLatin1Char('0')),
                                   QStringLiteral("Berg%1").arg(i), QStringLiteral("Test")));
    }
    summaries.append(summaryOf(41, QStringLiteral("20990102-00001"), QStringLiteral("Łukasiewicz"),
                               QStringLiteral("Zoë")));
    summaries.append(summaryOf(42, QStringLiteral("20990102-00002"), QStringLiteral("Lind"),
                               QStringLiteral("Ann") + QChar(0x01) + QStringLiteral("Sofi")));
    StudentTableModel model;
    StudentFilterModel filter(clock);
    filter.setStudentModel(&model);
    model.setSummaries(std::move(summaries));
    const auto families = [&] {
        QStringList shown;
        for (int row = 0; row < filter.rowCount(); ++row)
            shown.append(filter.index(row, StudentTableModel::FamilyNameColumn).data().toString());
        return shown;
    };

    // Key by key: the first key searches every row at once, the next ones the few left.
    QString typed;
    for (const QChar key : QStringLiteral("ŁUKAS")) {
        typed += key;
        filter.setFilterText(typed);
    }
    CHECK(families() == QStringList{QStringLiteral("Łukasiewicz")});
    filter.setFilterText(QStringLiteral("zoë"));
    CHECK(families() == QStringList{QStringLiteral("Łukasiewicz")});
    filter.setFilterText(QStringLiteral("zoe"));
    CHECK(families().isEmpty());
    // "ë" typed as "e" and a combining diaeresis finds the composed "ë" stored.
    filter.setFilterText(QStringLiteral("zoe") + QChar(0x0308));
    CHECK(families() == QStringList{QStringLiteral("Łukasiewicz")});

    // The name's control character and the pasted tab each part two words.
    filter.setFilterText(QStringLiteral("sofi\tlind"));
    CHECK(families() == QStringList{QStringLiteral("Lind")});
    filter.setFilterText(QStringLiteral("annsofi"));
    CHECK(families().isEmpty());
    filter.setFilterText(QStringLiteral("berg3"));
    CHECK(families().size() == 11);
}

TEST_CASE("A number typed after a '-' key by key finds what it finds typed at once")
{
    UiFixture fixture;
    Students students(fixture);

    for (const QString &text : {QStringLiteral("-2383"), QStringLiteral("-9090")}) {
        INFO("text " << text);
        students.filter.setFilterText(text);
        const QStringList atOnce = students.column(StudentTableModel::IdentityColumn);
        students.filter.setFilterText(QString());
        for (qsizetype typed = 1; typed <= text.size(); ++typed)
            students.filter.setFilterText(text.left(typed));
        CHECK(students.column(StudentTableModel::IdentityColumn) == atOnce);
        students.filter.setFilterText(QString());
    }
    // "-" alone finds the hyphenated names only; "-2383" the numbers holding 2383.
    students.filter.setFilterText(QStringLiteral("-2383"));
    CHECK(students.column(StudentTableModel::IdentityColumn) ==
          QStringList{QStringLiteral("20230576-2383"), QStringLiteral("19721129-2383"),
                      QStringLiteral("19810203-2383")});
}
