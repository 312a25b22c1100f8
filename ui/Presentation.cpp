#include "ui/Presentation.h"

#include "core/privacy/PrivacyGate.h"

#include <QPainter>
#include <QPixmap>

#include <array>

namespace vfu {

QString Presentation::date(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString Presentation::name(const Student &student)
{
    // A protected identity is known by its alias only, on every page and in every message.
    if (student.protection == Protection::Alias)
        return PrivacyGate::displayName(student);
    if (student.givenNames.isEmpty())
        return student.familyName;
    if (student.familyName.isEmpty())
        return student.givenNames;
    return student.givenNames + QLatin1Char(' ') + student.familyName;
}

QColor Presentation::urgencyColor(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
        return QColor(0xc6, 0x28, 0x28);
    case Urgency::Soon:
        return QColor(0xe0, 0x8a, 0x00);
    case Urgency::Later:
        return QColor(0x60, 0x7d, 0x8b);
    }
    return {};
}

QIcon Presentation::urgencyIcon(Urgency urgency)
{
    // Drawn once per urgency: item views ask for the icon of every visible row on every paint.
    static std::array<QIcon, 3> icons;
    QIcon &icon = icons[static_cast<size_t>(urgency)];
    if (icon.isNull()) {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(urgencyColor(urgency));
        painter.drawEllipse(QRectF(6, 6, 20, 20));
        painter.end();
        icon = QIcon(pixmap);
    }
    return icon;
}

QString Presentation::event(const JourneyEvent &event)
{
    QString text = tr("%1 on %2").arg(Steps::label(event.step), date(event.date));
    if (!event.value.isEmpty())
        text = tr("%1: %2").arg(text, event.value);
    return text;
}

QString Presentation::recorded(const JourneyEvent &event)
{
    return tr("Recorded: %1.").arg(Presentation::event(event));
}

QString Presentation::undone(const JourneyEvent &event)
{
    return tr("Undone: %1.").arg(Presentation::event(event));
}

} // namespace vfu
