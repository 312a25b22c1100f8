#pragma once

#include "core/journey/JourneyEvent.h"
#include "core/policy/Policy.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace vfu {

enum class Stage {
    New,
    KlippRegistered,
    HsaIdRecorded,
    JobshLinkSent,
    JobshCompleted,
    CertificateReceived,
    CardOrdered,
    Photographed,
    CardActive,
    CardOrderLapsed,
    CardExpired,
};

enum class ActionKind {
    JobshLinkMissing,
    CardOrderMissing,
    CardOrderLapsing,
    CardOrderLapsed,
    CardExpiring,
};

enum class Urgency { Overdue, Soon, Later };

struct DueAction final
{
    ActionKind kind = ActionKind::JobshLinkMissing;
    QDate due;
    Urgency urgency = Urgency::Later;
    QString why;                           // the rule, the dates that triggered it, and what to do
    Step resolvedBy = Step::JobshLinkSent; // the step that makes the action go away
};

// Where a student stands, computed from the events, the policy and today; never stored.
struct JourneyState final
{
    Stage stage = Stage::New;
    std::optional<Step> nextStep;
    std::array<QDate, 8> stepDates{}; // the latest date of each ordinary step, by Step
    QString hsaId;
    QList<DueAction> dueActions; // most urgent first

    QDate dateOf(Step step) const { return stepDates[static_cast<size_t>(step)]; }
    bool has(Step step) const { return dateOf(step).isValid(); }
};

class Journey final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::Journey)

public:
    static JourneyState evaluate(const QList<JourneyEvent> &events, const Policy &policy,
                                 QDate today);

    static QString stageCode(Stage stage);
    static QString stageLabel(Stage stage);
    static QString actionCode(ActionKind kind);
    static QString actionLabel(ActionKind kind);
    static QString urgencyCode(Urgency urgency);
    static QString urgencyLabel(Urgency urgency);

    // Orders actions most urgent first: overdue before soon before later, then by due date.
    static bool moreUrgent(const DueAction &a, const DueAction &b);
};

} // namespace vfu
