// A student without a Swedish personal number, taken through every step of the track in the
// window as a coordinator would, with what Today shows on the first and last day of each wait.
#include "UiFixture.h"
#include "Waiting.h"
#include "ui/MainWindow.h"
#include "ui/StudentPage.h"
#include "ui/TodayModel.h"
#include "ui/TodayPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace vfu;
using namespace vfu::test;

namespace {

// Zeynep Sandberg in the sample: a Skatteverket test coordination number.
const QString zeynep = QStringLiteral("19580760-2395");

struct Walk
{
    explicit Walk(UiFixture &standingOn)
        : fixture(standingOn)
    {
        fixture.importSample();
        id = fixture.studentId(zeynep);
        window = std::make_unique<MainWindow>(fixture.database(), fixture.clock);
        waitForStudents(*window);
        page = child<StudentPage>(window.get(), QStringLiteral("studentPage"));
        today = child<TodayPage>(window.get(), QStringLiteral("todayPage"));
    }

    void standOn(QDate day)
    {
        fixture.clock.setToday(day);
        window->reload();
        waitForStudents(*window);
    }

    // What Today shows for Zeynep: "group | action | due | urgency".
    QStringList due() const
    {
        const TodayModel *model = window->todayModel();
        QStringList lines;
        for (int group = 0; group < model->rowCount(); ++group) {
            const QModelIndex parent = model->index(group, 0);
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const TodayAction *action = model->actionAt(model->index(row, 0, parent));
                if (action->studentId != id)
                    continue;
                lines.append(QStringLiteral("%1 | %2 | %3 | %4")
                                 .arg(TodayModel::groupLabel(model->groupAt(group)),
                                      Journey::actionLabel(action->action.kind),
                                      action->action.due.toString(Qt::ISODate),
                                      Journey::urgencyLabel(action->action.urgency)));
            }
        }
        return lines;
    }

    // Checks that nothing is due the day before `due`, and `expected` on the day.
    void waitsUntil(QDate dueDay, const QString &expected)
    {
        INFO("waiting for " << expected.toStdString());
        standOn(dueDay.addDays(-1));
        CHECK(due().isEmpty());
        standOn(dueDay);
        CHECK(due() == QStringList{expected});
    }

    // Opens Zeynep's page, unless it is open already (opening it again clears what was typed).
    void openPage()
    {
        if (page->isVisibleTo(window.get()) && page->studentId() == id)
            return;
        window->showSection(MainWindow::Section::Students);
        window->showStudent(id);
    }

    // Records the step the page offers, on today's date.
    void recordOnPage(const QString &expectedButton)
    {
        openPage();
        auto *record = child<QPushButton>(page, QStringLiteral("recordStepButton"));
        CHECK(record->text() == expectedButton);
        REQUIRE(record->isEnabled());
        record->click();
        CHECK(due().isEmpty());
    }

    // Selects Zeynep's action on Today and presses the button that resolves it.
    void resolveOnToday(ActionKind kind, const QString &expectedButton)
    {
        window->showSection(MainWindow::Section::Today);
        today->select(window->todayModel()->indexOf(id, kind));
        auto *resolve = child<QPushButton>(today, QStringLiteral("resolveButton"));
        CHECK(resolve->text() == expectedButton);
        REQUIRE(resolve->isEnabled());
        resolve->click();
        CHECK(due().isEmpty());
    }

    QString pageLabel(const QString &name) const { return child<QLabel>(page, name)->text(); }

    UiFixture &fixture;
    qint64 id = 0;
    std::unique_ptr<MainWindow> window;
    StudentPage *page = nullptr;
    TodayPage *today = nullptr;
};

} // namespace

