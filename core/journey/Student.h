#pragma once

#include <QString>

namespace vfu {

// What VFU Desk keeps of a student from the Ladok list. No postal address, ever: a student
// with protected personal data must not have one stored anywhere.
struct Student final
{
    qint64 id = 0;
    QString identity; // canonical: YYYYMMDD-NNNN
    QString familyName;
    QString givenNames;
    QString email;
    QString programmeCode;
    QString programmeName;

    friend bool operator==(const Student &, const Student &) = default;
};

} // namespace vfu
