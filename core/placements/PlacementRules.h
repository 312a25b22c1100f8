#pragma once

#include "core/journey/Journey.h"
#include "core/placements/Placement.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace vfu {

// What keeps a student from a coming placement: JoBSH, the certificate, a working card and,
// without a personal number, the placement sent to EK H first.
class PlacementRules final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::PlacementRules)

public:
    // A due action for each placement of the student that starts within the policy's lead
    // time (or has started) while something it needs is missing. Pure: no storage, no clock.
    // `changesOn`, if given, is moved back to the first later day on which the answer may
    // differ (see JourneyState::changesOn).
    static QList<DueAction> blockingActions(const JourneyState &journey,
                                            const QList<Placement> &placements,
                                            const QHash<qint64, Unit> &units, const Policy &policy,
                                            QDate today, QDate *changesOn = nullptr);

    // What the student lacks for a placement on `day`, in words; empty when ready.
    static QStringList missingFor(const JourneyState &journey, QDate day);
};

} // namespace vfu
