#include "core/PlacementService.h"
#include "core/StudentService.h"
#include "core/io/PlacementImport.h"
#include "core/placements/PlacementRules.h"
#include "core/storage/Database.h"
#include "support/Catch.h"

#include <QFile>
#include <QTemporaryDir>

using namespace vfu;

namespace {

// Three students (two nurses, one medical student), two units inside the region and one
// outside, on a fixed day.
struct Fixture
{
    QTemporaryDir dir;
    FixedClock clock{QDate(2027, 1, 4)};
    std::unique_ptr<Database> database;
    std::unique_ptr<StudentService> students;
    std::unique_ptr<PlacementService> placements;
    Unit ward;
    Unit clinic;
    Unit careHome;

    Fixture()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("vfudesk.sqlite")));
        REQUIRE(opened.isOk());
        database = std::move(opened).value();
        students = std::make_unique<StudentService>(*database, clock);
        placements = std::make_unique<PlacementService>(*database, clock, students->policy());
        const auto source =
            StudentImport::fromBytes("Personnummer;Efternamn;Förnamn;E-post;Programkod;Program\n"
                                     "19500818-2304;Nilsson;Ida;ida@student.example;2SJ20;"
                                     "Sjuksköterskeprogrammet\n"
                                     "19891231-2389;Olsson;Klara;klara@student.example;2LK22;"
                                     "Läkarprogrammet\n"
                                     "20040820-2398;Sandberg;Oscar;oscar@student.example;2SJ20;"
                                     "Sjuksköterskeprogrammet\n",
                                     QStringLiteral("list.csv"));
        REQUIRE(source.isOk());
        const auto plan =
            students->planImport(*source, StudentImport::guessMapping(source->header));
        REQUIRE(plan.isOk());
        REQUIRE(students->applyImport(*plan).isOk());

        ward = addUnit(QStringLiteral("Avdelning 12"), QStringLiteral("SE2321000016-W12"), true);
        clinic =
            addUnit(QStringLiteral("Vårdcentral Ek"), QStringLiteral("SE2321000016-VC1"), true);
        careHome = addUnit(QStringLiteral("Äldreboende Solgården"), QString(), false);
    }

    Unit addUnit(const QString &name, const QString &hsaId, bool inside)
    {
        Unit unit;
        unit.name = name;
        unit.hsaId = hsaId;
        unit.insideRegion = inside;
        const Result<Unit> added = placements->addUnit(unit);
        INFO(added.error());
        REQUIRE(added.isOk());
        return *added;
    }

    qint64 studentId(const QString &identity)
    {
        const Result<Student> student = students->find(identity);
        REQUIRE(student.isOk());
        return student->id;
    }

    Result<Placement> place(const QString &identity, const Unit &unit, QDate start, QDate end,
                            QString reason = {})
    {
        Placement placement;
        placement.studentId = studentId(identity);
        placement.unitId = unit.id;
        placement.courseCode = QStringLiteral("2SJ203");
        placement.start = start;
        placement.end = end;
        placement.overlapReason = std::move(reason);
        return placements->addPlacement(placement);
    }

    Placement placed(const QString &identity, const Unit &unit, QDate start, QDate end)
    {
        const Result<Placement> placement = place(identity, unit, start, end);
        INFO(placement.error());
        REQUIRE(placement.isOk());
        return *placement;
    }
};

} // namespace

TEST_CASE("Programmes take the routine's ordering route and funding from their names")
{
    CHECK(
        Programmes::withDefaults(QStringLiteral("2SJ20"), QStringLiteral("Sjuksköterskeprogrammet"))
            .route == OrderingRoute::KlippOrder);
    const Programme medical =
        Programmes::withDefaults(QStringLiteral("2LK22"), QStringLiteral("Läkarprogrammet"));
    CHECK(medical.route == OrderingRoute::PreReserved);
    CHECK(medical.funding == Funding::Alf);
    const Programme speech =
        Programmes::withDefaults(QStringLiteral("2LO"), QStringLiteral("Logopedprogrammet"));
    CHECK(speech.route == OrderingRoute::DirectContact);
    CHECK(speech.funding == Funding::Alf);
    for (const char *name :
         {"Tandläkarprogrammet", "Tandhygienistprogrammet", "Optikerprogrammet"}) {
        const Programme own =
            Programmes::withDefaults(QStringLiteral("X"), QString::fromUtf8(name));
        CHECK(own.route == OrderingRoute::OwnClinic);
        CHECK(own.funding == Funding::OwnClinic);
    }
}

