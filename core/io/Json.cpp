#include "core/io/Json.h"

#include "core/StudentService.h"
#include "core/io/StudentImport.h"

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
        array.append(QJsonObject{
            {QStringLiteral("identity"), item.student.identity},
            {QStringLiteral("action"), Journey::actionCode(item.action.kind)},
            {QStringLiteral("due"), item.action.due.toString(Qt::ISODate)},
            {QStringLiteral("urgency"), Journey::urgencyCode(item.action.urgency)},
            {QStringLiteral("why"), item.action.why},
        });
    }
    return array;
}

QJsonArray students(const QList<StudentSummary> &summaries)
{
    QJsonArray array;
    for (const StudentSummary &summary : summaries) {
        const Student &s = summary.student;
        QJsonObject object{
            {QStringLiteral("identity"), s.identity},
            {QStringLiteral("familyName"), s.familyName},
            {QStringLiteral("givenNames"), s.givenNames},
            {QStringLiteral("email"), s.email},
            {QStringLiteral("programmeCode"), s.programmeCode},
            {QStringLiteral("programme"), s.programmeName},
            {QStringLiteral("hsaId"), summary.journey.hsaId},
            {QStringLiteral("stage"), Journey::stageCode(summary.journey.stage)},
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
