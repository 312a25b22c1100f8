#include "UiFixture.h"
#include "Waiting.h"
#include "ui/MainWindow.h"
#include "ui/StudentPage.h"
#include "ui/TodayModel.h"
#include "ui/TodayPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTreeView>

using namespace vfu;
using namespace vfu::test;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

const QString ida = QStringLiteral("19500818-2304");
const QString klara = QStringLiteral("19891231-2389");
const QString oscar = QStringLiteral("20040820-2398");
const QString zeynep = QStringLiteral("19580760-2395");
const QString lina = QStringLiteral("20210101-2397"); // of another programme

QStringList cells(const QAbstractItemModel *model, const QModelIndex &index)
{
    QStringList values;
    for (int column = 0; column < model->columnCount(index.parent()); ++column)
        values.append(model->index(index.row(), column, index.parent()).data().toString());
    return values;
}

// The group rows as they read: "Overdue (2)", ...
QStringList groups(const QAbstractItemModel *model)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, 0).data().toString());
    return values;
}

QStringList items(const QComboBox *combo)
{
    QStringList values;
    for (int i = 0; i < combo->count(); ++i)
        values.append(combo->itemText(i));
    return values;
}

QString todayItem(const MainWindow &window)
{
    return child<QListWidget>(&window, QStringLiteral("sidebar"))->item(0)->text();
}

// Four actions on 2026-12-03: two overdue (one of another programme), one this week, one later.
void recordAMorning(UiFixture &fixture)
{
    fixture.importSample();
    fixture.importList(QByteArrayLiteral("\"Personnummer (Student)\";\"Förnamn (Student)\";"
                                         "\"Efternamn (Student)\";\"Kod (Kurspaketering)\";"
                                         "\"Benämning (Kurspaketering)\"\n"
                                         "\"20210101-2397\";\"Lina\";\"Berg\";\"3LK20\";"
                                         "\"Läkarprogrammet\"\n"),
                       QStringLiteral("lakarprogrammet.csv"));
    StudentService &service = fixture.service();
    REQUIRE(service.record(fixture.studentId(klara), Step::KlippRegistered, QDate(2026, 11, 2)));
    REQUIRE(service.record(fixture.studentId(ida), Step::KlippRegistered, QDate(2026, 11, 30)));
    REQUIRE(service.record(fixture.studentId(oscar), Step::CardOrdered, QDate(2026, 10, 1)));
    REQUIRE(service.record(fixture.studentId(lina), Step::KlippRegistered, QDate(2026, 11, 20)));
}

} // namespace

TEST_CASE("Today lists a missing JoBSH link on the day it falls due, and not the day before")
{
    UiFixture fixture;
    fixture.importSample();
    const qint64 id = fixture.studentId(ida);
    REQUIRE(fixture.service().record(id, Step::KlippRegistered, QDate(2026, 11, 30)).isOk());
    fixture.clock.setToday(QDate(2026, 12, 2));
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    auto *view = child<QTreeView>(&window, QStringLiteral("todayView"));
    QAbstractItemModelTester tester(view->model(), fatal);

    CHECK(window.todayModel()->totalCount() == 0);
    CHECK(todayItem(window) == QStringLiteral("Today"));
    CHECK(child<QLabel>(&window, QStringLiteral("todayEmpty"))->isVisibleTo(&window));

    fixture.clock.setToday(QDate(2026, 12, 3));
    window.reload();
    waitForStudents(window);

    CHECK(groups(view->model()) == QStringList{QStringLiteral("This week (1)")});
    const StudentSummary summary = *fixture.service().summary(id);
    REQUIRE(summary.journey.dueActions.size() == 1);
    CHECK(cells(view->model(), view->model()->index(0, 0, view->model()->index(0, 0))) ==
          QStringList{QStringLiteral("Soon"), QStringLiteral("2026-12-03"),
                      QStringLiteral("Ida Nilsson"), QStringLiteral("19500818-2304"),
                      QStringLiteral("No JoBSH link"), summary.journey.dueActions.first().why});
    CHECK(todayItem(window) == QStringLiteral("Today (1)"));
    CHECK(child<QLabel>(&window, QStringLiteral("todayHeading"))->text() ==
          QStringLiteral("Today, Thursday, 3 December 2026"));
    // The first action is selected, and the panel below says why in full.
    CHECK(child<QLabel>(&window, QStringLiteral("todayDetailWhy"))->text() ==
          summary.journey.dueActions.first().why);
}

