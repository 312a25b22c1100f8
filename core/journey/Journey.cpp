#include "core/journey/Journey.h"

#include <algorithm>

namespace vfu {
namespace {

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

// When a step waits too long after the one before it: the action, the step that ends it,
// the step it waits after (none: after the student was added) and how long it may wait.
struct WaitRule
{
    ActionKind kind;
    Step awaited;
    std::optional<Step> after;
    int Policy::*wait;
};

QList<WaitRule> waitRules(Track track, std::optional<CardChoice> choice)
{
    const QList<WaitRule> jobsh = {
        {ActionKind::JobshLinkMissing, Step::JobshLinkSent, Step::KlippRegistered,
         &Policy::jobshLinkWaitDays},
        {ActionKind::JobshNotCompleted, Step::JobshCompleted, Step::JobshLinkSent,
         &Policy::jobshCompletionWaitDays},
        {ActionKind::CertificateMissing, Step::CertificateReceived, Step::JobshCompleted,
         &Policy::certificateWaitDays},
    };
    const auto temporaryCard = [](Step after) {
        return QList<WaitRule>{
            {ActionKind::TemporaryCardOrderMissing, Step::TemporaryCardOrdered, after,
             &Policy::temporaryCardOrderWaitDays},
            {ActionKind::CollectionInfoMissing, Step::CollectionInfoSent,
             Step::TemporaryCardOrdered, &Policy::collectionInfoWaitDays},
            {ActionKind::TemporaryCardMissing, Step::TemporaryCardIssued, Step::CollectionInfoSent,
             &Policy::temporaryCardIssueWaitDays},
        };
    };

    switch (track) {
    case Track::Ordinary:
        return jobsh + QList<WaitRule>{{ActionKind::CardOrderMissing, Step::CardOrdered,
                                        Step::JobshCompleted, &Policy::cardOrderWaitDays}};
    case Track::RegionCard:
        return jobsh;
    case Track::OtherRegionCard: {
        QList<WaitRule> rules = jobsh;
        rules.append({ActionKind::CardChoiceMissing, Step::CardChoiceMade,
                      Step::CertificateReceived, &Policy::cardChoiceWaitDays});
        if (choice == CardChoice::NewCard)
            rules.append({ActionKind::CardOrderMissing, Step::CardOrdered, Step::CardChoiceMade,
                          &Policy::cardOrderWaitDays});
        else if (choice == CardChoice::TemporaryCard)
            rules += temporaryCard(Step::CardChoiceMade);
        return rules;
    }
    case Track::NoPersonalNumber:
        return QList<WaitRule>{
                   {ActionKind::PassportCopyMissing, Step::PassportCopySent, std::nullopt,
                    &Policy::ekhStepWaitDays},
                   {ActionKind::EkhPlacementMissing, Step::PlacementSentToEkh,
                    Step::PassportCopySent, &Policy::ekhStepWaitDays},
                   {ActionKind::HsaIdMissing, Step::HsaIdRecorded, Step::PlacementSentToEkh,
                    &Policy::ekhHsaIdWaitDays},
                   {ActionKind::KlippRegistrationMissing, Step::KlippRegistered,
                    Step::HsaIdRecorded, &Policy::klippRegistrationWaitDays},
               } +
               jobsh + temporaryCard(Step::CertificateReceived);
    }
    return {};
}

QString waitingWhy(ActionKind kind, Track track, const QString &since, const QString &by)
{
    switch (kind) {
    case ActionKind::JobshLinkMissing:
        if (track == Track::NoPersonalNumber)
            return Journey::tr(
                       "Registered in KliPP on %1 and no JoBSH access by %2. Send the link to "
                       "Lärtorget (the HSA-ID is the user name) or enrol the student in the "
                       "English course on Canvas.")
                .arg(since, by);
        return Journey::tr("Registered in KliPP on %1 and no JoBSH link sent by %2. Check that the "
                           "student has reached Lärtorget, then send the link.")
            .arg(since, by);
    case ActionKind::JobshNotCompleted:
        return Journey::tr(
                   "JoBSH was opened to the student on %1 and is not completed by %2. Check that "
                   "the student can log in (see the checklist).")
            .arg(since, by);
    case ActionKind::CertificateMissing:
        return Journey::tr("JoBSH was completed on %1 and no certificate has come by %2. Ask the "
                           "student to generate the certificate and send it.")
            .arg(since, by);
    case ActionKind::CardOrderMissing:
        if (track == Track::OtherRegionCard)
            return Journey::tr("A new card was chosen on %1 but no card order was recorded by %2. "
                               "Order the card by hand.")
                .arg(since, by);
        return Journey::tr(
                   "JoBSH was completed on %1 but no card order was recorded by %2. The order "
                   "is normally placed automatically: check KliPP and order the card by hand "
                   "if it is missing.")
            .arg(since, by);
    case ActionKind::PassportCopyMissing:
        return Journey::tr(
                   "The student was added on %1 and no passport copy was sent to EK H by %2. "
                   "Send EK H a copy of the passport.")
            .arg(since, by);
    case ActionKind::EkhPlacementMissing:
        return Journey::tr(
                   "The passport copy went to EK H on %1 and the placement was not sent by %2. "
                   "Tell EK H the unit and the exact dates.")
            .arg(since, by);
    case ActionKind::HsaIdMissing:
        return Journey::tr(
                   "The placement went to EK H on %1 and no HSA-ID had come back by %2. Ask EK H "
                   "for the HSA-ID.")
            .arg(since, by);
    case ActionKind::KlippRegistrationMissing:
        return Journey::tr(
                   "The HSA-ID came on %1 and the student was not registered in KliPP by %2. "
                   "Register the student; a T-number is not carried over to EK by itself.")
            .arg(since, by);
    case ActionKind::CardChoiceMissing:
        return Journey::tr(
                   "The certificate came on %1 and no card was chosen by %2. The student holds "
                   "a card from another region: choose a new card or a temporary card.")
            .arg(since, by);
    case ActionKind::TemporaryCardOrderMissing:
        return Journey::tr(
                   "Since %1 the student waits for a temporary card, and none was ordered by "
                   "%2. Order a temporary card without photo.")
            .arg(since, by);
    case ActionKind::CollectionInfoMissing:
        return Journey::tr(
                   "The temporary card was ordered on %1 and the student was not told how to "
                   "collect it by %2. Tell the student to bring the same identity document as "
                   "the EK record to the card office.")
            .arg(since, by);
    case ActionKind::TemporaryCardMissing:
        return Journey::tr(
                   "The student was told on %1 how to collect the temporary card and had not "
                   "collected it by %2. Remind the student.")
            .arg(since, by);
    default:
        return {};
    }
}

Stage stageAfter(Step step)
{
    switch (step) {
    case Step::KlippRegistered:
        return Stage::KlippRegistered;
    case Step::HsaIdRecorded:
        return Stage::HsaIdRecorded;
    case Step::JobshLinkSent:
        return Stage::JobshLinkSent;
    case Step::JobshCompleted:
        return Stage::JobshCompleted;
    case Step::CertificateReceived:
        return Stage::CertificateReceived;
    case Step::CardOrdered:
        return Stage::CardOrdered;
    case Step::Photographed:
        return Stage::Photographed;
    case Step::CardActivated:
        return Stage::CardActive;
    case Step::PassportCopySent:
        return Stage::PassportCopySent;
    case Step::PlacementSentToEkh:
        return Stage::PlacementSentToEkh;
    case Step::CanvasEnrolled:
        return Stage::CanvasEnrolled;
    case Step::CardChoiceMade:
        return Stage::CardChoiceMade;
    case Step::TemporaryCardOrdered:
        return Stage::TemporaryCardOrdered;
    case Step::CollectionInfoSent:
        return Stage::CollectionInfoSent;
    case Step::TemporaryCardIssued:
    case Step::TemporaryCardExtended:
        return Stage::TemporaryCardActive;
    case Step::NameChanged:
        break;
    }
    return Stage::New;
}

// Reads the events that still count into the state: the latest date of each step, the
// HSA-ID, the card choice and the temporary card's last day.
void readFacts(JourneyState &state, const QList<JourneyEvent> &events, const Policy &policy)
{
    std::array<QDate, stepCount> valueDates{};
    QString choice;
    QDate extendedUntil;
    for (const JourneyEvent &event : activeEvents(events)) {
        const auto index = static_cast<size_t>(event.step);
        QDate &latest = state.stepDates[index];
        if (!latest.isValid() || event.date >= latest)
            latest = event.date;
        if (event.value.isEmpty() ||
            (valueDates[index].isValid() && event.date < valueDates[index]))
            continue;
        valueDates[index] = event.date;
        if (event.step == Step::HsaIdRecorded)
            state.hsaId = event.value;
        else if (event.step == Step::CardChoiceMade)
            choice = event.value;
        else if (event.step == Step::TemporaryCardExtended)
            extendedUntil = QDate::fromString(event.value, Qt::ISODate);
    }
    state.cardChoice = Tracks::choiceFromCode(choice);

    const QDate issued = state.dateOf(Step::TemporaryCardIssued);
    if (issued.isValid()) {
        const QDate ordinaryEnd = Journey::lastDayAfterMonths(issued, policy.temporaryCardMonths);
        const bool extendedSinceIssue =
            extendedUntil.isValid() && state.dateOf(Step::TemporaryCardExtended) >= issued;
        state.temporaryCardEnds =
            extendedSinceIssue ? std::max(extendedUntil, ordinaryEnd) : ordinaryEnd;
    }
}

QDate slotDate(const JourneyState &state, Step step)
{
    return state.slotDate(step);
}

// A step counts as done when it or any later step of the track is recorded: the coordinator
// is not asked about a step the student is already past.
bool doneOrPassed(const JourneyState &state, Step step)
{
    const qsizetype position = state.steps.indexOf(step);
    for (qsizetype i = std::max<qsizetype>(position, 0); i < state.steps.size(); ++i) {
        if (slotDate(state, state.steps.at(i)).isValid())
            return true;
    }
    return false;
}

} // namespace

Track Journey::trackOf(const Student &student)
{
    if (student.track)
        return *student.track;
    // Canonical numbers are YYYYMMDD-NNNN: a letter after the '-' is an interim number, and a
    // day of 60 or more a coordination number.
    const QString &id = student.identity;
    if (id.size() == 13 && (id.at(9).isLetter() || id.mid(6, 2).toInt() >= 60))
        return Track::NoPersonalNumber;
    return Track::Ordinary;
}

JourneyState Journey::evaluate(const QList<JourneyEvent> &events, const Policy &policy, QDate today)
{
    return evaluate(Student{}, events, policy, today);
}

JourneyState Journey::evaluate(const Student &student, const QList<JourneyEvent> &events,
                               const Policy &policy, QDate today,
                               const QList<Acknowledgement> &acknowledgements)
{
    JourneyState state;
    state.track = trackOf(student);
    readFacts(state, events, policy);
    state.steps = Tracks::steps(state.track, state.cardChoice);

    // The next step follows the furthest one recorded: steps are sometimes recorded late or
    // out of order, and a gap behind the student is shown on the page, not asked for next.
    for (const Step step : state.steps) {
        if (slotDate(state, step).isValid()) {
            state.stage = stageAfter(step == Step::JobshLinkSent && !state.has(Step::JobshLinkSent)
                                         ? Step::CanvasEnrolled
                                         : step);
            state.nextStep.reset();
        } else if (!state.nextStep) {
            state.nextStep = step;
        }
    }
    if (state.track == Track::RegionCard && state.has(Step::CertificateReceived))
        state.stage = Stage::Ready;

    QList<DueAction> actions;
    const auto add = [&](ActionKind kind, QDate due, Step resolvedBy, QString why) {
        actions.append({kind,
                        due,
                        Journey::urgencyOf(due, today, policy.finalStage(kind)),
                        std::move(why),
                        resolvedBy,
                        {},
                        {}});
    };

    for (const WaitRule &rule : waitRules(state.track, state.cardChoice)) {
        const QDate since = rule.after ? slotDate(state, *rule.after) : student.addedOn;
        if (!since.isValid() || doneOrPassed(state, rule.awaited))
            continue;
        const QDate due = since.addDays(policy.*rule.wait);
        state.changesAt(due, today);
        if (today >= due)
            add(rule.kind, due, rule.awaited,
                waitingWhy(rule.kind, state.track, iso(since), iso(due)));
    }

    const bool usesCard = state.steps.contains(Step::CardOrdered);
    const QDate ordered = state.dateOf(Step::CardOrdered);
    const QDate photographed = state.dateOf(Step::Photographed);
    const QDate activated = state.dateOf(Step::CardActivated);
    const bool servedSinceOrder =
        ordered.isValid() && ((photographed.isValid() && photographed >= ordered) ||
                              (activated.isValid() && activated >= ordered));
    if (usesCard && ordered.isValid() && !servedSinceOrder) {
        const QDate lapses = ordered.addDays(policy.cardOrderValidDays);
        const QDate lastValidDay = lapses.addDays(-1);
        state.changesAt(lapses, today);
        state.changesAt(ordered.addDays(policy.cardOrderWarnFromDay), today);
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
    if (usesCard && activated.isValid() && !renewalOrdered) {
        const QDate expires = activated.addYears(policy.cardValidYears);
        const QDate lastValidDay = expires.addDays(-1);
        state.changesAt(expires, today);
        state.changesAt(expires.addDays(-policy.cardRenewLeadDays), today);
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

    const QDate issued = state.dateOf(Step::TemporaryCardIssued);
    const QDate temporaryReordered = state.dateOf(Step::TemporaryCardOrdered);
    const bool newTemporaryOrdered = issued.isValid() && temporaryReordered > issued;
    if (issued.isValid() && !newTemporaryOrdered) {
        const QDate ends = state.temporaryCardEnds;
        const QDate latestEnd = lastDayAfterMonths(issued, policy.temporaryCardMaxMonths);
        const QString extension =
            ends < latestEnd ? tr("It can still be extended until %1.").arg(iso(latestEnd))
                             : tr("It cannot be extended further: a new temporary card is needed.");
        state.changesAt(ends.addDays(1), today);
        state.changesAt(ends.addDays(-policy.temporaryCardRenewLeadDays), today);
        if (today > ends) {
            state.stage = Stage::TemporaryCardEnded;
            add(ActionKind::TemporaryCardEnding, ends, Step::TemporaryCardExtended,
                tr("The temporary card issued on %1 ended on %2. %3")
                    .arg(iso(issued), iso(ends), extension));
        } else if (today >= ends.addDays(-policy.temporaryCardRenewLeadDays)) {
            add(ActionKind::TemporaryCardEnding, ends, Step::TemporaryCardExtended,
                tr("The temporary card issued on %1 is valid until %2. %3")
                    .arg(iso(issued), iso(ends), extension));
        }
    }

    const QDate renamed = state.dateOf(Step::NameChanged);
    state.changesAt(renamed, today);
    if (renamed.isValid() && renamed <= today) {
        const QDate cardSince = std::max(activated, issued);
        const QDate reordered = std::max(ordered, temporaryReordered);
        if (cardSince.isValid() && cardSince <= renamed &&
            !(reordered.isValid() && reordered >= renamed)) {
            const Step order = state.steps.contains(Step::CardOrdered) ? Step::CardOrdered
                                                                       : Step::TemporaryCardOrdered;
            add(ActionKind::NameChangeCardOrder, renamed, order,
                tr("The name changed on %1, after the card was issued on %2. The card must be "
                   "replaced: "
                   "place a new order.")
                    .arg(iso(renamed), iso(cardSince)));
        }
    }

    addActions(state, std::move(actions), acknowledgements, today);
    return state;
}

void Journey::addActions(JourneyState &state, QList<DueAction> actions,
                         const QList<Acknowledgement> &acknowledgements, QDate today)
{
    for (DueAction &action : actions) {
        for (const Acknowledgement &ack : acknowledgements) {
            if (ack.kind == action.kind)
                state.changesAt(ack.until.addDays(1), today); // it comes back the day after
            if (ack.kind == action.kind && ack.until >= today &&
                ack.until > action.acknowledgedUntil) {
                action.acknowledgedUntil = ack.until;
                action.acknowledgement = ack.note;
            }
        }
        (action.acknowledgedUntil.isValid() ? state.setAside : state.dueActions).append(action);
    }
    std::stable_sort(state.dueActions.begin(), state.dueActions.end(), &Journey::moreUrgent);
}

Urgency Journey::urgencyOf(QDate due, QDate today, int finalStageDays)
{
    if (today > due)
        return Urgency::Overdue;
    if (today.daysTo(due) <= finalStageDays)
        return Urgency::Soon;
    return Urgency::Later;
}

bool Journey::moreUrgent(const DueAction &a, const DueAction &b)
{
    if (a.urgency != b.urgency)
        return static_cast<int>(a.urgency) < static_cast<int>(b.urgency);
    return a.due < b.due;
}

bool Journey::stuckBeforeJobsh(ActionKind kind)
{
    return kind == ActionKind::JobshLinkMissing || kind == ActionKind::JobshNotCompleted;
}

} // namespace vfu