TEST_CASE("A placement must end after it starts, and a unit outside the region is never ordered "
          "through KliPP")
{
    Fixture f;
    const Result<Placement> backwards =
        f.place(QStringLiteral("19500818-2304"), f.ward, QDate(2027, 2, 10), QDate(2027, 2, 1));
    REQUIRE_FALSE(backwards.isOk());
    CHECK(backwards.error() ==
          QStringLiteral("The placement ends on 2027-02-01, before it starts on 2027-02-10."));
    const Result<Placement> unborn =
        f.place(QStringLiteral("20040820-2398"), f.ward, QDate(1994, 3, 1), QDate(1994, 3, 12));
    REQUIRE_FALSE(unborn.isOk());
    CHECK(unborn.error() == QStringLiteral("The placement starts on 1994-03-01, before the student "
                                           "was born (2004-08-20)."));

    const Placement outside = f.placed(QStringLiteral("19500818-2304"), f.careHome,
                                       QDate(2027, 3, 1), QDate(2027, 3, 12));
    CHECK(outside.route == OrderingRoute::DirectContact);
    const Result<Placement> ordered =
        f.placements->setStatus(outside.id, PlacementStatus::Ordered, QDate(2027, 1, 4));
    REQUIRE_FALSE(ordered.isOk());
    CHECK(ordered.error().startsWith(
        QStringLiteral("Only a placement ordered through KliPP is ordered")));

    Placement forced;
    forced.studentId = f.studentId(QStringLiteral("20040820-2398"));
    forced.unitId = f.careHome.id;
    forced.start = QDate(2027, 3, 1);
    forced.end = QDate(2027, 3, 5);
    forced.route = OrderingRoute::KlippOrder;
    const Result<Placement> refused = f.placements->addPlacement(forced, true);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error() ==
          QStringLiteral(
              "Äldreboende Solgården is outside the region and not in KliPP: arrange the placement "
              "by direct contact."));
}

TEST_CASE("Overlapping placements of one student are refused without a reason and allowed with one")
{
    Fixture f;
    f.placed(QStringLiteral("19500818-2304"), f.ward, QDate(2027, 2, 1), QDate(2027, 2, 28));
    const Result<Placement> overlap =
        f.place(QStringLiteral("19500818-2304"), f.clinic, QDate(2027, 2, 28), QDate(2027, 3, 10));
    REQUIRE_FALSE(overlap.isOk());
    CHECK(overlap.error() ==
          QStringLiteral(
              "The placement overlaps the student's placement at Avdelning 12 from 2027-02-01 to "
              "2027-02-28. Give a reason to allow it."));
    CHECK(f.place(QStringLiteral("19500818-2304"), f.clinic, QDate(2027, 2, 28), QDate(2027, 3, 10),
                  QStringLiteral("Half days at both"))
              .isOk());
    // The day after the first one ends is no overlap; another student's placement never is.
    CHECK(f.place(QStringLiteral("19500818-2304"), f.clinic, QDate(2027, 3, 11), QDate(2027, 3, 20))
              .isOk());
    CHECK(f.place(QStringLiteral("20040820-2398"), f.ward, QDate(2027, 2, 1), QDate(2027, 2, 28))
              .isOk());
}

TEST_CASE("A placement the student is not ready for is due from four weeks before it starts")
{
    Fixture f;
    f.placed(QStringLiteral("19500818-2304"), f.ward, QDate(2027, 3, 1), QDate(2027, 3, 26));
    const qint64 ida = f.studentId(QStringLiteral("19500818-2304"));
    const auto blockingOn = [&](QDate day) {
        f.clock.setToday(day);
        const Result<StudentSummary> summary = f.students->summary(ida);
        REQUIRE(summary.isOk());
        QList<DueAction> blocking;
        for (const DueAction &action : summary->journey.dueActions) {
            if (action.kind == ActionKind::PlacementBlocked)
                blocking.append(action);
        }
        return blocking;
    };

    CHECK(blockingOn(QDate(2027, 1, 31)).isEmpty());
    const QList<DueAction> first = blockingOn(QDate(2027, 2, 1));
    REQUIRE(first.size() == 1);
    CHECK(first.first().due == QDate(2027, 2, 28));
    CHECK(first.first().urgency == Urgency::Later);
    CHECK(first.first().why ==
          QStringLiteral(
              "Blocks the placement at Avdelning 12 from 2027-03-01: the student lacks JoBSH, the "
              "JoBSH certificate, a working card."));
    CHECK(blockingOn(QDate(2027, 3, 1)).first().urgency == Urgency::Overdue);
    // Its last day is the placement's last day.
    CHECK(blockingOn(QDate(2027, 3, 26)).size() == 1);
    CHECK(blockingOn(QDate(2027, 3, 27)).isEmpty());

    // Ready: JoBSH, the certificate and an active card.
    f.clock.setToday(QDate(2027, 2, 10));
    for (const Step step : {Step::JobshCompleted, Step::CertificateReceived, Step::CardOrdered,
                            Step::Photographed, Step::CardActivated})
        REQUIRE(f.students->record(ida, step, QDate(2027, 2, 10)).isOk());
    CHECK(blockingOn(QDate(2027, 2, 10)).isEmpty());
}

