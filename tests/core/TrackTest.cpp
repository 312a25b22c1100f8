#include "core/journey/Journey.h"
#include "support/Catch.h"

using namespace vfu;

namespace {

struct WalkStep
{
    Step step;
    QDate date;
    QString value;
    const char *waitingAction; // the action that waits for this step, or nullptr
    QDate actionFirstDay;      // the first day that action is due
};

QStringList codesOn(const Student &student, const QList<JourneyEvent> &events, QDate today)
{
    QStringList codes;
    for (const DueAction &action : Journey::evaluate(student, events, Policy{}, today).dueActions)
        codes.append(Journey::actionCode(action.kind));
    return codes;
}

// Walks a track step by step. For every step that something waits for, the waiting action
// is absent the day before its first day, present on its first day and on the step's own day
// (its last day), and gone once the step is recorded.
QList<JourneyEvent> walk(const Student &student, const QList<WalkStep> &steps)
{
    QList<JourneyEvent> events;
    for (const WalkStep &next : steps) {
        INFO("step " << Steps::code(next.step).toStdString() << " on " << next.date);
        if (next.waitingAction) {
            const QString code = QLatin1String(next.waitingAction);
            CHECK_FALSE(codesOn(student, events, next.actionFirstDay.addDays(-1)).contains(code));
            CHECK(codesOn(student, events, next.actionFirstDay).contains(code));
            CHECK(codesOn(student, events, next.date).contains(code));
        }
        JourneyEvent event;
        event.id = events.size() + 1;
        event.step = next.step;
        event.date = next.date;
        event.value = next.value;
        events.append(event);
        if (next.waitingAction)
            CHECK_FALSE(
                codesOn(student, events, next.date).contains(QLatin1String(next.waitingAction)));
    }
    return events;
}

Student studentOn(Track track, QDate added)
{
    Student student;
    student.identity = QStringLiteral("19580760-2395"); // a Skatteverket test coordination number
    student.addedOn = added;
    student.track = track;
    return student;
}

} // namespace

TEST_CASE(
    "A student with a coordination or interim number follows the track without a personal number")
{
    Student student;
    student.identity = QStringLiteral("19580760-2395");
    CHECK(Journey::trackOf(student) == Track::NoPersonalNumber);
    student.identity = QStringLiteral("20000101-T220");
    CHECK(Journey::trackOf(student) == Track::NoPersonalNumber);
    student.identity = QStringLiteral("19500818-2304");
    CHECK(Journey::trackOf(student) == Track::Ordinary);
    student.track = Track::RegionCard;
    CHECK(Journey::trackOf(student) == Track::RegionCard);
}

