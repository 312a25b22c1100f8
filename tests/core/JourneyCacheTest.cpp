#include "core/storage/JourneyCache.h"

#include "core/StudentService.h"
#include "core/journey/Journey.h"
#include "core/placements/PlacementRules.h"
#include "core/storage/Database.h"
#include "support/Catch.h"
#include "support/ServiceFixture.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <random>

using namespace vfu;
using vfu::test::event;

namespace {

// What the cache keeps of a state, urgency aside (it follows from the day it is read).
struct Kept
{
    Stage stage;
    std::optional<Step> nextStep;
    QString hsaId;
    QStringList due;
    QStringList setAside;

    friend bool operator==(const Kept &, const Kept &) = default;
};

QStringList describe(const QList<DueAction> &actions)
{
    QStringList lines;
    for (const DueAction &a : actions) {
        lines.append(QStringList{Journey::actionCode(a.kind), a.due.toString(Qt::ISODate),
                                 Steps::code(a.resolvedBy), a.why,
                                 a.acknowledgedUntil.toString(Qt::ISODate), a.acknowledgement}
                         .join(QLatin1Char('|')));
    }
    // The order of equally urgent actions may change with urgency; the cache sorts again.
    lines.sort();
    return lines;
}

Kept kept(const JourneyState &state)
{
    return {state.stage, state.nextStep, state.hsaId, describe(state.dueActions),
            describe(state.setAside)};
}

// A student of any track with random steps, acknowledgements and placements, as a coordinator
// might leave them: steps out of order, some cancelled, values where steps carry them.
struct RandomStudent
{
    Student student;
    QList<JourneyEvent> events;
    QList<Acknowledgement> acknowledgements;
    QList<Placement> placements;
};

// Around `day`: the steps of the student's track, in order, up to a random point and with
// some missing, mostly dated in the months before the day; now and then a step of another
// track, a cancelled step, an acknowledgement and a placement in the coming months.
RandomStudent randomStudent(std::mt19937 &random, QDate day)
{
    const auto below = [&random](int n) {
        return std::uniform_int_distribution<int>(0, n - 1)(random);
    };
    const auto around = [&](int before, int after) {
        return day.addDays(below(before + after) - before);
    };
    RandomStudent s;
    s.student.id = 1;
    s.student.identity = QStringLiteral("19500818-2304");
    s.student.addedOn = around(200, 10);
    const Track track = Tracks::all().at(below(static_cast<int>(Tracks::all().size())));
    s.student.track = track;
    const std::optional<CardChoice> choice =
        below(2) ? CardChoice::NewCard : CardChoice::TemporaryCard;
    const QList<Step> steps = Tracks::steps(track, choice);
    const auto reached = static_cast<qsizetype>(below(static_cast<int>(steps.size()) + 1));
    QList<Step> recorded;
    for (qsizetype i = 0; i < reached; ++i) {
        if (below(7) != 0)
            recorded.append(steps.at(i));
    }
    if (below(4) == 0)
        recorded.append(static_cast<Step>(below(stepCount)));
    QDate date = around(200, 0);
    for (qsizetype i = 0; i < recorded.size(); ++i) {
        const Step step = recorded.at(i);
        date = date.addDays(below(below(3) == 0 ? 120 : 20));
        QString value;
        if (step == Step::HsaIdRecorded)
            value = QStringLiteral("SE2321000016-A1B%1").arg(i);
        else if (step == Step::CardChoiceMade)
            value = choice == CardChoice::NewCard ? QStringLiteral("new-card")
                                                  : QStringLiteral("temporary-card");
        else if (step == Step::TemporaryCardExtended)
            value = date.addDays(below(300)).toString(Qt::ISODate);
        s.events.append(event(i + 1, step, date, value));
        if (below(10) == 0) {
            s.events.append(event(100 + i, step, date, value));
            s.events.last().cancels = i + 1;
        }
    }
    const int ackCount = below(3);
    for (int i = 0; i < ackCount; ++i) {
        s.acknowledgements.append({i + 1,
                                   static_cast<ActionKind>(below(actionKindCount)),
                                   around(10, 60),
                                   QStringLiteral("mailed"),
                                   {},
                                   {}});
    }
    const int placementCount = below(3);
    for (int i = 0; i < placementCount; ++i) {
        Placement p;
        p.id = i + 1;
        p.studentId = 1;
        p.unitId = 1;
        p.start = around(30, 150);
        p.end = p.start.addDays(below(60));
        p.status = static_cast<PlacementStatus>(below(4));
        s.placements.append(p);
    }
    return s;
}

Unit ward()
{
    Unit unit;
    unit.id = 1;
    unit.name = QStringLiteral("Avdelning 12");
    return unit;
}

JourneyState evaluateOn(const RandomStudent &s, QDate day)
{
    const Policy policy;
    const QHash<qint64, Unit> units{{1, ward()}};
    JourneyState state = Journey::evaluate(s.student, s.events, policy, day, s.acknowledgements);
    Journey::addActions(
        state,
        PlacementRules::blockingActions(state, s.placements, units, policy, day, &state.changesOn),
        s.acknowledgements, day);
    return state;
}

// Two students of the sample list's kind on 10 January 2027.
struct Fixture : test::ServiceFixture
{
    Fixture()
        : ServiceFixture(QDate(2027, 1, 10))
    {
        import("Personnummer;Efternamn;Förnamn\n19500818-2304;Nilsson;Ida\n"
               "18900101-9802;Berg;Oskar\n");
    }

