#pragma once

#include "core/placements/Placement.h"
#include "core/policy/Policy.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace vfu {

// One unit's placement time in a period, for one way of paying.
struct CompensationLine final
{
    Unit unit;
    Funding funding = Funding::Klipp;
    int placements = 0;
    int days = 0;       // counted by the rule: calendar days, or working days
    double weeks = 0.0; // days / 7 (calendar), or working days / 5
};

// The basis the finance office pays units from: per unit, placement time within a period.
// Only KliPP-paid programmes are in the total; ALF-funded ones and own clinics are shown
// apart. Cancelled placements do not count; interrupted ones count to the interruption.
struct CompensationBasis final
{
    QDate from;
    QDate to;
    CountingRule rule = CountingRule::CalendarWeeks;
    QList<CompensationLine> lines; // by funding, then unit name
    int totalDays = 0;             // KliPP-paid only
    double totalWeeks = 0.0;
};

class Compensation final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::Compensation)

public:
    static CompensationBasis compute(const QList<Placement> &placements,
                                     const QHash<qint64, Unit> &units,
                                     const QHash<qint64, Funding> &fundingOfStudent, QDate from,
                                     QDate to, CountingRule rule);

    // The days of [first, last] that count under the rule.
    static int countedDays(QDate first, QDate last, CountingRule rule);

    static QString ruleCode(CountingRule rule); // "calendar-days", "calendar-weeks", "working-days"
    static QString ruleLabel(CountingRule rule);

    // As rows for a CSV file: a header, the lines, and the KliPP total.
    static QList<QStringList> rows(const CompensationBasis &basis);
};

} // namespace vfu