TEST_CASE(
    "A student without a personal number is walked from EK H to a temporary card, and its end")
{
    const Student student = studentOn(Track::NoPersonalNumber, QDate(2027, 1, 4));
    const QList<JourneyEvent> events = walk(
        student,
        {
            {Step::PassportCopySent,
             QDate(2027, 1, 12),
             {},
             "passport-copy-missing",
             QDate(2027, 1, 11)},
            {Step::PlacementSentToEkh,
             QDate(2027, 1, 20),
             {},
             "ekh-placement-missing",
             QDate(2027, 1, 19)},
            {Step::HsaIdRecorded, QDate(2027, 2, 1), QStringLiteral("SE2321000016-X1"),
             "hsa-id-missing", QDate(2027, 1, 30)},
            {Step::KlippRegistered,
             QDate(2027, 2, 5),
             {},
             "klipp-registration-missing",
             QDate(2027, 2, 4)},
            {Step::CanvasEnrolled, QDate(2027, 2, 9), {}, "jobsh-link-missing", QDate(2027, 2, 8)},
            {Step::JobshCompleted,
             QDate(2027, 2, 24),
             {},
             "jobsh-not-completed",
             QDate(2027, 2, 23)},
            {Step::CertificateReceived,
             QDate(2027, 3, 4),
             {},
             "certificate-missing",
             QDate(2027, 3, 3)},
            {Step::TemporaryCardOrdered,
             QDate(2027, 3, 12),
             {},
             "temporary-card-order-missing",
             QDate(2027, 3, 11)},
            {Step::CollectionInfoSent,
             QDate(2027, 3, 16),
             {},
             "collection-info-missing",
             QDate(2027, 3, 15)},
            {Step::TemporaryCardIssued,
             QDate(2027, 3, 31),
             {},
             "temporary-card-missing",
             QDate(2027, 3, 30)},
        });

    const JourneyState active = Journey::evaluate(student, events, Policy{}, QDate(2027, 8, 1));
    CHECK(active.stage == Stage::TemporaryCardActive);
    CHECK(active.temporaryCardEnds == QDate(2027, 9, 30));
    CHECK(active.dueActions.isEmpty());
    CHECK(active.hsaId == QStringLiteral("SE2321000016-X1"));

    // The end of the temporary card: a reminder four weeks before, saying it can be extended.
    CHECK(codesOn(student, events, QDate(2027, 9, 1)).isEmpty());
    const JourneyState ending = Journey::evaluate(student, events, Policy{}, QDate(2027, 9, 2));
    REQUIRE(ending.dueActions.size() == 1);
    CHECK(ending.dueActions.first().kind == ActionKind::TemporaryCardEnding);
    CHECK(ending.dueActions.first().due == QDate(2027, 9, 30));
    CHECK(
        ending.dueActions.first().why ==
        QStringLiteral("The temporary card issued on 2027-03-31 is valid until 2027-09-30. It can "
                       "still be extended until 2028-03-30."));

    QList<JourneyEvent> extended = events;
    JourneyEvent extension;
    extension.id = 100;
    extension.step = Step::TemporaryCardExtended;
    extension.date = QDate(2027, 9, 10);
    extension.value = QStringLiteral("2028-03-30");
    extended.append(extension);
    CHECK(codesOn(student, extended, QDate(2027, 9, 10)).isEmpty());
    CHECK(codesOn(student, extended, QDate(2028, 3, 1)).isEmpty());
    const JourneyState last = Journey::evaluate(student, extended, Policy{}, QDate(2028, 3, 2));
    REQUIRE(last.dueActions.size() == 1);
    CHECK(last.dueActions.first().why.endsWith(
        QStringLiteral("It cannot be extended further: a new temporary card is needed.")));
    const JourneyState ended = Journey::evaluate(student, extended, Policy{}, QDate(2028, 3, 31));
    CHECK(ended.stage == Stage::TemporaryCardEnded);
    REQUIRE(ended.dueActions.size() == 1);
    CHECK(ended.dueActions.first().urgency == Urgency::Overdue);
}

TEST_CASE("A student who already holds a region card needs JoBSH and the certificate, and no card")
{
    const Student student = studentOn(Track::RegionCard, QDate(2027, 1, 4));
    const QList<JourneyEvent> events = walk(
        student,
        {
            {Step::KlippRegistered, QDate(2027, 1, 5), {}, nullptr, {}},
            {Step::JobshLinkSent, QDate(2027, 1, 9), {}, "jobsh-link-missing", QDate(2027, 1, 8)},
            {Step::JobshCompleted,
             QDate(2027, 1, 24),
             {},
             "jobsh-not-completed",
             QDate(2027, 1, 23)},
            {Step::CertificateReceived,
             QDate(2027, 2, 1),
             {},
             "certificate-missing",
             QDate(2027, 1, 31)},
        });
    const JourneyState done = Journey::evaluate(student, events, Policy{}, QDate(2031, 1, 1));
    CHECK(done.stage == Stage::Ready);
    CHECK(Journey::stageCode(done.stage) == QStringLiteral("ready"));
    CHECK(done.dueActions.isEmpty());
    CHECK_FALSE(done.steps.contains(Step::CardOrdered));
}

TEST_CASE("A card from another region: the choice of card comes due, then the chosen card's steps")
{
    const Student student = studentOn(Track::OtherRegionCard, QDate(2027, 1, 4));
    const QList<WalkStep> jobsh = {
        {Step::KlippRegistered, QDate(2027, 1, 5), {}, nullptr, {}},
        {Step::JobshLinkSent, QDate(2027, 1, 7), {}, nullptr, {}},
        {Step::JobshCompleted, QDate(2027, 1, 10), {}, nullptr, {}},
        {Step::CertificateReceived, QDate(2027, 1, 11), {}, nullptr, {}},
    };

    SECTION("a new card")
    {
        const QList<JourneyEvent> events =
            walk(student,
                 jobsh + QList<WalkStep>{
                             {Step::CardChoiceMade, QDate(2027, 1, 20), QStringLiteral("new-card"),
                              "card-choice-missing", QDate(2027, 1, 18)},
                             {Step::CardOrdered,
                              QDate(2027, 1, 28),
                              {},
                              "card-order-missing",
                              QDate(2027, 1, 27)},
                             {Step::Photographed,
                              QDate(2027, 3, 30),
                              {},
                              "card-order-lapsing",
                              QDate(2027, 3, 29)},
                             {Step::CardActivated, QDate(2027, 4, 2), {}, nullptr, {}},
                         });
        const JourneyState state = Journey::evaluate(student, events, Policy{}, QDate(2027, 4, 2));
        CHECK(state.stage == Stage::CardActive);
        CHECK(state.cardChoice == CardChoice::NewCard);
    }
    SECTION("a temporary card")
    {
        const QList<JourneyEvent> events = walk(
            student, jobsh + QList<WalkStep>{
                                 {Step::CardChoiceMade,
                                  QDate(2027, 1, 12),
                                  QStringLiteral("temporary-card"),
                                  nullptr,
                                  {}},
                                 {Step::TemporaryCardOrdered,
                                  QDate(2027, 1, 20),
                                  {},
                                  "temporary-card-order-missing",
                                  QDate(2027, 1, 19)},
                                 {Step::CollectionInfoSent, QDate(2027, 1, 21), {}, nullptr, {}},
                                 {Step::TemporaryCardIssued, QDate(2027, 1, 25), {}, nullptr, {}},
                             });
        const JourneyState state = Journey::evaluate(student, events, Policy{}, QDate(2027, 2, 1));
        CHECK(state.stage == Stage::TemporaryCardActive);
        CHECK(state.steps.contains(Step::TemporaryCardIssued));
        CHECK_FALSE(state.steps.contains(Step::CardOrdered));
    }
}

