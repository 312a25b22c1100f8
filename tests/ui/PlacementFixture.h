#pragma once

#include "UiFixture.h"
#include "core/PlacementService.h"

#include <QList>
#include <QString>

#include <memory>

namespace vfu {
class PlacementsPage;
class UnitsPage;
} // namespace vfu

namespace vfu::test {

// The sample list, one medical student besides, and the placement service on the same data
// file, standing on fixtureToday (2026-12-03).
class PlacementFixture : public UiFixture
{
public:
    PlacementFixture();
    ~PlacementFixture();

    PlacementService &placements() { return *m_placements; }
    Unit unit(const QString &name);
    PlacementRow row(qint64 placementId);

    // The first ten students of the sample list, in the file's order.
    static const QStringList &tenStudents();
    static const QString medicalStudent; // Läkarprogrammet: paid from ALF funds

    // Fills the unit dialog of the page and saves; fails the test when the unit is refused.
    Unit addUnit(UnitsPage &page, const QString &name, const QString &hsaId, bool inside);
    // Fills the placement dialog of the page, finding the student by the search field, and
    // adds; 0 when the dialog stays open (refused, or asking for a reason).
    qint64 place(PlacementsPage &page, const QString &identity, const QString &unitName,
                 QDate start, QDate end);

private:
    std::unique_ptr<PlacementService> m_placements;
};

// The worked example a new coordinator would build in the window: three units (one outside
// the region), the ten first students and the medical student placed, an overlap allowed
// with a reason, a cancelled placement, statuses moved along, and one interruption. The
// placements' ids, by what they are.
struct WorkedExample
{
    qint64 first[10] = {};  // the ten students' first placements
    qint64 overlapping = 0; // the first student's second placement, overlapping the first
    qint64 cancelled = 0;
    qint64 medical = 0;
};

WorkedExample buildWorkedExample(PlacementFixture &fixture, UnitsPage &units,
                                 PlacementsPage &placements);

} // namespace vfu::test