TEST_CASE("A student without a personal number goes through every step of the track in the "
          "window")
{
    UiFixture fixture;
    Walk walk(fixture);
    QAbstractItemModelTester tester(walk.window->todayModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    walk.openPage();
    CHECK(walk.pageLabel(QStringLiteral("studentTrack")) ==
          QStringLiteral("Track: No Swedish personal number"));
    for (const QString &step :
         {QStringLiteral("passport-sent"), QStringLiteral("placement-sent"),
          QStringLiteral("hsa-id"), QStringLiteral("klipp-registered"),
          QStringLiteral("jobsh-link-sent"), QStringLiteral("jobsh-completed"),
          QStringLiteral("certificate-received"), QStringLiteral("temporary-card-ordered"),
          QStringLiteral("collection-info-sent"), QStringLiteral("temporary-card-issued")})
        CHECK(walk.page->findChild<QLabel *>(QStringLiteral("journeyDate_") + step) != nullptr);
    CHECK(walk.page->findChild<QLabel *>(QStringLiteral("journeyDate_card-ordered")) == nullptr);
    CHECK(walk.due().isEmpty());

    // Added on 2026-12-03: a week for the passport copy, a week for the placement.
    walk.waitsUntil(QDate(2026, 12, 10),
                    QStringLiteral("This week | No passport copy to EK H | 2026-12-10 | Soon"));
    walk.standOn(QDate(2026, 12, 11));
    CHECK(walk.due() ==
          QStringList{QStringLiteral("Overdue | No passport copy to EK H | 2026-12-10 | Overdue")});
    walk.standOn(QDate(2026, 12, 10));
    walk.recordOnPage(QStringLiteral("Record: Passport copy sent to EK H"));

    walk.waitsUntil(QDate(2026, 12, 17),
                    QStringLiteral("This week | No placement to EK H | 2026-12-17 | Soon"));
    walk.recordOnPage(QStringLiteral("Record: Placement sent to EK H"));

    // EK H has ten days for the HSA-ID, which the page asks for and checks.
    walk.waitsUntil(QDate(2026, 12, 27),
                    QStringLiteral("This week | No HSA-ID | 2026-12-27 | Soon"));
    walk.openPage();
    QTest::keyClicks(child<QLineEdit>(walk.page, QStringLiteral("hsaIdEdit")),
                     QStringLiteral("SE2321000016-K7Q2"));
    walk.recordOnPage(QStringLiteral("Record: HSA-ID recorded"));
    CHECK(walk.pageLabel(QStringLiteral("studentHsaId")) ==
          QStringLiteral("HSA-ID SE2321000016-K7Q2"));

    walk.waitsUntil(QDate(2026, 12, 30),
                    QStringLiteral("This week | Not registered in KliPP | 2026-12-30 | Soon"));
    walk.recordOnPage(QStringLiteral("Record: Registered in KliPP"));

    // Stuck before JoBSH: Today shows why, the Lärtorget checklist and the Canvas way.
    walk.waitsUntil(QDate(2027, 1, 2),
                    QStringLiteral("This week | No JoBSH link | 2027-01-02 | Soon"));
    walk.window->showSection(MainWindow::Section::Today);
    walk.today->select(walk.window->todayModel()->indexOf(walk.id, ActionKind::JobshLinkMissing));
    const StudentSummary summary = *fixture.service().summary(walk.id);
    CHECK(child<QLabel>(walk.today, QStringLiteral("todayDetailWhy"))->text() ==
          summary.journey.dueActions.constFirst().why);
    auto *checklist = child<QLabel>(walk.today, QStringLiteral("lartorgetChecklist"));
    CHECK(checklist->isVisibleTo(walk.today));
    CHECK(checklist->text().contains(QStringLiteral("As a student for JoBSH")));
    CHECK(child<QPushButton>(walk.today, QStringLiteral("resolveOnCanvasButton"))
              ->isVisibleTo(walk.today));
    // The coordinator enrols the student on Canvas instead, from the page.
    walk.openPage();
    child<QAction>(walk.page, QStringLiteral("recordOther_canvas-enrolled"))->trigger();
    walk.recordOnPage(QStringLiteral("Record: Enrolled in JoBSH on Canvas"));
    CHECK(walk.pageLabel(QStringLiteral("journeyTitle_jobsh-link-sent")) ==
          QStringLiteral("Enrolled in JoBSH on Canvas"));
    CHECK(walk.pageLabel(QStringLiteral("journeyDate_jobsh-link-sent")) ==
          QStringLiteral("2027-01-02"));

    walk.waitsUntil(QDate(2027, 1, 16),
                    QStringLiteral("This week | JoBSH not completed | 2027-01-16 | Soon"));
    walk.today->select(walk.window->todayModel()->indexOf(walk.id, ActionKind::JobshNotCompleted));
    CHECK(checklist->isVisibleTo(walk.today));
    walk.resolveOnToday(ActionKind::JobshNotCompleted,
                        QStringLiteral("Record: JoBSH completed, today"));

    walk.waitsUntil(QDate(2027, 1, 23),
                    QStringLiteral("This week | No certificate | 2027-01-23 | Soon"));
    walk.recordOnPage(QStringLiteral("Record: Certificate received"));

    walk.waitsUntil(QDate(2027, 1, 30),
                    QStringLiteral("This week | No temporary card order | 2027-01-30 | Soon"));
    walk.recordOnPage(QStringLiteral("Record: Temporary card ordered"));

    walk.waitsUntil(
        QDate(2027, 2, 2),
        QStringLiteral("This week | Not told how to collect the card | 2027-02-02 | Soon"));
    walk.recordOnPage(QStringLiteral("Record: Told how to collect the card"));

    walk.waitsUntil(QDate(2027, 2, 16),
                    QStringLiteral("This week | Temporary card not collected | 2027-02-16 | Soon"));
    walk.recordOnPage(QStringLiteral("Record: Temporary card issued"));
    CHECK(walk.pageLabel(QStringLiteral("studentStage")) ==
          QStringLiteral("Stage: Temporary card active"));
    CHECK(child<QLabel>(walk.page, QStringLiteral("allStepsDone"))->isVisibleTo(walk.page));

    // Issued on 2027-02-16: valid until 2027-08-15, a reminder four weeks before.
    walk.waitsUntil(QDate(2027, 7, 18),
                    QStringLiteral("Later | Temporary card ending | 2027-08-15 | Later"));
    CHECK(fixture.service().summary(walk.id)->journey.dueActions.constFirst().why.contains(
        QStringLiteral("It can still be extended until 2028-02-15.")));
    walk.standOn(QDate(2027, 8, 8));
    CHECK(walk.due() ==
          QStringList{QStringLiteral("This week | Temporary card ending | 2027-08-15 | Soon")});
    walk.standOn(QDate(2027, 8, 15));
    CHECK(walk.due() ==
          QStringList{QStringLiteral("This week | Temporary card ending | 2027-08-15 | Soon")});

    // Extended from Today as long as the routine allows: twelve months in all.
    walk.window->showSection(MainWindow::Section::Today);
    walk.today->select(
        walk.window->todayModel()->indexOf(walk.id, ActionKind::TemporaryCardEnding));
    auto *until = child<QDateEdit>(walk.today, QStringLiteral("extensionDate"));
    REQUIRE(until->isVisibleTo(walk.today));
    CHECK(until->text() == QStringLiteral("As long as allowed"));
    walk.resolveOnToday(ActionKind::TemporaryCardEnding,
                        QStringLiteral("Record: Temporary card extended, today"));
    CHECK(fixture.service().summary(walk.id)->journey.temporaryCardEnds == QDate(2028, 2, 15));

    walk.waitsUntil(QDate(2028, 1, 18),
                    QStringLiteral("Later | Temporary card ending | 2028-02-15 | Later"));
    CHECK(fixture.service().summary(walk.id)->journey.dueActions.constFirst().why.contains(
        QStringLiteral("It cannot be extended further")));
}
