#pragma once

#include "core/journey/Student.h"

#include <QCoreApplication>
#include <QString>

namespace vfu {

// Who a list is for decides what of a protected student may be on it.
enum class Audience {
    Coordinator, // the coordinator's own lists and exports
    Unit,        // a list for a placement unit
};

// What a list may show of one student, after the rules of protection are applied.
struct ShownStudent final
{
    QString identity;   // empty where it may not be shown
    QString familyName; // the alias, for a protected identity
    QString givenNames;
    QString email;
    bool withheld = false; // something was left out; the list says so in words
    QString note;          // why, for the reader of the list
};

// The one gate every list and export passes: a protected identity shows only its alias; with
// KliPP's secrecy switch on, a unit gets neither name nor contact details; an address is never
// stored, so none can leave.
class PrivacyGate final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::PrivacyGate)

public:
    static ShownStudent show(const Student &student, Audience audience);
    // The name as a list shows it: "Family, Given", or the alias.
    static QString displayName(const Student &student);
};

} // namespace vfu
