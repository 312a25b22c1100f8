// StudentService: where the students stand (their journeys, kept in the journey cache), the
// Today list and the export. The rest of the service is in StudentService.cpp.
#include "core/StudentService.h"
#include "core/io/CsvFile.h"
#include "core/io/StudentExport.h"
#include "core/placements/PlacementRules.h"
#include "core/storage/JourneyCache.h"
#include "core/storage/PlacementStore.h"

#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace vfu {
namespace {

// Most urgent first, and equally urgent ones in the order given. The keys are sorted rather
// than the actions, which are large.
// Students kept by one refresh from which the log is copied into the data file at once.
constexpr qsizetype manyKept = 1000;

void sortMostUrgentFirst(QList<StudentDueAction> &actions)
{
    // Journey::moreUrgent as plain numbers, an action's place in the list breaking ties so that
    // equally urgent actions keep their order: a sort of small keys rather than of actions.
    std::vector<std::tuple<int, qint64, qsizetype>> order;
    order.reserve(static_cast<size_t>(actions.size()));
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const DueAction &action = actions.at(i).action;
        order.emplace_back(static_cast<int>(action.urgency), action.due.toJulianDay(), i);
    }
    std::sort(order.begin(), order.end());
    QList<StudentDueAction> sorted;
    sorted.reserve(actions.size());
    for (const auto &[urgency, due, i] : order)
        sorted.append(std::move(actions[i]));
    actions = std::move(sorted);
}

} // namespace

Result<QList<StudentSummary>> StudentService::summaries()
{
    using R = Result<QList<StudentSummary>>;
    const Result<QList<Student>> students = m_store.students();
    if (!students)
        return R::failure(students.error());
    QHash<qint64, JourneyState> states;
    if (m_policyIsStored) {
        Result<Refreshed> fresh = refreshStale();
        if (!fresh)
            return R::failure(fresh.error());
        Result<QHash<qint64, JourneyState>> kept =
            JourneyCache(m_store.database()).read(m_clock.today(), m_policy);
        if (!kept)
            return R::failure(kept.error());
        states = std::move(kept.value());
        states.insert(fresh->states);
    }
    // Students the cache had nothing for: with a policy of this service's own, every one; else
    // any that another program added a moment ago.
    QList<Student> missing;
    for (const Student &student : *students) {
        if (!states.contains(student.id))
            missing.append(student);
    }
    const Result<QList<JourneyState>> evaluated = evaluate(missing);
    if (!evaluated)
        return R::failure(evaluated.error());
    for (qsizetype i = 0; i < missing.size(); ++i)
        states.insert(missing.at(i).id, evaluated->at(i));

    QList<StudentSummary> result;
    result.reserve(students->size());
    for (const Student &student : *students) {
        JourneyState journey = states.take(student.id);
        journey.track = Journey::trackOf(student);
        result.append({student, std::move(journey)});
    }
    return R::success(std::move(result));
}

Result<StudentSummary> StudentService::summary(qint64 studentId)
{
    using R = Result<StudentSummary>;
    const Result<std::optional<Student>> student = m_store.studentById(studentId);
    if (!student)
        return R::failure(student.error());
    if (!student->has_value())
        return R::failure(tr("The student is no longer in the data file."));
    const Result<QList<JourneyState>> journey = evaluate({**student});
    if (!journey)
        return R::failure(journey.error());
    return R::success({**student, journey->first()});
}

