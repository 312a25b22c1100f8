#include "core/journey/Journey.h"

#include "support/Catch.h"
#include "support/ServiceFixture.h"

using namespace vfu;
using vfu::test::event;

namespace {

JourneyEvent cancellation(qint64 id, const JourneyEvent &cancelled)
{
    JourneyEvent e = cancelled;
    e.id = id;
    e.cancels = cancelled.id;
    return e;
}

QStringList codesOn(const QList<JourneyEvent> &events, QDate today)
{
    QStringList codes;
    for (const DueAction &action : Journey::evaluate(events, Policy{}, today).dueActions)
        codes.append(Journey::actionCode(action.kind));
    return codes;
}

DueAction onlyAction(const JourneyState &state)
{
    REQUIRE(state.dueActions.size() == 1);
    return state.dueActions.constFirst();
}

} // namespace

TEST_CASE("A student with no events has not started and nothing is due")
{
    const JourneyState state = Journey::evaluate({}, Policy{}, QDate(2027, 1, 10));
    CHECK(state.stage == Stage::New);
    CHECK(state.nextStep == Step::KlippRegistered);
    CHECK(state.dueActions.isEmpty());
    CHECK(Journey::stageCode(state.stage) == QStringLiteral("new"));
}

TEST_CASE("The stage is the furthest step recorded and the next step the first one missing")
{
    const QList<JourneyEvent> events = {
        event(1, Step::KlippRegistered, QDate(2027, 1, 10)),
        event(2, Step::HsaIdRecorded, QDate(2027, 1, 11), QStringLiteral("SE2321000016-A1B2")),
        event(3, Step::JobshLinkSent, QDate(2027, 1, 12)),
    };
    const JourneyState state = Journey::evaluate(events, Policy{}, QDate(2027, 1, 12));
    CHECK(state.stage == Stage::JobshLinkSent);
    CHECK(Journey::stageCode(state.stage) == QStringLiteral("jobsh-link-sent"));
    CHECK(state.nextStep == Step::JobshCompleted);

    const JourneyState withGap = Journey::evaluate(
        {event(1, Step::JobshLinkSent, QDate(2027, 1, 12))}, Policy{}, QDate(2027, 1, 12));
    CHECK(withGap.nextStep == Step::JobshCompleted);
    CHECK_FALSE(withGap.has(Step::KlippRegistered));
    CHECK(state.hsaId == QStringLiteral("SE2321000016-A1B2"));
    CHECK(state.dateOf(Step::KlippRegistered) == QDate(2027, 1, 10));
    CHECK_FALSE(state.has(Step::CardOrdered));
}

TEST_CASE("A missing JoBSH link is due from the third day after KliPP registration")
{
    const QList<JourneyEvent> events = {event(1, Step::KlippRegistered, QDate(2027, 1, 10))};

    CHECK(codesOn(events, QDate(2027, 1, 12)).isEmpty());

    const JourneyState firstDay = Journey::evaluate(events, Policy{}, QDate(2027, 1, 13));
    const DueAction action = onlyAction(firstDay);
    CHECK(action.kind == ActionKind::JobshLinkMissing);
    CHECK(action.due == QDate(2027, 1, 13));
    CHECK(action.urgency == Urgency::Soon);
    CHECK(action.resolvedBy == Step::JobshLinkSent);
    CHECK(action.why ==
          QStringLiteral("Registered in KliPP on 2027-01-10 and no JoBSH link sent by 2027-01-13. "
                         "Check that the student has reached Lärtorget, then send the link."));

    CHECK(onlyAction(Journey::evaluate(events, Policy{}, QDate(2027, 1, 14))).urgency ==
          Urgency::Overdue);

    SECTION("and its last day is the day before the link is recorded")
    {
        QList<JourneyEvent> withLink = events;
        withLink.append(event(2, Step::JobshLinkSent, QDate(2027, 1, 20)));
        CHECK(codesOn(withLink, QDate(2027, 1, 20)).isEmpty());
    }
}

