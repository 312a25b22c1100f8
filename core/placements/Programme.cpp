#include "core/placements/Programme.h"

namespace vfu {

Programme Programmes::withDefaults(const QString &code, const QString &name)
{
    Programme programme{code, name, OrderingRoute::KlippOrder, Funding::Klipp, {}};
    const QString folded = name.toCaseFolded();
    const auto named = [&folded](const char *word) {
        return folded.contains(QString::fromUtf8(word));
    };
    // Own clinics first: "Tandläkarprogrammet" holds "läkarprogram" too.
    if (named("tandläkar") || named("tandhygien") || named("optiker") || named("dent") ||
        named("optometr")) {
        programme.route = OrderingRoute::OwnClinic;
        programme.funding = Funding::OwnClinic;
    } else if (named("läkarprogram") || named("medical programme") || named("medicine")) {
        programme.route = OrderingRoute::PreReserved;
        programme.funding = Funding::Alf;
    } else if (named("logoped") || named("speech")) {
        programme.route = OrderingRoute::DirectContact;
        programme.funding = Funding::Alf;
    }
    return programme;
}

QString Programmes::routeCode(OrderingRoute route)
{
    switch (route) {
    case OrderingRoute::KlippOrder:
        return QStringLiteral("klipp");
    case OrderingRoute::PreReserved:
        return QStringLiteral("pre-reserved");
    case OrderingRoute::DirectContact:
        return QStringLiteral("direct");
    case OrderingRoute::OwnClinic:
        return QStringLiteral("own-clinic");
    }
    return {};
}

std::optional<OrderingRoute> Programmes::routeFromCode(QStringView code)
{
    for (const OrderingRoute route : {OrderingRoute::KlippOrder, OrderingRoute::PreReserved,
                                      OrderingRoute::DirectContact, OrderingRoute::OwnClinic}) {
        if (code == routeCode(route))
            return route;
    }
    return std::nullopt;
}

QString Programmes::routeLabel(OrderingRoute route)
{
    switch (route) {
    case OrderingRoute::KlippOrder:
        return tr("Ordered through KliPP");
    case OrderingRoute::PreReserved:
        return tr("Pre-reserved places");
    case OrderingRoute::DirectContact:
        return tr("Direct contact with the unit");
    case OrderingRoute::OwnClinic:
        return tr("The programme's own clinic");
    }
    return {};
}

QString Programmes::fundingCode(Funding funding)
{
    switch (funding) {
    case Funding::Klipp:
        return QStringLiteral("klipp");
    case Funding::Alf:
        return QStringLiteral("alf");
    case Funding::OwnClinic:
        return QStringLiteral("own-clinic");
    }
    return {};
}

std::optional<Funding> Programmes::fundingFromCode(QStringView code)
{
    for (const Funding funding : {Funding::Klipp, Funding::Alf, Funding::OwnClinic}) {
        if (code == fundingCode(funding))
            return funding;
    }
    return std::nullopt;
}

QString Programmes::fundingLabel(Funding funding)
{
    switch (funding) {
    case Funding::Klipp:
        return tr("Paid from KliPP's data");
    case Funding::Alf:
        return tr("Paid from ALF funds");
    case Funding::OwnClinic:
        return tr("Own clinic, no payment");
    }
    return {};
}

} // namespace vfu