TEST_CASE("A name change after the card was issued makes a new card order due")
{
    Student student = studentOn(Track::Ordinary, QDate(2027, 1, 4));
    student.identity = QStringLiteral("19500818-2304");
    const QList<JourneyEvent> events = walk(
        student,
        {
            {Step::KlippRegistered, QDate(2027, 1, 5), {}, nullptr, {}},
            {Step::JobshLinkSent, QDate(2027, 1, 6), {}, nullptr, {}},
            {Step::JobshCompleted, QDate(2027, 1, 7), {}, nullptr, {}},
            {Step::CertificateReceived, QDate(2027, 1, 7), {}, nullptr, {}},
            {Step::CardOrdered, QDate(2027, 1, 8), {}, nullptr, {}},
            {Step::Photographed, QDate(2027, 1, 20), {}, nullptr, {}},
            {Step::CardActivated, QDate(2027, 2, 1), {}, nullptr, {}},
            {Step::NameChanged, QDate(2027, 6, 1), QStringLiteral("family name"), nullptr, {}},
            {Step::CardOrdered, QDate(2027, 6, 3), {}, "name-change-card-order", QDate(2027, 6, 1)},
        });
    CHECK(codesOn(student, events, QDate(2027, 6, 3)).isEmpty());
}

TEST_CASE("An acknowledged action is set aside until its day and comes back the day after")
{
    const Student student = studentOn(Track::Ordinary, QDate(2027, 1, 4));
    JourneyEvent registered;
    registered.id = 1;
    registered.step = Step::KlippRegistered;
    registered.date = QDate(2027, 1, 10);
    Acknowledgement ack;
    ack.kind = ActionKind::JobshLinkMissing;
    ack.until = QDate(2027, 1, 20);
    ack.note = QStringLiteral("student mailed, waiting");

    const JourneyState waiting =
        Journey::evaluate(student, {registered}, Policy{}, QDate(2027, 1, 20), {ack});
    CHECK(waiting.dueActions.isEmpty());
    REQUIRE(waiting.setAside.size() == 1);
    CHECK(waiting.setAside.first().acknowledgement == QStringLiteral("student mailed, waiting"));

    const JourneyState back =
        Journey::evaluate(student, {registered}, Policy{}, QDate(2027, 1, 21), {ack});
    REQUIRE(back.dueActions.size() == 1);
    CHECK(back.dueActions.first().kind == ActionKind::JobshLinkMissing);
}

TEST_CASE("The second reminder stage of each kind comes from the policy")
{
    Policy policy;
    policy.finalStageDays[static_cast<size_t>(ActionKind::CardExpiring)] = 30;
    JourneyEvent activated;
    activated.id = 1;
    activated.step = Step::CardActivated;
    activated.date = QDate(2027, 6, 15);
    // Expires 2031-06-15; its last day, 2031-06-14, is 30 days after 2031-05-15.
    const auto urgencyOn = [&](QDate day) {
        const JourneyState state = Journey::evaluate({activated}, policy, day);
        REQUIRE(state.dueActions.size() == 1);
        return state.dueActions.first().urgency;
    };
    CHECK(urgencyOn(QDate(2031, 5, 14)) == Urgency::Later);
    CHECK(urgencyOn(QDate(2031, 5, 15)) == Urgency::Soon);
}