    qint64 id(const QString &identity) { return student(identity).id; }

    StudentSummary summaryOf(qint64 studentId)
    {
        const Result<QList<StudentSummary>> all = service->summaries();
        REQUIRE(all.isOk());
        for (const StudentSummary &summary : *all) {
            if (summary.student.id == studentId)
                return summary;
        }
        FAIL("the student is not in the summaries");
        return {};
    }

    QStringList actionCodes(qint64 studentId)
    {
        QStringList codes;
        for (const DueAction &action : summaryOf(studentId).journey.dueActions)
            codes.append(Journey::actionCode(action.kind));
        return codes;
    }

    QString scalar(const QString &sql)
    {
        QSqlQuery query(database->connection());
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0).toString();
    }
};

} // namespace

TEST_CASE("A journey evaluated on a day says from which later day the answer may change")
{
    const Policy policy;
    SECTION("a link is awaited for three days after KliPP registration")
    {
        const QList<JourneyEvent> events = {event(1, Step::KlippRegistered, QDate(2027, 1, 10))};
        CHECK(Journey::evaluate(events, policy, QDate(2027, 1, 10)).changesOn ==
              QDate(2027, 1, 13));
        CHECK(Journey::evaluate(events, policy, QDate(2027, 1, 12)).changesOn ==
              QDate(2027, 1, 13));
        // Once the action is due, nothing more changes until a step is recorded.
        CHECK(!Journey::evaluate(events, policy, QDate(2027, 1, 13)).changesOn.isValid());
    }
    SECTION("a card order warns from day 60 and lapses on day 90")
    {
        const QList<JourneyEvent> events = {
            event(1, Step::KlippRegistered, QDate(2027, 1, 10)),
            event(2, Step::JobshLinkSent, QDate(2027, 1, 11)),
            event(3, Step::JobshCompleted, QDate(2027, 1, 20)),
            event(4, Step::CertificateReceived, QDate(2027, 1, 21)),
            event(5, Step::CardOrdered, QDate(2027, 2, 1)),
        };
        CHECK(Journey::evaluate(events, policy, QDate(2027, 2, 1)).changesOn == QDate(2027, 4, 2));
        CHECK(Journey::evaluate(events, policy, QDate(2027, 4, 2)).changesOn == QDate(2027, 5, 2));
        CHECK(!Journey::evaluate(events, policy, QDate(2027, 5, 2)).changesOn.isValid());
    }
    SECTION("an active card changes eight weeks before it expires, and on the day it expires")
    {
        const QList<JourneyEvent> events = {
            event(1, Step::JobshCompleted, QDate(2027, 1, 20)),
            event(2, Step::CertificateReceived, QDate(2027, 1, 21)),
            event(3, Step::CardOrdered, QDate(2027, 2, 1)),
            event(4, Step::Photographed, QDate(2027, 2, 8)),
            event(5, Step::CardActivated, QDate(2027, 2, 15)),
        };
        CHECK(Journey::evaluate(events, policy, QDate(2027, 3, 1)).changesOn ==
              QDate(2030, 12, 21));
        CHECK(Journey::evaluate(events, policy, QDate(2030, 12, 21)).changesOn ==
              QDate(2031, 2, 15));
    }
    SECTION("an acknowledged action comes back the day after its date")
    {
        const QList<JourneyEvent> events = {event(1, Step::KlippRegistered, QDate(2027, 1, 10))};
        const QList<Acknowledgement> acks = {{1,
                                              ActionKind::JobshLinkMissing,
                                              QDate(2027, 1, 20),
                                              QStringLiteral("mailed"),
                                              {},
                                              {}}};
        const JourneyState state =
            Journey::evaluate(Student{}, events, policy, QDate(2027, 1, 15), acks);
        CHECK(state.setAside.size() == 1);
        CHECK(state.changesOn == QDate(2027, 1, 21));
    }
    SECTION("a placement changes at its lead time, its start and the day after its end")
    {
        Placement placement;
        placement.id = 1;
        placement.studentId = 1;
        placement.unitId = 1;
        placement.start = QDate(2027, 3, 1);
        placement.end = QDate(2027, 3, 26);
        const QList<Placement> placements = {placement};
        const QHash<qint64, Unit> units{{1, ward()}};
        QDate changesOn;
        const QList<DueAction> early = PlacementRules::blockingActions(
            JourneyState{}, placements, units, policy, QDate(2027, 1, 10), &changesOn);
        CHECK(early.isEmpty());
        CHECK(changesOn == QDate(2027, 2, 1));
        changesOn = {};
        const QList<DueAction> blocked = PlacementRules::blockingActions(
            JourneyState{}, placements, units, policy, QDate(2027, 2, 1), &changesOn);
        CHECK(blocked.size() == 1);
        CHECK(changesOn == QDate(2027, 3, 1));
    }
}

