#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace vfu {

// The steps of the ordinary track, in the order a student with a Swedish personal number takes
// them. KliPP is the region's placement system; registering a student there creates the record
// in the region's catalogue (EK) and so the student's HSA-ID. JoBSH is the course on journals,
// conduct, confidentiality and hygiene, taken on Lärtorget, that ends with a certificate. The
// staff card (eTjänstekort) is ordered, the student is photographed at the card office, and
// the card is activated there.
enum class Step {
    KlippRegistered,
    HsaIdRecorded,
    JobshLinkSent,
    JobshCompleted,
    CertificateReceived,
    CardOrdered,
    Photographed,
    CardActivated,
    // The track of a student without a Swedish personal number: EK H (the catalogue's help
    // desk) establishes the person by hand from a passport copy and the placement's dates.
    PassportCopySent,
    PlacementSentToEkh,
    CanvasEnrolled, // JoBSH in English, on the university's Canvas
    TemporaryCardOrdered,
    CollectionInfoSent, // the student is told how to collect the card at the card office
    TemporaryCardIssued,
    TemporaryCardExtended, // value: the new last day
    // For a card from another region: the coordinator chose a new card or a temporary one.
    CardChoiceMade, // value: "new-card" or "temporary-card"
    NameChanged,    // value: what changed, in words
};

class Steps final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::Steps)

public:
    static const QList<Step> &ordinary();
    static const QList<Step> &all();
    // The code used on the command line and in files: "klipp-registered", "hsa-id", ...
    static QString code(Step step);
    static std::optional<Step> fromCode(QStringView code);
    // What the coordinator sees: "Registered in KliPP", ...
    static QString label(Step step);
    // What the step means, one sentence, for `vfudesk-cli steps` and tooltips.
    static QString description(Step step);
};

} // namespace vfu
