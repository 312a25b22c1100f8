#pragma once

#include "core/identity/IdentityNumber.h"
#include "support/Catch.h"

// What the tests of identity numbers share.
namespace vfu::test::identity {

// Every test stands on a fixed day: the century of a 10-digit form and the '+' depend on it.
inline const QDate today(2026, 12, 3);

inline IdentityNumber parsed(const QString &text, QDate day = today)
{
    const auto result = IdentityNumber::parse(text, day);
    INFO("parsing " << text << " gave: " << result.error());
    REQUIRE(result.isOk());
    return result.value();
}

inline QString rejection(const QString &text, QDate day = today)
{
    const auto result = IdentityNumber::parse(text, day);
    INFO("parsing " << text << " should fail but gave "
                    << (result ? result->canonical() : QString()));
    REQUIRE_FALSE(result.isOk());
    return result.error();
}

} // namespace vfu::test::identity
