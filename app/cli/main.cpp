// vfudesk-cli: everything the window does, for scripts and batch work. Argument parsing and
// printing only; the work is done by core, through the same calls as the window.

#include "core/StudentService.h"
#include "core/clock/Clock.h"
#include "core/i18n/Translations.h"
#include "core/io/Json.h"
#include "core/io/StudentExport.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace vfu;

namespace {

// Exit codes, documented in the README: scripts rely on them.
enum Exit { Success = 0, Failure = 1, Usage = 2, SomeLinesRejected = 3 };

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int code = Failure)
{
    err() << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return code;
}

void printJson(const QJsonDocument &document)
{
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out().flush();
}

std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return std::nullopt;
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

struct Context
{
    QCommandLineParser &parser;
    QStringList arguments; // after the command
    StudentService &service;
};

int importCommand(Context &c)
{
    if (c.arguments.size() != 1)
        return fail(QCoreApplication::translate("cli", "import needs exactly one FILE."), Usage);
    const Result<ImportSource> source = StudentImport::readFile(c.arguments.first());
    if (!source)
        return fail(source.error());
    const Result<ImportPlan> plan =
        c.service.planImport(*source, StudentImport::guessMapping(source->header));
    if (!plan)
        return fail(QStringLiteral("%1: %2").arg(source->fileName, plan.error()));
    const Result<qint64> batch = c.service.applyImport(*plan);
    if (!batch)
        return fail(batch.error());

    const ImportReport &report = plan->report;
    if (c.parser.isSet(QStringLiteral("json"))) {
        QJsonObject object = json::importReport(report);
        object.insert(QStringLiteral("batch"), *batch);
        printJson(QJsonDocument(object));
    } else {
        out() << QCoreApplication::translate("cli", "%1: %2, separator %3, header on line %4")
                     .arg(report.fileName, CsvReader::encodingName(report.encoding),
                          report.separator == u'\t' ? QStringLiteral("tab")
                                                    : QString(report.separator))
                     .arg(report.headerLine)
              << Qt::endl;
        for (const LineOutcome &line : report.lines) {
            out() << QCoreApplication::translate("cli", "line %1: %2")
                         .arg(line.line)
                         .arg(StudentImport::fateLabel(line.fate));
            if (!line.identity.isEmpty())
                out() << ' ' << line.identity;
            QStringList fields;
            for (const StudentField field : line.changed)
                fields.append(StudentImport::fieldLabel(field));
            if (!fields.isEmpty())
                out() << " (" << fields.join(QStringLiteral(", ")) << ')';
            if (!line.column.isEmpty())
                out() << " [" << line.column << ']';
            if (!line.reason.isEmpty())
                out() << ": " << line.reason;
            out() << Qt::endl;
        }
        if (!report.addressColumns.isEmpty())
            out() << QCoreApplication::translate("cli",
                                                 "Postal address columns ignored, never stored: %1")
                         .arg(report.addressColumns.join(QStringLiteral(", ")))
                  << Qt::endl;
        if (!report.ignoredColumns.isEmpty())
            out() << QCoreApplication::translate("cli", "Columns not used: %1")
                         .arg(report.ignoredColumns.join(QStringLiteral(", ")))
                  << Qt::endl;
        out() << QCoreApplication::translate(
                     "cli", "%1 inserted, %2 updated, %3 unchanged, %4 rejected (import %5)")
                     .arg(report.count(LineFate::Inserted))
                     .arg(report.count(LineFate::Updated))
                     .arg(report.count(LineFate::Unchanged))
                     .arg(report.count(LineFate::Rejected))
                     .arg(*batch)
              << Qt::endl;
    }
    return report.count(LineFate::Rejected) > 0 ? SomeLinesRejected : Success;
}

int recordCommand(Context &c)
{
    if (c.arguments.size() != 2)
        return fail(QCoreApplication::translate("cli", "record needs IDENTITY and STEP."), Usage);
    const std::optional<Step> step = Steps::fromCode(c.arguments.at(1));
    if (!step) {
        QStringList codes;
        for (const Step s : Steps::ordinary())
            codes.append(Steps::code(s));
        return fail(QCoreApplication::translate("cli", "\"%1\" is not a step; the steps are: %2.")
                        .arg(c.arguments.at(1), codes.join(QStringLiteral(", "))),
                    Usage);
    }
    QDate date = c.service.clock().today();
    if (c.parser.isSet(QStringLiteral("date"))) {
        const std::optional<QDate> given = dateOption(c.parser, QStringLiteral("date"));
        if (!given)
            return fail(
                QCoreApplication::translate("cli", "--date needs a date as YYYY-MM-DD, not \"%1\".")
                    .arg(c.parser.value(QStringLiteral("date"))),
                Usage);
        date = *given;
    }
    const Result<Student> student = c.service.find(c.arguments.at(0));
    if (!student)
        return fail(student.error());
    const Result<JourneyEvent> event =
        c.service.record(student->id, *step, date, c.parser.value(QStringLiteral("hsa-id")));
    if (!event)
        return fail(event.error());
    if (c.parser.isSet(QStringLiteral("json"))) {
        QJsonObject object = json::event(*event);
        object.insert(QStringLiteral("identity"), student->identity);
        printJson(QJsonDocument(object));
    } else {
        out() << QCoreApplication::translate("cli", "%1: %2 on %3")
                     .arg(student->identity, Steps::label(*step), date.toString(Qt::ISODate))
              << Qt::endl;
    }
    return Success;
}

