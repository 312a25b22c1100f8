#include "core/policy/Policy.h"

namespace vfu {

QString actionKindCode(ActionKind kind)
{
    static const char *const codes[actionKindCount] = {
        "jobsh-link-missing",
        "card-order-missing",
        "card-order-lapsing",
        "card-order-lapsed",
        "card-expiring",
        "jobsh-not-completed",
        "certificate-missing",
        "passport-copy-missing",
        "ekh-placement-missing",
        "hsa-id-missing",
        "klipp-registration-missing",
        "card-choice-missing",
        "temporary-card-order-missing",
        "collection-info-missing",
        "temporary-card-missing",
        "temporary-card-ending",
        "name-change-card-order",
        "placement-blocked",
    };
    return QLatin1String(codes[static_cast<int>(kind)]);
}

int PolicySetting::get(const Policy &policy) const
{
    return member ? policy.*member : policy.finalStageDays[static_cast<size_t>(actionKind)];
}

void PolicySetting::set(Policy &policy, int value) const
{
    if (member)
        policy.*member = value;
    else
        policy.finalStageDays[static_cast<size_t>(actionKind)] = value;
}

QList<PolicySetting> PolicySettings::all()
{
    const Policy defaults;
    const QString days = tr("days");
    QList<PolicySetting> settings;
    const auto add = [&](const char *key, int Policy::*member, const QString &label,
                         const QString &unit, int minimum, int maximum) {
        settings.append(
            {QLatin1String(key), label, unit, minimum, maximum, defaults.*member, member, -1});
    };
    add("jobsh-link-wait-days", &Policy::jobshLinkWaitDays,
        tr("From KliPP registration to the JoBSH link (data reaches Lärtorget in 2–3 days)"), days,
        1, 60);
    add("jobsh-completion-wait-days", &Policy::jobshCompletionWaitDays,
        tr("From the JoBSH link to completion"), days, 1, 120);
    add("certificate-wait-days", &Policy::certificateWaitDays,
        tr("From JoBSH completion to the certificate"), days, 1, 120);
    add("card-order-wait-days", &Policy::cardOrderWaitDays,
        tr("From JoBSH completion to the card order"), days, 1, 60);
    add("card-order-valid-days", &Policy::cardOrderValidDays, tr("A card order is valid"), days, 1,
        365);
    add("card-order-warn-from-day", &Policy::cardOrderWarnFromDay,
        tr("Warn about a card order without photo from day"), days, 1, 365);
    add("card-valid-years", &Policy::cardValidYears, tr("A card is valid"), tr("years"), 1, 10);
    add("card-renew-lead-days", &Policy::cardRenewLeadDays,
        tr("Ask for a new card this long before the old one ends"), days, 1, 365);
    add("ekh-step-wait-days", &Policy::ekhStepWaitDays,
        tr("Between the steps to EK H (passport copy, placement)"), days, 1, 60);
    add("ekh-hsa-id-wait-days", &Policy::ekhHsaIdWaitDays,
        tr("From the placement sent to EK H to the HSA-ID"), days, 1, 60);
    add("klipp-registration-wait-days", &Policy::klippRegistrationWaitDays,
        tr("From the HSA-ID to KliPP registration (no personal number)"), days, 1, 60);
    add("card-choice-wait-days", &Policy::cardChoiceWaitDays,
        tr("From the certificate to the choice of card (card from another region)"), days, 1, 60);
    add("temporary-card-order-wait-days", &Policy::temporaryCardOrderWaitDays,
        tr("From the certificate to the temporary card order"), days, 1, 60);
    add("collection-info-wait-days", &Policy::collectionInfoWaitDays,
        tr("From the temporary card order to telling the student how to collect it"), days, 1, 60);
    add("temporary-card-issue-wait-days", &Policy::temporaryCardIssueWaitDays,
        tr("From telling the student to the temporary card collected"), days, 1, 90);
    add("temporary-card-months", &Policy::temporaryCardMonths, tr("A temporary card is valid"),
        tr("months"), 1, 24);
    add("temporary-card-max-months", &Policy::temporaryCardMaxMonths,
        tr("A temporary card can be extended to at most"), tr("months"), 1, 36);
    add("temporary-card-renew-lead-days", &Policy::temporaryCardRenewLeadDays,
        tr("Remind before a temporary card ends"), days, 1, 180);
    add("placement-lead-days", &Policy::placementLeadDays,
        tr("Warn this long before a placement that the student is not ready for"), days, 1, 180);
    add("compensation-rule", &Policy::compensationRule,
        tr("Compensation basis counts (0 calendar days, 1 weeks as days/7, 2 working days)"),
        QString(), 0, 2);

    static const char *const finalLabels[actionKindCount] = {
        QT_TR_NOOP("No JoBSH link"),
        QT_TR_NOOP("No card order"),
        QT_TR_NOOP("Card order lapsing"),
        QT_TR_NOOP("Card order lapsed"),
        QT_TR_NOOP("Card expiring"),
        QT_TR_NOOP("JoBSH not completed"),
        QT_TR_NOOP("No certificate"),
        QT_TR_NOOP("No passport copy to EK H"),
        QT_TR_NOOP("No placement to EK H"),
        QT_TR_NOOP("No HSA-ID"),
        QT_TR_NOOP("Not registered in KliPP"),
        QT_TR_NOOP("No choice of card"),
        QT_TR_NOOP("No temporary card order"),
        QT_TR_NOOP("Not told how to collect the card"),
        QT_TR_NOOP("Temporary card not collected"),
        QT_TR_NOOP("Temporary card ending"),
        QT_TR_NOOP("New card after a name change"),
        QT_TR_NOOP("Student not ready for a placement"),
    };
    const Policy::FinalStages finals = Policy::defaultFinalStageDays();
    for (int kind = 0; kind < actionKindCount; ++kind) {
        settings.append(
            {QStringLiteral("final-stage.") + actionKindCode(static_cast<ActionKind>(kind)),
             tr("Second reminder: %1").arg(tr(finalLabels[kind])), days, 0, 90,
             finals[static_cast<size_t>(kind)], nullptr, kind});
    }
    return settings;
}

} // namespace vfu
