#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vfu {

// Skatteverket's protected personal data, as the routine meets it.
enum class Protection {
    None,
    // Protected address (skyddade adressuppgifter): VFU Desk never stores an address anyway;
    // the coordinator must not enter one in KliPP either.
    Address,
    // Protected identity with an alias: the real name and number never leave the program.
    Alias,
};

class Protections final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::Protections)

public:
    static QString code(Protection protection); // "none", "address", "alias"
    static std::optional<Protection> fromCode(QStringView code);
    static QString label(Protection protection);
};

} // namespace vfu