int dueCommand(Context &c)
{
    const Result<QList<StudentDueAction>> actions = c.service.dueActions();
    if (!actions)
        return fail(actions.error());
    if (c.parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(json::dueActions(*actions)));
        return Success;
    }
    for (const StudentDueAction &item : *actions) {
        out() << item.action.due.toString(Qt::ISODate) << "  "
              << Journey::urgencyLabel(item.action.urgency) << "  " << item.student.identity << "  "
              << Journey::actionLabel(item.action.kind) << Qt::endl
              << "    " << item.action.why << Qt::endl;
    }
    if (actions->isEmpty())
        out() << QCoreApplication::translate("cli", "Nothing is due.") << Qt::endl;
    return Success;
}

int listCommand(Context &c)
{
    const Result<QList<StudentSummary>> summaries = c.service.summaries();
    if (!summaries)
        return fail(summaries.error());
    if (c.parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(json::students(*summaries)));
        return Success;
    }
    for (const StudentSummary &s : *summaries) {
        out() << s.student.identity << "  " << s.student.familyName << ", " << s.student.givenNames
              << "  " << s.student.programmeCode << "  " << Journey::stageLabel(s.journey.stage)
              << Qt::endl;
    }
    return Success;
}

int exportCommand(Context &c)
{
    const std::optional<CsvDialect> dialect =
        StudentExport::dialectFromCode(c.parser.value(QStringLiteral("format")));
    if (!dialect)
        return fail(QCoreApplication::translate("cli", "--format must be csv or excel-csv."),
                    Usage);
    const QString output = c.parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(QCoreApplication::translate("cli", "export needs --output FILE."), Usage);
    if (const Status status = c.service.exportStudents(output, *dialect); !status)
        return fail(status.error());
    return Success;
}

int stepsCommand(Context &c)
{
    if (c.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Step step : Steps::ordinary())
            array.append(QJsonObject{{QStringLiteral("code"), Steps::code(step)},
                                     {QStringLiteral("label"), Steps::label(step)},
                                     {QStringLiteral("description"), Steps::description(step)}});
        printJson(QJsonDocument(array));
        return Success;
    }
    for (const Step step : Steps::ordinary())
        out() << Steps::code(step).leftJustified(22) << Steps::description(step) << Qt::endl;
    return Success;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("vfudesk.*.debug=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("VFU Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("vfudesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VFU_VERSION));
    installTranslations(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Follows students from the Ladok list to a working staff card.\n\n"
        "Commands:\n"
        "  import FILE [--json]                    import a Ladok student list (CSV)\n"
        "  record IDENTITY STEP [--date D] [--hsa-id ID]  record a step of a student's journey\n"
        "  steps [--json]                          list the step codes\n"
        "  due [--on D] [--json]                   what is due, most urgent first\n"
        "  list [--json]                           every student with stage\n"
        "  export --format csv|excel-csv --output FILE"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("database"),
         QCoreApplication::translate("cli", "The data file (default: %1).")
             .arg(Database::defaultPath()),
         QStringLiteral("PATH")},
        {QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.")},
        {QStringLiteral("date"),
         QCoreApplication::translate("cli", "The day the step happened (default: today)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("hsa-id"),
         QCoreApplication::translate("cli", "The HSA-ID, with the step hsa-id."),
         QStringLiteral("ID")},
        {QStringLiteral("on"),
         QCoreApplication::translate("cli", "Show what is due on this day (default: today)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("today"),
         QCoreApplication::translate("cli", "Act as if today were this day."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("format"),
         QCoreApplication::translate("cli", "csv (RFC 4180) or excel-csv (Swedish Excel)."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("output"), QCoreApplication::translate("cli", "The file to write."),
         QStringLiteral("FILE")},
    });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("cli", "What to do (see above)."));
    parser.process(app);

    QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty())
        return fail(QCoreApplication::translate("cli", "no command given; see --help."), Usage);
    const QString command = arguments.takeFirst();

    std::unique_ptr<Clock> clock = std::make_unique<SystemClock>();
    for (const QString &name : {QStringLiteral("today"), QStringLiteral("on")}) {
        if (!parser.isSet(name))
            continue;
        const std::optional<QDate> day = dateOption(parser, name);
        if (!day)
            return fail(
                QCoreApplication::translate("cli", "--%1 needs a date as YYYY-MM-DD, not \"%2\".")
                    .arg(name, parser.value(name)),
                Usage);
        clock = std::make_unique<FixedClock>(*day);
    }

    using Command = int (*)(Context &);
    const QHash<QString, Command> commands = {
        {QStringLiteral("import"), &importCommand}, {QStringLiteral("record"), &recordCommand},
        {QStringLiteral("due"), &dueCommand},       {QStringLiteral("list"), &listCommand},
        {QStringLiteral("export"), &exportCommand}, {QStringLiteral("steps"), &stepsCommand},
    };
    const Command run = commands.value(command);
    if (!run)
        return fail(
            QCoreApplication::translate("cli", "\"%1\" is not a command; see --help.").arg(command),
            Usage);

    const QString path = parser.isSet(QStringLiteral("database"))
                             ? parser.value(QStringLiteral("database"))
                             : Database::defaultPath();
    if (!parser.isSet(QStringLiteral("database")))
        QDir().mkpath(QFileInfo(path).absolutePath());
    Result<std::unique_ptr<Database>> database = Database::open(path);
    if (!database)
        return fail(database.error());
    StudentService service(*database.value(), *clock);
    Context context{parser, arguments, service};
    return run(context);
}