TEST_CASE("Until the day it names, evaluating a journey again gives the same stage and actions")
{
    std::mt19937 random(20261204);
    int students = 0;
    int unchangingForAMonth = 0;
    for (int n = 0; n < 2000; ++n) {
        const QDate first =
            QDate(2027, 1, 1).addDays(std::uniform_int_distribution<int>(0, 6 * 365)(random));
        const RandomStudent s = randomStudent(random, first);
        const JourneyState state = evaluateOn(s, first);
        const QDate until = state.changesOn.isValid()
                                ? std::min(state.changesOn, first.addDays(200))
                                : first.addDays(200);
        if (until > first.addDays(30))
            ++unchangingForAMonth;
        for (QDate day = first.addDays(1); day < until; day = day.addDays(1)) {
            INFO("student " << n << " evaluated on " << first.toString(Qt::ISODate).toStdString()
                            << ", again on " << day.toString(Qt::ISODate).toStdString());
            REQUIRE(kept(evaluateOn(s, day)) == kept(state));
        }
        ++students;
    }
    CHECK(students == 2000);
    // The rule is not vacuous: most states hold for weeks, so the cache saves work.
    CHECK(unchangingForAMonth > 1000);
}

TEST_CASE("The journey cache answers for the days it holds and is evaluated again after them")
{
    Fixture f;
    const qint64 ida = f.id(QStringLiteral("19500818-2304"));
    REQUIRE(f.service->record(ida, Step::KlippRegistered, QDate(2027, 1, 10)).isOk());

    CHECK(f.actionCodes(ida).isEmpty());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM journey_cache")) == QStringLiteral("2"));
    CHECK(f.scalar(QStringLiteral("SELECT valid_from || ' ' || valid_until || ' ' || stage"
                                  " FROM journey_cache WHERE student_id = %1")
                       .arg(ida)) == QStringLiteral("2027-01-10 2027-01-13 klipp-registered"));

    // Read from the cache on the following days, the same; on day three, the link is missing.
    f.clock.setToday(QDate(2027, 1, 12));
    CHECK(f.actionCodes(ida).isEmpty());
    f.clock.setToday(QDate(2027, 1, 13));
    CHECK(f.actionCodes(ida) == QStringList{QStringLiteral("jobsh-link-missing")});
    CHECK(
        f.scalar(QStringLiteral("SELECT COUNT(*) FROM due_cache WHERE student_id = %1").arg(ida)) ==
        QStringLiteral("1"));

    // Urgency follows the day the cache is read, not the day it was written.
    CHECK(f.summaryOf(ida).journey.dueActions.first().urgency == Urgency::Soon);
    f.clock.setToday(QDate(2027, 1, 20));
    CHECK(f.summaryOf(ida).journey.dueActions.first().urgency == Urgency::Overdue);
}

