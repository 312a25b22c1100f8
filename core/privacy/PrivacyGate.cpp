#include "core/privacy/PrivacyGate.h"

namespace vfu {

ShownStudent PrivacyGate::show(const Student &student, Audience audience)
{
    ShownStudent shown;
    if (student.protection == Protection::Alias) {
        shown.familyName = student.alias.isEmpty() ? tr("(protected identity)") : student.alias;
        shown.withheld = true;
        shown.note = tr("Protected identity: shown by alias.");
        return shown;
    }
    if (audience == Audience::Unit && student.klippSecrecy) {
        shown.identity = student.identity;
        shown.withheld = true;
        shown.note = tr("KliPP secrecy: name and contact details are not given to the unit.");
        return shown;
    }
    shown.identity = student.identity;
    shown.familyName = student.familyName;
    shown.givenNames = student.givenNames;
    shown.email = student.email;
    return shown;
}

QString PrivacyGate::displayName(const Student &student)
{
    const ShownStudent shown = show(student, Audience::Coordinator);
    if (shown.givenNames.isEmpty())
        return shown.familyName;
    if (shown.familyName.isEmpty())
        return shown.givenNames;
    return shown.familyName + QStringLiteral(", ") + shown.givenNames;
}

} // namespace vfu
