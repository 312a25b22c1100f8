#include "core/placements/PlacementRules.h"

namespace vfu {
namespace {

// A working card on `day`, as the track needs it.
bool hasWorkingCard(const JourneyState &journey, QDate day)
{
    switch (journey.track) {
    case Track::RegionCard:
        return true;
    case Track::NoPersonalNumber:
        return journey.has(Step::TemporaryCardIssued) && day <= journey.temporaryCardEnds;
    case Track::OtherRegionCard:
        if (journey.cardChoice == CardChoice::TemporaryCard)
            return journey.has(Step::TemporaryCardIssued) && day <= journey.temporaryCardEnds;
        return journey.stage == Stage::CardActive;
    case Track::Ordinary:
        return journey.stage == Stage::CardActive;
    }
    return false;
}

} // namespace

QStringList PlacementRules::missingFor(const JourneyState &journey, QDate day)
{
    QStringList missing;
    if (journey.track == Track::NoPersonalNumber && !journey.has(Step::PlacementSentToEkh))
        missing.append(tr("the placement sent to EK H"));
    if (!journey.has(Step::JobshCompleted))
        missing.append(tr("JoBSH"));
    if (!journey.has(Step::CertificateReceived))
        missing.append(tr("the JoBSH certificate"));
    if (!hasWorkingCard(journey, day))
        missing.append(tr("a working card"));
    return missing;
}

QList<DueAction> PlacementRules::blockingActions(const JourneyState &journey,
                                                 const QList<Placement> &placements,
                                                 const QHash<qint64, Unit> &units,
                                                 const Policy &policy, QDate today,
                                                 QDate *changesOn)
{
    QList<DueAction> actions;
    for (const Placement &placement : placements) {
        if (changesOn) {
            // The placement's status and this rule turn on these days.
            for (const QDate day : {placement.start.addDays(-policy.placementLeadDays),
                                    placement.start, placement.end.addDays(1)})
                JourneyState::changesAt(*changesOn, day, today);
        }
        const PlacementStatus status = Placements::statusOn(placement, today);
        if (status == PlacementStatus::Cancelled || status == PlacementStatus::Interrupted ||
            status == PlacementStatus::Completed || today > placement.end)
            continue;
        if (today < placement.start.addDays(-policy.placementLeadDays))
            continue;
        const QStringList missing = missingFor(journey, placement.start);
        if (missing.isEmpty())
            continue;

        DueAction action;
        action.kind = ActionKind::PlacementBlocked;
        action.due = placement.start.addDays(-1);
        action.urgency = Journey::urgencyOf(action.due, today, policy.finalStage(action.kind));
        action.resolvedBy = journey.nextStep.value_or(Step::JobshCompleted);
        action.why =
            tr("Blocks the placement at %1 from %2: the student lacks %3.")
                .arg(units.value(placement.unitId).name, placement.start.toString(Qt::ISODate),
                     missing.join(QStringLiteral(", ")));
        actions.append(action);
    }
    return actions;
}

} // namespace vfu
