#include "core/journey/Track.h"

namespace vfu {

const QList<Track> &Tracks::all()
{
    static const QList<Track> tracks = {Track::Ordinary, Track::NoPersonalNumber, Track::RegionCard,
                                        Track::OtherRegionCard};
    return tracks;
}

QString Tracks::code(Track track)
{
    switch (track) {
    case Track::Ordinary:
        return QStringLiteral("ordinary");
    case Track::NoPersonalNumber:
        return QStringLiteral("no-personal-number");
    case Track::RegionCard:
        return QStringLiteral("region-card");
    case Track::OtherRegionCard:
        return QStringLiteral("other-region-card");
    }
    return {};
}

std::optional<Track> Tracks::fromCode(QStringView code)
{
    if (code.isEmpty())
        return std::nullopt;
    // As written by VFU Desk first: the data file holds a code for every student.
    for (const Track track : all()) {
        if (code == Tracks::code(track))
            return track;
    }
    for (const Track track : all()) {
        if (code.compare(Tracks::code(track), Qt::CaseInsensitive) == 0)
            return track;
    }
    return std::nullopt;
}

QString Tracks::label(Track track)
{
    switch (track) {
    case Track::Ordinary:
        return tr("Ordinary");
    case Track::NoPersonalNumber:
        return tr("No Swedish personal number");
    case Track::RegionCard:
        return tr("Already holds a region card");
    case Track::OtherRegionCard:
        return tr("Card from another region");
    }
    return {};
}

QString Tracks::choiceCode(CardChoice choice)
{
    return choice == CardChoice::NewCard ? QStringLiteral("new-card")
                                         : QStringLiteral("temporary-card");
}

std::optional<CardChoice> Tracks::choiceFromCode(QStringView code)
{
    if (code == u"new-card")
        return CardChoice::NewCard;
    if (code == u"temporary-card")
        return CardChoice::TemporaryCard;
    return std::nullopt;
}

QString Tracks::choiceLabel(CardChoice choice)
{
    return choice == CardChoice::NewCard ? tr("New card") : tr("Temporary card");
}

QList<Step> Tracks::steps(Track track, std::optional<CardChoice> choice)
{
    const QList<Step> jobsh = {Step::KlippRegistered, Step::HsaIdRecorded, Step::JobshLinkSent,
                               Step::JobshCompleted, Step::CertificateReceived};
    const QList<Step> card = {Step::CardOrdered, Step::Photographed, Step::CardActivated};
    const QList<Step> temporaryCard = {Step::TemporaryCardOrdered, Step::CollectionInfoSent,
                                       Step::TemporaryCardIssued};
    switch (track) {
    case Track::Ordinary:
        return jobsh + card;
    case Track::RegionCard:
        return jobsh;
    case Track::OtherRegionCard:
        if (!choice)
            return jobsh + QList<Step>{Step::CardChoiceMade};
        return jobsh + QList<Step>{Step::CardChoiceMade} +
               (*choice == CardChoice::NewCard ? card : temporaryCard);
    case Track::NoPersonalNumber:
        return QList<Step>{Step::PassportCopySent,   Step::PlacementSentToEkh, Step::HsaIdRecorded,
                           Step::KlippRegistered,    Step::JobshLinkSent,      Step::JobshCompleted,
                           Step::CertificateReceived} +
               temporaryCard;
    }
    return {};
}

} // namespace vfu
