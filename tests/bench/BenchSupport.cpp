#include "BenchSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace vfu::bench {

namespace {

double cpuMs = 0;

} // namespace

double timeMs(const std::function<void()> &work)
{
    const std::clock_t cpuStart = std::clock();
    QElapsedTimer timer;
    timer.start();
    work();
    const auto wall = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    cpuMs = 1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    return wall;
}

double lastCpuMs()
{
    return cpuMs;
}

Runs once(double value)
{
    return {{value}, {}};
}

Runs timeRuns(int runs, const std::function<void()> &work)
{
    Runs times;
    for (int i = 0; i < runs; ++i) {
        times.wall.push_back(timeMs(work));
        times.cpu.push_back(lastCpuMs());
    }
    return times;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values[middle];
    return (values[middle - 1] + values[middle]) / 2;
}

double residentMiB()
{
    // A file of /proc has no size: read it whole rather than asking whether it is at its end.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:")) {
            // "VmRSS:     123456 kB"
            const QList<QByteArray> parts = line.simplified().split(' ');
            return parts.size() >= 2 ? parts.at(1).toDouble() / 1024.0 : 0;
        }
    }
    return 0;
}

void printFigure(const QString &name, const Runs &runs, const QString &unit, qint64 count)
{
    QJsonArray all;
    for (const double run : runs.wall)
        all.append(run);
    QJsonObject figure{{QStringLiteral("name"), name},
                       {QStringLiteral("median"), median(runs.wall)},
                       {QStringLiteral("unit"), unit},
                       {QStringLiteral("runs"), all}};
    if (!runs.cpu.empty())
        figure.insert(QStringLiteral("cpuMedian"), median(runs.cpu));
    if (count >= 0)
        figure.insert(QStringLiteral("count"), count);
    std::printf("%s\n", QJsonDocument(figure).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace vfu::bench