TEST_CASE("A student without a personal number is blocked until the placement was sent to EK H")
{
    JourneyState journey;
    journey.track = Track::NoPersonalNumber;
    journey.stepDates[static_cast<size_t>(Step::JobshCompleted)] = QDate(2027, 1, 10);
    journey.stepDates[static_cast<size_t>(Step::CertificateReceived)] = QDate(2027, 1, 10);
    journey.stepDates[static_cast<size_t>(Step::TemporaryCardIssued)] = QDate(2027, 1, 20);
    journey.temporaryCardEnds = QDate(2027, 7, 19);
    CHECK(PlacementRules::missingFor(journey, QDate(2027, 2, 1)) ==
          QStringList{QStringLiteral("the placement sent to EK H")});
    journey.stepDates[static_cast<size_t>(Step::PlacementSentToEkh)] = QDate(2027, 1, 5);
    CHECK(PlacementRules::missingFor(journey, QDate(2027, 2, 1)).isEmpty());
    // A placement after the temporary card ends needs a card again.
    CHECK(PlacementRules::missingFor(journey, QDate(2027, 7, 20)) ==
          QStringList{QStringLiteral("a working card")});
}

TEST_CASE("An interrupted placement records date, examiner and reason, and its history follows")
{
    Fixture f;
    const Placement placement =
        f.placed(QStringLiteral("19500818-2304"), f.ward, QDate(2027, 1, 4), QDate(2027, 1, 29));
    f.clock.setToday(QDate(2027, 1, 20));
    const Result<Placement> future = f.placements->interrupt(
        placement.id, QDate(2027, 1, 21), QStringLiteral("Dr Examinator"), QStringLiteral("x"));
    REQUIRE_FALSE(future.isOk());
    CHECK_FALSE(
        f.placements
            ->interrupt(placement.id, QDate(2027, 1, 14), QStringLiteral(""), QStringLiteral("x"))
            .isOk());

    const Result<Placement> interrupted =
        f.placements->interrupt(placement.id, QDate(2027, 1, 14), QStringLiteral("Dr Examinator"),
                                QStringLiteral("Patient safety"));
    REQUIRE(interrupted.isOk());
    CHECK(interrupted->status == PlacementStatus::Interrupted);
    CHECK(interrupted->countedEnd() == QDate(2027, 1, 14));

    const auto history = f.placements->placementHistory(placement.id);
    REQUIRE(history.isOk());
    REQUIRE(history->size() == 2);
    CHECK(history->at(1).text ==
          QStringLiteral("Interrupted on 2027-01-14 by Dr Examinator: Patient safety"));
    CHECK_FALSE(f.placements
                    ->interrupt(placement.id, QDate(2027, 1, 15), QStringLiteral("Dr Examinator"),
                                QStringLiteral("again"))
                    .isOk());
}

