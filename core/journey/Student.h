#pragma once

#include "core/journey/Track.h"
#include "core/privacy/Protection.h"

#include <QDate>
#include <QString>

#include <optional>

namespace vfu {

// What VFU Desk keeps of a student. No postal address, ever: a student with protected
// personal data must not have one stored anywhere.
struct Student final
{
    qint64 id = 0;
    QString identity; // canonical: YYYYMMDD-NNNN
    QString familyName;
    QString givenNames;
    QString email;
    QString programmeCode;
    QString programmeName;

    // What the coordinator knows beyond the Ladok list.
    QDate addedOn;              // when the student came into VFU Desk
    std::optional<Track> track; // set by hand; otherwise it follows from the identity number
    Protection protection = Protection::None;
    QString alias;             // for Protection::Alias: the only name that may be shown
    bool klippSecrecy = false; // KliPP's secrecy switch: units get no name or contact
    bool exchange = false;     // an incoming exchange student

    friend bool operator==(const Student &, const Student &) = default;
};

} // namespace vfu