Result<StudentService::Refreshed> StudentService::refreshStale()
{
    using R = Result<Refreshed>;
    JourneyCache cache(m_store.database());
    const QDate today = m_clock.today();
    Result<QList<qint64>> stale = cache.staleStudents(today);
    if (!stale)
        return R::failure(stale.error());
    if (stale->isEmpty())
        return R::success({{}, true});

    // Under the write lock, so that nothing the journeys are evaluated from changes before
    // they are kept; and again which are stale, as another program may have kept them.
    Transaction transaction(m_store.database(), Transaction::Lock::Immediate);
    if (transaction.begun()) {
        stale = cache.staleStudents(today);
        if (!stale)
            return R::failure(stale.error());
    }
    const Result<QList<Student>> students = m_store.studentsById(*stale);
    if (!students)
        return R::failure(students.error());
    const Result<QList<JourneyState>> states = evaluate(*students);
    if (!states)
        return R::failure(states.error());
    Refreshed refreshed;
    for (qsizetype i = 0; i < students->size(); ++i)
        refreshed.states.insert(students->at(i).id, states->at(i));
    // A data file that cannot be written just now still gets its answer, only slower.
    refreshed.kept = transaction.begun();
    for (qsizetype i = 0; refreshed.kept && i < students->size(); ++i)
        refreshed.kept = cache.store(students->at(i), states->at(i), today).isOk();
    if (refreshed.kept)
        refreshed.kept = transaction.commit().isOk();
    // Until the log is copied into the file and emptied, every read looks up each page in it:
    // after many rows were kept (the first read of a day, a change of policy) the Today list
    // read from the file took 40% longer. Copied now, if no one else is reading just then; a
    // busy file is left to SQLite's own checkpoints.
    if (refreshed.kept && students->size() >= manyKept) {
        QSqlQuery checkpoint(m_store.database());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return R::success(std::move(refreshed));
}

Result<QList<JourneyState>> StudentService::evaluate(const QList<Student> &students)
{
    using R = Result<QList<JourneyState>>;
    if (students.isEmpty())
        return R::success({});
    QList<qint64> ids;
    ids.reserve(students.size());
    for (const Student &student : students)
        ids.append(student.id);
    const Result<QHash<qint64, QList<JourneyEvent>>> events = m_store.eventsOf(ids);
    if (!events)
        return R::failure(events.error());
    const auto acknowledgements = ids.size() == 1 ? m_store.acknowledgementsByStudent(ids.first())
                                                  : m_store.acknowledgementsByStudent();
    if (!acknowledgements)
        return R::failure(acknowledgements.error());
    PlacementStore placementStore(m_store.database());
    const Result<QList<Placement>> placements = placementStore.placements();
    if (!placements)
        return R::failure(placements.error());
    const Result<QList<Unit>> units = placementStore.units();
    if (!units)
        return R::failure(units.error());
    QHash<qint64, QList<Placement>> placementsOf;
    for (const Placement &placement : *placements)
        placementsOf[placement.studentId].append(placement);
    QHash<qint64, Unit> unitById;
    for (const Unit &unit : *units)
        unitById.insert(unit.id, unit);

    const QDate today = m_clock.today();
    QList<JourneyState> result;
    result.reserve(students.size());
    for (const Student &student : students) {
        const QList<Acknowledgement> acks = acknowledgements->value(student.id);
        JourneyState journey =
            Journey::evaluate(student, events->value(student.id), m_policy, today, acks);
        const auto own = placementsOf.constFind(student.id);
        if (own != placementsOf.cend())
            Journey::addActions(journey,
                                PlacementRules::blockingActions(journey, *own, unitById, m_policy,
                                                                today, &journey.changesOn),
                                acks, today);
        result.append(std::move(journey));
    }
    return R::success(std::move(result));
}

QList<StudentDueAction> StudentService::dueActions(const QList<StudentSummary> &summaries)
{
    QList<StudentDueAction> actions;
    for (const StudentSummary &summary : summaries) {
        for (const DueAction &action : summary.journey.dueActions)
            actions.append({summary.student, action});
    }
    sortMostUrgentFirst(actions);
    return actions;
}

Result<QList<StudentDueAction>> StudentService::dueActions()
{
    using R = Result<QList<StudentDueAction>>;
    const Result<Refreshed> fresh =
        m_policyIsStored ? refreshStale() : Result<Refreshed>::failure({});
    if (!m_policyIsStored || !fresh || !fresh->kept) {
        // Every journey evaluated here and now: slower, and the same answer.
        const Result<QList<StudentSummary>> all = summaries();
        if (!all)
            return R::failure(all.error());
        return R::success(dueActions(*all));
    }
    Result<QList<StudentDueAction>> actions =
        JourneyCache(m_store.database()).readDue(m_clock.today(), m_policy);
    if (actions)
        sortMostUrgentFirst(actions.value());
    return actions;
}

Status StudentService::exportStudents(const QString &path, CsvDialect dialect,
                                      const Progress &progress)
{
    const Result<Refreshed> fresh =
        m_policyIsStored ? refreshStale() : Result<Refreshed>::failure({});
    const Result<qint64> count = m_store.studentCount();
    if (!m_policyIsStored || !fresh || !fresh->kept || !count) {
        // Every journey evaluated here and now: slower, and the same list.
        const Result<QList<StudentSummary>> all = summaries();
        if (!all)
            return Status::failure(all.error());
        return CsvFile::save(path, StudentExport::rows(*all), dialect, progress);
    }
    // Row by row from the journey cache, without holding the list.
    Status read = ok();
    bool cancelled = false;
    const Status written = CsvFile::save(path, dialect, [&](CsvWriter &writer) {
        writer.writeRow(StudentExport::header());
        qint64 done = 0;
        read = JourneyCache(m_store.database())
                   .eachStudent(m_clock.today(),
                                [&](const Student &student, const std::optional<Stage> &stage,
                                    const QString &hsaId) {
                                    if (progress && done % 256 == 0 && !progress(done, *count)) {
                                        cancelled = true;
                                        return false;
                                    }
                                    ++done;
                                    if (stage) {
                                        writer.writeRow(StudentExport::row(student, *stage, hsaId));
                                        return true;
                                    }
                                    // Added or changed by another program a moment ago.
                                    const Result<StudentSummary> one = summary(student.id);
                                    if (!one) {
                                        read = Status::failure(one.error());
                                        return false;
                                    }
                                    writer.writeRow(StudentExport::row(student, one->journey.stage,
                                                                       one->journey.hsaId));
                                    return true;
                                });
        return read && !cancelled;
    });
    return read ? written : read;
}

} // namespace vfu