TEST_CASE("Every change a journey depends on empties its cached row")
{
    Fixture f;
    const qint64 ida = f.id(QStringLiteral("19500818-2304"));
    const qint64 oskar = f.id(QStringLiteral("18900101-9802"));
    REQUIRE(f.service->record(ida, Step::KlippRegistered, QDate(2027, 1, 1)).isOk());
    CHECK(f.actionCodes(ida) == QStringList{QStringLiteral("jobsh-link-missing")});
    const auto cachedRows = [&f](qint64 id) {
        return f.scalar(
            QStringLiteral("SELECT COUNT(*) FROM journey_cache WHERE student_id = %1").arg(id));
    };
    REQUIRE(cachedRows(ida) == QStringLiteral("1"));

    SECTION("a step recorded")
    {
        REQUIRE(f.service->record(ida, Step::JobshLinkSent, QDate(2027, 1, 9)).isOk());
        CHECK(cachedRows(ida) == QStringLiteral("0"));
        CHECK(cachedRows(oskar) == QStringLiteral("1"));
        CHECK(f.actionCodes(ida).isEmpty());
        CHECK(f.summaryOf(ida).journey.stage == Stage::JobshLinkSent);
    }
    SECTION("a step undone")
    {
        REQUIRE(f.service->undoLast(ida).isOk());
        CHECK(cachedRows(ida) == QStringLiteral("0"));
        CHECK(f.summaryOf(ida).journey.stage == Stage::New);
    }
    SECTION("an acknowledgement")
    {
        REQUIRE(f.service
                    ->acknowledge(ida, ActionKind::JobshLinkMissing, QDate(2027, 1, 17),
                                  QStringLiteral("student mailed, waiting"))
                    .isOk());
        CHECK(cachedRows(ida) == QStringLiteral("0"));
        CHECK(f.actionCodes(ida).isEmpty());
        CHECK(f.summaryOf(ida).journey.setAside.first().acknowledgement ==
              QStringLiteral("student mailed, waiting"));
        f.clock.setToday(QDate(2027, 1, 18));
        CHECK(f.actionCodes(ida) == QStringList{QStringLiteral("jobsh-link-missing")});
    }
    SECTION("the track changed by hand")
    {
        StudentChanges changes;
        changes.track = std::optional<Track>(Track::RegionCard);
        changes.reason = QStringLiteral("holds the region's card");
        REQUIRE(f.service->change(ida, changes).isOk());
        CHECK(cachedRows(ida) == QStringLiteral("0"));
        CHECK(f.summaryOf(ida).journey.track == Track::RegionCard);
    }
    SECTION("the policy changed")
    {
        Policy policy = f.service->policy();
        policy.jobshLinkWaitDays = 14;
        REQUIRE(f.service->setPolicy(policy).isOk());
        CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM journey_cache")) ==
              QStringLiteral("0"));
        CHECK(f.actionCodes(ida).isEmpty());
    }
}

