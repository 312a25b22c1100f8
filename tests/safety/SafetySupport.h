#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace vfu::safety {

// Every run stands on the same day, so that no outcome depends on the date.
inline constexpr char fixedToday[] = "2026-12-03";

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// The arguments and environment of a vfudesk-cli run on `database`, in English.
QStringList cliArguments(const QString &database, const QStringList &arguments);
QProcessEnvironment cliEnvironment();

// Runs vfudesk-cli to the end (at most two minutes).
CliRun runCli(const QString &database, const QStringList &arguments);

// Writes a Ladok-shaped list of invented students with test-series identity numbers
// (tests/bench/LadokListGenerator.h): rows firstRow to firstRow + count - 1.
void writeLadokList(const QString &path, std::uint64_t count, std::uint64_t firstRow = 0);

// What a data file holds, read the way the next program to open it would (SQLite recovers
// its write-ahead log on the way in).
struct FileState
{
    bool opened = false;
    QString error;
    QString integrity; // PRAGMA integrity_check: "ok" or the first problem
    qint64 students = -1;
    qint64 batches = -1;
    qint64 changes = -1;
};
FileState inspect(const QString &path);

// The bytes of a file, to show that nothing was written to it.
QByteArray contentsOf(const QString &path);

} // namespace vfu::safety
