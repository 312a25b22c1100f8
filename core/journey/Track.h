#pragma once

#include "core/journey/Step.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace vfu {

// The way to a working card depends on who the student is (DOMAIN.md, "Variations").
enum class Track {
    Ordinary,         // a Swedish personal number: the card is ordered on JoBSH completion
    NoPersonalNumber, // exchange students and others: EK H by hand, a temporary card
    RegionCard,       // already holds the region's card: JoBSH and certificate only
    OtherRegionCard,  // holds another region's card: a new card or a temporary one
};

// For a card from another region, what the coordinator chose.
enum class CardChoice { NewCard, TemporaryCard };

class Tracks final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::Tracks)

public:
    static const QList<Track> &all();
    static QString code(Track track); // "ordinary", "no-personal-number", ...
    static std::optional<Track> fromCode(QStringView code);
    static QString label(Track track);

    static QString choiceCode(CardChoice choice); // "new-card", "temporary-card"
    static std::optional<CardChoice> choiceFromCode(QStringView code);
    static QString choiceLabel(CardChoice choice);

    // The steps of a track in order. Other-region students follow the card steps of their
    // choice; before the choice only the steps up to the choice are known.
    static QList<Step> steps(Track track, std::optional<CardChoice> choice = std::nullopt);
};

} // namespace vfu