TEST_CASE("The Today list and the export read from the file show a student as changed")
{
    Fixture f;
    const qint64 ida = f.id(QStringLiteral("19500818-2304"));
    REQUIRE(f.service->record(ida, Step::KlippRegistered, QDate(2027, 1, 1)).isOk());
    const auto todayNames = [&f] {
        const Result<QList<StudentDueAction>> due = f.service->dueActions();
        REQUIRE(due.isOk());
        QStringList names;
        for (const StudentDueAction &row : *due)
            names.append(row.student.familyName + QLatin1Char('/') +
                         Protections::code(row.student.protection) + QLatin1Char('/') +
                         row.student.alias);
        return names;
    };
    CHECK(todayNames() == QStringList{QStringLiteral("Nilsson/none/")});

    SECTION("a new name from a list")
    {
        f.import("Personnummer;Efternamn;Förnamn\n19500818-2304;Nilsson Åberg;Ida\n");
        CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM journey_cache WHERE student_id = %1")
                           .arg(ida)) == QStringLiteral("0"));
        CHECK(todayNames() == QStringList{QStringLiteral("Nilsson Åberg/none/")});
        const QString path = f.dir.filePath(QStringLiteral("students.csv"));
        REQUIRE(f.service->exportStudents(path, CsvDialect::Rfc4180).isOk());
        QFile exported(path);
        REQUIRE(exported.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(exported.readAll()).contains(QStringLiteral("Nilsson Åberg")));
    }
    SECTION("a protected identity and an alias")
    {
        StudentChanges changes;
        changes.protection = Protection::Alias;
        changes.alias = QStringLiteral("Student A");
        changes.reason = QStringLiteral("protected identity");
        REQUIRE(f.service->change(ida, changes).isOk());
        CHECK(todayNames() == QStringList{QStringLiteral("Nilsson/%1/Student A")
                                              .arg(Protections::code(Protection::Alias))});
    }
}

TEST_CASE("A service with a policy of its own neither reads nor writes the journey cache")
{
    Fixture f;
    const qint64 ida = f.id(QStringLiteral("19500818-2304"));
    REQUIRE(f.service->record(ida, Step::KlippRegistered, QDate(2027, 1, 1)).isOk());
    CHECK(f.actionCodes(ida) == QStringList{QStringLiteral("jobsh-link-missing")});

    Policy patient;
    patient.jobshLinkWaitDays = 30;
    StudentService other(*f.database, f.clock, patient);
    const Result<QList<StudentSummary>> all = other.summaries();
    REQUIRE(all.isOk());
    for (const StudentSummary &summary : *all)
        CHECK(summary.journey.dueActions.isEmpty());
    // The stored policy's rows are still there, and still right for it.
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM due_cache")) == QStringLiteral("1"));
}

TEST_CASE("A student removed by a program with foreign keys off leaves the Today list, and "
          "nothing of theirs passes to a later student")
{
    Fixture f;
    const qint64 ida = f.id(QStringLiteral("19500818-2304"));
    const qint64 oskar = f.id(QStringLiteral("18900101-9802"));
    REQUIRE(f.service->record(ida, Step::KlippRegistered, QDate(2027, 1, 1)).isOk());
    REQUIRE(f.service->record(oskar, Step::KlippRegistered, QDate(2027, 1, 2)).isOk());
    const auto studentsDue = [&f] {
        const Result<QList<StudentDueAction>> due = f.service->dueActions();
        REQUIRE(due.isOk());
        QStringList identities;
        for (const StudentDueAction &action : *due)
            identities.append(action.student.identity);
        identities.removeDuplicates();
        return identities;
    };
    REQUIRE(studentsDue() ==
            QStringList{QStringLiteral("19500818-2304"), QStringLiteral("18900101-9802")});

    // With foreign keys on, as VFU Desk's connections have them, a student with steps stays.
    QSqlQuery query(f.database->connection());
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM students WHERE id = %1").arg(ida)));
    // As the sqlite3 shell does by default: nothing cascades.
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    REQUIRE(query.exec(QStringLiteral("DELETE FROM students WHERE id = %1").arg(ida)));
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));

    for (const QString &table : {QStringLiteral("due_cache"), QStringLiteral("journey_cache"),
                                 QStringLiteral("journey_events")}) {
        INFO(table.toStdString());
        CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE student_id = %2")
                           .arg(table)
                           .arg(ida)) == QStringLiteral("0"));
    }
    CHECK(studentsDue() == QStringList{QStringLiteral("18900101-9802")});

    // The next student added takes the highest id again, and none of what was recorded of
    // the student removed.
    f.import("Personnummer;Efternamn;Förnamn\n19350586-2395;Holm;Sara\n");
    const qint64 sara = f.id(QStringLiteral("19350586-2395"));
    REQUIRE(sara == ida);
    CHECK(f.summaryOf(sara).journey.stage == Stage::New);
    const Result<QList<JourneyEvent>> history = f.service->history(sara);
    REQUIRE(history.isOk());
    CHECK(history->isEmpty());
}

