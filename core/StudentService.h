#pragma once

#include "core/Result.h"
#include "core/clock/Clock.h"
#include "core/csv/CsvWriter.h"
#include "core/io/StudentImport.h"
#include "core/journey/Journey.h"
#include "core/journey/Student.h"
#include "core/policy/Policy.h"
#include "core/storage/ImportBatches.h"
#include "core/storage/StudentStore.h"

#include <QCoreApplication>

namespace vfu {

class Database;

// What is known about a student beyond the Ladok list, changed by hand. Fields left empty
// stay as they are.
struct StudentChanges final
{
    std::optional<std::optional<Track>> track; // an empty inner value: follow the identity number
    std::optional<Protection> protection;
    std::optional<QString> alias;
    std::optional<bool> klippSecrecy;
    std::optional<bool> exchange;
    QString reason;
};

// One line of a student's history: every change, who made it and when.
struct HistoryEntry final
{
    enum class Kind { Step, Cancellation, Import, ImportUndone, Edit, Acknowledgement };
    Kind kind = Kind::Step;
    QDateTime at; // when it was written down
    QString by;
    QString text;       // what happened, in words
    qint64 eventId = 0; // for steps: the event, so that it can be undone
    bool cancelled = false;
};

// What undoing an import did, and what it kept because of later changes by hand.
struct ImportUndoReport final
{
    qint64 batchId = 0;
    int removed = 0;  // students the import had added
    int reverted = 0; // fields set back
    QStringList kept; // one sentence each: who and why
};

// What a coordinator can do with the students of one data file. The window and the command
// line both go through here, so that they can do the same things in the same way.
class StudentService final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::StudentService)

public:
    // The policy is read from the data file unless one is given.
    StudentService(Database &database, const Clock &clock,
                   std::optional<Policy> policy = std::nullopt);

    const Clock &clock() const { return m_clock; }
    const Policy &policy() const { return m_policy; }
    // The data file, for work that opens a connection of its own on another thread.
    QString dataPath() const;

    Result<QList<StudentSummary>> summaries();
    Result<StudentSummary> summary(qint64 studentId);
    // Every due action of every student, most urgent first.
    Result<QList<StudentDueAction>> dueActions();
    static QList<StudentDueAction> dueActions(const QList<StudentSummary> &summaries);

    // Finds a student by an identity number in any accepted spelling.
    Result<Student> find(const QString &identityText);

    Result<ImportPlan> planImport(const ImportSource &source, const ColumnMapping &mapping);
    Result<qint64> applyImport(const ImportPlan &plan, const Progress &progress = {});
    // Plans and writes an import in one transaction that reads the stored students only after
    // taking the write lock, so that nothing another instance writes can fall in between.
    // Returns the batch; `plan` receives what was planned.
    Result<qint64> importNow(const ImportSource &source, const ColumnMapping &mapping,
                             ImportPlan &plan, const Progress &progress = {});

    // Records that a step happened on `date` (not in the future). Some steps carry a value:
    // the HSA-ID (hsa-id, required), the choice (card-choice: "new-card" or
    // "temporary-card", required), the new last day (temporary-card-extended, as YYYY-MM-DD;
    // default: as long as the policy allows), or what changed (name-changed).
    Result<JourneyEvent> record(qint64 studentId, Step step, QDate date, const QString &value = {});
    // Cancels the latest step still in force; the history keeps both. Returns the cancelled one.
    Result<JourneyEvent> undoLast(qint64 studentId);
    // Cancels one step; the history keeps both.
    Result<JourneyEvent> undoStep(qint64 studentId, qint64 eventId);
    Result<QList<JourneyEvent>> history(qint64 studentId);
    // Every change to the student, oldest first.
    Result<QList<HistoryEntry>> timeline(qint64 studentId);

    // Changes what is known about the student; a change of track needs a reason.
    Result<Student> change(qint64 studentId, const StudentChanges &changes);
    // Sets a due action aside until a day (inclusive), with a note; it comes back after it.
    Status acknowledge(qint64 studentId, ActionKind kind, QDate until, const QString &note);

    Result<QList<ImportBatch>> importBatches();
    // Undoes an import: students it added leave, fields it changed go back; what was changed
    // by hand (or by a later import) since is kept and reported.
    Result<ImportUndoReport> undoImport(qint64 batchId);

    Status setPolicy(const Policy &policy);
    Result<QString> programmeNotes(const QString &programmeCode);
    Status setProgrammeNotes(const QString &programmeCode, const QString &notes);

    Status exportStudents(const QString &path, CsvDialect dialect, const Progress &progress = {});

private:
    // Why `event` cannot be a step of the student: dated before the birth the identity number
    // gives, or the same step on the same day again (a double click, a command run twice).
    Status checkRecordable(qint64 studentId, const JourneyEvent &event);
    // The journeys of `students`, evaluated in full from what the data file holds, in the
    // same order.
    Result<QList<JourneyState>> evaluate(const QList<Student> &students);
    // The students whose kept journeys do not hold today, evaluated again and kept in the
    // journey cache where the data file can be written just now.
    struct Refreshed
    {
        QHash<qint64, JourneyState> states;
        bool kept = false; // the cache now holds every student's journey for today
    };
    Result<Refreshed> refreshStale();
    // Cancels a step in force with a new event.
    Result<JourneyEvent> cancel(qint64 studentId, qint64 eventId);
    static Result<JourneyEvent> committed(Transaction &transaction, Result<JourneyEvent> result);

    Database &m_database;
    const Clock &m_clock;
    Policy m_policy;
    // Whether the policy is the data file's own, which the journey cache was evaluated with.
    bool m_policyIsStored = true;
    StudentStore m_store;
    ImportBatches m_batches;
};

} // namespace vfu
