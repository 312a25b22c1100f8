#include "core/journey/Step.h"

namespace vfu {
namespace {

struct StepText
{
    Step step;
    const char *code;
    const char *label;
    const char *description;
};

const StepText stepTexts[] = {
    {Step::KlippRegistered, "klipp-registered",
     QT_TRANSLATE_NOOP("vfu::Steps", "Registered in KliPP"),
     QT_TRANSLATE_NOOP(
         "vfu::Steps",
         "The coordinator registered the student in KliPP; EK then creates the HSA-ID.")},
    {Step::HsaIdRecorded, "hsa-id", QT_TRANSLATE_NOOP("vfu::Steps", "HSA-ID recorded"),
     QT_TRANSLATE_NOOP("vfu::Steps",
                       "The student's HSA-ID from the region's catalogue (EK) is known.")},
    {Step::JobshLinkSent, "jobsh-link-sent", QT_TRANSLATE_NOOP("vfu::Steps", "JoBSH link sent"),
     QT_TRANSLATE_NOOP("vfu::Steps", "The student has the link to the JoBSH course on Lärtorget.")},
    {Step::JobshCompleted, "jobsh-completed", QT_TRANSLATE_NOOP("vfu::Steps", "JoBSH completed"),
     QT_TRANSLATE_NOOP("vfu::Steps", "The student finished the JoBSH course.")},
    {Step::CertificateReceived, "certificate-received",
     QT_TRANSLATE_NOOP("vfu::Steps", "Certificate received"),
     QT_TRANSLATE_NOOP("vfu::Steps", "The coordinator has the student's JoBSH certificate.")},
    {Step::CardOrdered, "card-ordered", QT_TRANSLATE_NOOP("vfu::Steps", "Card ordered"),
     QT_TRANSLATE_NOOP("vfu::Steps",
                       "A staff card (eTjänstekort) is ordered; the order is valid 90 days.")},
    {Step::Photographed, "photographed", QT_TRANSLATE_NOOP("vfu::Steps", "Photographed"),
     QT_TRANSLATE_NOOP("vfu::Steps", "The student was photographed at the card office.")},
    {Step::CardActivated, "card-activated", QT_TRANSLATE_NOOP("vfu::Steps", "Card activated"),
     QT_TRANSLATE_NOOP("vfu::Steps",
                       "The card was activated at the card office; it is valid 4 years.")},
    {Step::PassportCopySent, "passport-sent",
     QT_TRANSLATE_NOOP("vfu::Steps", "Passport copy sent to EK H"),
     QT_TRANSLATE_NOOP("vfu::Steps", "A copy of the student's passport was sent to EK H.")},
    {Step::PlacementSentToEkh, "placement-sent",
     QT_TRANSLATE_NOOP("vfu::Steps", "Placement sent to EK H"),
     QT_TRANSLATE_NOOP("vfu::Steps",
                       "EK H was told the unit and the exact dates of the placement.")},
    {Step::CanvasEnrolled, "canvas-enrolled",
     QT_TRANSLATE_NOOP("vfu::Steps", "Enrolled in JoBSH on Canvas"),
     QT_TRANSLATE_NOOP("vfu::Steps",
                       "The student was added to the English JoBSH course on Canvas.")},
    {Step::TemporaryCardOrdered, "temporary-card-ordered",
     QT_TRANSLATE_NOOP("vfu::Steps", "Temporary card ordered"),
     QT_TRANSLATE_NOOP("vfu::Steps", "A temporary card without photo was ordered.")},
    {Step::CollectionInfoSent, "collection-info-sent",
     QT_TRANSLATE_NOOP("vfu::Steps", "Told how to collect the card"),
     QT_TRANSLATE_NOOP("vfu::Steps",
                       "The student was told to collect the card at the card office with the same "
                       "identity document as the EK record.")},
    {Step::TemporaryCardIssued, "temporary-card-issued",
     QT_TRANSLATE_NOOP("vfu::Steps", "Temporary card issued"),
     QT_TRANSLATE_NOOP("vfu::Steps",
                       "The student collected the temporary card; it is valid 6 months.")},
    {Step::TemporaryCardExtended, "temporary-card-extended",
     QT_TRANSLATE_NOOP("vfu::Steps", "Temporary card extended"),
     QT_TRANSLATE_NOOP("vfu::Steps",
                       "The temporary card was extended (12 months in all at most).")},
    {Step::CardChoiceMade, "card-choice", QT_TRANSLATE_NOOP("vfu::Steps", "Card chosen"),
     QT_TRANSLATE_NOOP(
         "vfu::Steps",
         "For a card from another region: a new card or a temporary card was chosen.")},
    {Step::NameChanged, "name-changed", QT_TRANSLATE_NOOP("vfu::Steps", "Name changed"),
     QT_TRANSLATE_NOOP(
         "vfu::Steps",
         "The student changed family name or a given name; the card must be replaced.")},
};

const StepText &textOf(Step step)
{
    return stepTexts[static_cast<int>(step)];
}

} // namespace

const QList<Step> &Steps::ordinary()
{
    static const QList<Step> steps = {
        Step::KlippRegistered,     Step::HsaIdRecorded, Step::JobshLinkSent, Step::JobshCompleted,
        Step::CertificateReceived, Step::CardOrdered,   Step::Photographed,  Step::CardActivated};
    return steps;
}

const QList<Step> &Steps::all()
{
    static const QList<Step> steps = [] {
        QList<Step> list;
        for (const StepText &text : stepTexts)
            list.append(text.step);
        return list;
    }();
    return steps;
}

QString Steps::code(Step step)
{
    return QLatin1String(textOf(step).code);
}

std::optional<Step> Steps::fromCode(QStringView code)
{
    // As written by VFU Desk first: the data file holds codes by the million.
    for (const StepText &text : stepTexts) {
        if (code == QLatin1String(text.code))
            return text.step;
    }
    for (const StepText &text : stepTexts) {
        if (code.compare(QLatin1String(text.code), Qt::CaseInsensitive) == 0)
            return text.step;
    }
    return std::nullopt;
}

QString Steps::label(Step step)
{
    return tr(textOf(step).label);
}

QString Steps::description(Step step)
{
    return tr(textOf(step).description);
}

} // namespace vfu
