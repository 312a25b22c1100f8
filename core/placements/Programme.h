#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vfu {

// How a programme gets its placements (DOMAIN.md, "Placements and programmes").
enum class OrderingRoute {
    KlippOrder,    // ordered from units through KliPP's order form
    PreReserved,   // places reserved in advance (the medical programme)
    DirectContact, // by direct contact with the unit (speech therapy; units outside the region)
    OwnClinic,     // the programme's own clinic (dentistry, dental hygiene, optometry)
};

// Who pays the unit: KliPP's data is the basis for paying units, except for programmes that
// pay from ALF funds; a programme's own clinic is not paid.
enum class Funding { Klipp, Alf, OwnClinic };

struct Programme final
{
    QString code;
    QString name;
    OrderingRoute route = OrderingRoute::KlippOrder;
    Funding funding = Funding::Klipp;
    QString routineNotes;
};

class Programmes final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::Programmes)

public:
    // The routine's defaults for a programme, from its name (Läkarprogrammet, ...).
    static Programme withDefaults(const QString &code, const QString &name);

    static QString
    routeCode(OrderingRoute route); // "klipp", "pre-reserved", "direct", "own-clinic"
    static std::optional<OrderingRoute> routeFromCode(QStringView code);
    static QString routeLabel(OrderingRoute route);
    static QString fundingCode(Funding funding); // "klipp", "alf", "own-clinic"
    static std::optional<Funding> fundingFromCode(QStringView code);
    static QString fundingLabel(Funding funding);
};

} // namespace vfu
