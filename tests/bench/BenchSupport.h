#pragma once

#include <QElapsedTimer>
#include <QString>

#include <functional>
#include <vector>

namespace vfu::bench {

// The wall-clock time of one run of `work`, in milliseconds. The processor time of the same
// run is kept too (see lastCpuMs): on a machine that other work is loading, it is the better
// estimate of the wall-clock time the same run takes on an idle one.
double timeMs(const std::function<void()> &work);
double lastCpuMs();

struct Runs
{
    std::vector<double> wall;
    std::vector<double> cpu;
};

// A figure that is not a time (a count, a size), or a time measured once.
Runs once(double value);

// Runs `work` `runs` times and returns each time in milliseconds.
Runs timeRuns(int runs, const std::function<void()> &work);

double median(std::vector<double> values);

// The resident set of this process in MiB (VmRSS); 0 where the system does not tell.
double residentMiB();

// One line of JSON on stdout that scripts/bench reads: the figure's name, its median and every
// run, in milliseconds unless `unit` says otherwise, and what was counted (rows, actions).
void printFigure(const QString &name, const Runs &runs, const QString &unit = QStringLiteral("ms"),
                 qint64 count = -1);

} // namespace vfu::bench
