#pragma once

#include <cstdint>
#include <ostream>
#include <string>

namespace vfu::bench {

// Writes a student list shaped as Ladok's "Deltagande kurspaketering" export (the shape of
// shared/testdata/ladok/deltagande-sjukskoterskeprogrammet.csv): UTF-8 with a byte order mark,
// CRLF, ';', every field quoted, a preamble of key/value lines and a blank line above a header
// of 15 columns. Every one of the `count` students has a distinct identity number of
// Skatteverket's test series (see LadokListGenerator.cpp) and an invented name. The same count
// and seed always give the same bytes, on every platform.
struct LadokList final
{
    std::uint64_t count = 0;
    std::uint64_t seed = 5;
    // The list holds the rows firstRow to firstRow + count - 1 of the seed's sequence: lists
    // of the same seed and rows that do not overlap share no student.
    std::uint64_t firstRow = 0;
};

// The most distinct identity numbers the generator can make (a little over 1,000,000).
std::uint64_t maximumStudentCount();

// The number of lines above the first student: preamble, blank line and header.
int linesAboveStudents();

// Writes the whole file.
void writeLadokList(const LadokList &list, std::ostream &out);

// Writes only the student lines (no BOM, no preamble, no header), in the same order and bytes
// as writeLadokList: what `sqlite3 .import` is fed for the comparison.
void writeStudentRows(const LadokList &list, std::ostream &out);

// The identity number of row `row` (0-based) of the seed's sequence, "YYYYMMDD-NNNC".
std::string identityOfRow(const LadokList &list, std::uint64_t row);

} // namespace vfu::bench
