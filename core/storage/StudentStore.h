#pragma once

#include "core/Result.h"
#include "core/journey/Journey.h"
#include "core/journey/JourneyEvent.h"
#include "core/journey/Student.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <optional>

struct sqlite3;

namespace vfu {

// A change by hand to what is known about a student (track, protection, flags), with why.
struct StudentEdit final
{
    qint64 id = 0;
    qint64 studentId = 0;
    QString field; // "track", "protection", "alias", "klipp-secrecy", "exchange"
    QString oldValue;
    QString newValue;
    QString reason;
    QDateTime recordedAt;
    QString recordedBy;
};

// Reads and writes students and their journey events on one connection. Statements are
// prepared once and reused; the caller decides what belongs in one transaction.
class StudentStore final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::StudentStore)

public:
    explicit StudentStore(QSqlDatabase db);

    Result<QList<Student>> students();
    Result<qint64> studentCount();
    // What an import compares its lines with, by canonical identity: the id and the fields a
    // Ladok list fills. Every other field of these students keeps its default.
    Result<QHash<QString, Student>> listedFieldsByIdentity();
    Result<std::optional<Student>> studentByIdentity(const QString &identity);
    Result<std::optional<Student>> studentById(qint64 studentId);
    Result<QHash<qint64, QList<JourneyEvent>>> eventsByStudent();
    // The events of the given students, for evaluating their journeys: without who recorded
    // them and when.
    Result<QHash<qint64, QList<JourneyEvent>>> eventsOf(const QList<qint64> &studentIds);
    // The given students, in the order of their ids.
    Result<QList<Student>> studentsById(const QList<qint64> &studentIds);
    // The id, the identity and the fields a Ladok list fills, from seven columns in that
    // order (id, identity, family_name, given_names, email, programme_code, programme_name)
    // from column `first` on; every other field keeps its default.
    static Student listedFieldsFrom(const QSqlQuery &query, int first);
    // A list of ids as one value to bind, for "IN (SELECT value FROM json_each(?))".
    static QString idList(const QList<qint64> &ids);
    Result<QList<JourneyEvent>> events(qint64 studentId);

    Result<qint64> insertStudent(const Student &student, const QDateTime &createdAt);
    // Adds a student of import `batchId`, created at `createdAt` (ISO 8601, as stored). False,
    // with nothing written, when the identity is stored already.
    Result<bool> insertImported(const Student &student, const QString &createdAt, qint64 batchId);
    // As insertImported, for many students in order, meant for a transaction the caller holds
    // and rolls back on anything but success. `goOn` is asked before each student and stops
    // the writing when it returns false. The index of the first student whose identity is
    // stored already, where the writing stopped; nothing when every student was asked for.
    Result<std::optional<qsizetype>> insertImported(const QList<Student> &students,
                                                    const QString &createdAt, qint64 batchId,
                                                    const std::function<bool()> &goOn);
    Status updateStudent(const Student &student);
    // Writes the fields a list fills, if they still hold what `before` says. False, with
    // nothing written, when the student was changed or removed since `before` was read.
    Result<bool> updateImported(const Student &before, const Student &after);
    Status updateAttributes(const Student &student);
    // Removes a student an import added (with that import's record of it); nothing else
    // refers to such a student.
    Status deleteStudent(qint64 studentId);

    Result<qint64> insertEdit(const StudentEdit &edit);
    Result<QList<StudentEdit>> edits(qint64 studentId);
    Result<qint64> insertAcknowledgement(qint64 studentId, const Acknowledgement &acknowledgement);
    Result<QHash<qint64, QList<Acknowledgement>>>
    acknowledgementsByStudent(std::optional<qint64> studentId = std::nullopt);
    Result<qint64> appendEvent(qint64 studentId, const JourneyEvent &event);

    struct Batch
    {
        QString fileName;
        QDateTime importedAt;
        QString importedBy;
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        int rejected = 0;
    };
    Result<qint64> insertBatch(const Batch &batch);
    Status insertChange(qint64 batchId, qint64 studentId, const QString &field,
                        const QString &oldValue, const QString &newValue);

    QSqlDatabase database() const { return m_db; }

private:
    // The columns studentFrom reads, of the students table under the name `table`.
    static QString studentColumns(const QString &table);
    // A student from the query's current row, from column `first` on.
    static Student studentFrom(const QSqlQuery &query, int first = 0);
    QSqlQuery &prepared(QSqlQuery &query, const QString &sql);
    // The student whose `column` holds `value`, if any.
    Result<std::optional<Student>> studentWhere(const QString &column, const QVariant &value);
    // The id of the new row, or nothing when the identity is stored already.
    Result<std::optional<qint64>> insert(const Student &student, const QString &createdAt,
                                         const QVariant &batchId);
    // insertImported through SQLite's own API (see NativeSqlite.h).
    Result<std::optional<qsizetype>> insertImportedNatively(sqlite3 *handle,
                                                            const QList<Student> &students,
                                                            const QString &createdAt,
                                                            qint64 batchId,
                                                            const std::function<bool()> &goOn);
    // Where a native insert of rows [first, first + rows) wrote fewer: the index of the first
    // of them stored before, by someone other than import `batchId`.
    static Result<std::optional<qsizetype>> firstStoredBefore(sqlite3 *handle,
                                                              const QList<Student> &students,
                                                              qsizetype first, qsizetype rows,
                                                              qint64 batchId);
    Result<QList<JourneyEvent>> readEvents(QSqlQuery &query,
                                           QHash<qint64, QList<JourneyEvent>> *byStudent);

    QSqlDatabase m_db;
    QSqlQuery m_insertStudent;
    QSqlQuery m_updateStudent;
    QSqlQuery m_updateImported;
    QSqlQuery m_insertChange;
    QSqlQuery m_appendEvent;
};

// Everything written between begin and commit lands together or not at all; a transaction
// that is neither committed nor released rolls back when it goes out of scope.
class Transaction final
{
public:
    // Deferred takes the write lock at the first write. Immediate takes it at once, waiting
    // for another writer to finish, so that nothing another connection commits can fall
    // between what the transaction reads and what it writes.
    enum class Lock { Deferred, Immediate };

    explicit Transaction(QSqlDatabase db, Lock lock = Lock::Deferred);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begun() const { return m_active; }
    // Why the transaction did not begin, in words ("the file is busy" when it is).
    QString whyNotBegun() const;
    Status commit();

private:
    QSqlDatabase m_db;
    QSqlError m_beginError;
    bool m_active = false;
};

} // namespace vfu
