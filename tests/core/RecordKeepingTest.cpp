#include "core/StudentService.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "support/Catch.h"
#include "support/ServiceFixture.h"

#include <QTemporaryDir>

using namespace vfu;

namespace {

struct Fixture : test::ServiceFixture
{
    QStringList historyTexts(qint64 studentId)
    {
        const auto entries = service->timeline(studentId);
        REQUIRE(entries.isOk());
        QStringList texts;
        for (const HistoryEntry &entry : *entries)
            texts.append(entry.text);
        return texts;
    }
};

} // namespace

TEST_CASE("Undoing any step adds a cancellation, and the history shows both")
{
    Fixture f;
    f.import("Personnummer;Efternamn;Förnamn\n19500818-2304;Nilsson;Ida\n");
    const qint64 id = f.student(QStringLiteral("19500818-2304")).id;
    const Result<JourneyEvent> registered =
        f.service->record(id, Step::KlippRegistered, QDate(2026, 11, 20));
    REQUIRE(registered.isOk());
    REQUIRE(f.service->record(id, Step::JobshLinkSent, QDate(2026, 11, 22)).isOk());

    const Result<JourneyEvent> undone = f.service->undoStep(id, registered->id);
    REQUIRE(undone.isOk());
    CHECK(undone->step == Step::KlippRegistered);

    const auto summary = f.service->summary(id);
    REQUIRE(summary.isOk());
    CHECK_FALSE(summary->journey.has(Step::KlippRegistered));
    CHECK(summary->journey.has(Step::JobshLinkSent));
    CHECK(f.historyTexts(id) ==
          QStringList{QStringLiteral("Added by import 1 (list.csv)"),
                      QStringLiteral("Registered in KliPP on 2026-11-20"),
                      QStringLiteral("JoBSH link sent on 2026-11-22"),
                      QStringLiteral("Undone: Registered in KliPP on 2026-11-20")});
    CHECK_FALSE(f.service->undoStep(id, registered->id).isOk());
}

TEST_CASE("Every change to a student is in the history, with who and why")
{
    Fixture f;
    f.import("Personnummer;Efternamn;Förnamn\n19500818-2304;Nilsson;Ida\n");
    const qint64 id = f.student(QStringLiteral("19500818-2304")).id;

    StudentChanges noReason;
    noReason.track = Track::RegionCard;
    const Result<Student> refused = f.service->change(id, noReason);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error() == QStringLiteral("Say why the track changes."));

    StudentChanges changes;
    changes.track = Track::RegionCard;
    changes.exchange = true;
    changes.reason = QStringLiteral("Works in the region");
    REQUIRE(f.service->change(id, changes).isOk());
    REQUIRE(f.service
                ->acknowledge(id, ActionKind::JobshLinkMissing, QDate(2026, 12, 10),
                              QStringLiteral("student mailed, waiting"))
                .isOk());

    CHECK(f.historyTexts(id) ==
          QStringList{
              QStringLiteral("Added by import 1 (list.csv)"),
              QStringLiteral("Changed track from \"(from the identity number)\" to \"region-card\" "
                             "(why: Works in the region)"),
              QStringLiteral("Changed exchange from \"off\" to \"on\" (why: Works in the region)"),
              QStringLiteral("Set aside until 2026-12-10: No JoBSH link (student mailed, waiting)"),
          });
    const auto summary = f.service->summary(id);
    REQUIRE(summary.isOk());
    CHECK(summary->journey.track == Track::RegionCard);
    CHECK(summary->student.exchange);
}

TEST_CASE("Undoing an import removes the students it added and sets back what it changed, keeping "
          "later hand work")
{
    Fixture f;
    const qint64 first = f.import("Personnummer;Efternamn;Förnamn\n19500818-2304;Nilsson;Ida\n");
    const qint64 second = f.import("Personnummer;Efternamn;Förnamn\n"
                                   "19500818-2304;Lind;Ida\n"     // changes the family name
                                   "19891231-2389;Olsson;Klara\n" // added, later worked on by hand
                                   "20040820-2398;Sandberg;Oscar\n"); // added, untouched
    REQUIRE(f.service
                ->record(f.student(QStringLiteral("19891231-2389")).id, Step::KlippRegistered,
                         QDate(2026, 12, 3))
                .isOk());

    const Result<ImportUndoReport> report = f.service->undoImport(second);
    REQUIRE(report.isOk());
    CHECK(report->removed == 1);
    CHECK(report->reverted == 1);
    CHECK(report->kept == QStringList{QStringLiteral(
                              "19891231-2389 stays: there are later changes to the student.")});

    CHECK(f.student(QStringLiteral("19500818-2304")).familyName == QStringLiteral("Nilsson"));
    CHECK_FALSE(f.service->find(QStringLiteral("20040820-2398")).isOk());
    CHECK(f.service->find(QStringLiteral("19891231-2389")).isOk());

    const Result<ImportUndoReport> again = f.service->undoImport(second);
    REQUIRE_FALSE(again.isOk());
    CHECK(again.error().startsWith(QStringLiteral("Import 2 was already undone on 2026-12-03")));
    CHECK(first == 1);
}

TEST_CASE("The policy is stored in the data file, only where it differs from the routine")
{
    Fixture f;
    Policy policy;
    policy.cardOrderValidDays = 120;
    policy.finalStageDays[static_cast<size_t>(ActionKind::CardExpiring)] = 21;
    REQUIRE(f.service->setPolicy(policy).isOk());

    const Result<Policy> stored = SettingsStore(f.database->connection()).policy();
    REQUIRE(stored.isOk());
    CHECK(stored->cardOrderValidDays == 120);
    CHECK(stored->finalStage(ActionKind::CardExpiring) == 21);
    CHECK(stored->cardValidYears == 4);
    CHECK(StudentService(*f.database, f.clock).policy() == policy);

    Policy wrong = policy;
    wrong.cardValidYears = 0;
    const Status refused = f.service->setPolicy(wrong);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error() == QStringLiteral("A card is valid must be between 1 and 10 years."));

    REQUIRE(f.service->setPolicy(Policy{}).isOk());
    CHECK(SettingsStore(f.database->connection()).policy().value() == Policy{});
}

TEST_CASE("A step dated before the student's birth, or recorded twice on one day, is refused")
{
    Fixture f;
    f.import("Personnummer;Efternamn;Förnamn\n20040820-2398;Berg;Oscar\n");
    const qint64 id = f.student(QStringLiteral("20040820-2398")).id;

    const Result<JourneyEvent> unborn =
        f.service->record(id, Step::KlippRegistered, QDate(2004, 8, 19));
    REQUIRE_FALSE(unborn.isOk());
    CHECK(unborn.error() ==
          QStringLiteral("2004-08-19 lies before the student was born (2004-08-20)."));

    REQUIRE(f.service->record(id, Step::KlippRegistered, QDate(2026, 11, 20)).isOk());
    const Result<JourneyEvent> twice =
        f.service->record(id, Step::KlippRegistered, QDate(2026, 11, 20));
    REQUIRE_FALSE(twice.isOk());
    CHECK(twice.error() ==
          QStringLiteral("\"Registered in KliPP\" is already recorded on 2026-11-20."));

    // Another day, or the same day once the first is undone, is a step of its own.
    const Result<JourneyEvent> later =
        f.service->record(id, Step::KlippRegistered, QDate(2026, 11, 21));
    REQUIRE(later.isOk());
    REQUIRE(f.service->undoStep(id, later->id).isOk());
    CHECK(f.service->record(id, Step::KlippRegistered, QDate(2026, 11, 21)).isOk());
}
