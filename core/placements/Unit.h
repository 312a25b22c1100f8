#pragma once

#include <QString>

namespace vfu {

// A place where students do their placement: a ward, a clinic, a care home.
struct Unit final
{
    qint64 id = 0;
    QString name;
    QString hsaId;            // validated; may be empty for a unit outside the region
    bool insideRegion = true; // inside: in KliPP; outside: arranged by direct contact
    QString address;          // the unit's own address
    QString contactName;
    QString contactEmail;
    QString contactPhone;

    friend bool operator==(const Unit &, const Unit &) = default;
};

} // namespace vfu