TEST_CASE("A card order missing after JoBSH is due a week after completion")
{
    const QList<JourneyEvent> events = {
        event(1, Step::KlippRegistered, QDate(2027, 1, 10)),
        event(2, Step::JobshLinkSent, QDate(2027, 1, 12)),
        event(3, Step::JobshCompleted, QDate(2027, 2, 1)),
        event(4, Step::CertificateReceived, QDate(2027, 2, 2)),
    };
    CHECK(codesOn(events, QDate(2027, 2, 7)).isEmpty());
    const DueAction action = onlyAction(Journey::evaluate(events, Policy{}, QDate(2027, 2, 8)));
    CHECK(action.kind == ActionKind::CardOrderMissing);
    CHECK(action.due == QDate(2027, 2, 8));
    CHECK(action.resolvedBy == Step::CardOrdered);
    CHECK(action.why ==
          QStringLiteral("JoBSH was completed on 2027-02-01 but no card order was recorded by "
                         "2027-02-08. The order is normally placed automatically: check KliPP and "
                         "order the card by hand if it is missing."));

    QList<JourneyEvent> ordered = events;
    ordered.append(event(5, Step::CardOrdered, QDate(2027, 2, 9)));
    CHECK(codesOn(ordered, QDate(2027, 2, 9)).isEmpty());
}

TEST_CASE("A card order without a photo warns from day 60 and lapses on day 90")
{
    const QList<JourneyEvent> events = {event(1, Step::CardOrdered, QDate(2027, 3, 1))};

    CHECK(codesOn(events, QDate(2027, 4, 29)).isEmpty());

    const JourneyState firstDay = Journey::evaluate(events, Policy{}, QDate(2027, 4, 30));
    const DueAction lapsing = onlyAction(firstDay);
    CHECK(lapsing.kind == ActionKind::CardOrderLapsing);
    CHECK(lapsing.due == QDate(2027, 5, 29));
    CHECK(lapsing.urgency == Urgency::Later);
    CHECK(lapsing.why ==
          QStringLiteral("The card was ordered on 2027-03-01 and the student is not photographed "
                         "yet. The order lapses on 2027-05-30: remind the student to visit the "
                         "card office before then."));
    CHECK(firstDay.stage == Stage::CardOrdered);

    const JourneyState lastDay = Journey::evaluate(events, Policy{}, QDate(2027, 5, 29));
    CHECK(onlyAction(lastDay).kind == ActionKind::CardOrderLapsing);
    CHECK(onlyAction(lastDay).urgency == Urgency::Soon);

    const JourneyState lapsed = Journey::evaluate(events, Policy{}, QDate(2027, 5, 30));
    const DueAction action = onlyAction(lapsed);
    CHECK(action.kind == ActionKind::CardOrderLapsed);
    CHECK(action.urgency == Urgency::Overdue);
    CHECK(action.resolvedBy == Step::CardOrdered);
    CHECK(action.why ==
          QStringLiteral("The card order of 2027-03-01 lapsed on 2027-05-30 without a photo. A new "
                         "order is needed."));
    CHECK(lapsed.stage == Stage::CardOrderLapsed);
    CHECK(lapsed.nextStep == Step::CardOrdered);
}

TEST_CASE(
    "A photo taken before the order lapses ends the warning, and a new order restarts the 90 days")
{
    QList<JourneyEvent> events = {event(1, Step::CardOrdered, QDate(2027, 3, 1)),
                                  event(2, Step::Photographed, QDate(2027, 5, 1))};
    CHECK(codesOn(events, QDate(2027, 5, 30)).isEmpty());

    QList<JourneyEvent> reordered = {event(1, Step::CardOrdered, QDate(2027, 3, 1)),
                                     event(2, Step::CardOrdered, QDate(2027, 6, 1))};
    CHECK(codesOn(reordered, QDate(2027, 6, 2)).isEmpty());
    CHECK(codesOn(reordered, QDate(2027, 7, 31)) ==
          QStringList{QStringLiteral("card-order-lapsing")});
}

