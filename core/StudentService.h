#pragma once

#include "core/Result.h"
#include "core/clock/Clock.h"
#include "core/csv/CsvWriter.h"
#include "core/io/StudentImport.h"
#include "core/journey/Journey.h"
#include "core/journey/Student.h"
#include "core/policy/Policy.h"
#include "core/storage/StudentStore.h"

#include <QCoreApplication>

namespace vfu {

class Database;

struct StudentSummary final
{
    Student student;
    JourneyState journey;
};

struct StudentDueAction final
{
    Student student;
    DueAction action;
};

// What a coordinator can do with the students of one data file. The window and the command
// line both go through here, so that they can do the same things in the same way.
class StudentService final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::StudentService)

public:
    StudentService(Database &database, const Clock &clock, Policy policy = {});

    const Clock &clock() const { return m_clock; }
    const Policy &policy() const { return m_policy; }

    Result<QList<StudentSummary>> summaries();
    Result<StudentSummary> summary(qint64 studentId);
    // Every due action of every student, most urgent first.
    Result<QList<StudentDueAction>> dueActions();
    static QList<StudentDueAction> dueActions(const QList<StudentSummary> &summaries);

    // Finds a student by an identity number in any accepted spelling.
    Result<Student> find(const QString &identityText);

    Result<ImportPlan> planImport(const ImportSource &source, const ColumnMapping &mapping);
    Result<qint64> applyImport(const ImportPlan &plan);

    // Records that a step happened on `date` (not in the future). HSA-ID steps need the ID.
    Result<JourneyEvent> record(qint64 studentId, Step step, QDate date,
                                const QString &hsaIdText = {});
    // Cancels the latest step still in force; the history keeps both. Returns the cancelled one.
    Result<JourneyEvent> undoLast(qint64 studentId);
    Result<QList<JourneyEvent>> history(qint64 studentId);

    Status exportStudents(const QString &path, CsvDialect dialect);

private:
    Database &m_database;
    const Clock &m_clock;
    Policy m_policy;
    StudentStore m_store;
};

} // namespace vfu