TEST_CASE("The compensation basis of a worked example, per unit, with ALF apart and cancelled "
          "placements out")
{
    Fixture f;
    f.clock.setToday(QDate(2027, 4, 30));
    const QString ida = QStringLiteral("19500818-2304");          // nursing: paid from KliPP's data
    const QString klara = QStringLiteral("19891231-2389");        // medicine: ALF
    const QString oscar = QStringLiteral("20040820-2398");        // nursing
    f.placed(ida, f.ward, QDate(2027, 1, 11), QDate(2027, 2, 5)); // 26 days in the period
    f.placed(oscar, f.ward, QDate(2026, 12, 14), QDate(2027, 1, 15));  // 15 of them in it
    f.placed(oscar, f.clinic, QDate(2027, 3, 22), QDate(2027, 4, 16)); // 10 of them in it
    const Placement stopped = f.placed(ida, f.clinic, QDate(2027, 2, 15), QDate(2027, 3, 12));
    REQUIRE(f.placements
                ->interrupt(stopped.id, QDate(2027, 2, 24), QStringLiteral("Examiner"),
                            QStringLiteral("Trust"))
                .isOk());                                           // 10 days to the interruption
    f.placed(klara, f.ward, QDate(2027, 2, 1), QDate(2027, 2, 28)); // 28 days, ALF
    const Placement cancelled = f.placed(oscar, f.clinic, QDate(2027, 2, 8), QDate(2027, 2, 19));
    REQUIRE(f.placements->setStatus(cancelled.id, PlacementStatus::Cancelled, {}).isOk());

    const Result<CompensationBasis> basis =
        f.placements->compensation(QDate(2027, 1, 1), QDate(2027, 3, 31));
    REQUIRE(basis.isOk());
    CHECK(basis->rule == CountingRule::CalendarWeeks);
    REQUIRE(basis->lines.size() == 3);
    CHECK(basis->lines.at(0).unit.name == QStringLiteral("Avdelning 12"));
    CHECK(basis->lines.at(0).funding == Funding::Klipp);
    CHECK(basis->lines.at(0).placements == 2);
    CHECK(basis->lines.at(0).days == 41);
    CHECK(basis->lines.at(1).unit.name == QStringLiteral("Vårdcentral Ek"));
    CHECK(basis->lines.at(1).days == 20);
    CHECK(basis->lines.at(2).funding == Funding::Alf);
    CHECK(basis->lines.at(2).days == 28);
    CHECK(basis->lines.at(2).weeks == Approx(4.0));
    CHECK(basis->totalDays == 61);
    CHECK(basis->totalWeeks == Approx(61.0 / 7.0));

    const QList<QStringList> rows = Compensation::rows(*basis);
    CHECK(rows.last() ==
          QStringList{QStringLiteral("Summa KliPP"), QString(), QStringLiteral("klipp"), QString(),
                      QStringLiteral("61"), QStringLiteral("8.71"), QStringLiteral("2027-01-01"),
                      QStringLiteral("2027-03-31"), QStringLiteral("calendar-weeks")});

    SECTION("counted in working days")
    {
        Policy policy = f.students->policy();
        policy.compensationRule = static_cast<int>(CountingRule::WorkingDays);
        PlacementService working(*f.database, f.clock, policy);
        const Result<CompensationBasis> workdays =
            working.compensation(QDate(2027, 1, 1), QDate(2027, 3, 31));
        REQUIRE(workdays.isOk());
        CHECK(workdays->lines.at(0).days == 31);
        CHECK(workdays->lines.at(1).days == 16);
        CHECK(workdays->lines.at(2).days == 20);
        CHECK(workdays->totalDays == 47);
        CHECK(workdays->totalWeeks == Approx(9.4));
    }
}

TEST_CASE("A unit's list passes the privacy gate: secrecy hides name and contact, an alias hides "
          "everything else")
{
    Fixture f;
    f.placed(QStringLiteral("19500818-2304"), f.ward, QDate(2027, 2, 1), QDate(2027, 2, 26));
    f.placed(QStringLiteral("20040820-2398"), f.ward, QDate(2027, 2, 1), QDate(2027, 2, 26));
    f.placed(QStringLiteral("19891231-2389"), f.ward, QDate(2027, 2, 1), QDate(2027, 2, 26));
    f.placed(QStringLiteral("19891231-2389"), f.clinic, QDate(2027, 3, 1), QDate(2027, 3, 5));
    StudentChanges secrecy;
    secrecy.klippSecrecy = true;
    REQUIRE(f.students->change(f.studentId(QStringLiteral("20040820-2398")), secrecy).isOk());
    StudentChanges alias;
    alias.protection = Protection::Alias;
    alias.alias = QStringLiteral("Kim Test");
    REQUIRE(f.students->change(f.studentId(QStringLiteral("19891231-2389")), alias).isOk());

    const QString path = f.dir.filePath(QStringLiteral("unit.csv"));
    REQUIRE(f.placements
                ->writeUnitList(f.ward.id, QDate(2027, 2, 1), QDate(2027, 2, 28), path,
                                CsvDialect::Rfc4180)
                .isOk());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text == QStringLiteral("Personnummer,Efternamn,Förnamn,E-post,HSA-ID,Kurs,Startdatum,"
                                 "Slutdatum,Status,Anmärkning\r\n"
                                 "19500818-2304,Nilsson,Ida,ida@student.example,,2SJ203,2027-02-01,"
                                 "2027-02-26,planned,\r\n"
                                 "20040820-2398,,,,,2SJ203,2027-02-01,2027-02-26,planned,KliPP "
                                 "secrecy: name and contact details "
                                 "are not given to the unit.\r\n"
                                 ",Kim Test,,,,2SJ203,2027-02-01,2027-02-26,planned,Protected "
                                 "identity: shown by alias.\r\n"));
}

