#pragma once

#include "core/Result.h"
#include "core/placements/Programme.h"
#include "core/placements/Unit.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace vfu {

enum class PlacementStatus {
    Planned,
    Ordered,
    Confirmed,
    Ongoing,
    Completed,
    Cancelled,
    Interrupted
};

// A student's placement at a unit, with exact dates.
struct Placement final
{
    qint64 id = 0;
    qint64 studentId = 0;
    qint64 unitId = 0;
    QString courseCode;
    QDate start;
    QDate end; // the last day, inclusive
    OrderingRoute route = OrderingRoute::KlippOrder;
    PlacementStatus status = PlacementStatus::Planned;
    QDate orderedOn;
    QString overlapReason; // why it may overlap another placement of the student
    // An interrupted placement (avbruten VFU): the examiner stopped it at once.
    QDate interruptedOn;
    QString examiner;
    QString interruptionReason;

    friend bool operator==(const Placement &, const Placement &) = default;

    // The last day that counts: the interruption date of an interrupted placement.
    QDate countedEnd() const
    {
        return status == PlacementStatus::Interrupted ? interruptedOn : end;
    }
    bool isActive() const { return status != PlacementStatus::Cancelled; }
};

class Placements final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::Placements)

public:
    static QString statusCode(PlacementStatus status); // "planned", "ordered", ...
    static std::optional<PlacementStatus> statusFromCode(QStringView code);
    static QString statusLabel(PlacementStatus status);

    // The status as of today: a confirmed placement is ongoing between its dates and
    // completed after them.
    static PlacementStatus statusOn(const Placement &placement, QDate today);

    // The rules a placement must keep on its own and against the unit: dates in order, a
    // unit outside the region is never ordered through KliPP.
    static Status check(const Placement &placement, const Unit &unit);
    // A placement that starts before the student was born (`born`, where the identity number
    // gives the day) is a mistyped year.
    static Status checkBorn(const Placement &placement, QDate born);
    // The student's other placements whose dates overlap this one (cancelled ones aside).
    static QList<Placement> overlapping(const Placement &placement, const QList<Placement> &others);
};

} // namespace vfu
