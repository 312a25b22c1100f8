#include "UiFixture.h"
#include "ui/MainWindow.h"
#include "ui/StudentPage.h"
#include "ui/TodayModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>

using namespace vfu;
using namespace vfu::test;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QStringList rowOf(const QAbstractItemModel *model, int row)
{
    QStringList cells;
    for (int column = 0; column < model->columnCount(); ++column)
        cells.append(model->index(row, column).data().toString());
    return cells;
}

QString todayItem(const MainWindow &window)
{
    return child<QListWidget>(&window, QStringLiteral("sidebar"))->item(0)->text();
}

} // namespace

TEST_CASE("Today lists a missing JoBSH link on the day it falls due, and not the day before")
{
    UiFixture fixture;
    fixture.importSample();
    const qint64 id = fixture.studentId(QStringLiteral("19500818-2304"));
    REQUIRE(fixture.service().record(id, Step::KlippRegistered, QDate(2026, 11, 30)).isOk());
    fixture.clock.setToday(QDate(2026, 12, 2));
    MainWindow window(fixture.database(), fixture.clock);
    auto *view = child<QTableView>(&window, QStringLiteral("todayView"));
    QAbstractItemModelTester tester(view->model(), fatal);

    CHECK(view->model()->rowCount() == 0);
    CHECK(todayItem(window) == QStringLiteral("Today"));

    fixture.clock.setToday(QDate(2026, 12, 3));
    window.reload();

    REQUIRE(view->model()->rowCount() == 1);
    const StudentSummary summary = *fixture.service().summary(id);
    REQUIRE(summary.journey.dueActions.size() == 1);
    CHECK(rowOf(view->model(), 0) ==
          QStringList{QStringLiteral("Soon"), QStringLiteral("2026-12-03"),
                      QStringLiteral("Ida Nilsson"), QStringLiteral("19500818-2304"),
                      QStringLiteral("No JoBSH link"), summary.journey.dueActions.first().why});
    CHECK(todayItem(window) == QStringLiteral("Today (1)"));
    CHECK(child<QLabel>(&window, QStringLiteral("todayHeading"))->text() ==
          QStringLiteral("Today, Thursday, 3 December 2026"));
}

TEST_CASE("Today puts overdue actions before those due soon")
{
    UiFixture fixture;
    fixture.importSample();
    const qint64 ida = fixture.studentId(QStringLiteral("19500818-2304"));
    const qint64 klara = fixture.studentId(QStringLiteral("19891231-2389"));
    REQUIRE(fixture.service().record(ida, Step::KlippRegistered, QDate(2026, 11, 30)).isOk());
    REQUIRE(fixture.service().record(klara, Step::KlippRegistered, QDate(2026, 11, 2)).isOk());
    MainWindow window(fixture.database(), fixture.clock);
    const QAbstractItemModel *model = window.todayModel();

    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, TodayModel::UrgencyColumn).data().toString() ==
          QStringLiteral("Overdue"));
    CHECK(model->index(0, TodayModel::StudentColumn).data().toString() ==
          QStringLiteral("Klara Olsson"));
    CHECK(model->index(0, TodayModel::DueColumn).data().toString() == QStringLiteral("2026-11-05"));
    CHECK(model->index(1, TodayModel::UrgencyColumn).data().toString() == QStringLiteral("Soon"));
    CHECK(todayItem(window) == QStringLiteral("Today (2)"));
}

TEST_CASE("Opening a due action shows that student's page")
{
    UiFixture fixture;
    fixture.importSample();
    const qint64 id = fixture.studentId(QStringLiteral("19891231-2389"));
    REQUIRE(fixture.service().record(id, Step::KlippRegistered, QDate(2026, 11, 2)).isOk());
    MainWindow window(fixture.database(), fixture.clock);
    auto *view = child<QTableView>(&window, QStringLiteral("todayView"));

    emit view->activated(view->model()->index(0, TodayModel::ActionColumn));

    auto *page = child<StudentPage>(&window, QStringLiteral("studentPage"));
    CHECK(child<QStackedWidget>(&window, QStringLiteral("pages"))->currentWidget() == page);
    CHECK(page->studentId() == id);
    CHECK(child<QLabel>(page, QStringLiteral("studentName"))->text() ==
          QStringLiteral("Klara Olsson"));
}

TEST_CASE("Recording the step that resolves a due action takes it off Today")
{
    UiFixture fixture;
    fixture.importSample();
    const qint64 id = fixture.studentId(QStringLiteral("19891231-2389"));
    REQUIRE(fixture.service().record(id, Step::KlippRegistered, QDate(2026, 11, 2)).isOk());
    REQUIRE(fixture.service()
                .record(id, Step::HsaIdRecorded, QDate(2026, 11, 3),
                        QStringLiteral("SE2321000016-ABCD"))
                .isOk());
    MainWindow window(fixture.database(), fixture.clock);
    REQUIRE(window.todayModel()->rowCount() == 1);
    window.showStudent(id);

    child<QPushButton>(&window, QStringLiteral("recordStepButton"))->click();

    CHECK(window.todayModel()->rowCount() == 0);
    CHECK(todayItem(window) == QStringLiteral("Today"));
}
