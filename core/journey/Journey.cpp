#include "core/journey/Journey.h"

#include <algorithm>

namespace vfu {
namespace {

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

Urgency urgencyOf(QDate due, QDate today, const Policy &policy)
{
    if (today > due)
        return Urgency::Overdue;
    if (today.daysTo(due) <= policy.soonDays)
        return Urgency::Soon;
    return Urgency::Later;
}

struct Facts
{
    std::array<QDate, 8> dates{};
    QString hsaId;
};

Facts factsOf(const QList<JourneyEvent> &events)
{
    Facts facts;
    QDate hsaIdDate;
    for (const JourneyEvent &event : activeEvents(events)) {
        QDate &latest = facts.dates[static_cast<size_t>(event.step)];
        if (!latest.isValid() || event.date >= latest)
            latest = event.date;
        if (event.step == Step::HsaIdRecorded &&
            (!hsaIdDate.isValid() || event.date >= hsaIdDate)) {
            hsaIdDate = event.date;
            facts.hsaId = event.value;
        }
    }
    return facts;
}

} // namespace

JourneyState Journey::evaluate(const QList<JourneyEvent> &events, const Policy &policy, QDate today)
{
    JourneyState state;
    const Facts facts = factsOf(events);
    state.stepDates = facts.dates;
    state.hsaId = facts.hsaId;

    // The next step follows the furthest one recorded: steps are sometimes recorded late or
    // out of order, and a gap behind the student is shown on the page, not asked for next.
    for (const Step step : Steps::ordinary()) {
        if (state.has(step)) {
            state.stage = static_cast<Stage>(static_cast<int>(step) + 1);
            state.nextStep.reset();
        } else if (!state.nextStep) {
            state.nextStep = step;
        }
    }

    const auto add = [&](ActionKind kind, QDate due, Step resolvedBy, QString why) {
        state.dueActions.append(
            {kind, due, urgencyOf(due, today, policy), std::move(why), resolvedBy});
    };

    const QDate registered = state.dateOf(Step::KlippRegistered);
    if (registered.isValid() && !state.has(Step::JobshLinkSent) &&
        !state.has(Step::JobshCompleted)) {
        const QDate due = registered.addDays(policy.jobshLinkWaitDays);
        if (today >= due) {
            add(ActionKind::JobshLinkMissing, due, Step::JobshLinkSent,
                tr("Registered in KliPP on %1 and no JoBSH link sent by %2. Check that the "
                   "student has reached Lärtorget, then send the link.")
                    .arg(iso(registered), iso(due)));
        }
    }

    const QDate completed = state.dateOf(Step::JobshCompleted);
    const QDate ordered = state.dateOf(Step::CardOrdered);
    if (completed.isValid() && !ordered.isValid()) {
        const QDate due = completed.addDays(policy.cardOrderWaitDays);
        if (today >= due) {
            add(ActionKind::CardOrderMissing, due, Step::CardOrdered,
                tr("JoBSH was completed on %1 but no card order was recorded by %2. The order "
                   "is normally placed automatically: check KliPP and order the card by hand if "
                   "it is missing.")
                    .arg(iso(completed), iso(due)));
        }
    }

    const QDate photographed = state.dateOf(Step::Photographed);
    const QDate activated = state.dateOf(Step::CardActivated);
    const bool servedSinceOrder =
        ordered.isValid() && ((photographed.isValid() && photographed >= ordered) ||
                              (activated.isValid() && activated >= ordered));
    if (ordered.isValid() && !servedSinceOrder) {
        const QDate lapses = ordered.addDays(policy.cardOrderValidDays);
        const QDate lastValidDay = lapses.addDays(-1);
        if (today >= lapses) {
            state.stage = Stage::CardOrderLapsed;
            state.nextStep = Step::CardOrdered;
            add(ActionKind::CardOrderLapsed, lastValidDay, Step::CardOrdered,
                tr("The card order of %1 lapsed on %2 without a photo. A new order is needed.")
                    .arg(iso(ordered), iso(lapses)));
        } else if (today >= ordered.addDays(policy.cardOrderWarnFromDay)) {
            add(ActionKind::CardOrderLapsing, lastValidDay, Step::Photographed,
                tr("The card was ordered on %1 and the student is not photographed yet. The order "
                   "lapses on %2: remind the student to visit the card office before then.")
                    .arg(iso(ordered), iso(lapses)));
        }
    }

    const bool renewalOrdered = activated.isValid() && ordered.isValid() && ordered > activated;
    if (activated.isValid() && !renewalOrdered) {
        const QDate expires = activated.addYears(policy.cardValidYears);
        const QDate lastValidDay = expires.addDays(-1);
        if (today >= expires) {
            state.stage = Stage::CardExpired;
            state.nextStep = Step::CardOrdered;
            add(ActionKind::CardExpiring, lastValidDay, Step::CardOrdered,
                tr("The card activated on %1 expired on %2. The student needs a new card.")
                    .arg(iso(activated), iso(expires)));
        } else if (today >= expires.addDays(-policy.cardRenewLeadDays)) {
            add(ActionKind::CardExpiring, lastValidDay, Step::CardOrdered,
                tr("The card activated on %1 expires on %2. The student should ask for a new card "
                   "now.")
                    .arg(iso(activated), iso(expires)));
        }
    }

    std::stable_sort(state.dueActions.begin(), state.dueActions.end(), &Journey::moreUrgent);
    return state;
}

bool Journey::moreUrgent(const DueAction &a, const DueAction &b)
{
    if (a.urgency != b.urgency)
        return static_cast<int>(a.urgency) < static_cast<int>(b.urgency);
    return a.due < b.due;
}

QString Journey::stageCode(Stage stage)
{
    switch (stage) {
    case Stage::New:
        return QStringLiteral("new");
    case Stage::CardActive:
        return QStringLiteral("card-active");
    case Stage::CardOrderLapsed:
        return QStringLiteral("card-order-lapsed");
    case Stage::CardExpired:
        return QStringLiteral("card-expired");
    default:
        return Steps::code(static_cast<Step>(static_cast<int>(stage) - 1));
    }
}

QString Journey::stageLabel(Stage stage)
{
    switch (stage) {
    case Stage::New:
        return tr("Not started");
    case Stage::CardActive:
        return tr("Card active");
    case Stage::CardOrderLapsed:
        return tr("Card order lapsed");
    case Stage::CardExpired:
        return tr("Card expired");
    default:
        return Steps::label(static_cast<Step>(static_cast<int>(stage) - 1));
    }
}

QString Journey::actionCode(ActionKind kind)
{
    switch (kind) {
    case ActionKind::JobshLinkMissing:
        return QStringLiteral("jobsh-link-missing");
    case ActionKind::CardOrderMissing:
        return QStringLiteral("card-order-missing");
    case ActionKind::CardOrderLapsing:
        return QStringLiteral("card-order-lapsing");
    case ActionKind::CardOrderLapsed:
        return QStringLiteral("card-order-lapsed");
    case ActionKind::CardExpiring:
        return QStringLiteral("card-expiring");
    }
    return {};
}

QString Journey::actionLabel(ActionKind kind)
{
    switch (kind) {
    case ActionKind::JobshLinkMissing:
        return tr("No JoBSH link");
    case ActionKind::CardOrderMissing:
        return tr("No card order");
    case ActionKind::CardOrderLapsing:
        return tr("Card order lapsing");
    case ActionKind::CardOrderLapsed:
        return tr("Card order lapsed");
    case ActionKind::CardExpiring:
        return tr("Card expiring");
    }
    return {};
}

QString Journey::urgencyCode(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
        return QStringLiteral("overdue");
    case Urgency::Soon:
        return QStringLiteral("soon");
    case Urgency::Later:
        return QStringLiteral("later");
    }
    return {};
}

QString Journey::urgencyLabel(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
        return tr("Overdue");
    case Urgency::Soon:
        return tr("Soon");
    case Urgency::Later:
        return tr("Later");
    }
    return {};
}

} // namespace vfu
