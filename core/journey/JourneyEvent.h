#pragma once

#include "core/journey/Step.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace vfu {

// One dated fact of a student's journey. The history is append-only: undoing a step adds an
// event that cancels it, so the history always shows both.
struct JourneyEvent final
{
    qint64 id = 0;
    Step step = Step::KlippRegistered;
    QDate date;           // when it happened
    QString value;        // the HSA-ID for Step::HsaIdRecorded, else empty
    qint64 cancels = 0;   // non-zero: this event cancels the event with that id
    QDateTime recordedAt; // when it was written down
    QString recordedBy;   // the operating system's user name

    bool isCancellation() const { return cancels != 0; }
};

// The events that still count: neither cancellations nor cancelled, in the order given.
QList<JourneyEvent> activeEvents(const QList<JourneyEvent> &events);

} // namespace vfu
