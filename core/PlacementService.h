#pragma once

#include "core/Result.h"
#include "core/clock/Clock.h"
#include "core/csv/CsvWriter.h"
#include "core/placements/Compensation.h"
#include "core/placements/Placement.h"
#include "core/placements/Programme.h"
#include "core/storage/PlacementStore.h"
#include "core/storage/StudentStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace vfu {

class Database;

// A placement as a list shows it: with the student (through the privacy gate), the unit and
// the status as of today.
struct PlacementRow final
{
    Placement placement;
    Student student;
    Unit unit;
    PlacementStatus statusToday = PlacementStatus::Planned;
};

// Units, programmes, placements and the compensation basis: what the window's Placements and
// Units views and the command line do, through the same calls.
class PlacementService final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::PlacementService)

public:
    PlacementService(Database &database, const Clock &clock, const Policy &policy);

    Result<QList<Unit>> units();
    Result<Unit> addUnit(const Unit &unit);
    Status updateUnit(const Unit &unit);
    // By id, name (any case) or HSA-ID.
    Result<Unit> findUnit(const QString &text);

    // Every programme of the students and of the stored settings, with the routine's defaults.
    Result<QList<Programme>> programmes();
    Status saveProgramme(const Programme &programme);

    Result<QList<PlacementRow>> placements();
    // Adds a placement. The route follows the student's programme unless given. A placement
    // that overlaps another of the student's needs a reason (Placement::overlapReason).
    Result<Placement> addPlacement(Placement placement, bool routeGiven = false);
    Result<Placement> setStatus(qint64 placementId, PlacementStatus status, QDate date);
    // The examiner stopped the placement at once (avbruten VFU).
    Result<Placement> interrupt(qint64 placementId, QDate date, const QString &examiner,
                                const QString &reason);
    Result<QList<PlacementEvent>> placementHistory(qint64 placementId);

    Result<CompensationBasis> compensation(QDate from, QDate to);
    Status writeCompensation(QDate from, QDate to, const QString &path, CsvDialect dialect);
    // The students placed at a unit in a period, with what the unit needs, through the
    // privacy gate for units.
    Result<QList<QStringList>> unitList(qint64 unitId, QDate from, QDate to);
    Status writeUnitList(qint64 unitId, QDate from, QDate to, const QString &path,
                         CsvDialect dialect);

private:
    Result<Placement> placementById(qint64 placementId);
    // The student's other placements that `placement` overlaps; a failure, naming the first,
    // where there is one and the placement gives no reason for it.
    Result<QList<Placement>> overlapsAllowed(const Placement &placement,
                                             const QHash<qint64, Unit> &unitById);
    Status logEvent(qint64 placementId, const QString &kind, const QString &text);

    const Clock &m_clock;
    const Policy &m_policy;
    PlacementStore m_store;
    StudentStore m_students;
};

} // namespace vfu
