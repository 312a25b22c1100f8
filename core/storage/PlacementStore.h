#pragma once

#include "core/Result.h"
#include "core/placements/Placement.h"
#include "core/placements/Programme.h"
#include "core/placements/Unit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace vfu {

// One line of a placement's history.
struct PlacementEvent final
{
    qint64 placementId = 0;
    QString kind; // "created", "status", "interrupted", "changed"
    QString text;
    QDateTime recordedAt;
    QString recordedBy;
};

// Units, placements and programmes in the data file.
class PlacementStore final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::PlacementStore)

public:
    explicit PlacementStore(QSqlDatabase db);

    Result<QList<Unit>> units();
    Result<qint64> insertUnit(const Unit &unit);
    Status updateUnit(const Unit &unit);

    Result<QList<Placement>> placements();
    Result<qint64> insertPlacement(const Placement &placement);
    Status updatePlacement(const Placement &placement);
    Status appendEvent(const PlacementEvent &event);
    Result<QList<PlacementEvent>> events(qint64 placementId);

    // The programmes the coordinator has set; others follow Programmes::withDefaults.
    Result<QHash<QString, Programme>> storedProgrammes();
    Status saveProgramme(const Programme &programme);

    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
};

} // namespace vfu
