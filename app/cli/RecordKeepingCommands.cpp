#include "app/cli/Cli.h"
#include "core/io/Json.h"
#include "core/policy/Policy.h"
#include "core/storage/Backup.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace vfu::cli {

int historyCommand(Context &c)
{
    if (c.arguments.size() != 1)
        return fail(Cli::tr("history needs IDENTITY."), Usage);
    const Result<Student> student = c.service.find(c.arguments.first());
    if (!student)
        return fail(student.error());
    const Result<QList<HistoryEntry>> entries = c.service.timeline(student->id);
    if (!entries)
        return fail(entries.error());
    if (c.json()) {
        printJson(QJsonDocument(json::timeline(*entries)));
        return Success;
    }
    for (const HistoryEntry &entry : *entries) {
        out() << entry.at.toString(Qt::ISODate) << "  " << entry.by << "  " << entry.text;
        if (entry.eventId)
            out() << "  [" << Cli::tr("step %1").arg(entry.eventId) << ']';
        if (entry.cancelled)
            out() << "  " << Cli::tr("(undone)");
        out() << Qt::endl;
    }
    return Success;
}

int undoCommand(Context &c)
{
    if (c.arguments.size() != 1)
        return fail(Cli::tr("undo needs IDENTITY (and --event N for another step than the last)."),
                    Usage);
    const Result<Student> student = c.service.find(c.arguments.first());
    if (!student)
        return fail(student.error());
    Result<JourneyEvent> undone = Result<JourneyEvent>::failure({});
    if (c.parser.isSet(QStringLiteral("event"))) {
        bool isNumber = false;
        const qint64 eventId = c.parser.value(QStringLiteral("event")).toLongLong(&isNumber);
        if (!isNumber)
            return fail(Cli::tr("--event needs the number of a step, as `history` shows it."),
                        Usage);
        undone = c.service.undoStep(student->id, eventId);
    } else {
        undone = c.service.undoLast(student->id);
    }
    if (!undone)
        return fail(undone.error());
    if (c.json())
        printJson(QJsonDocument(json::event(*undone)));
    else
        out() << Cli::tr("Undone: %1 on %2")
                     .arg(Steps::label(undone->step), undone->date.toString(Qt::ISODate))
              << Qt::endl;
    return Success;
}

int importsCommand(Context &c)
{
    const Result<QList<ImportBatch>> batches = c.service.importBatches();
    if (!batches)
        return fail(batches.error());
    QJsonArray array;
    for (const ImportBatch &batch : *batches) {
        QJsonObject object{{QStringLiteral("batch"), batch.id},
                           {QStringLiteral("file"), batch.fileName},
                           {QStringLiteral("at"), batch.importedAt.toString(Qt::ISODate)},
                           {QStringLiteral("by"), batch.importedBy},
                           {QStringLiteral("inserted"), batch.inserted},
                           {QStringLiteral("updated"), batch.updated},
                           {QStringLiteral("unchanged"), batch.unchanged},
                           {QStringLiteral("rejected"), batch.rejected}};
        if (batch.undoneAt.isValid())
            object.insert(QStringLiteral("undoneAt"), batch.undoneAt.toString(Qt::ISODate));
        array.append(object);
        if (!c.json()) {
            out() << batch.id << "  " << batch.importedAt.toString(Qt::ISODate) << "  "
                  << batch.fileName << "  "
                  << Cli::tr("%1 inserted, %2 updated, %3 unchanged, %4 rejected")
                         .arg(batch.inserted)
                         .arg(batch.updated)
                         .arg(batch.unchanged)
                         .arg(batch.rejected);
            if (batch.undoneAt.isValid())
                out() << "  " << Cli::tr("(undone %1)").arg(batch.undoneAt.toString(Qt::ISODate));
            out() << Qt::endl;
        }
    }
    if (c.json())
        printJson(QJsonDocument(array));
    return Success;
}

int undoImportCommand(Context &c)
{
    bool isNumber = false;
    const qint64 batchId = c.arguments.value(0).toLongLong(&isNumber);
    if (c.arguments.size() != 1 || !isNumber)
        return fail(Cli::tr("undo-import needs the number of an import, as `imports` shows it."),
                    Usage);
    const Result<ImportUndoReport> report = c.service.undoImport(batchId);
    if (!report)
        return fail(report.error());
    if (c.json()) {
        printJson(QJsonDocument(json::importUndo(*report)));
        return Success;
    }
    out() << Cli::tr("Import %1 undone: %2 students removed, %3 fields set back.")
                 .arg(batchId)
                 .arg(report->removed)
                 .arg(report->reverted)
          << Qt::endl;
    for (const QString &kept : report->kept)
        out() << "  " << kept << Qt::endl;
    return Success;
}

