// vfudesk-bench-core: times what core does for the Today list, an import and an export,
// in-process, so that the start of a process and the printing of JSON are not counted, and
// splits each into its phases to show where the time goes. Prints one JSON line per figure
// (see BenchSupport.h); scripts/bench runs it.
//
//   vfudesk-bench-core populate --database F --today D
//       gives every student a journey (see populate()), about 4 events a student
//   vfudesk-bench-core due --database F --today D [--runs N]
//   vfudesk-bench-core import --database F --today D FILE
//   vfudesk-bench-core export --database F --today D --output FILE [--runs N]

#include "BenchSupport.h"
#include "core/StudentService.h"
#include "core/clock/Clock.h"
#include "core/io/StudentExport.h"
#include "core/storage/Database.h"
#include "core/storage/NativeSqlite.h"
#include "core/storage/StudentStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHashFunctions>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <cstdio>

using namespace vfu;
using namespace vfu::bench;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "vfudesk-bench-core: %s\n", qPrintable(message));
    return 1;
}

// A fixed mix of a student's id, so that the journeys are the same on every run.
quint64 mixed(qint64 id, quint64 salt)
{
    quint64 value = static_cast<quint64>(id) * 0x9e3779b97f4a7c15ULL + salt;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

// Students at every stage, as a data file that has followed several years of students holds:
// three in four went through every step, their cards activated at some time in the last 4.5
// years (so that some are due for a new card); the rest are on their way, started within the
// last 150 days and stopped at some step (so that some wait for a JoBSH link, a card order or
// a photograph). About 6 events a student.
int populate(StudentService &service, Database &database, QDate today)
{
    const Result<QList<StudentSummary>> all = service.summaries();
    if (!all)
        return fail(all.error());

    Transaction transaction(database.connection());
    qint64 events = 0;
    for (const StudentSummary &summary : *all) {
        const qint64 id = summary.student.id;
        const bool finished = mixed(id, 1) % 4 != 0;
        const int steps = finished ? 8 : static_cast<int>(mixed(id, 2) % 8);
        const qint64 daysBack = finished ? 60 + static_cast<qint64>(mixed(id, 3) % 1580)
                                         : static_cast<qint64>(mixed(id, 3) % 150);
        QDate date = today.addDays(-daysBack);
        for (int s = 0; s < steps; ++s) {
            if (date > today)
                break;
            const Step step = Steps::ordinary().at(s);
            const QString hsaId = step == Step::HsaIdRecorded
                                      ? QStringLiteral("SE2321000016-B%1").arg(id, 0, 36).toUpper()
                                      : QString();
            if (const Result<JourneyEvent> event = service.record(id, step, date, hsaId); !event)
                return fail(event.error());
            ++events;
            date = date.addDays(1 + static_cast<qint64>(mixed(id, 4 + s) % 7));
        }
    }
    if (const Status status = transaction.commit(); !status)
        return fail(status.error());
    // The day's first read keeps every journey, as a coordinator's first look would: the
    // export and the window are then timed as on any later read that day, whatever the number
    // of runs. The cold read is timed on its own (due.cold).
    if (const Result<QList<StudentSummary>> kept = service.summaries(); !kept)
        return fail(kept.error());
    printFigure(QStringLiteral("populate.events"), once(static_cast<double>(events)),
                QStringLiteral("events"), all->size());
    return 0;
}

int due(StudentService &service, Database &database, QDate today, int runs)
{
    qint64 count = 0;
    const auto dueActions = [&count](StudentService &on) {
        const Result<QList<StudentDueAction>> actions = on.dueActions();
        count = actions ? actions->size() : -1;
    };
    // Cold: nothing kept, every journey evaluated and kept (as after a change of policy).
    QSqlQuery forget(database.connection());
    if (!forget.exec(QStringLiteral("DELETE FROM journey_cache")))
        return fail(QStringLiteral("the journey cache could not be emptied"));
    printFigure(QStringLiteral("due.cold"), timeRuns(1, [&] { dueActions(service); }),
                QStringLiteral("ms"), count);
    // Warm: as the Today list is read again the same day.
    const Runs total = timeRuns(runs, [&] { dueActions(service); });
    printFigure(QStringLiteral("due.total"), total, QStringLiteral("ms"), count);
    // The same through Qt's driver, as where it carries an SQLite of its own (NativeSqlite.h).
    {
        const NativeSqlite::Off throughQt;
        printFigure(QStringLiteral("due.throughQt"), timeRuns(runs, [&] { dueActions(service); }),
                    QStringLiteral("ms"), count);
    }
    // The next morning: the students whose journeys turn that day are evaluated again.
    const FixedClock tomorrow(today.addDays(1));
    StudentService nextMorning(database, tomorrow);
    printFigure(QStringLiteral("due.nextMorning"), timeRuns(1, [&] { dueActions(nextMorning); }),
                QStringLiteral("ms"), count);

    // The phases of the same work, to tell where the time goes.
    StudentStore store(database.connection());
    printFigure(QStringLiteral("due.readStudents"),
                timeRuns(runs, [&] { (void)store.students(); }));
    printFigure(QStringLiteral("due.readEvents"),
                timeRuns(runs, [&] { (void)store.eventsByStudent(); }));
    const Result<QList<Student>> students = store.students();
    const Result<QHash<qint64, QList<JourneyEvent>>> events = store.eventsByStudent();
    if (!students || !events)
        return fail(QStringLiteral("the data file could not be read"));
    printFigure(QStringLiteral("due.evaluate"), timeRuns(runs, [&] {
                    for (const Student &student : *students)
                        (void)Journey::evaluate(events->value(student.id), service.policy(), today);
                }));
    const Result<QList<StudentSummary>> summaries = service.summaries();
    if (!summaries)
        return fail(summaries.error());
    printFigure(QStringLiteral("due.collectAndSort"),
                timeRuns(runs, [&] { (void)StudentService::dueActions(*summaries); }));
    return 0;
}

int import(StudentService &service, const QString &file)
{
    Result<ImportSource> source = Result<ImportSource>::failure({});
    const Runs read = timeRuns(1, [&] { source = StudentImport::readFile(file); });
    if (!source)
        return fail(source.error());
    Result<ImportPlan> plan = Result<ImportPlan>::failure({});
    const Runs planned = timeRuns(1, [&] {
        plan = service.planImport(*source, StudentImport::guessMapping(source->header));
    });
    if (!plan)
        return fail(plan.error());
    Result<qint64> batch = Result<qint64>::failure({});
    const Runs applied = timeRuns(1, [&] { batch = service.applyImport(*plan); });
    if (!batch)
        return fail(batch.error());
    const qint64 rows = plan->inserts.size();
    printFigure(QStringLiteral("import.read"), read, QStringLiteral("ms"), rows);
    printFigure(QStringLiteral("import.plan"), planned, QStringLiteral("ms"), rows);
    printFigure(QStringLiteral("import.apply"), applied, QStringLiteral("ms"), rows);
    return 0;
}

int exportList(StudentService &service, const QString &output, int runs)
{
    Result<QList<StudentSummary>> summaries = Result<QList<StudentSummary>>::failure({});
    printFigure(QStringLiteral("export.summaries"),
                timeRuns(runs, [&] { summaries = service.summaries(); }));
    if (!summaries)
        return fail(summaries.error());
    printFigure(QStringLiteral("export.rows"),
                timeRuns(runs, [&] { (void)StudentExport::rows(*summaries); }));
    printFigure(QStringLiteral("export.write"), timeRuns(runs, [&] {
                    (void)StudentExport::write(output, *summaries, CsvDialect::Rfc4180);
                }));
    printFigure(QStringLiteral("export.total"),
                timeRuns(runs, [&] { (void)service.exportStudents(output, CsvDialect::Rfc4180); }),
                QStringLiteral("ms"), summaries->size());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("vfudesk.*.debug=false"));

    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("database"), QStringLiteral("The data file."), QStringLiteral("PATH")},
         {QStringLiteral("today"), QStringLiteral("Act as if today were this day."),
          QStringLiteral("YYYY-MM-DD")},
         {QStringLiteral("runs"), QStringLiteral("Runs to take the median of."),
          QStringLiteral("N"), QStringLiteral("7")},
         {QStringLiteral("output"), QStringLiteral("The file to export to."),
          QStringLiteral("FILE")}});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("populate, due, import FILE or export."));
    parser.process(app);

    const QStringList arguments = parser.positionalArguments();
    const QDate today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
    if (arguments.isEmpty() || !today.isValid() || !parser.isSet(QStringLiteral("database")))
        return fail(QStringLiteral("usage: see the top of CoreBenchmark.cpp"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    Result<std::unique_ptr<Database>> database =
        Database::open(parser.value(QStringLiteral("database")));
    if (!database)
        return fail(database.error());
    const FixedClock clock(today);
    StudentService service(*database.value(), clock);

    const QString command = arguments.first();
    if (command == u"populate")
        return populate(service, *database.value(), today);
    if (command == u"due")
        return due(service, *database.value(), today, runs);
    if (command == u"import" && arguments.size() == 2)
        return import(service, arguments.at(1));
    if (command == u"export" && parser.isSet(QStringLiteral("output")))
        return exportList(service, parser.value(QStringLiteral("output")), runs);
    return fail(QStringLiteral("usage: see the top of CoreBenchmark.cpp"));
}
