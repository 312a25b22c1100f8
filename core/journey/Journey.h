#pragma once

#include "core/journey/JourneyEvent.h"
#include "core/journey/Student.h"
#include "core/journey/Track.h"
#include "core/policy/Policy.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <algorithm>
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
    PassportCopySent,
    PlacementSentToEkh,
    CanvasEnrolled,
    CardChoiceMade,
    TemporaryCardOrdered,
    CollectionInfoSent,
    TemporaryCardActive,
    TemporaryCardEnded,
    Ready, // holds a region card already, and has JoBSH and the certificate
};

enum class Urgency { Overdue, Soon, Later };

struct DueAction final
{
    ActionKind kind = ActionKind::JobshLinkMissing;
    QDate due;
    Urgency urgency = Urgency::Later;
    QString why;                           // the rule, the dates that triggered it, and what to do
    Step resolvedBy = Step::JobshLinkSent; // the step that makes the action go away
    QDate acknowledgedUntil;               // valid while the coordinator set it aside
    QString acknowledgement;               // the coordinator's note
};

// The coordinator set an action aside until a date ("student mailed, waiting"); it comes
// back the day after.
struct Acknowledgement final
{
    qint64 id = 0;
    ActionKind kind = ActionKind::JobshLinkMissing;
    QDate until;
    QString note;
    QDateTime recordedAt;
    QString recordedBy;
};

inline constexpr int stepCount = 17;

// Where a student stands, computed from the student, the events, the policy and today;
// never stored.
struct JourneyState final
{
    Track track = Track::Ordinary;
    std::optional<CardChoice> cardChoice;
    QList<Step> steps; // the track's steps, in order
    Stage stage = Stage::New;
    std::optional<Step> nextStep;
    std::array<QDate, stepCount> stepDates{}; // the latest date of each step, by Step
    QString hsaId;
    QDate temporaryCardEnds;     // the last valid day of a temporary card, if one was issued
    QList<DueAction> dueActions; // most urgent first
    QList<DueAction> setAside;   // acknowledged until a later day
    // The first day after the day evaluated on which evaluating again may give another stage
    // or other actions (not counting urgency, which follows from each action's due date);
    // invalid when nothing changes until another step is recorded.
    QDate changesOn;

    // Notes that the evaluation depends on whether `day` has come.
    void changesAt(QDate day, QDate today) { changesAt(changesOn, day, today); }
    // Moves `changesOn` back to `day` when `day` is a later day than `today` and comes first.
    static void changesAt(QDate &changesOn, QDate day, QDate today)
    {
        if (day.isValid() && day > today && (!changesOn.isValid() || day < changesOn))
            changesOn = day;
    }

    QDate dateOf(Step step) const { return stepDates[static_cast<size_t>(step)]; }
    bool has(Step step) const { return dateOf(step).isValid(); }
    // When the step's place on the track was filled: the JoBSH link's place is filled by the
    // link to Lärtorget or by enrolment on Canvas, whichever came last.
    QDate slotDate(Step step) const
    {
        if (step == Step::JobshLinkSent)
            return std::max(dateOf(Step::JobshLinkSent), dateOf(Step::CanvasEnrolled));
        return dateOf(step);
    }
};

// A student and where they stand.
struct StudentSummary final
{
    Student student;
    JourneyState journey;
};

// One due action of a student.
struct StudentDueAction final
{
    Student student;
    DueAction action;
};

class Journey final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::Journey)

public:
    static JourneyState evaluate(const Student &student, const QList<JourneyEvent> &events,
                                 const Policy &policy, QDate today,
                                 const QList<Acknowledgement> &acknowledgements = {});
    // Adds due actions found elsewhere (a coming placement) to the state: set aside where the
    // coordinator acknowledged them, most urgent first.
    static void addActions(JourneyState &state, QList<DueAction> actions,
                           const QList<Acknowledgement> &acknowledgements, QDate today);
    // An ordinary student, for rules that need nothing else.
    static JourneyState evaluate(const QList<JourneyEvent> &events, const Policy &policy,
                                 QDate today);

    // The track a student follows: as set by hand, or from the identity number (a
    // coordination or interim number means no Swedish personal number).
    static Track trackOf(const Student &student);

    static QString stageCode(Stage stage);
    static QString stageLabel(Stage stage);
    static QString actionCode(ActionKind kind);
    static std::optional<ActionKind> actionFromCode(QStringView code);
    static QString actionLabel(ActionKind kind);
    static QString urgencyCode(Urgency urgency);
    static QString urgencyLabel(Urgency urgency);

    // The last day of something valid `months` from `first`: from 15 March, 6 months end on
    // 14 September; from 31 March, on 30 September.
    static QDate lastDayAfterMonths(QDate first, int months)
    {
        return first.addDays(-1).addMonths(months);
    }

    // The steps a student who cannot reach Lärtorget should check (the routine's checklist).
    static QStringList lartorgetChecklist();
    // Whether the action means the student is stuck before JoBSH.
    static bool stuckBeforeJobsh(ActionKind kind);

    // Overdue after the due date, soon within the final stage's days of it, later before.
    static Urgency urgencyOf(QDate due, QDate today, int finalStageDays);

    // Orders actions most urgent first: overdue before soon before later, then by due date.
    static bool moreUrgent(const DueAction &a, const DueAction &b);
};

} // namespace vfu
