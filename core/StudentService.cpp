#include "core/StudentService.h"

#include "core/identity/HsaId.h"
#include "core/identity/IdentityNumber.h"
#include "core/io/StudentExport.h"
#include "core/storage/Database.h"

#include <algorithm>

namespace vfu {

StudentService::StudentService(Database &database, const Clock &clock, Policy policy)
    : m_database(database)
    , m_clock(clock)
    , m_policy(policy)
    , m_store(database.connection())
{}

Result<QList<StudentSummary>> StudentService::summaries()
{
    using R = Result<QList<StudentSummary>>;
    const Result<QList<Student>> students = m_store.students();
    if (!students)
        return R::failure(students.error());
    const Result<QHash<qint64, QList<JourneyEvent>>> events = m_store.eventsByStudent();
    if (!events)
        return R::failure(events.error());

    const QDate today = m_clock.today();
    QList<StudentSummary> result;
    result.reserve(students->size());
    for (const Student &student : *students)
        result.append({student, Journey::evaluate(events->value(student.id), m_policy, today)});
    return R::success(std::move(result));
}

Result<StudentSummary> StudentService::summary(qint64 studentId)
{
    using R = Result<StudentSummary>;
    const Result<QList<Student>> students = m_store.students();
    if (!students)
        return R::failure(students.error());
    const auto found = std::find_if(students->cbegin(), students->cend(),
                                    [studentId](const Student &s) { return s.id == studentId; });
    if (found == students->cend())
        return R::failure(tr("The student is no longer in the data file."));
    const Result<QList<JourneyEvent>> events = m_store.events(studentId);
    if (!events)
        return R::failure(events.error());
    return R::success({*found, Journey::evaluate(*events, m_policy, m_clock.today())});
}

QList<StudentDueAction> StudentService::dueActions(const QList<StudentSummary> &summaries)
{
    QList<StudentDueAction> actions;
    for (const StudentSummary &summary : summaries) {
        for (const DueAction &action : summary.journey.dueActions)
            actions.append({summary.student, action});
    }
    std::stable_sort(actions.begin(), actions.end(),
                     [](const StudentDueAction &a, const StudentDueAction &b) {
                         return Journey::moreUrgent(a.action, b.action);
                     });
    return actions;
}

Result<QList<StudentDueAction>> StudentService::dueActions()
{
    const Result<QList<StudentSummary>> all = summaries();
    if (!all)
        return Result<QList<StudentDueAction>>::failure(all.error());
    return Result<QList<StudentDueAction>>::success(dueActions(*all));
}

Result<Student> StudentService::find(const QString &identityText)
{
    using R = Result<Student>;
    const Result<IdentityNumber> identity = IdentityNumber::parse(identityText, m_clock.today());
    if (!identity)
        return R::failure(
            tr("\"%1\" is not an identity number: %2").arg(identityText, identity.error()));
    const Result<std::optional<Student>> student = m_store.studentByIdentity(identity->canonical());
    if (!student)
        return R::failure(student.error());
    if (!student->has_value())
        return R::failure(tr("No student has the identity number %1.").arg(identity->canonical()));
    return R::success(**student);
}

Result<ImportPlan> StudentService::planImport(const ImportSource &source,
                                              const ColumnMapping &mapping)
{
    const Result<QList<Student>> students = m_store.students();
    if (!students)
        return Result<ImportPlan>::failure(students.error());
    QHash<QString, Student> existing;
    existing.reserve(students->size());
    for (const Student &student : *students)
        existing.insert(student.identity, student);
    return StudentImport::plan(source, mapping, existing, m_clock.today());
}

Result<qint64> StudentService::applyImport(const ImportPlan &plan)
{
    return StudentImport::apply(m_store, plan, m_clock.now(), currentOperator());
}

Result<JourneyEvent> StudentService::record(qint64 studentId, Step step, QDate date,
                                            const QString &hsaIdText)
{
    using R = Result<JourneyEvent>;
    if (!date.isValid())
        return R::failure(tr("The date is not a valid date."));
    if (date > m_clock.today())
        return R::failure(tr("%1 is in the future; record a step on the day it happened.")
                              .arg(date.toString(Qt::ISODate)));

    JourneyEvent event;
    event.step = step;
    event.date = date;
    if (step == Step::HsaIdRecorded) {
        if (hsaIdText.trimmed().isEmpty())
            return R::failure(tr("Recording the HSA-ID needs the HSA-ID itself."));
        const Result<HsaId> hsaId = HsaId::parse(hsaIdText);
        if (!hsaId)
            return R::failure(hsaId.error());
        event.value = hsaId->toString();
    } else if (!hsaIdText.isEmpty()) {
        return R::failure(tr("An HSA-ID can only be given with the step \"hsa-id\"."));
    }
    event.recordedAt = m_clock.now();
    event.recordedBy = currentOperator();

    const Result<qint64> id = m_store.appendEvent(studentId, event);
    if (!id)
        return R::failure(id.error());
    event.id = *id;
    return R::success(event);
}

Result<JourneyEvent> StudentService::undoLast(qint64 studentId)
{
    using R = Result<JourneyEvent>;
    const Result<QList<JourneyEvent>> events = m_store.events(studentId);
    if (!events)
        return R::failure(events.error());
    const QList<JourneyEvent> active = activeEvents(*events);
    if (active.isEmpty())
        return R::failure(tr("There is no step to undo."));

    const JourneyEvent &last = active.constLast();
    JourneyEvent cancellation = last;
    cancellation.cancels = last.id;
    cancellation.recordedAt = m_clock.now();
    cancellation.recordedBy = currentOperator();
    const Result<qint64> id = m_store.appendEvent(studentId, cancellation);
    if (!id)
        return R::failure(id.error());
    return R::success(last);
}

Result<QList<JourneyEvent>> StudentService::history(qint64 studentId)
{
    return m_store.events(studentId);
}

Status StudentService::exportStudents(const QString &path, CsvDialect dialect)
{
    const Result<QList<StudentSummary>> all = summaries();
    if (!all)
        return Status::failure(all.error());
    return StudentExport::write(path, *all, dialect);
}

} // namespace vfu