TEST_CASE("Today groups actions as overdue, this week and later, with counts per group and kind")
{
    UiFixture fixture;
    recordAMorning(fixture);
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    TodayModel *model = window.todayModel();
    QAbstractItemModelTester tester(model, fatal);
    auto *page = child<TodayPage>(&window, QStringLiteral("todayPage"));
    auto *summary = child<QLabel>(page, QStringLiteral("todaySummary"));
    auto *programme = child<QComboBox>(page, QStringLiteral("todayProgrammeFilter"));
    auto *kind = child<QComboBox>(page, QStringLiteral("todayKindFilter"));

    CHECK(groups(model) == QStringList{QStringLiteral("Overdue (2)"),
                                       QStringLiteral("This week (1)"),
                                       QStringLiteral("Later (1)")});
    const QModelIndex overdue = model->index(0, 0);
    CHECK(model->index(0, TodayModel::StudentColumn, overdue).data() ==
          QStringLiteral("Klara Olsson"));
    CHECK(model->index(0, TodayModel::DueColumn, overdue).data() == QStringLiteral("2026-11-05"));
    CHECK(model->index(1, TodayModel::StudentColumn, overdue).data() ==
          QStringLiteral("Lina Berg"));
    CHECK(model->index(0, TodayModel::ActionColumn, model->index(2, 0)).data() ==
          QStringLiteral("Card order lapsing"));
    CHECK(model->index(0, TodayModel::DueColumn, model->index(2, 0)).data() ==
          QStringLiteral("2026-12-29"));
    CHECK(summary->text() == QStringLiteral("Due: 4 \u2014 overdue 2, this week 1, later 1. "
                                            "Select one to see why and what to do."));
    CHECK(child<QLabel>(page, QStringLiteral("todayKindCounts"))->text() ==
          QStringLiteral("No JoBSH link: 3 \u00b7 Card order lapsing: 1"));
    CHECK(items(programme) == QStringList{QStringLiteral("All programmes"),
                                          QStringLiteral("Läkarprogrammet (3LK20)"),
                                          QStringLiteral("Sjuksköterskeprogrammet (2SJ20)")});
    CHECK(items(kind) == QStringList{QStringLiteral("All actions (4)"),
                                     QStringLiteral("No JoBSH link (3)"),
                                     QStringLiteral("Card order lapsing (1)")});
    CHECK(todayItem(window) == QStringLiteral("Today (4)"));

    programme->setCurrentIndex(programme->findData(QStringLiteral("3LK20")));
    CHECK(groups(model) == QStringList{QStringLiteral("Overdue (1)")});
    CHECK(summary->text() == QStringLiteral("Due: 1 \u2014 overdue 1, this week 0, later 0. "
                                            "Select one to see why and what to do."));
    CHECK(items(kind) ==
          QStringList{QStringLiteral("All actions (1)"), QStringLiteral("No JoBSH link (1)")});

    programme->setCurrentIndex(0);
    kind->setCurrentIndex(kind->findData(static_cast<int>(ActionKind::CardOrderLapsing)));
    CHECK(groups(model) == QStringList{QStringLiteral("Later (1)")});
    CHECK(model->index(0, TodayModel::StudentColumn, model->index(0, 0)).data() ==
          QStringLiteral("Oscar Sandberg"));
    CHECK(todayItem(window) == QStringLiteral("Today (4)"));

    // The filters hold when Today is read again.
    window.reload();
    waitForStudents(window);
    CHECK(groups(model) == QStringList{QStringLiteral("Later (1)")});
}

