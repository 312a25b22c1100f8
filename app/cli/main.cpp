// vfudesk-cli: everything the window does, for scripts and batch work. Argument parsing and
// dispatch only; the commands print what core returns.

#include "app/cli/Cli.h"
#include "core/clock/Clock.h"
#include "core/i18n/Translations.h"
#include "core/storage/Backup.h"
#include "core/storage/DataFileLock.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

using namespace vfu;
using namespace vfu::cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("VFU Desk"));
    // The same name as the window: both open the same data file by default.
    QCoreApplication::setApplicationName(QStringLiteral("vfudesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VFU_VERSION));
    installTranslations(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Follows students from the Ladok list to a working staff card.\n\n"
        "Commands:\n"
        "  import FILE [--json]             import a Ladok student list (CSV)\n"
        "  record IDENTITY STEP [--date D] [--hsa-id ID] [--choice C] [--until D] [--note TEXT]\n"
        "                                   record a step of a student's journey\n"
        "  steps [--json]                   the step codes, and the steps of each track\n"
        "  due [--on D] [--json]            what is due, most urgent first\n"
        "  list [--json]                    every student with stage\n"
        "  export --format csv|excel-csv --output FILE\n"
        "  history IDENTITY [--json]        every change to a student\n"
        "  undo IDENTITY [--event N]        undo a student's last step (or step N)\n"
        "  set IDENTITY [--track T] [--protection none|address|alias] [--alias NAME]\n"
        "               [--secrecy on|off] [--exchange on|off] [--reason TEXT]\n"
        "  acknowledge IDENTITY ACTION --until D [--note TEXT]   set a due action aside\n"
        "  imports [--json]                 the imports made\n"
        "  undo-import BATCH [--json]       undo an import\n"
        "  policy [set KEY VALUE | reset KEY] [--json]   the routine's numbers\n"
        "  import --kind units|placements FILE [--json]  import units or placements\n"
        "  units [--json]; add-unit NAME [--hsa-id ID] [--region inside|outside] [--address A]\n"
        "                 [--contact NAME] [--email E] [--phone P]\n"
        "  programmes [CODE --route R --funding F] [--json]\n"
        "  place IDENTITY UNIT --start D --end D [--course C] [--route R] [--reason TEXT]\n"
        "  placements [--json]; placement-status PLACEMENT STATUS [--date D]\n"
        "  interrupt PLACEMENT --date D --examiner NAME --reason TEXT\n"
        "  compensation --from D --to D [--json] [--output FILE --format csv|excel-csv]\n"
        "  unit-list UNIT --from D --to D --output FILE [--format csv|excel-csv]\n"
        "  backup FILE                      write a backup of the data file\n"
        "  restore FILE                     put a backup in place of the data file"));

    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("database"),
         Cli::tr("The data file (default: %1).").arg(Database::defaultPath()),
         QStringLiteral("PATH")},
        {QStringLiteral("json"), Cli::tr("Print JSON.")},
        {QStringLiteral("date"), Cli::tr("The day the step happened (default: today)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("hsa-id"), Cli::tr("The HSA-ID, with the step hsa-id."),
         QStringLiteral("ID")},
        {QStringLiteral("on"), Cli::tr("Show what is due on this day (default: today)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("today"), Cli::tr("Act as if today were this day."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("format"), Cli::tr("csv (RFC 4180) or excel-csv (Swedish Excel)."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("output"), Cli::tr("The file to write."), QStringLiteral("FILE")},
        {QStringLiteral("choice"), Cli::tr("With card-choice: new-card or temporary-card."),
         QStringLiteral("CHOICE")},
        {QStringLiteral("until"),
         Cli::tr("With temporary-card-extended and acknowledge: the last day."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("note"), Cli::tr("With name-changed and acknowledge: a note."),
         QStringLiteral("TEXT")},
        {QStringLiteral("event"), Cli::tr("With undo: the step to undo, as history shows it."),
         QStringLiteral("N")},
        {QStringLiteral("track"),
         Cli::tr(
             "With set: ordinary, no-personal-number, region-card, other-region-card, or auto."),
         QStringLiteral("TRACK")},
        {QStringLiteral("protection"), Cli::tr("With set: none, address or alias."),
         QStringLiteral("KIND")},
        {QStringLiteral("alias"), Cli::tr("With set: the alias of a protected identity."),
         QStringLiteral("NAME")},
        {QStringLiteral("secrecy"), Cli::tr("With set: KliPP's secrecy switch, on or off."),
         QStringLiteral("on|off")},
        {QStringLiteral("exchange"), Cli::tr("With set: an exchange student, on or off."),
         QStringLiteral("on|off")},
        {QStringLiteral("reason"), Cli::tr("With set: why (needed for a change of track)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("kind"), Cli::tr("With import: students (default), units or placements."),
         QStringLiteral("KIND")},
        {QStringLiteral("region"), Cli::tr("With add-unit: inside or outside the region."),
         QStringLiteral("REGION")},
        {QStringLiteral("address"), Cli::tr("With add-unit: the unit's address."),
         QStringLiteral("TEXT")},
        {QStringLiteral("contact"), Cli::tr("With add-unit: the contact person."),
         QStringLiteral("NAME")},
        {QStringLiteral("email"), Cli::tr("With add-unit: the contact's e-mail."),
         QStringLiteral("EMAIL")},
        {QStringLiteral("phone"), Cli::tr("With add-unit: the contact's phone."),
         QStringLiteral("PHONE")},
        {QStringLiteral("route"), Cli::tr("klipp, pre-reserved, direct or own-clinic."),
         QStringLiteral("ROUTE")},
        {QStringLiteral("funding"), Cli::tr("With programmes CODE: klipp, alf or own-clinic."),
         QStringLiteral("FUNDING")},
        {QStringLiteral("course"), Cli::tr("With place: the course code."), QStringLiteral("CODE")},
        {QStringLiteral("start"), Cli::tr("With place: the first day."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("end"), Cli::tr("With place: the last day."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("from"), Cli::tr("The first day of the period."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("to"), Cli::tr("The last day of the period."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("examiner"), Cli::tr("With interrupt: the examiner."),
         QStringLiteral("NAME")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("What to do (see above)."));
    // Not process(): a mistake on the command line exits 2 (Usage) with vfudesk-cli's own name,
    // as every other mistake of the command line does.
    if (!parser.parse(app.arguments()))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(Success);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty())
        return fail(Cli::tr("no command given; see --help."), Usage);
    const QString command = arguments.takeFirst();

    if (const std::optional<QString> mistake = dateMistake(parser))
        return fail(*mistake, Usage);
    std::unique_ptr<Clock> clock = std::make_unique<SystemClock>();
    for (const QString &name : {QStringLiteral("today"), QStringLiteral("on")}) {
        if (const std::optional<QDate> day = dateOption(parser, name))
            clock = std::make_unique<FixedClock>(*day);
    }

    const QHash<QString, Command> commands = {
        {QStringLiteral("import"), &importCommand},
        {QStringLiteral("record"), &recordCommand},
        {QStringLiteral("due"), &dueCommand},
        {QStringLiteral("list"), &listCommand},
        {QStringLiteral("export"), &exportCommand},
        {QStringLiteral("steps"), &stepsCommand},
        {QStringLiteral("history"), &historyCommand},
        {QStringLiteral("undo"), &undoCommand},
        {QStringLiteral("imports"), &importsCommand},
        {QStringLiteral("undo-import"), &undoImportCommand},
        {QStringLiteral("set"), &setCommand},
        {QStringLiteral("acknowledge"), &acknowledgeCommand},
        {QStringLiteral("policy"), &policyCommand},
        {QStringLiteral("units"), &unitsCommand},
        {QStringLiteral("add-unit"), &addUnitCommand},
        {QStringLiteral("programmes"), &programmesCommand},
        {QStringLiteral("place"), &placeCommand},
        {QStringLiteral("placements"), &placementsCommand},
        {QStringLiteral("placement-status"), &placementStatusCommand},
        {QStringLiteral("interrupt"), &interruptCommand},
        {QStringLiteral("compensation"), &compensationCommand},
        {QStringLiteral("unit-list"), &unitListCommand},
        {QStringLiteral("backup"), &backupCommand},
    };
    const Command run = commands.value(command);
    if (!run && command != u"restore")
        return fail(Cli::tr("\"%1\" is not a command; see --help.").arg(command), Usage);

    const QString path = parser.isSet(QStringLiteral("database"))
                             ? parser.value(QStringLiteral("database"))
                             : Database::defaultPath();
    if (!parser.isSet(QStringLiteral("database")))
        QDir().mkpath(QFileInfo(path).absolutePath());
    // A restore replaces the file, so it runs before the file is opened, and not while a
    // window has it open.
    if (command == u"restore") {
        if (arguments.size() != 1)
            return fail(Cli::tr("restore needs the backup FILE."), Usage);
        const Result<std::unique_ptr<DataFileLock>> lock = DataFileLock::acquire(path);
        if (!lock)
            return fail(lock.error());
        if (const Status status = Backup::restore(arguments.first(), path); !status)
            return fail(status.error());
        out() << Cli::tr("Restored %1 from %2; the file it replaced is kept as %1.before-restore.")
                     .arg(QDir::toNativeSeparators(path),
                          QDir::toNativeSeparators(arguments.first()))
              << Qt::endl;
        return Success;
    }
    Result<std::unique_ptr<Database>> database = Database::open(path);
    if (!database)
        return fail(database.error());
    StudentService service(*database.value(), *clock);
    PlacementService placements(*database.value(), *clock, service.policy());
    Context context{parser, arguments, service, *database.value(), placements};
    return run(context);
}
