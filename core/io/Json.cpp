#include "core/io/Json.h"

#include "core/StudentService.h"
#include "core/io/StudentImport.h"
#include "core/privacy/PrivacyGate.h"

namespace vfu::json {

QJsonObject importReport(const ImportReport &report)
{
    QJsonArray rejected;
    QJsonArray lines;
    for (const LineOutcome &outcome : report.lines) {
        QJsonObject line{{QStringLiteral("line"), outcome.line},
                         {QStringLiteral("fate"), StudentImport::fateCode(outcome.fate)}};
        if (!outcome.identity.isEmpty())
            line.insert(QStringLiteral("identity"), outcome.identity);
        if (outcome.fate == LineFate::Updated) {
            QJsonArray fields;
            for (const StudentField field : outcome.changed)
                fields.append(StudentImport::fieldCode(field));
            line.insert(QStringLiteral("fields"), fields);
        }
        if (outcome.fate == LineFate::Rejected) {
            rejected.append(QJsonObject{{QStringLiteral("line"), outcome.line},
                                        {QStringLiteral("column"), outcome.column},
                                        {QStringLiteral("reason"), outcome.reason}});
            line.insert(QStringLiteral("column"), outcome.column);
        }
        if (!outcome.reason.isEmpty())
            line.insert(QStringLiteral("reason"), outcome.reason);
        lines.append(line);
    }

    return {{QStringLiteral("inserted"), report.count(LineFate::Inserted)},
            {QStringLiteral("updated"), report.count(LineFate::Updated)},
            {QStringLiteral("unchanged"), report.count(LineFate::Unchanged)},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("ignoredColumns"), QJsonArray::fromStringList(report.ignoredColumns)},
            {QStringLiteral("addressColumnsIgnored"),
             QJsonArray::fromStringList(report.addressColumns)}};
}

QJsonArray dueActions(const QList<StudentDueAction> &actions)
{
    QJsonArray array;
    for (const StudentDueAction &item : actions) {
        const ShownStudent shown = PrivacyGate::show(item.student, Audience::Coordinator);
        QJsonObject object{
            {QStringLiteral("identity"), shown.identity},
            {QStringLiteral("action"), Journey::actionCode(item.action.kind)},
            {QStringLiteral("due"), item.action.due.toString(Qt::ISODate)},
            {QStringLiteral("urgency"), Journey::urgencyCode(item.action.urgency)},
            {QStringLiteral("why"), item.action.why},
            {QStringLiteral("name"), PrivacyGate::displayName(item.student)},
            {QStringLiteral("programmeCode"), item.student.programmeCode},
            {QStringLiteral("resolvedBy"), Steps::code(item.action.resolvedBy)},
        };
        if (shown.withheld)
            object.insert(QStringLiteral("protected"), true);
        array.append(object);
    }
    return array;
}

QJsonArray students(const QList<StudentSummary> &summaries)
{
    QJsonArray array;
    for (const StudentSummary &summary : summaries) {
        const Student &s = summary.student;
        const ShownStudent shown = PrivacyGate::show(s, Audience::Coordinator);
        QJsonObject object{
            {QStringLiteral("identity"), shown.identity},
            {QStringLiteral("familyName"), shown.familyName},
            {QStringLiteral("givenNames"), shown.givenNames},
            {QStringLiteral("email"), shown.email},
            {QStringLiteral("programmeCode"), s.programmeCode},
            {QStringLiteral("programme"), s.programmeName},
            {QStringLiteral("hsaId"), shown.withheld ? QString() : summary.journey.hsaId},
            {QStringLiteral("stage"), Journey::stageCode(summary.journey.stage)},
            {QStringLiteral("track"), Tracks::code(summary.journey.track)},
            {QStringLiteral("protection"), Protections::code(s.protection)},
            {QStringLiteral("klippSecrecy"), s.klippSecrecy},
            {QStringLiteral("exchange"), s.exchange},
        };
        if (summary.journey.nextStep)
            object.insert(QStringLiteral("nextStep"), Steps::code(*summary.journey.nextStep));
        if (!summary.journey.dueActions.isEmpty()) {
            const DueAction &next = summary.journey.dueActions.constFirst();
            object.insert(QStringLiteral("nextAction"), Journey::actionCode(next.kind));
            object.insert(QStringLiteral("nextActionDue"), next.due.toString(Qt::ISODate));
        }
        array.append(object);
    }
    return array;
}

QJsonArray timeline(const QList<HistoryEntry> &entries)
{
    static const char *const kinds[] = {"step",          "undo", "import",
                                        "import-undone", "edit", "acknowledgement"};
    QJsonArray array;
    for (const HistoryEntry &entry : entries) {
        QJsonObject object{
            {QStringLiteral("at"), entry.at.toString(Qt::ISODate)},
            {QStringLiteral("by"), entry.by},
            {QStringLiteral("kind"), QLatin1String(kinds[static_cast<int>(entry.kind)])},
            {QStringLiteral("text"), entry.text}};
        if (entry.eventId)
            object.insert(QStringLiteral("event"), entry.eventId);
        if (entry.cancelled)
            object.insert(QStringLiteral("cancelled"), true);
        array.append(object);
    }
    return array;
}

QJsonObject importUndo(const ImportUndoReport &report)
{
    return {{QStringLiteral("batch"), report.batchId},
            {QStringLiteral("removed"), report.removed},
            {QStringLiteral("reverted"), report.reverted},
            {QStringLiteral("kept"), QJsonArray::fromStringList(report.kept)}};
}

QJsonObject event(const JourneyEvent &event)
{
    QJsonObject object{{QStringLiteral("id"), event.id},
                       {QStringLiteral("step"), Steps::code(event.step)},
                       {QStringLiteral("date"), event.date.toString(Qt::ISODate)},
                       {QStringLiteral("recordedAt"), event.recordedAt.toString(Qt::ISODate)},
                       {QStringLiteral("recordedBy"), event.recordedBy}};
    if (!event.value.isEmpty())
        object.insert(QStringLiteral("value"), event.value);
    if (event.isCancellation())
        object.insert(QStringLiteral("cancels"), event.cancels);
    return object;
}

} // namespace vfu::json
