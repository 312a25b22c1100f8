#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <utility>

namespace vfu {

// The identity a person or unit has in the region's catalogue (EK, built on HSA): the country
// code SE, the 10-digit organisation number of the body that issued it, a hyphen and a suffix
// that is unique within that body, for example SE2321000016-ABCD (Region Stockholm).
class HsaId final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::HsaId)

public:
    // No HSA-ID; only parse() makes a real one. Exists so the type can live in containers and
    // QVariant.
    HsaId() = default;

    // Surrounding spaces are ignored and "se" is accepted in any case. On failure the error is
    // a sentence that says what is wrong.
    static Result<HsaId> parse(QStringView text);

    bool isNull() const { return m_text.isEmpty(); }

    // Trimmed, with "SE" upper-case; the suffix keeps the case it was written in.
    QString toString() const { return m_text; }
    QString organisationNumber() const { return m_text.mid(2, 10); }
    QString suffix() const { return m_text.mid(13); }

    friend bool operator==(const HsaId &, const HsaId &) = default;
    friend size_t qHash(const HsaId &id, size_t seed = 0) { return qHash(id.m_text, seed); }

private:
    explicit HsaId(QString text)
        : m_text(std::move(text))
    {}

    QString m_text;
};

} // namespace vfu
