// Pictures of the window for review, not a check: run with `test_ui "[.screenshots]"`; the
// PNGs go to $VFU_SCREENSHOT_DIR (default: the system's temporary folder).
#include "UiFixture.h"
#include "Waiting.h"
#include "ui/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/TodayModel.h"
#include "ui/TodayPage.h"

#include <QApplication>
#include <QDir>
#include <QStackedWidget>

using namespace vfu;
using namespace vfu::test;

namespace {

QString shotPath(const QString &name)
{
    const QString folder = qEnvironmentVariable("VFU_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(folder);
    return QDir(folder).filePath(name);
}

void save(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString path = shotPath(name);
    INFO("writing " << path);
    CHECK(widget->grab().save(path));
}

// A morning with work to do: some students registered without a JoBSH link, some with a card
// order about to lapse or lapsed, some with an active card.
void recordSomeJourneys(UiFixture &fixture)
{
    StudentService &service = fixture.service();
    const QList<StudentSummary> students = *service.summaries();
    for (qsizetype i = 0; i < 40; ++i) {
        const qint64 id = students.at(i).student.id;
        service.record(id, Step::KlippRegistered, QDate(2026, 11, 1).addDays(i % 30));
        if (i % 2 == 0) {
            service.record(id, Step::HsaIdRecorded, QDate(2026, 11, 25),
                           QStringLiteral("SE2321000016-A%1X").arg(i, 3, 10, QLatin1Char('0')));
        }
        if (i % 3 == 0)
            service.record(id, Step::JobshLinkSent, QDate(2026, 11, 26));
    }
    for (qsizetype i = 40; i < 50; ++i) {
        if (students.at(i).journey.track != Track::Ordinary)
            continue;
        const qint64 id = students.at(i).student.id;
        const QDate start(2026, 6, 1);
        service.record(id, Step::KlippRegistered, start);
        service.record(id, Step::HsaIdRecorded, start.addDays(2),
                       QStringLiteral("SE2321000016-B%1").arg(i, 3, 10, QLatin1Char('0')));
        for (const Step step :
             {Step::JobshLinkSent, Step::JobshCompleted, Step::CertificateReceived})
            service.record(id, step, start.addDays(5));
        service.record(id, Step::CardOrdered, QDate(2026, 8, 1).addDays((i % 4) * 15));
        if (i % 4 == 0) {
            service.record(id, Step::Photographed, QDate(2026, 9, 1));
            service.record(id, Step::CardActivated, QDate(2026, 9, 8));
        }
    }
}

// Karin Johansson, without a Swedish personal number, halfway: EK H has done its part, she is
// enrolled in JoBSH on Canvas and has not completed it. Another such student set aside.
qint64 recordNoPersonalNumber(UiFixture &fixture)
{
    StudentService &service = fixture.service();
    const qint64 id = fixture.studentId(QStringLiteral("19840765-2380"));
    service.record(id, Step::PassportCopySent, QDate(2026, 11, 2));
    service.record(id, Step::PlacementSentToEkh, QDate(2026, 11, 4));
    service.record(id, Step::HsaIdRecorded, QDate(2026, 11, 12),
                   QStringLiteral("SE2321000016-K7Q2"));
    service.record(id, Step::KlippRegistered, QDate(2026, 11, 14));
    service.record(id, Step::CanvasEnrolled, QDate(2026, 11, 18));
    StudentChanges changes;
    changes.exchange = true;
    service.change(id, changes);
    service.setProgrammeNotes(
        QStringLiteral("2SJ20"),
        QStringLiteral("Exchange students: book the card office a week "
                       "ahead. EK H wants the unit's HSA-ID with the dates."));

    const qint64 other = fixture.studentId(QStringLiteral("19350586-2395"));
    service.record(other, Step::PassportCopySent, QDate(2026, 11, 10));
    service.acknowledge(other, ActionKind::EkhPlacementMissing, QDate(2026, 12, 10),
                        QStringLiteral("waiting for the unit's dates"));
    service.record(id, Step::NameChanged, QDate(2026, 11, 20), QStringLiteral("Family name"));
    const QList<JourneyEvent> events = *service.history(id);
    service.undoStep(id, events.constLast().id);
    return id;
}

} // namespace

TEST_CASE("Screenshots of the window", "[.screenshots]")
{
    {
        UiFixture empty;
        MainWindow window(empty.database(), empty.clock);
        waitForStudents(window);
        window.show();
        save(&window, QStringLiteral("vfudesk-welcome.png"));
    }

    UiFixture fixture;
    fixture.importSample();
    recordSomeJourneys(fixture);
    const qint64 karin = recordNoPersonalNumber(fixture);
    MainWindow window(fixture.database(), fixture.clock);
    window.show();
    // The window is up before its students are read: no events yet, so they are not in.
    CHECK(window.isLoading());
    CHECK(window.grab().save(shotPath(QStringLiteral("vfudesk-loading.png"))));
    waitForStudents(window);
    save(&window, QStringLiteral("vfudesk-today.png"));
    window.findChild<TodayPage *>(QStringLiteral("todayPage"))
        ->select(window.todayModel()->indexOf(karin, ActionKind::JobshNotCompleted));
    save(&window, QStringLiteral("vfudesk-today-stuck.png"));

    window.showSection(MainWindow::Section::Students);
    save(&window, QStringLiteral("vfudesk-students.png"));

    const QList<StudentSummary> students = *fixture.service().summaries();
    window.showStudent(students.at(3).student.id);
    save(&window, QStringLiteral("vfudesk-student.png"));
    window.showStudent(students.at(1).student.id);
    save(&window, QStringLiteral("vfudesk-student-hsa-id.png"));
    window.showStudent(students.at(44).student.id);
    save(&window, QStringLiteral("vfudesk-student-card.png"));

    window.showStudent(karin);
    save(&window, QStringLiteral("vfudesk-student-no-personal-number.png"));

    window.showSection(MainWindow::Section::Imports);
    save(&window, QStringLiteral("vfudesk-imports.png"));

    SettingsDialog *settings = window.openSettings();
    settings->show();
    save(settings, QStringLiteral("vfudesk-settings.png"));
    settings->reject();

    ImportDialog *dialog = window.openImport(sampleListPath());
    REQUIRE(dialog != nullptr);
    dialog->show();
    save(dialog, QStringLiteral("vfudesk-import.png"));
    dialog->reject();
}
