#pragma once

#include "core/PlacementService.h"
#include "core/StudentService.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <optional>

// The pieces the commands of vfudesk-cli share: output, exit codes, option parsing.
namespace vfu::cli {

// Exit codes, documented in the README: scripts rely on them.
enum Exit { Success = 0, Failure = 1, Usage = 2, SomeLinesRejected = 3 };

QTextStream &out();
QTextStream &err();
int fail(const QString &message, int code = Failure);
void printJson(const QJsonDocument &document);
// The option's date, or nothing when it is not set or not a date as YYYY-MM-DD.
std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name);
// What is wrong with the first date option given that is not a date, said for the person who
// typed it ("--date: 2026-02-30 is not a date; February 2026 has 28 days."); nothing when every
// date given is one. Checked before any command runs, so that none takes a bad date for none.
std::optional<QString> dateMistake(const QCommandLineParser &parser);
// "on" or "off"; anything else is nothing.
std::optional<bool> switchOption(const QCommandLineParser &parser, const QString &name);
// The translation context of the command line's own sentences.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::cli::Cli)

public:
    Cli() = delete;
};

struct Context
{
    QCommandLineParser &parser;
    QStringList arguments; // after the command
    StudentService &service;
    Database &database;
    PlacementService &placements;

    bool json() const { return parser.isSet(QStringLiteral("json")); }
};

using Command = int (*)(Context &);

// Students and their journey: import, record, steps, due, list, export.
int importCommand(Context &c);
int recordCommand(Context &c);
int stepsCommand(Context &c);
int dueCommand(Context &c);
int listCommand(Context &c);
int exportCommand(Context &c);
// Record keeping: history, undo, imports, undo-import, set, acknowledge, policy.
int historyCommand(Context &c);
int undoCommand(Context &c);
int importsCommand(Context &c);
int undoImportCommand(Context &c);
int setCommand(Context &c);
int acknowledgeCommand(Context &c);
int policyCommand(Context &c);
// Placements: units, add-unit, programmes, place, placements, placement-status, interrupt,
// compensation, unit-list.
int unitsCommand(Context &c);
int addUnitCommand(Context &c);
int programmesCommand(Context &c);
int placeCommand(Context &c);
int placementsCommand(Context &c);
int placementStatusCommand(Context &c);
int interruptCommand(Context &c);
int compensationCommand(Context &c);
int unitListCommand(Context &c);
int backupCommand(Context &c);

} // namespace vfu::cli