TEST_CASE("A card is valid four years and its renewal is due from eight weeks before")
{
    const QList<JourneyEvent> events = {
        event(1, Step::CardOrdered, QDate(2027, 5, 1)),
        event(2, Step::Photographed, QDate(2027, 5, 20)),
        event(3, Step::CardActivated, QDate(2027, 6, 15)),
    };
    const JourneyState active = Journey::evaluate(events, Policy{}, QDate(2031, 4, 19));
    CHECK(active.stage == Stage::CardActive);
    CHECK(active.dueActions.isEmpty());
    CHECK_FALSE(active.nextStep.has_value());

    const DueAction first = onlyAction(Journey::evaluate(events, Policy{}, QDate(2031, 4, 20)));
    CHECK(first.kind == ActionKind::CardExpiring);
    CHECK(first.due == QDate(2031, 6, 14));
    CHECK(first.urgency == Urgency::Later);

    const DueAction last = onlyAction(Journey::evaluate(events, Policy{}, QDate(2031, 6, 14)));
    CHECK(last.urgency == Urgency::Soon);
    CHECK(
        last.why ==
        QStringLiteral("The card activated on 2027-06-15 expires on 2031-06-15. The student should "
                       "ask for a new card now."));

    const JourneyState expired = Journey::evaluate(events, Policy{}, QDate(2031, 6, 15));
    CHECK(expired.stage == Stage::CardExpired);
    CHECK(onlyAction(expired).urgency == Urgency::Overdue);

    QList<JourneyEvent> renewed = events;
    renewed.append(event(4, Step::CardOrdered, QDate(2031, 5, 1)));
    CHECK(codesOn(renewed, QDate(2031, 5, 2)).isEmpty());
}

TEST_CASE("Every number of the rules comes from the policy")
{
    Policy policy;
    policy.jobshLinkWaitDays = 5;
    const QList<JourneyEvent> events = {event(1, Step::KlippRegistered, QDate(2027, 1, 10))};
    CHECK(Journey::evaluate(events, policy, QDate(2027, 1, 14)).dueActions.isEmpty());
    CHECK(Journey::evaluate(events, policy, QDate(2027, 1, 15)).dueActions.size() == 1);
}

TEST_CASE("A cancelled step no longer counts, and the cancellation stays in the history")
{
    const JourneyEvent registered = event(1, Step::KlippRegistered, QDate(2027, 1, 10));
    const JourneyEvent link = event(2, Step::JobshLinkSent, QDate(2027, 1, 11));
    const QList<JourneyEvent> events = {registered, link, cancellation(3, link)};

    const JourneyState state = Journey::evaluate(events, Policy{}, QDate(2027, 1, 13));
    CHECK(state.stage == Stage::KlippRegistered);
    CHECK(codesOn(events, QDate(2027, 1, 13)) == QStringList{QStringLiteral("jobsh-link-missing")});
    CHECK(activeEvents(events).size() == 1);
}

TEST_CASE("Due actions are ordered overdue first, then by due date")
{
    const auto action = [](QDate due, Urgency urgency) {
        DueAction a;
        a.due = due;
        a.urgency = urgency;
        return a;
    };
    const DueAction later = action(QDate(2027, 1, 1), Urgency::Later);
    const DueAction overdue = action(QDate(2027, 3, 1), Urgency::Overdue);
    const DueAction soonEarly = action(QDate(2027, 1, 5), Urgency::Soon);
    CHECK(Journey::moreUrgent(overdue, later));
    CHECK(Journey::moreUrgent(soonEarly, later));
    CHECK_FALSE(Journey::moreUrgent(later, overdue));
}
