#include "app/cli/Cli.h"
#include "core/io/Json.h"
#include "core/io/PlacementImport.h"
#include "core/io/StudentExport.h"
#include "core/privacy/PrivacyGate.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vfu::cli {

namespace {

int printImportReport(Context &c, const ImportReport &report, std::optional<qint64> batch)
{
    if (c.json()) {
        QJsonObject object = json::importReport(report);
        if (batch)
            object.insert(QStringLiteral("batch"), *batch);
        printJson(QJsonDocument(object));
    } else {
        out() << Cli::tr("%1: %2, separator %3, header on line %4")
                     .arg(report.fileName, CsvReader::encodingName(report.encoding),
                          report.separator == u'\t' ? QStringLiteral("tab")
                                                    : QString(report.separator))
                     .arg(report.headerLine)
              << Qt::endl;
        // Translated once, and written without a flush a line: a list may have 100,000 lines.
        const QString lineText = Cli::tr("line %1: %2");
        const QString fates[] = {StudentImport::fateLabel(LineFate::Inserted),
                                 StudentImport::fateLabel(LineFate::Updated),
                                 StudentImport::fateLabel(LineFate::Unchanged),
                                 StudentImport::fateLabel(LineFate::Rejected)};
        QTextStream &stream = out();
        for (const LineOutcome &line : report.lines) {
            stream << lineText.arg(QString::number(line.line), fates[static_cast<int>(line.fate)]);
            if (!line.identity.isEmpty())
                stream << ' ' << line.identity;
            if (!line.changed.isEmpty()) {
                QStringList fields;
                for (const StudentField field : line.changed)
                    fields.append(StudentImport::fieldLabel(field));
                stream << " (" << fields.join(QStringLiteral(", ")) << ')';
            }
            if (!line.column.isEmpty())
                stream << " [" << line.column << ']';
            if (!line.reason.isEmpty())
                stream << ": " << line.reason;
            stream << '\n';
        }
        if (!report.addressColumns.isEmpty())
            out() << Cli::tr("Postal address columns ignored, never stored: %1")
                         .arg(report.addressColumns.join(QStringLiteral(", ")))
                  << Qt::endl;
        if (!report.ignoredColumns.isEmpty())
            out() << Cli::tr("Columns not used: %1")
                         .arg(report.ignoredColumns.join(QStringLiteral(", ")))
                  << Qt::endl;
        out() << Cli::tr("%1 inserted, %2 updated, %3 unchanged, %4 rejected%5")
                     .arg(report.count(LineFate::Inserted))
                     .arg(report.count(LineFate::Updated))
                     .arg(report.count(LineFate::Unchanged))
                     .arg(report.count(LineFate::Rejected))
                     .arg(batch ? Cli::tr(" (import %1)").arg(*batch) : QString())
              << Qt::endl;
    }
    return report.count(LineFate::Rejected) > 0 ? SomeLinesRejected : Success;
}

} // namespace

int importCommand(Context &c)
{
    if (c.arguments.size() != 1)
        return fail(Cli::tr("import needs exactly one FILE."), Usage);
    const QString kind = c.parser.value(QStringLiteral("kind"));
    if (kind == u"units" || kind == u"placements") {
        const Result<ImportReport> report =
            kind == u"units" ? PlacementImport::units(c.database, c.arguments.first(), true)
                             : PlacementImport::placements(c.database, c.service.clock().now(),
                                                           c.arguments.first(), true);
        if (!report)
            return fail(report.error());
        return printImportReport(c, *report, std::nullopt);
    }
    if (c.parser.isSet(QStringLiteral("kind")) && kind != u"students")
        return fail(Cli::tr("--kind must be students, units or placements."), Usage);

    const Result<ImportSource> source = StudentImport::readFile(c.arguments.first());
    if (!source)
        return fail(source.error());
    ImportPlan plan;
    const Result<qint64> batch =
        c.service.importNow(*source, StudentImport::guessMapping(source->header), plan);
    if (!batch)
        return fail(batch.error());
    return printImportReport(c, plan.report, *batch);
}

namespace {

// The value a step carries, from the option that names it.
QString stepValue(const Context &c, Step step)
{
    switch (step) {
    case Step::HsaIdRecorded:
        return c.parser.value(QStringLiteral("hsa-id"));
    case Step::CardChoiceMade:
        return c.parser.value(QStringLiteral("choice"));
    case Step::TemporaryCardExtended:
        return c.parser.value(QStringLiteral("until"));
    case Step::NameChanged:
        return c.parser.value(QStringLiteral("note"));
    default:
        return {};
    }
}

QString allStepCodes()
{
    QStringList codes;
    for (const Step s : Steps::all())
        codes.append(Steps::code(s));
    return codes.join(QStringLiteral(", "));
}

} // namespace

