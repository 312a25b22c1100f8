#pragma once

#include <QStringView>

namespace vfu {

// The modulus-10 check digit with weights 2 and 1 (Luhn), which Skatteverket uses for personal
// and coordination numbers and Bolagsverket for organisation numbers. `payload` holds the ASCII
// digits before the check digit; the digit next to the check digit is weighted 2.
inline int luhnCheckDigit(QStringView payload)
{
    int sum = 0;
    bool doubled = true;
    for (qsizetype i = payload.size() - 1; i >= 0; --i) {
        int term = payload.at(i).unicode() - u'0';
        if (doubled) {
            term *= 2;
            if (term > 9)
                term -= 9;
        }
        sum += term;
        doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
}

} // namespace vfu
