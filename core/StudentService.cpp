#include "core/StudentService.h"

#include "core/clock/IsoDate.h"
#include "core/identity/HsaId.h"
#include "core/identity/IdentityNumber.h"
#include "core/privacy/PrivacyGate.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"

#include <QSet>

#include <algorithm>

namespace vfu {
namespace {

Policy storedPolicy(Database &database)
{
    const Result<Policy> policy = SettingsStore(database.connection()).policy();
    return policy ? *policy : Policy{};
}

// Who a report sentence is about: the identity number, or only the alias of a protected
// identity, because reports are lists too.
QString shownAs(const Student &student)
{
    const ShownStudent shown = PrivacyGate::show(student, Audience::Coordinator);
    return shown.identity.isEmpty() ? PrivacyGate::displayName(student) : shown.identity;
}

QString onOff(bool value)
{
    return value ? QStringLiteral("on") : QStringLiteral("off");
}

} // namespace

StudentService::StudentService(Database &database, const Clock &clock, std::optional<Policy> policy)
    : m_database(database)
    , m_clock(clock)
    , m_policy(storedPolicy(database))
    , m_store(database.connection())
    , m_batches(database.connection())
{
    if (policy && *policy != m_policy) {
        m_policy = *policy;
        m_policyIsStored = false;
    }
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

QString StudentService::dataPath() const
{
    return m_database.path();
}

Result<ImportPlan> StudentService::planImport(const ImportSource &source,
                                              const ColumnMapping &mapping)
{
    const Result<QHash<QString, Student>> existing = m_store.listedFieldsByIdentity();
    if (!existing)
        return Result<ImportPlan>::failure(existing.error());
    return StudentImport::plan(source, mapping, *existing, m_clock.today());
}

Result<qint64> StudentService::applyImport(const ImportPlan &plan, const Progress &progress)
{
    return StudentImport::apply(m_store, plan, m_clock.now(), currentOperator(), progress);
}

Result<qint64> StudentService::importNow(const ImportSource &source, const ColumnMapping &mapping,
                                         ImportPlan &plan, const Progress &progress)
{
    using R = Result<qint64>;
    Transaction transaction(m_store.database(), Transaction::Lock::Immediate);
    if (!transaction.begun())
        return R::failure(transaction.whyNotBegun());
    Result<ImportPlan> planned = planImport(source, mapping);
    if (!planned)
        return R::failure(QStringLiteral("%1: %2").arg(source.fileName, planned.error()));
    plan = std::move(planned).value();

    const Result<qint64> batch =
        StudentImport::write(m_store, plan, m_clock.now(), currentOperator(), progress);
    if (!batch)
        return batch;
    if (const Status status = transaction.commit(); !status)
        return R::failure(status.error());
    return batch;
}

Status StudentService::checkRecordable(qint64 studentId, const JourneyEvent &event)
{
    const Result<std::optional<Student>> student = m_store.studentById(studentId);
    if (!student)
        return Status::failure(student.error());
    if (!*student)
        return Status::failure(tr("The student is no longer in the data file."));
    // A coordination number may leave the birth day unknown: then nothing is checked.
    const QDate born = birthDateOf((*student)->identity, m_clock.today());
    if (born.isValid() && event.date < born)
        return Status::failure(
            tr("%1 lies before the student was born (%2).")
                .arg(event.date.toString(Qt::ISODate), born.toString(Qt::ISODate)));

    const Result<QList<JourneyEvent>> events = m_store.events(studentId);
    if (!events)
        return Status::failure(events.error());
    for (const JourneyEvent &earlier : activeEvents(*events)) {
        if (earlier.step == event.step && earlier.date == event.date &&
            earlier.value == event.value)
            return Status::failure(
                tr("\"%1\" is already recorded on %2.")
                    .arg(Steps::label(event.step), event.date.toString(Qt::ISODate)));
    }
    return ok();
}

Result<JourneyEvent> StudentService::record(qint64 studentId, Step step, QDate date,
                                            const QString &value)
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
    const QString given = value.trimmed();
    switch (step) {
    case Step::HsaIdRecorded: {
        if (given.isEmpty())
            return R::failure(tr("Recording the HSA-ID needs the HSA-ID itself."));
        const Result<HsaId> hsaId = HsaId::parse(given);
        if (!hsaId)
            return R::failure(hsaId.error());
        event.value = hsaId->toString();
        break;
    }
    case Step::CardChoiceMade: {
        const std::optional<CardChoice> choice = Tracks::choiceFromCode(given);
        if (!choice)
            return R::failure(tr("Choose \"new-card\" or \"temporary-card\"."));
        event.value = Tracks::choiceCode(*choice);
        break;
    }
    case Step::TemporaryCardExtended: {
        const Result<StudentSummary> current = summary(studentId);
        if (!current)
            return R::failure(current.error());
        const QDate issued = current->journey.dateOf(Step::TemporaryCardIssued);
        if (!issued.isValid())
            return R::failure(tr("No temporary card has been issued, so none can be extended."));
        const QDate latest = Journey::lastDayAfterMonths(issued, m_policy.temporaryCardMaxMonths);
        const QDate until = given.isEmpty() ? latest : isoDate(given);
        if (!until.isValid())
            return R::failure(
                tr("The new last day must be a date as YYYY-MM-DD, not \"%1\".").arg(given));
        if (until > latest)
            return R::failure(
                tr("A temporary card can be valid %1 months in all: until %2 at the latest.")
                    .arg(m_policy.temporaryCardMaxMonths)
                    .arg(latest.toString(Qt::ISODate)));
        if (until <= current->journey.temporaryCardEnds)
            return R::failure(tr("The card is already valid until %1.")
                                  .arg(current->journey.temporaryCardEnds.toString(Qt::ISODate)));
        event.value = until.toString(Qt::ISODate);
        break;
    }
    case Step::NameChanged:
        event.value = given;
        break;
    default:
        if (!given.isEmpty())
            return R::failure(tr("The step \"%1\" takes no value.").arg(Steps::code(step)));
        break;
    }
    if (const Status plausible = checkRecordable(studentId, event); !plausible)
        return R::failure(plausible.error());
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
    // Under the write lock from the read on: two undos at once undo two steps, not one twice.
    Transaction transaction(m_store.database(), Transaction::Lock::Immediate);
    const Result<QList<JourneyEvent>> events = m_store.events(studentId);
    if (!events)
        return Result<JourneyEvent>::failure(events.error());
    const QList<JourneyEvent> active = activeEvents(*events);
    if (active.isEmpty())
        return Result<JourneyEvent>::failure(tr("There is no step to undo."));
    return committed(transaction, cancel(studentId, active.constLast().id));
}

Result<JourneyEvent> StudentService::undoStep(qint64 studentId, qint64 eventId)
{
    Transaction transaction(m_store.database(), Transaction::Lock::Immediate);
    return committed(transaction, cancel(studentId, eventId));
}

Result<JourneyEvent> StudentService::committed(Transaction &transaction,
                                               Result<JourneyEvent> result)
{
    // Within a transaction of the caller's, that one commits.
    if (!result || !transaction.begun())
        return result;
    if (const Status status = transaction.commit(); !status)
        return Result<JourneyEvent>::failure(status.error());
    return result;
}

Result<JourneyEvent> StudentService::cancel(qint64 studentId, qint64 eventId)
{
    using R = Result<JourneyEvent>;
    const Result<QList<JourneyEvent>> events = m_store.events(studentId);
    if (!events)
        return R::failure(events.error());
    const QList<JourneyEvent> active = activeEvents(*events);
    const auto found = std::find_if(active.cbegin(), active.cend(),
                                    [eventId](const JourneyEvent &e) { return e.id == eventId; });
    if (found == active.cend())
        return R::failure(tr("That step is not in force, so it cannot be undone."));

    JourneyEvent cancellation = *found;
    cancellation.cancels = found->id;
    cancellation.recordedAt = m_clock.now();
    cancellation.recordedBy = currentOperator();
    const Result<qint64> id = m_store.appendEvent(studentId, cancellation);
    if (!id)
        return R::failure(id.error());
    return R::success(*found);
}

Result<QList<JourneyEvent>> StudentService::history(qint64 studentId)
{
    return m_store.events(studentId);
}

Result<Student> StudentService::change(qint64 studentId, const StudentChanges &changes)
{
    using R = Result<Student>;
    const Result<StudentSummary> current = summary(studentId);
    if (!current)
        return R::failure(current.error());
    const Student before = current->student;
    Student after = before;
    if (changes.track)
        after.track = *changes.track;
    if (changes.protection)
        after.protection = *changes.protection;
    if (changes.alias) {
        after.alias = changes.alias->trimmed();
        if (const std::optional<QString> problem = StudentImport::notPlainText(after.alias))
            return R::failure(tr("The alias is not taken: %1").arg(*problem));
    }
    if (changes.klippSecrecy)
        after.klippSecrecy = *changes.klippSecrecy;
    if (changes.exchange)
        after.exchange = *changes.exchange;

    if (after.track != before.track && changes.reason.trimmed().isEmpty())
        return R::failure(tr("Say why the track changes."));
    if (after.protection == Protection::Alias && after.alias.isEmpty())
        return R::failure(tr("A protected identity needs an alias: the name that lists may show."));

    const auto trackText = [](const Student &s) {
        return s.track ? Tracks::code(*s.track) : QStringLiteral("(from the identity number)");
    };
    QList<StudentEdit> edits;
    const auto note = [&](const QString &field, const QString &oldValue, const QString &newValue) {
        if (oldValue != newValue)
            edits.append({0, studentId, field, oldValue, newValue, changes.reason.trimmed(),
                          m_clock.now(), currentOperator()});
    };
    note(QStringLiteral("track"), trackText(before), trackText(after));
    note(QStringLiteral("protection"), Protections::code(before.protection),
         Protections::code(after.protection));
    // The alias itself is a protected fact too: the history says that it changed, not to what.
    if (before.alias != after.alias)
        note(QStringLiteral("alias"),
             before.alias.isEmpty() ? QString() : QStringLiteral("(alias)"),
             after.alias.isEmpty() ? QString() : QStringLiteral("(new alias)"));
    note(QStringLiteral("klipp-secrecy"), onOff(before.klippSecrecy), onOff(after.klippSecrecy));
    note(QStringLiteral("exchange"), onOff(before.exchange), onOff(after.exchange));
    if (edits.isEmpty())
        return R::success(before);

    Transaction transaction(m_store.database());
    if (const Status status = m_store.updateAttributes(after); !status)
        return R::failure(status.error());
    for (const StudentEdit &edit : edits) {
        if (const Result<qint64> id = m_store.insertEdit(edit); !id)
            return R::failure(id.error());
    }
    if (const Status status = transaction.commit(); !status)
        return R::failure(status.error());
    return R::success(after);
}

Status StudentService::acknowledge(qint64 studentId, ActionKind kind, QDate until,
                                   const QString &note)
{
    if (!until.isValid() || until < m_clock.today())
        return Status::failure(tr("Set the action aside until today or a later day."));
    Acknowledgement ack;
    ack.kind = kind;
    ack.until = until;
    ack.note = note.trimmed();
    ack.recordedAt = m_clock.now();
    ack.recordedBy = currentOperator();
    const Result<qint64> id = m_store.insertAcknowledgement(studentId, ack);
    if (!id)
        return Status::failure(id.error());
    return ok();
}

Result<QList<ImportBatch>> StudentService::importBatches()
{
    return m_batches.all();
}

Result<ImportUndoReport> StudentService::undoImport(qint64 batchId)
{
    using R = Result<ImportUndoReport>;
    const Result<ImportBatch> batch = m_batches.batch(batchId);
    if (!batch)
        return R::failure(batch.error());
    if (batch->undoneAt.isValid())
        return R::failure(tr("Import %1 was already undone on %2 by %3.")
                              .arg(batchId)
                              .arg(batch->undoneAt.toString(Qt::ISODate), batch->undoneBy));
    const Result<QList<qint64>> added = m_batches.studentsAddedBy(batchId);
    if (!added)
        return R::failure(added.error());
    const Result<QList<ImportChange>> changes = m_batches.changesOfBatch(batchId);
    if (!changes)
        return R::failure(changes.error());
    const Result<QList<Student>> students = m_store.students();
    if (!students)
        return R::failure(students.error());
    QHash<qint64, Student> byId;
    for (const Student &student : *students)
        byId.insert(student.id, student);

    ImportUndoReport report;
    report.batchId = batchId;
    Transaction transaction(m_store.database());
    for (const qint64 studentId : *added) {
        const Result<bool> changedSince =
            m_batches.changedSince(studentId, batchId, batch->importedAt);
        if (!changedSince)
            return R::failure(changedSince.error());
        if (*changedSince) {
            report.kept.append(tr("%1 stays: there are later changes to the student.")
                                   .arg(shownAs(byId.value(studentId))));
            continue;
        }
        if (const Status status = m_store.deleteStudent(studentId); !status)
            return R::failure(status.error());
        ++report.removed;
    }

    QHash<qint64, Student> reverted;
    for (const ImportChange &change : *changes) {
        const auto student = byId.constFind(change.studentId);
        if (student == byId.cend())
            continue;
        const std::optional<StudentField> field = StudentImport::fieldFromCode(change.field);
        if (!field)
            continue;
        Student &target = reverted.contains(change.studentId)
                              ? reverted[change.studentId]
                              : (reverted[change.studentId] = *student);
        const Result<bool> later =
            m_batches.fieldChangedLater(change.studentId, batchId, change.field);
        if (!later)
            return R::failure(later.error());
        if (*later || StudentImport::valueOf(target, *field) != change.newValue) {
            report.kept.append(tr("%1 keeps its %2: it was changed again after this import.")
                                   .arg(shownAs(*student), StudentImport::fieldLabel(*field)));
            continue;
        }
        StudentImport::setValueOf(target, *field, change.oldValue);
        ++report.reverted;
    }
    for (const Student &student : std::as_const(reverted)) {
        if (const Status status = m_store.updateStudent(student); !status)
            return R::failure(status.error());
    }
    if (const Status status = m_batches.markUndone(batchId, m_clock.now(), currentOperator());
        !status)
        return R::failure(status.error());
    if (const Status status = transaction.commit(); !status)
        return R::failure(status.error());
    return R::success(report);
}

Result<QList<HistoryEntry>> StudentService::timeline(qint64 studentId)
{
    using R = Result<QList<HistoryEntry>>;
    using Kind = HistoryEntry::Kind;
    QList<HistoryEntry> entries;

    // Built in the order things happen, so that entries written in the same second stay in it.
    const Result<QList<ImportChange>> changes = m_batches.changesOfStudent(studentId);
    if (!changes)
        return R::failure(changes.error());
    QHash<qint64, ImportBatch> batches;
    for (const ImportChange &change : *changes) {
        if (!batches.contains(change.batchId)) {
            const Result<ImportBatch> batch = m_batches.batch(change.batchId);
            if (!batch)
                return R::failure(batch.error());
            batches.insert(change.batchId, *batch);
        }
        const ImportBatch &batch = batches[change.batchId];
        const std::optional<StudentField> field = StudentImport::fieldFromCode(change.field);
        const QString text =
            field ? tr("Import %1 (%2) changed the %3 from \"%4\" to \"%5\"")
                        .arg(QString::number(batch.id), batch.fileName,
                             StudentImport::fieldLabel(*field), change.oldValue, change.newValue)
                  : tr("Added by import %1 (%2)").arg(QString::number(batch.id), batch.fileName);
        entries.append(
            {Kind::Import, batch.importedAt, batch.importedBy, text, 0, batch.undoneAt.isValid()});
    }
    for (const ImportBatch &batch : std::as_const(batches)) {
        if (batch.undoneAt.isValid())
            entries.append(
                {Kind::ImportUndone, batch.undoneAt, batch.undoneBy,
                 tr("Import %1 (%2) was undone").arg(QString::number(batch.id), batch.fileName), 0,
                 false});
    }

    const Result<QList<JourneyEvent>> events = m_store.events(studentId);
    if (!events)
        return R::failure(events.error());
    QSet<qint64> cancelled;
    for (const JourneyEvent &event : *events) {
        if (event.isCancellation())
            cancelled.insert(event.cancels);
    }
    for (const JourneyEvent &event : *events) {
        const QString date = event.date.toString(Qt::ISODate);
        HistoryEntry entry{Kind::Step, event.recordedAt, event.recordedBy,
                           {},         event.id,         cancelled.contains(event.id)};
        if (event.isCancellation()) {
            entry.kind = Kind::Cancellation;
            entry.text = tr("Undone: %1 on %2").arg(Steps::label(event.step), date);
        } else if (event.value.isEmpty()) {
            entry.text = tr("%1 on %2").arg(Steps::label(event.step), date);
        } else {
            entry.text = tr("%1 on %2: %3").arg(Steps::label(event.step), date, event.value);
        }
        entries.append(entry);
    }

    const Result<QList<StudentEdit>> edits = m_store.edits(studentId);
    if (!edits)
        return R::failure(edits.error());
    for (const StudentEdit &edit : *edits) {
        QString text =
            tr("Changed %1 from \"%2\" to \"%3\"").arg(edit.field, edit.oldValue, edit.newValue);
        if (!edit.reason.isEmpty())
            text += tr(" (why: %1)").arg(edit.reason);
        entries.append({Kind::Edit, edit.recordedAt, edit.recordedBy, text, 0, false});
    }

    const auto acknowledgements = m_store.acknowledgementsByStudent(studentId);
    if (!acknowledgements)
        return R::failure(acknowledgements.error());
    for (const Acknowledgement &ack : acknowledgements->value(studentId)) {
        QString text = tr("Set aside until %1: %2")
                           .arg(ack.until.toString(Qt::ISODate), Journey::actionLabel(ack.kind));
        if (!ack.note.isEmpty())
            text += QStringLiteral(" (%1)").arg(ack.note);
        entries.append({Kind::Acknowledgement, ack.recordedAt, ack.recordedBy, text, 0, false});
    }

    std::stable_sort(entries.begin(), entries.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.at < b.at; });
    return R::success(std::move(entries));
}

Status StudentService::setPolicy(const Policy &policy)
{
    const Status status =
        SettingsStore(m_database.connection()).setPolicy(policy, m_clock.now(), currentOperator());
    if (status) {
        m_policy = policy;
        m_policyIsStored = true;
    }
    return status;
}

Result<QString> StudentService::programmeNotes(const QString &programmeCode)
{
    return SettingsStore(m_database.connection()).programmeNotes(programmeCode);
}

Status StudentService::setProgrammeNotes(const QString &programmeCode, const QString &notes)
{
    return SettingsStore(m_database.connection()).setProgrammeNotes(programmeCode, notes);
}

} // namespace vfu
