#include "core/placements/Placement.h"

namespace vfu {

QString Placements::statusCode(PlacementStatus status)
{
    static const char *const codes[] = {"planned",   "ordered",   "confirmed",  "ongoing",
                                        "completed", "cancelled", "interrupted"};
    return QLatin1String(codes[static_cast<int>(status)]);
}

std::optional<PlacementStatus> Placements::statusFromCode(QStringView code)
{
    for (int s = 0; s <= static_cast<int>(PlacementStatus::Interrupted); ++s) {
        if (code == statusCode(static_cast<PlacementStatus>(s)))
            return static_cast<PlacementStatus>(s);
    }
    return std::nullopt;
}

QString Placements::statusLabel(PlacementStatus status)
{
    switch (status) {
    case PlacementStatus::Planned:
        return tr("Planned");
    case PlacementStatus::Ordered:
        return tr("Ordered");
    case PlacementStatus::Confirmed:
        return tr("Confirmed");
    case PlacementStatus::Ongoing:
        return tr("Ongoing");
    case PlacementStatus::Completed:
        return tr("Completed");
    case PlacementStatus::Cancelled:
        return tr("Cancelled");
    case PlacementStatus::Interrupted:
        return tr("Interrupted");
    }
    return {};
}

PlacementStatus Placements::statusOn(const Placement &placement, QDate today)
{
    if (placement.status != PlacementStatus::Confirmed)
        return placement.status;
    if (today > placement.end)
        return PlacementStatus::Completed;
    if (today >= placement.start)
        return PlacementStatus::Ongoing;
    return PlacementStatus::Confirmed;
}

Status Placements::check(const Placement &placement, const Unit &unit)
{
    if (!placement.start.isValid() || !placement.end.isValid())
        return Status::failure(tr("A placement needs a start date and an end date."));
    if (placement.end < placement.start)
        return Status::failure(
            tr("The placement ends on %1, before it starts on %2.")
                .arg(placement.end.toString(Qt::ISODate), placement.start.toString(Qt::ISODate)));
    if (!unit.insideRegion && placement.route == OrderingRoute::KlippOrder)
        return Status::failure(
            tr("%1 is outside the region and not in KliPP: arrange the placement by "
               "direct contact.")
                .arg(unit.name));
    if (placement.status == PlacementStatus::Interrupted &&
        (!placement.interruptedOn.isValid() || placement.interruptedOn < placement.start ||
         placement.interruptedOn > placement.end))
        return Status::failure(
            tr("The interruption date must fall within the placement, %1 to %2.")
                .arg(placement.start.toString(Qt::ISODate), placement.end.toString(Qt::ISODate)));
    return ok();
}

Status Placements::checkBorn(const Placement &placement, QDate born)
{
    if (born.isValid() && placement.start.isValid() && placement.start < born)
        return Status::failure(
            tr("The placement starts on %1, before the student was born (%2).")
                .arg(placement.start.toString(Qt::ISODate), born.toString(Qt::ISODate)));
    return ok();
}

QList<Placement> Placements::overlapping(const Placement &placement, const QList<Placement> &others)
{
    QList<Placement> overlaps;
    for (const Placement &other : others) {
        const bool itself = placement.id != 0 && other.id == placement.id;
        if (itself || other.studentId != placement.studentId || !other.isActive() ||
            !placement.isActive())
            continue;
        if (other.start <= placement.countedEnd() && placement.start <= other.countedEnd())
            overlaps.append(other);
    }
    return overlaps;
}

} // namespace vfu
