#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

namespace vfu {

// The kinds of due action. The order is the order of the codes in files; new kinds are added
// at the end.
enum class ActionKind {
    JobshLinkMissing,
    CardOrderMissing,
    CardOrderLapsing,
    CardOrderLapsed,
    CardExpiring,
    JobshNotCompleted,
    CertificateMissing,
    PassportCopyMissing,
    EkhPlacementMissing,
    HsaIdMissing,
    KlippRegistrationMissing,
    CardChoiceMissing,
    TemporaryCardOrderMissing,
    CollectionInfoMissing,
    TemporaryCardMissing,
    TemporaryCardEnding,
    NameChangeCardOrder,
    PlacementBlocked,
};
inline constexpr int actionKindCount = 18;

// How the compensation basis counts a placement's days.
enum class CountingRule { CalendarDays = 0, CalendarWeeks = 1, WorkingDays = 2 };

// "jobsh-link-missing", ...: the codes of the command line and of files.
QString actionKindCode(ActionKind kind);

// Every number of the routine in one place, because regions differ. The defaults are the
// routine of DOMAIN.md; a team's own values are stored in the data file (PolicyStore).
struct Policy final
{
    // The JoBSH link reaches the student one day after KliPP registration at the earliest,
    // and the student's data takes two to three days to reach Lärtorget: after three days
    // without a link, the coordinator checks that the student reached Lärtorget.
    int jobshLinkWaitDays = 3;
    int jobshCompletionWaitDays = 14;
    int certificateWaitDays = 7;
    // A card is ordered automatically on JoBSH completion; a week without an order is worth a look.
    int cardOrderWaitDays = 7;
    // A card order is valid 90 days; warn from day 60 that the student must be photographed.
    int cardOrderValidDays = 90;
    int cardOrderWarnFromDay = 60;
    // A card is valid four years; the student asks for a new one eight weeks before it ends.
    int cardValidYears = 4;
    int cardRenewLeadDays = 8 * 7;
    // Without a Swedish personal number: EK H establishes the person by hand.
    int ekhStepWaitDays = 7;
    int ekhHsaIdWaitDays = 10;
    int klippRegistrationWaitDays = 3;
    int cardChoiceWaitDays = 7;
    int temporaryCardOrderWaitDays = 7;
    int collectionInfoWaitDays = 3;
    int temporaryCardIssueWaitDays = 14;
    // A temporary card is valid six months and can be extended to twelve in all.
    int temporaryCardMonths = 6;
    int temporaryCardMaxMonths = 12;
    int temporaryCardRenewLeadDays = 4 * 7;
    // A placement starting this soon while the student lacks JoBSH, the certificate or a
    // working card is a due action.
    int placementLeadDays = 4 * 7;
    // The compensation basis counts weeks as calendar days / 7 unless a team chooses otherwise.
    int compensationRule = static_cast<int>(CountingRule::CalendarWeeks);
    // The second stage of each reminder: within this many days of its due date an action is
    // "soon" rather than "later".
    using FinalStages = std::array<int, actionKindCount>;
    FinalStages finalStageDays = defaultFinalStageDays();

    int finalStage(ActionKind kind) const { return finalStageDays[static_cast<size_t>(kind)]; }

    static constexpr FinalStages defaultFinalStageDays()
    {
        FinalStages days{};
        days.fill(7);
        return days;
    }

    friend bool operator==(const Policy &, const Policy &) = default;
};

// One number of the policy as the settings dialog and the data file know it.
struct PolicySetting final
{
    QString key;   // in the data file: "card-order-valid-days", "final-stage.card-expiring"
    QString label; // translated
    QString unit;  // "days", "months", "years", translated
    int minimum = 0;
    int maximum = 0;
    int defaultValue = 0;

    int get(const Policy &policy) const;
    void set(Policy &policy, int value) const;

    int Policy::*member = nullptr;
    int actionKind = -1; // for final-stage settings
};

class PolicySettings final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::PolicySettings)

public:
    static QList<PolicySetting> all();
};

} // namespace vfu
