#include "LadokListGenerator.h"

#include <array>
#include <cstdio>
#include <numeric>
#include <string_view>

namespace vfu::bench {
namespace {

// Identity numbers: only Skatteverket's test series, never a number a real person may have.
//
// Skatteverket sets aside birth numbers (the three digits after the date) for testing and
// publishes lists of such numbers for every birth date from 1890 to 2023; the published lists
// in shared/testdata/skatteverket are samples of them. Their birth numbers are mostly 980/981
// for people born before 1950 and 238/239 after, with others of the 98x-99x range besides
// (see the README there). A benchmark of 1,000,000 students needs more numbers than the
// samples hold, so this generator makes them the way Skatteverket's test series are made: a
// birth date from 1890-01-01 to 2023-12-31, a birth number of the test series (980-999 on any
// date, 238/239 from 1950), and the Luhn check digit over YYMMDDNNN. That is 20 numbers a day
// before 1950 and 22 a day after, 1,032,896 in all, each used at most once.
//
// These numbers are written only to temporary benchmark files; none is ever committed.
constexpr std::int64_t firstBirthDay = -29219;  // 1890-01-01, in days since 1970-01-01
constexpr std::int64_t seriesChangeDay = -7305; // 1950-01-01
constexpr std::int64_t endBirthDay = 19723;     // 2024-01-01, the first day not used
constexpr std::uint64_t allDays = endBirthDay - firstBirthDay;
constexpr std::uint64_t daysFrom1950 = endBirthDay - seriesChangeDay;
constexpr std::uint64_t highSeriesCount = 20; // 980-999
constexpr std::uint64_t numberCount = highSeriesCount * allDays + 2 * daysFrom1950;

// The rows take the numbers in a scattered but fixed order, so that a list of 10,000 students
// spans every birth year, as a real one does: row i takes number (stride * i + offset) mod
// numberCount, a permutation because the stride shares no factor with numberCount.
constexpr std::uint64_t orderStride = 611'953;
static_assert(std::gcd(orderStride, numberCount) == 1);

struct CivilDate
{
    int year;
    int month;
    int day;
};

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
CivilDate civilFromDays(std::int64_t days)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = static_cast<unsigned>(days - era * 146097);
    const unsigned yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned shiftedMonth = (5 * dayOfYear + 2) / 153;
    const auto day = static_cast<int>(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    const auto month = static_cast<int>(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    const auto year =
        static_cast<int>(static_cast<std::int64_t>(yearOfEra) + era * 400) + (month <= 2 ? 1 : 0);
    return {year, month, day};
}

// The check digit of the ten-digit form, over YYMMDDNNN.
int luhnCheckDigit(std::string_view nineDigits)
{
    int sum = 0;
    for (size_t i = 0; i < nineDigits.size(); ++i) {
        int digit = nineDigits[i] - '0';
        if (i % 2 == 0) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
    }
    return (10 - sum % 10) % 10;
}

std::string identityOfNumber(std::uint64_t number)
{
    std::int64_t day = 0;
    int birthNumber = 0;
    if (number < highSeriesCount * allDays) {
        birthNumber = 980 + static_cast<int>(number / allDays);
        day = firstBirthDay + static_cast<std::int64_t>(number % allDays);
    } else {
        const std::uint64_t rest = number - highSeriesCount * allDays;
        birthNumber = 238 + static_cast<int>(rest / daysFrom1950);
        day = seriesChangeDay + static_cast<std::int64_t>(rest % daysFrom1950);
    }
    const CivilDate date = civilFromDays(day);

    // Room for any int the compiler can imagine, so that -Wformat-truncation stays quiet.
    char digits[48];
    std::snprintf(digits, sizeof digits, "%02d%02d%02d%03d", date.year % 100, date.month, date.day,
                  birthNumber);
    char identity[64];
    std::snprintf(identity, sizeof identity, "%04d%02d%02d-%03d%d", date.year, date.month, date.day,
                  birthNumber, luhnCheckDigit(digits));
    return identity;
}

// SplitMix64: a fixed, portable mixing function, so that a row's name depends only on the
// seed and the row (std::uniform_int_distribution differs between standard libraries).
std::uint64_t mix(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

// Common Swedish given and family names, combined by chance: invented people.
constexpr std::array givenNames = {
    "Anna",   "Eva",    "Maria", "Karin",  "Sara",     "Lena",  "Emma",  "Kerstin", "Ingrid",
    "Malin",  "Linnéa", "Åsa",   "Märta",  "Maja",     "Elsa",  "Alice", "Ebba",    "Saga",
    "Astrid", "Wilma",  "Julia", "Ida",    "Klara",    "Hanna", "Sofia", "Fatima",  "Zeynep",
    "Erik",   "Lars",   "Karl",  "Anders", "Johan",    "Per",   "Nils",  "Björn",   "Göran",
    "Jörgen", "Sören",  "Åke",   "Måns",   "Oscar",    "Hugo",  "Lucas", "William", "Noah",
    "Elias",  "Olle",   "Yusuf", "Ali",    "Mohammed", "Stig",  "Gösta", "Östen",   "Ylva"};
constexpr std::array familyNames = {
    "Andersson", "Johansson", "Karlsson",   "Nilsson",    "Eriksson",   "Larsson",  "Olsson",
    "Persson",   "Svensson",  "Gustafsson", "Pettersson", "Jonsson",    "Jansson",  "Hansson",
    "Bengtsson", "Jönsson",   "Lindberg",   "Jakobsson",  "Magnusson",  "Olofsson", "Lindström",
    "Lindqvist", "Lindgren",  "Berg",       "Axelsson",   "Bergström",  "Lundberg", "Lundgren",
    "Lind",      "Mattsson",  "Berglund",   "Sandberg",   "Forsberg",   "Sjöberg",  "Wallin",
    "Engström",  "Eklund",    "Håkansson",  "Björk",      "Bergman",    "Holm",     "Wikström",
    "Nyström",   "Löfgren",   "Söderberg",  "Nyberg",     "Mårtensson", "Åberg",    "Öberg",
    "Ström",     "Öhman",     "Åström",     "Nguyen",     "Ali",        "Mohamed",  "Yilmaz"};

struct Programme
{
    const char *code;
    const char *name;
    const char *credits;
};

// Invented programme codes in Ladok's style; the first is the one of the shared sample.
constexpr std::array programmes = {
    Programme{"2SJ20", "Sjuksköterskeprogrammet", "180,0"},
    Programme{"2RS20", "Röntgensjuksköterskeprogrammet", "180,0"},
    Programme{"2FY20", "Fysioterapeutprogrammet", "180,0"},
    Programme{"2AR20", "Arbetsterapeutprogrammet", "180,0"},
    Programme{"2BA20", "Biomedicinska analytikerprogrammet", "180,0"},
    Programme{"2BM20", "Barnmorskeprogrammet", "90,0"},
    Programme{"2LK20", "Läkarprogrammet", "360,0"},
    Programme{"2TH20", "Tandhygienistprogrammet", "120,0"}};

struct Term
{
    const char *code;
    const char *start;
    const char *end;
};
constexpr std::array terms = {
    Term{"HT24", "2024-09-02", "2027-06-06"}, Term{"VT25", "2025-01-20", "2027-12-19"},
    Term{"HT25", "2025-09-01", "2028-06-04"}, Term{"VT26", "2026-01-19", "2028-12-17"},
    Term{"HT26", "2026-08-31", "2029-06-10"}};
constexpr std::array places = {"Solna", "Huddinge", "Flemingsberg", "Stockholm"};

template <typename Array>
auto pick(const Array &values, std::uint64_t random)
{
    return values[random % values.size()];
}

void writeRow(const LadokList &list, std::uint64_t row, std::string &line)
{
    std::uint64_t random = mix(list.seed ^ mix(row));
    const auto next = [&random] {
        random = mix(random);
        return random >> 8;
    };

    std::string given = pick(givenNames, next());
    if (next() % 8 == 0) // about one in eight has two given names
        given = given + " " + pick(givenNames, next());
    std::string family = pick(familyNames, next());
    if (next() % 16 == 0) // and one in sixteen a double family name
        family = family + "-" + pick(familyNames, next());
    const Programme &programme = pick(programmes, next());
    const Term &term = pick(terms, next());

    const std::string occasion = std::string(programme.code) + "-" + term.code;
    const std::array<std::string, 15> fields = {identityOfRow(list, row),
                                                given,
                                                family,
                                                programme.code,
                                                programme.name,
                                                programme.credits,
                                                "hp",
                                                "Registrerad",
                                                occasion,
                                                term.start,
                                                term.end,
                                                "100",
                                                "Normal",
                                                pick(places, next()),
                                                std::to_string(1 + next() % 6)};
    line.clear();
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ';';
        line += '"';
        line += fields[i]; // no field holds a quote, so none needs doubling
        line += '"';
    }
    line += "\r\n";
}

} // namespace

std::uint64_t maximumStudentCount()
{
    return numberCount;
}

int linesAboveStudents()
{
    return 5;
}

std::string identityOfRow(const LadokList &list, std::uint64_t row)
{
    const std::uint64_t offset = mix(list.seed) % numberCount;
    return identityOfNumber((orderStride * row + offset) % numberCount);
}

void writeStudentRows(const LadokList &list, std::ostream &out)
{
    std::string line;
    for (std::uint64_t row = list.firstRow; row < list.firstRow + list.count; ++row) {
        writeRow(list, row, line);
        out << line;
    }
}

void writeLadokList(const LadokList &list, std::ostream &out)
{
    out << "\xEF\xBB\xBF"
        << "\"Utbildningskod\";\"Alla program, Institutionen för vårdvetenskap\"\r\n"
        << "\"Utdata\";\"Deltagande kurspaketering\"\r\n"
        << "\"Skapad\";\"2026-08-20 09:14\"\r\n"
        << "\r\n"
        << "\"Personnummer (Student)\";\"Förnamn (Student)\";\"Efternamn (Student)\";"
           "\"Kod (Kurspaketering)\";\"Benämning (Kurspaketering)\";\"Omf. (Kurspaketering)\";"
           "\"Enhet (Kurspaketering)\";\"Tillstånd (Sammanfattat tillstånd)\";"
           "\"Kod (Kurspaketeringstillfälle)\";\"Startdatum (Kurspaketeringstillfälle)\";"
           "\"Slutdatum (Kurspaketeringstillfälle)\";"
           "\"Studietakt (%) (Kurspaketeringstillfälle)\";"
           "\"Undervisningsform (Kurspaketeringstillfälle)\";"
           "\"Ort (Kurspaketeringstillfälle)\";\"Period i ordning\"\r\n";
    writeStudentRows(list, out);
}

} // namespace vfu::bench