TEST_CASE("A step recorded by a program with foreign keys off replaces the student's due actions")
{
    Fixture f;
    const qint64 ida = f.id(QStringLiteral("19500818-2304"));
    REQUIRE(f.service->record(ida, Step::KlippRegistered, QDate(2027, 1, 1)).isOk());
    const auto actionsDue = [&f] {
        const Result<QList<StudentDueAction>> due = f.service->dueActions();
        REQUIRE(due.isOk());
        QStringList codes;
        for (const StudentDueAction &action : *due)
            codes.append(Journey::actionCode(action.action.kind));
        return codes;
    };
    REQUIRE(actionsDue() == QStringList{QStringLiteral("jobsh-link-missing")});

    // The trigger deletes the student's row; without foreign keys its due action stays behind.
    QSqlQuery query(f.database->connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    REQUIRE(query.exec(QStringLiteral("INSERT INTO journey_events (student_id, step, occurred_on,"
                                      " recorded_at, recorded_by) VALUES (%1, 'jobsh-link-sent',"
                                      " '2027-01-05', '2027-01-05T09:00:00Z', 'sqlite3')")
                           .arg(ida)));
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    REQUIRE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM due_cache")) == QStringLiteral("1"));

    CHECK(actionsDue().isEmpty());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM due_cache")) == QStringLiteral("0"));
}

TEST_CASE("A cached row in another language is evaluated again in the program's language")
{
    Fixture f;
    const qint64 ida = f.id(QStringLiteral("19500818-2304"));
    REQUIRE(f.service->record(ida, Step::KlippRegistered, QDate(2027, 1, 1)).isOk());
    REQUIRE(f.service->summaries().isOk());
    QSqlQuery query(f.database->connection());
    REQUIRE(query.exec(QStringLiteral("UPDATE journey_cache SET language = 'sv'")));
    // The explanation altered in place, its length kept: the row still reads, and says otherwise.
    REQUIRE(
        query.exec(QStringLiteral("UPDATE due_cache SET shown = CAST(replace(CAST(shown AS TEXT),"
                                  " 'KliPP', 'Klipp') AS BLOB)")));
    REQUIRE(
        f.scalar(QStringLiteral("SELECT instr(CAST(shown AS TEXT), 'Klipp') > 0 FROM due_cache")) ==
        QStringLiteral("1"));

    const Result<StudentSummary> full = f.service->summary(ida);
    REQUIRE(full.isOk());
    CHECK(f.summaryOf(ida).journey.dueActions.first().why == full->journey.dueActions.first().why);
    CHECK(f.scalar(QStringLiteral("SELECT DISTINCT language FROM journey_cache")) ==
          JourneyCache::language());
}

TEST_CASE("The cache gives what a full evaluation gives, for every student on every day")
{
    Fixture f;
    const qint64 ida = f.id(QStringLiteral("19500818-2304"));
    const qint64 oskar = f.id(QStringLiteral("18900101-9802"));
    REQUIRE(f.service->record(ida, Step::KlippRegistered, QDate(2027, 1, 1)).isOk());
    REQUIRE(f.service->record(oskar, Step::JobshCompleted, QDate(2027, 1, 2)).isOk());
    REQUIRE(f.service->record(oskar, Step::CertificateReceived, QDate(2027, 1, 3)).isOk());
    REQUIRE(f.service->record(oskar, Step::CardOrdered, QDate(2027, 1, 4)).isOk());
    for (QDate day(2027, 1, 1); day < QDate(2027, 5, 1); day = day.addDays(1)) {
        f.clock.setToday(day);
        for (const qint64 id : {ida, oskar}) {
            INFO("on " << day.toString(Qt::ISODate).toStdString());
            const Result<StudentSummary> full = f.service->summary(id);
            REQUIRE(full.isOk());
            const JourneyState cached = f.summaryOf(id).journey;
            REQUIRE(kept(cached) == kept(full->journey));
            REQUIRE(cached.track == full->journey.track);
            for (qsizetype i = 0; i < cached.dueActions.size(); ++i)
                REQUIRE(cached.dueActions.at(i).urgency == full->journey.dueActions.at(i).urgency);
        }
    }
}
