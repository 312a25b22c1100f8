#pragma once

#include "core/journey/Journey.h"
#include "core/journey/JourneyEvent.h"
#include "core/journey/Student.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QIcon>
#include <QString>

namespace vfu {

// How the window writes the values of core, so that a date or a name reads the same on every
// page.
class Presentation final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::Presentation)

public:
    // ISO 8601 is how Swedish offices write dates, and it reads unambiguously in English too.
    static QString date(QDate date);
    // "Anna Andersson"; the alias only, for a protected identity.
    static QString name(const Student &student);
    static QColor urgencyColor(Urgency urgency);
    // A round dot in the urgency's colour, so that urgency shows without reading the text.
    static QIcon urgencyIcon(Urgency urgency);
    // "Registered in KliPP on 2026-11-20", with the HSA-ID where the step carries one.
    static QString event(const JourneyEvent &event);
    // What the window says after a step is recorded or undone.
    static QString recorded(const JourneyEvent &event);
    static QString undone(const JourneyEvent &event);
};

} // namespace vfu