TEST_CASE("An action set aside leaves Today until the day after its date, and the page shows it")
{
    UiFixture fixture;
    recordAMorning(fixture);
    const qint64 id = fixture.studentId(klara);
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    auto *page = child<TodayPage>(&window, QStringLiteral("todayPage"));
    page->select(window.todayModel()->indexOf(id, ActionKind::JobshLinkMissing));
    child<QDateEdit>(page, QStringLiteral("setAsideDate"))->setDate(QDate(2026, 12, 10));
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("setAsideNote")),
                     QStringLiteral("student mailed, waiting"));

    child<QPushButton>(page, QStringLiteral("setAsideButton"))->click();

    CHECK_FALSE(window.todayModel()->indexOf(id, ActionKind::JobshLinkMissing).isValid());
    CHECK(todayItem(window) == QStringLiteral("Today (3)"));
    window.showStudent(id);
    auto *aside = child<QLabel>(&window, QStringLiteral("setAsideAction"));
    CHECK(aside->text() == QStringLiteral("Set aside until 2026-12-10: No JoBSH link \u2014 "
                                          "\u201cstudent mailed, waiting\u201d"));

    fixture.clock.setToday(QDate(2026, 12, 10));
    window.reload();
    waitForStudents(window);
    CHECK_FALSE(window.todayModel()->indexOf(id, ActionKind::JobshLinkMissing).isValid());

    fixture.clock.setToday(QDate(2026, 12, 11));
    window.reload();
    waitForStudents(window);
    const QModelIndex back = window.todayModel()->indexOf(id, ActionKind::JobshLinkMissing);
    REQUIRE(back.isValid());
    CHECK(back.parent().data().toString().startsWith(QStringLiteral("Overdue")));
    CHECK(window.findChild<QLabel *>(QStringLiteral("setAsideAction")) == nullptr);
}

TEST_CASE("The button on Today records the step that resolves an action, asking for its value")
{
    UiFixture fixture;
    fixture.importSample();
    const qint64 id = fixture.studentId(zeynep);
    REQUIRE(fixture.service().record(id, Step::PassportCopySent, QDate(2026, 11, 1)));
    REQUIRE(fixture.service().record(id, Step::PlacementSentToEkh, QDate(2026, 11, 2)));
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    auto *page = child<TodayPage>(&window, QStringLiteral("todayPage"));
    page->select(window.todayModel()->indexOf(id, ActionKind::HsaIdMissing));
    auto *resolve = child<QPushButton>(page, QStringLiteral("resolveButton"));
    CHECK(resolve->text() == QStringLiteral("Record: HSA-ID recorded, today"));
    CHECK_FALSE(child<QLabel>(page, QStringLiteral("lartorgetChecklist"))->isVisibleTo(page));
    CHECK_FALSE(resolve->isEnabled());

    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("hsaIdEdit")),
                     QStringLiteral("SE2321000016-ZS01"));
    REQUIRE(resolve->isEnabled());
    resolve->click();

    CHECK_FALSE(window.todayModel()->indexOf(id, ActionKind::HsaIdMissing).isValid());
    const JourneyState journey = fixture.service().summary(id)->journey;
    CHECK(journey.hsaId == QStringLiteral("SE2321000016-ZS01"));
    CHECK(journey.dateOf(Step::HsaIdRecorded) == fixtureToday);
}

TEST_CASE("Opening a due action shows that student's page")
{
    UiFixture fixture;
    fixture.importSample();
    const qint64 id = fixture.studentId(klara);
    REQUIRE(fixture.service().record(id, Step::KlippRegistered, QDate(2026, 11, 2)).isOk());
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    auto *view = child<QTreeView>(&window, QStringLiteral("todayView"));

    emit view->activated(
        view->model()->index(0, TodayModel::ActionColumn, view->model()->index(0, 0)));

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
    const qint64 id = fixture.studentId(klara);
    REQUIRE(fixture.service().record(id, Step::KlippRegistered, QDate(2026, 11, 2)).isOk());
    REQUIRE(fixture.service()
                .record(id, Step::HsaIdRecorded, QDate(2026, 11, 3),
                        QStringLiteral("SE2321000016-ABCD"))
                .isOk());
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    REQUIRE(window.todayModel()->totalCount() == 1);
    window.showStudent(id);

    child<QPushButton>(child<StudentPage>(&window, QStringLiteral("studentPage")),
                       QStringLiteral("recordStepButton"))
        ->click();

    CHECK(window.todayModel()->totalCount() == 0);
    CHECK(todayItem(window) == QStringLiteral("Today"));
}
