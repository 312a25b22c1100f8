#include "core/privacy/Protection.h"

namespace vfu {

QString Protections::code(Protection protection)
{
    switch (protection) {
    case Protection::None:
        return QStringLiteral("none");
    case Protection::Address:
        return QStringLiteral("address");
    case Protection::Alias:
        return QStringLiteral("alias");
    }
    return {};
}

std::optional<Protection> Protections::fromCode(QStringView code)
{
    // As written by VFU Desk first: the data file holds a code for every student.
    for (const Protection p : {Protection::None, Protection::Address, Protection::Alias}) {
        if (code == Protections::code(p))
            return p;
    }
    for (const Protection p : {Protection::None, Protection::Address, Protection::Alias}) {
        if (code.compare(Protections::code(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString Protections::label(Protection protection)
{
    switch (protection) {
    case Protection::None:
        return tr("None");
    case Protection::Address:
        return tr("Protected address");
    case Protection::Alias:
        return tr("Protected identity (alias)");
    }
    return {};
}

} // namespace vfu
