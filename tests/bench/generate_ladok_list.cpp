// vfudesk-bench-generate: writes a Ladok-shaped list of N invented students for the
// benchmarks and the kill test. See LadokListGenerator.h for the shape and the identity
// numbers.
//
//   vfudesk-bench-generate COUNT FILE [--seed S] [--rows-only]
//
// --rows-only writes the student lines alone, byte for byte as in the full file, for
// `sqlite3 .import`.

#include "LadokListGenerator.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

namespace {

int usage()
{
    std::cerr << "usage: vfudesk-bench-generate COUNT FILE [--seed S] [--rows-only]\n";
    return 2;
}

bool parseCount(const char *text, std::uint64_t &value)
{
    char *end = nullptr;
    value = std::strtoull(text, &end, 10);
    return end && *end == '\0' && end != text;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3)
        return usage();

    vfu::bench::LadokList list;
    if (!parseCount(argv[1], list.count))
        return usage();
    const std::string path = argv[2];
    bool rowsOnly = false;
    for (int i = 3; i < argc; ++i) {
        const std::string_view option = argv[i];
        if (option == "--rows-only") {
            rowsOnly = true;
        } else if (option == "--seed" && i + 1 < argc) {
            if (!parseCount(argv[++i], list.seed))
                return usage();
        } else {
            return usage();
        }
    }
    if (list.count > vfu::bench::maximumStudentCount()) {
        std::cerr << "vfudesk-bench-generate: at most " << vfu::bench::maximumStudentCount()
                  << " distinct test-series numbers exist\n";
        return 2;
    }

    std::ofstream out(path, std::ios::binary);
    if (!out) {
        std::cerr << "vfudesk-bench-generate: cannot write " << path << '\n';
        return 1;
    }
    if (rowsOnly)
        vfu::bench::writeStudentRows(list, out);
    else
        vfu::bench::writeLadokList(list, out);
    out.close();
    if (!out) {
        std::cerr << "vfudesk-bench-generate: writing " << path << " failed\n";
        return 1;
    }
    return 0;
}
