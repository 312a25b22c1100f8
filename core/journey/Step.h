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
};

class Steps final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::Steps)

public:
    static const QList<Step> &ordinary();
    // The code used on the command line and in files: "klipp-registered", "hsa-id", ...
    static QString code(Step step);
    static std::optional<Step> fromCode(QStringView code);
    // What the coordinator sees: "Registered in KliPP", ...
    static QString label(Step step);
    // What the step means, one sentence, for `vfudesk-cli steps` and tooltips.
    static QString description(Step step);
};

} // namespace vfu
