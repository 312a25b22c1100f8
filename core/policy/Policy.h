#pragma once

namespace vfu {

// Every number of the routine in one place, because regions differ. The defaults are the
// routine of DOMAIN.md; a later version stores a team's own values in the database.
struct Policy final
{
    // The JoBSH link reaches the student one day after KliPP registration at the earliest, and
    // the student's data can take two to three days to reach Lärtorget: after three days
    // without a link, the coordinator checks that the student reached Lärtorget.
    int jobshLinkWaitDays = 3;
    // A card is ordered automatically on JoBSH completion; a week without an order is worth a look.
    int cardOrderWaitDays = 7;
    // A card order is valid 90 days; warn from day 60 that the student must be photographed.
    int cardOrderValidDays = 90;
    int cardOrderWarnFromDay = 60;
    // A card is valid four years; the student asks for a new one eight weeks before it ends.
    int cardValidYears = 4;
    int cardRenewLeadDays = 8 * 7;
    // An action due within this many days is "soon"; later ones are "later".
    int soonDays = 7;
};

} // namespace vfu