TEST_CASE("Units and placements import from CSV with every line's fate, all valid lines or none")
{
    Fixture f;
    const QString units = f.dir.filePath(QStringLiteral("units.csv"));
    QFile unitFile(units);
    REQUIRE(unitFile.open(QIODevice::WriteOnly));
    unitFile.write("Namn;HSA-ID;Region;E-post\n"
                   "Avdelning 12;SE2321000016-W12;inom;\n"
                   "Akuten;SE2321000016-AK1;inom;akuten@region.example\n"
                   "Hemtjänst Norr;;utom;\n"
                   "Trasig;SE2321000017-X;inom;\n"
                   "Okänd;;mitten;\n");
    unitFile.close();
    const Result<ImportReport> unitReport = PlacementImport::units(*f.database, units, true);
    REQUIRE(unitReport.isOk());
    CHECK(unitReport->count(LineFate::Unchanged) == 1);
    CHECK(unitReport->count(LineFate::Inserted) == 2);
    REQUIRE(unitReport->count(LineFate::Rejected) == 2);
    CHECK(unitReport->rejected().at(0).line == 5);
    CHECK(unitReport->rejected().at(0).column == QStringLiteral("HSA-ID"));
    CHECK(unitReport->rejected().at(1).reason ==
          QStringLiteral("\"mitten\" is not a region: write inom or utom (inside or outside)."));

    const QString placements = f.dir.filePath(QStringLiteral("placements.csv"));
    QFile placementFile(placements);
    REQUIRE(placementFile.open(QIODevice::WriteOnly));
    placementFile.write("Personnummer,Enhet,Kurs,Startdatum,Slutdatum\n"
                        "19500818-2304,Akuten,2SJ203,2027-02-01,2027-02-26\n"
                        "500818-2304,SE2321000016-W12,2SJ203,2027-02-15,2027-03-01\n"
                        "20040820-2398,Hemtjänst Norr,2SJ203,2027-02-01,2027-02-26\n"
                        "20040820-2398,Saknas,2SJ203,2027-02-01,2027-02-26\n"
                        "19891231-2389,Akuten,2LK,2027-02-30,2027-03-26\n"
                        "19891231-2389,Akuten,2LK,2027-04-01,2027-04-20 12:00\n"
                        "20040820-2398,Akuten,2SJ203,1994-08-20,1994-09-20\n");
    placementFile.close();
    const Result<ImportReport> preview =
        PlacementImport::placements(*f.database, f.clock.now(), placements, false);
    REQUIRE(preview.isOk());
    CHECK(preview->count(LineFate::Inserted) == 2);
    CHECK(f.placements->placements()->isEmpty());

    const Result<ImportReport> report =
        PlacementImport::placements(*f.database, f.clock.now(), placements, true);
    REQUIRE(report.isOk());
    CHECK(report->count(LineFate::Inserted) == 2);
    const QList<LineOutcome> rejected = report->rejected();
    REQUIRE(rejected.size() == 5);
    CHECK(rejected.at(0).line == 3);
    CHECK(rejected.at(0).reason.startsWith(
        QStringLiteral("The placement overlaps the student's placement")));
    CHECK(rejected.at(1).reason == QStringLiteral("There is no unit \"Saknas\"."));
    CHECK(rejected.at(2).column == QStringLiteral("Startdatum"));
    CHECK(rejected.at(2).reason == QStringLiteral("\"2027-02-30\" is not a date as YYYY-MM-DD."));
    CHECK(rejected.at(3).column == QStringLiteral("Slutdatum"));
    CHECK(rejected.at(3).reason ==
          QStringLiteral("\"2027-04-20 12:00\" is not a date as YYYY-MM-DD."));
    CHECK(rejected.at(4).column == QStringLiteral("Startdatum"));
    CHECK(rejected.at(4).reason == QStringLiteral("The placement starts on 1994-08-20, before the "
                                                  "student was born (2004-08-20)."));

    const auto rows = f.placements->placements();
    REQUIRE(rows.isOk());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(1).placement.route == OrderingRoute::DirectContact); // outside the region
}

