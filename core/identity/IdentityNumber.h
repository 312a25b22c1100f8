#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <utility>

namespace vfu {

// Personnummer, samordningsnummer (day + 60) and interim number (T-number: a letter in place of
// the first digit of the birth number, given by universities and regions to people who have
// neither).
enum class IdentityKind { PersonalNumber, CoordinationNumber, InterimNumber };

// A Swedish identity number that has passed every check: kept in one canonical form, so that
// the same person typed in two spellings compares equal.
class IdentityNumber final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::IdentityNumber)

public:
    // No number; only parse() makes a real one. Exists so the type can live in containers and
    // QVariant.
    IdentityNumber() = default;

    // Any common spelling: 10 or 12 digits, with or without '-' or '+', surrounding spaces
    // ignored. The century of a 10-digit form is the latest one that does not put the birth
    // year after `today`'s, 100 years earlier with '+'; `today` must be a valid date. On
    // failure the error is a sentence that says what is wrong.
    static Result<IdentityNumber> parse(QStringView text, QDate today);

    bool isNull() const { return m_longForm.isEmpty(); }
    IdentityKind kind() const { return m_kind; }

    // "YYYYMMDD-NNNC"; an interim number keeps its letter: "20000101-T220".
    QString canonical() const;
    // "YYMMDD-NNNC", or "YYMMDD+NNNC" from the year the person turns 100 (18 §
    // folkbokföringslagen).
    QString shortForm(QDate today) const;
    // "YYYYMMDDNNNC".
    QString longForm() const { return m_longForm; }

    // For a coordination number, 60 is taken off the day. Invalid when Skatteverket left the
    // month (00) or the day (60) unknown, or gave a coordination number a day that its month
    // lacks (such as 31 April).
    QDate birthDate() const;
    int birthYear() const;
    bool isMale() const;

    friend bool operator==(const IdentityNumber &, const IdentityNumber &) = default;
    friend size_t qHash(const IdentityNumber &number, size_t seed = 0)
    {
        return qHash(number.m_longForm, seed);
    }

private:
    IdentityNumber(IdentityKind kind, QString longForm)
        : m_kind(kind)
        , m_longForm(std::move(longForm))
    {}

    IdentityKind m_kind = IdentityKind::PersonalNumber;
    QString m_longForm; // 12 characters; the interim letter upper-case
};

// For search and duplicate checks, where two spellings of one number must meet: the canonical
// form if `text` parses, else an empty string.
QString canonicalIdentityNumber(QStringView text, QDate today);

// True when both texts parse and are the same number, however each is spelled.
bool sameIdentityNumber(QStringView first, QStringView second, QDate today);

// The day of birth `text` gives, for the checks that nothing happened before it; an invalid
// date where it does not parse or leaves the day unknown (some coordination numbers).
QDate birthDateOf(QStringView text, QDate today);

} // namespace vfu