int setCommand(Context &c)
{
    if (c.arguments.size() != 1)
        return fail(Cli::tr("set needs IDENTITY."), Usage);
    StudentChanges changes;
    changes.reason = c.parser.value(QStringLiteral("reason"));
    if (c.parser.isSet(QStringLiteral("track"))) {
        const QString value = c.parser.value(QStringLiteral("track"));
        const std::optional<Track> track = Tracks::fromCode(value);
        if (!track && value != u"auto")
            return fail(Cli::tr("--track must be ordinary, no-personal-number, region-card, "
                                "other-region-card or auto."),
                        Usage);
        changes.track = track;
    }
    if (c.parser.isSet(QStringLiteral("protection"))) {
        changes.protection = Protections::fromCode(c.parser.value(QStringLiteral("protection")));
        if (!changes.protection)
            return fail(Cli::tr("--protection must be none, address or alias."), Usage);
    }
    if (c.parser.isSet(QStringLiteral("alias")))
        changes.alias = c.parser.value(QStringLiteral("alias"));
    for (const auto &[name, target] : {std::pair{QStringLiteral("secrecy"), &changes.klippSecrecy},
                                       std::pair{QStringLiteral("exchange"), &changes.exchange}}) {
        if (!c.parser.isSet(name))
            continue;
        *target = switchOption(c.parser, name);
        if (!target->has_value())
            return fail(Cli::tr("--%1 must be on or off.").arg(name), Usage);
    }

    const Result<Student> student = c.service.find(c.arguments.first());
    if (!student)
        return fail(student.error());
    const Result<Student> changed = c.service.change(student->id, changes);
    if (!changed)
        return fail(changed.error());
    const Result<StudentSummary> summary = c.service.summary(student->id);
    if (!summary)
        return fail(summary.error());
    if (c.json()) {
        printJson(QJsonDocument(json::students({*summary}).first().toObject()));
    } else {
        out() << Cli::tr("%1: track %2, protection %3, KliPP secrecy %4, exchange %5")
                     .arg(student->identity, Tracks::code(summary->journey.track),
                          Protections::code(changed->protection),
                          changed->klippSecrecy ? QStringLiteral("on") : QStringLiteral("off"),
                          changed->exchange ? QStringLiteral("on") : QStringLiteral("off"))
              << Qt::endl;
    }
    return Success;
}

int acknowledgeCommand(Context &c)
{
    if (c.arguments.size() != 2)
        return fail(Cli::tr("acknowledge needs IDENTITY and ACTION (and --until YYYY-MM-DD)."),
                    Usage);
    const std::optional<ActionKind> kind = Journey::actionFromCode(c.arguments.at(1));
    if (!kind)
        return fail(
            Cli::tr("\"%1\" is not an action code; `due` shows them.").arg(c.arguments.at(1)),
            Usage);
    const std::optional<QDate> until = dateOption(c.parser, QStringLiteral("until"));
    if (!until)
        return fail(Cli::tr("acknowledge needs --until YYYY-MM-DD."), Usage);
    const Result<Student> student = c.service.find(c.arguments.first());
    if (!student)
        return fail(student.error());
    if (const Status status = c.service.acknowledge(student->id, *kind, *until,
                                                    c.parser.value(QStringLiteral("note")));
        !status)
        return fail(status.error());
    if (!c.json())
        out() << Cli::tr("%1: %2 set aside until %3")
                     .arg(student->identity, Journey::actionLabel(*kind),
                          until->toString(Qt::ISODate))
              << Qt::endl;
    return Success;
}

int policyCommand(Context &c)
{
    const QList<PolicySetting> settings = PolicySettings::all();
    const QString verb = c.arguments.value(0);
    if (verb == u"set" || verb == u"reset") {
        Policy policy = c.service.policy();
        const QString key = c.arguments.value(1);
        const auto setting = std::find_if(settings.cbegin(), settings.cend(),
                                          [&key](const PolicySetting &s) { return s.key == key; });
        if (setting == settings.cend())
            return fail(Cli::tr("\"%1\" is not a setting; `policy` lists them.").arg(key), Usage);
        bool isNumber = true;
        const int value =
            verb == u"reset" ? setting->defaultValue : c.arguments.value(2).toInt(&isNumber);
        if (!isNumber || (verb == u"set" && c.arguments.size() != 3))
            return fail(Cli::tr("policy set needs KEY and a whole number."), Usage);
        setting->set(policy, value);
        if (const Status status = c.service.setPolicy(policy); !status)
            return fail(status.error());
    } else if (!verb.isEmpty()) {
        return fail(Cli::tr("policy takes no argument, or set KEY VALUE, or reset KEY."), Usage);
    }

    QJsonArray array;
    for (const PolicySetting &setting : settings) {
        const int value = setting.get(c.service.policy());
        array.append(QJsonObject{{QStringLiteral("key"), setting.key},
                                 {QStringLiteral("value"), value},
                                 {QStringLiteral("default"), setting.defaultValue},
                                 {QStringLiteral("unit"), setting.unit},
                                 {QStringLiteral("label"), setting.label}});
        if (!c.json())
            out() << setting.key.leftJustified(40) << QString::number(value).rightJustified(4)
                  << ' ' << setting.unit
                  << (value == setting.defaultValue
                          ? QString()
                          : Cli::tr("  (default %1)").arg(setting.defaultValue))
                  << Qt::endl;
    }
    if (c.json())
        printJson(QJsonDocument(array));
    return Success;
}

int backupCommand(Context &c)
{
    if (c.arguments.size() != 1)
        return fail(Cli::tr("backup needs the FILE to write."), Usage);
    if (const Status status = Backup::write(c.database, c.arguments.first()); !status)
        return fail(status.error());
    out() << Cli::tr("Backup written to %1.").arg(QDir::toNativeSeparators(c.arguments.first()))
          << Qt::endl;
    return Success;
}

} // namespace vfu::cli