TEST_CASE("The compensation basis lists units in Swedish order on any machine")
{
    Unit avdelning{1, QStringLiteral("Avdelning 12"), {}, true, {}, {}, {}, {}};
    Unit aldreboende{2, QStringLiteral("Äldreboende Solgården"), {}, true, {}, {}, {}, {}};
    Unit vardcentral{3, QStringLiteral("Vårdcentral Ek"), {}, true, {}, {}, {}, {}};
    QList<Placement> placements;
    for (const Unit &unit : {aldreboende, vardcentral, avdelning}) {
        Placement placement;
        placement.id = unit.id;
        placement.studentId = unit.id;
        placement.unitId = unit.id;
        placement.start = QDate(2027, 1, 4);
        placement.end = QDate(2027, 1, 8);
        placements.append(placement);
    }
    const CompensationBasis basis =
        Compensation::compute(placements, {{1, avdelning}, {2, aldreboende}, {3, vardcentral}}, {},
                              QDate(2027, 1, 1), QDate(2027, 1, 31), CountingRule::CalendarDays);
    REQUIRE(basis.lines.size() == 3);
    CHECK(basis.lines.at(0).unit.name == QStringLiteral("Avdelning 12"));
    CHECK(basis.lines.at(1).unit.name == QStringLiteral("Vårdcentral Ek"));
    CHECK(basis.lines.at(2).unit.name == QStringLiteral("Äldreboende Solgården"));
    CHECK(basis.totalDays == 15);
}

TEST_CASE("A status keeps to the placement's days, an interruption stays, and a cancelled "
          "placement taken up again meets the others")
{
    Fixture f;
    const Placement later =
        f.placed(QStringLiteral("19500818-2304"), f.ward, QDate(2027, 2, 1), QDate(2027, 2, 12));
    const Result<Placement> early =
        f.placements->setStatus(later.id, PlacementStatus::Completed, QDate());
    REQUIRE_FALSE(early.isOk());
    CHECK(
        early.error() ==
        QStringLiteral("The placement starts on 2027-02-01; it cannot be completed before then."));
    const Result<Placement> orderedLater =
        f.placements->setStatus(later.id, PlacementStatus::Ordered, QDate(2027, 1, 5));
    REQUIRE_FALSE(orderedLater.isOk());
    CHECK(orderedLater.error() ==
          QStringLiteral("2027-01-05 is in the future; record the order on the day it was made."));

    // Interrupted: no other status takes its place.
    const Placement now =
        f.placed(QStringLiteral("19891231-2389"), f.ward, QDate(2026, 12, 7), QDate(2026, 12, 18));
    REQUIRE(f.placements
                ->interrupt(now.id, QDate(2026, 12, 10), QStringLiteral("Dr Examinator"),
                            QStringLiteral("Patient safety"))
                .isOk());
    const Result<Placement> overwritten =
        f.placements->setStatus(now.id, PlacementStatus::Completed, QDate());
    REQUIRE_FALSE(overwritten.isOk());
    CHECK(overwritten.error() == QStringLiteral("The placement is already interrupted."));

    // Cancelled, another placement takes its days; taking the first up again needs a reason.
    REQUIRE(f.placements->setStatus(later.id, PlacementStatus::Cancelled, QDate()).isOk());
    f.placed(QStringLiteral("19500818-2304"), f.clinic, QDate(2027, 2, 8), QDate(2027, 2, 19));
    const Result<Placement> revived =
        f.placements->setStatus(later.id, PlacementStatus::Planned, QDate());
    REQUIRE_FALSE(revived.isOk());
    CHECK(revived.error() ==
          QStringLiteral("The placement overlaps the student's placement at Vårdcentral Ek from "
                         "2027-02-08 to 2027-02-19. Give a reason to allow it."));
}
