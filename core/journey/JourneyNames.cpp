#include "core/journey/Journey.h"

// The words of a journey: the codes kept in the data file and the CLI's JSON, and the labels
// and checklists the coordinator reads.

namespace vfu {

QStringList Journey::lartorgetChecklist()
{
    return {
        tr("The student is registered in KliPP; the data can take two to three days to reach "
           "Lärtorget."),
        tr("The student goes to Lärtorget and chooses Log in."),
        tr("As the way to log in, the student chooses \"As a student for JoBSH\"."),
        tr("The student chooses their university."),
        tr("The student logs in with the same details as for their student e-mail."),
    };
}

QString Journey::stageCode(Stage stage)
{
    switch (stage) {
    case Stage::New:
        return QStringLiteral("new");
    case Stage::KlippRegistered:
        return Steps::code(Step::KlippRegistered);
    case Stage::HsaIdRecorded:
        return Steps::code(Step::HsaIdRecorded);
    case Stage::JobshLinkSent:
        return Steps::code(Step::JobshLinkSent);
    case Stage::JobshCompleted:
        return Steps::code(Step::JobshCompleted);
    case Stage::CertificateReceived:
        return Steps::code(Step::CertificateReceived);
    case Stage::CardOrdered:
        return Steps::code(Step::CardOrdered);
    case Stage::Photographed:
        return Steps::code(Step::Photographed);
    case Stage::CardActive:
        return QStringLiteral("card-active");
    case Stage::CardOrderLapsed:
        return QStringLiteral("card-order-lapsed");
    case Stage::CardExpired:
        return QStringLiteral("card-expired");
    case Stage::PassportCopySent:
        return Steps::code(Step::PassportCopySent);
    case Stage::PlacementSentToEkh:
        return Steps::code(Step::PlacementSentToEkh);
    case Stage::CanvasEnrolled:
        return Steps::code(Step::CanvasEnrolled);
    case Stage::CardChoiceMade:
        return Steps::code(Step::CardChoiceMade);
    case Stage::TemporaryCardOrdered:
        return Steps::code(Step::TemporaryCardOrdered);
    case Stage::CollectionInfoSent:
        return Steps::code(Step::CollectionInfoSent);
    case Stage::TemporaryCardActive:
        return QStringLiteral("temporary-card-active");
    case Stage::TemporaryCardEnded:
        return QStringLiteral("temporary-card-ended");
    case Stage::Ready:
        return QStringLiteral("ready");
    }
    return {};
}

QString Journey::stageLabel(Stage stage)
{
    switch (stage) {
    case Stage::New:
        return tr("Not started");
    case Stage::KlippRegistered:
        return Steps::label(Step::KlippRegistered);
    case Stage::HsaIdRecorded:
        return Steps::label(Step::HsaIdRecorded);
    case Stage::JobshLinkSent:
        return Steps::label(Step::JobshLinkSent);
    case Stage::JobshCompleted:
        return Steps::label(Step::JobshCompleted);
    case Stage::CertificateReceived:
        return Steps::label(Step::CertificateReceived);
    case Stage::CardOrdered:
        return Steps::label(Step::CardOrdered);
    case Stage::Photographed:
        return Steps::label(Step::Photographed);
    case Stage::CardActive:
        return tr("Card active");
    case Stage::CardOrderLapsed:
        return tr("Card order lapsed");
    case Stage::CardExpired:
        return tr("Card expired");
    case Stage::PassportCopySent:
        return Steps::label(Step::PassportCopySent);
    case Stage::PlacementSentToEkh:
        return Steps::label(Step::PlacementSentToEkh);
    case Stage::CanvasEnrolled:
        return Steps::label(Step::CanvasEnrolled);
    case Stage::CardChoiceMade:
        return Steps::label(Step::CardChoiceMade);
    case Stage::TemporaryCardOrdered:
        return Steps::label(Step::TemporaryCardOrdered);
    case Stage::CollectionInfoSent:
        return Steps::label(Step::CollectionInfoSent);
    case Stage::TemporaryCardActive:
        return tr("Temporary card active");
    case Stage::TemporaryCardEnded:
        return tr("Temporary card ended");
    case Stage::Ready:
        return tr("Ready (holds a region card)");
    }
    return {};
}

QString Journey::actionCode(ActionKind kind)
{
    return actionKindCode(kind);
}

std::optional<ActionKind> Journey::actionFromCode(QStringView code)
{
    static const QStringList codes = [] {
        QStringList all;
        for (int kind = 0; kind < actionKindCount; ++kind)
            all.append(actionKindCode(static_cast<ActionKind>(kind)));
        return all;
    }();
    const qsizetype kind = codes.indexOf(code);
    return kind < 0 ? std::nullopt : std::optional<ActionKind>(static_cast<ActionKind>(kind));
}

QString Journey::actionLabel(ActionKind kind)
{
    switch (kind) {
    case ActionKind::JobshLinkMissing:
        return tr("No JoBSH link");
    case ActionKind::CardOrderMissing:
        return tr("No card order");
    case ActionKind::CardOrderLapsing:
        return tr("Card order lapsing");
    case ActionKind::CardOrderLapsed:
        return tr("Card order lapsed");
    case ActionKind::CardExpiring:
        return tr("Card expiring");
    case ActionKind::JobshNotCompleted:
        return tr("JoBSH not completed");
    case ActionKind::CertificateMissing:
        return tr("No certificate");
    case ActionKind::PassportCopyMissing:
        return tr("No passport copy to EK H");
    case ActionKind::EkhPlacementMissing:
        return tr("No placement to EK H");
    case ActionKind::HsaIdMissing:
        return tr("No HSA-ID");
    case ActionKind::KlippRegistrationMissing:
        return tr("Not registered in KliPP");
    case ActionKind::CardChoiceMissing:
        return tr("No choice of card");
    case ActionKind::TemporaryCardOrderMissing:
        return tr("No temporary card order");
    case ActionKind::CollectionInfoMissing:
        return tr("Not told how to collect the card");
    case ActionKind::TemporaryCardMissing:
        return tr("Temporary card not collected");
    case ActionKind::TemporaryCardEnding:
        return tr("Temporary card ending");
    case ActionKind::NameChangeCardOrder:
        return tr("New card after a name change");
    case ActionKind::PlacementBlocked:
        return tr("Not ready for a placement");
    }
    return {};
}

QString Journey::urgencyCode(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
        return QStringLiteral("overdue");
    case Urgency::Soon:
        return QStringLiteral("soon");
    case Urgency::Later:
        return QStringLiteral("later");
    }
    return {};
}

QString Journey::urgencyLabel(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
        return tr("Overdue");
    case Urgency::Soon:
        return tr("Soon");
    case Urgency::Later:
        return tr("Later");
    }
    return {};
}

} // namespace vfu