int recordCommand(Context &c)
{
    if (c.arguments.size() != 2)
        return fail(Cli::tr("record needs IDENTITY and STEP."), Usage);
    const std::optional<Step> step = Steps::fromCode(c.arguments.at(1));
    if (!step)
        return fail(Cli::tr("\"%1\" is not a step; the steps are: %2.")
                        .arg(c.arguments.at(1), allStepCodes()),
                    Usage);
    // main() has refused a --date that is not a date.
    const QDate date =
        dateOption(c.parser, QStringLiteral("date")).value_or(c.service.clock().today());
    const Result<Student> student = c.service.find(c.arguments.at(0));
    if (!student)
        return fail(student.error());
    const Result<JourneyEvent> event =
        c.service.record(student->id, *step, date, stepValue(c, *step));
    if (!event)
        return fail(event.error());
    if (c.json()) {
        QJsonObject object = json::event(*event);
        object.insert(QStringLiteral("identity"), student->identity);
        printJson(QJsonDocument(object));
    } else {
        out() << Cli::tr("%1: %2 on %3")
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
    if (c.json()) {
        printJson(QJsonDocument(json::dueActions(*actions)));
        return Success;
    }
    for (const StudentDueAction &item : *actions) {
        // Through the privacy gate like every list: a protected identity shows its alias.
        const ShownStudent shown = PrivacyGate::show(item.student, Audience::Coordinator);
        out() << item.action.due.toString(Qt::ISODate) << "  "
              << Journey::urgencyLabel(item.action.urgency) << "  "
              << (shown.identity.isEmpty() ? PrivacyGate::displayName(item.student)
                                           : shown.identity)
              << "  " << Journey::actionLabel(item.action.kind) << Qt::endl
              << "    " << item.action.why << Qt::endl;
    }
    if (actions->isEmpty())
        out() << Cli::tr("Nothing is due.") << Qt::endl;
    return Success;
}

int listCommand(Context &c)
{
    const Result<QList<StudentSummary>> summaries = c.service.summaries();
    if (!summaries)
        return fail(summaries.error());
    if (c.json()) {
        printJson(QJsonDocument(json::students(*summaries)));
        return Success;
    }
    for (const StudentSummary &s : *summaries) {
        // Through the privacy gate like every list: a protected identity shows its alias only.
        const ShownStudent shown = PrivacyGate::show(s.student, Audience::Coordinator);
        out() << (shown.identity.isEmpty() ? QStringLiteral("-") : shown.identity) << "  "
              << PrivacyGate::displayName(s.student) << "  " << s.student.programmeCode << "  "
              << Journey::stageLabel(s.journey.stage) << Qt::endl;
    }
    return Success;
}

int exportCommand(Context &c)
{
    const std::optional<CsvDialect> dialect =
        StudentExport::dialectFromCode(c.parser.value(QStringLiteral("format")));
    if (!dialect)
        return fail(Cli::tr("--format must be csv or excel-csv."), Usage);
    const QString output = c.parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(Cli::tr("export needs --output FILE."), Usage);
    if (const Status status = c.service.exportStudents(output, *dialect); !status)
        return fail(status.error());
    return Success;
}

int stepsCommand(Context &c)
{
    if (c.json()) {
        QJsonArray steps;
        for (const Step step : Steps::all())
            steps.append(QJsonObject{{QStringLiteral("code"), Steps::code(step)},
                                     {QStringLiteral("label"), Steps::label(step)},
                                     {QStringLiteral("description"), Steps::description(step)}});
        QJsonObject tracks;
        for (const Track track : Tracks::all()) {
            QJsonArray codes;
            for (const Step step : Tracks::steps(track))
                codes.append(Steps::code(step));
            tracks.insert(Tracks::code(track), codes);
        }
        printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("steps"), steps}, {QStringLiteral("tracks"), tracks}}));
        return Success;
    }
    for (const Step step : Steps::all())
        out() << Steps::code(step).leftJustified(24) << Steps::description(step) << Qt::endl;
    out() << Qt::endl;
    for (const Track track : Tracks::all()) {
        QStringList codes;
        for (const Step step : Tracks::steps(track))
            codes.append(Steps::code(step));
        out() << Cli::tr("Track %1 (%2): %3")
                     .arg(Tracks::code(track), Tracks::label(track),
                          codes.join(QStringLiteral(", ")))
              << Qt::endl;
    }
    out() << Cli::tr("Track other-region-card continues with the card steps of the choice; "
                     "no-personal-number may take JoBSH on Canvas (canvas-enrolled) instead of "
                     "Lärtorget; "
                     "name-changed and temporary-card-extended can come at any time.")
          << Qt::endl;
    return Success;
}

} // namespace vfu::cli
