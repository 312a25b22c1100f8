#include "core/journey/JourneyEvent.h"

#include <QSet>

namespace vfu {

QList<JourneyEvent> activeEvents(const QList<JourneyEvent> &events)
{
    QSet<qint64> cancelled;
    for (const JourneyEvent &event : events) {
        if (event.isCancellation())
            cancelled.insert(event.cancels);
    }

    QList<JourneyEvent> active;
    for (const JourneyEvent &event : events) {
        if (!event.isCancellation() && !cancelled.contains(event.id))
            active.append(event);
    }
    return active;
}

} // namespace vfu
