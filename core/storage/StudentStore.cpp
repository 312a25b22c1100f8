#include "core/storage/StudentStore.h"

#include "core/journey/Journey.h"
#include "core/storage/StorageError.h"

#include <QSqlError>
#include <QVariant>

namespace vfu {
namespace {

const QString eventColumns =
    QStringLiteral("id, student_id, step, occurred_on, value, cancels, recorded_at, recorded_by");

// SQLite stores a null QString as NULL; the text columns hold '' for "nothing".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString failedBecause(const QSqlQuery &query)
{
    return StorageError::describe(query.lastError());
}

// The fields a Ladok list fills, other than the identity, to their named placeholders.
void bindListedFields(QSqlQuery &query, const Student &student)
{
    query.bindValue(QStringLiteral(":family_name"), text(student.familyName));
    query.bindValue(QStringLiteral(":given_names"), text(student.givenNames));
    query.bindValue(QStringLiteral(":email"), text(student.email));
    query.bindValue(QStringLiteral(":programme_code"), text(student.programmeCode));
    query.bindValue(QStringLiteral(":programme_name"), text(student.programmeName));
}

} // namespace

QString StudentStore::studentColumns(const QString &table)
{
    QStringList columns;
    for (const char *column : {"id", "identity", "family_name", "given_names", "email",
                               "programme_code", "programme_name", "created_at", "track",
                               "protection", "alias", "klipp_secrecy", "exchange"})
        columns.append(table + QLatin1Char('.') + QLatin1String(column));
    return columns.join(QStringLiteral(", "));
}

Student StudentStore::listedFieldsFrom(const QSqlQuery &query, int first)
{
    Student student;
    student.id = query.value(first).toLongLong();
    student.identity = query.value(first + 1).toString();
    student.familyName = query.value(first + 2).toString();
    student.givenNames = query.value(first + 3).toString();
    student.email = query.value(first + 4).toString();
    student.programmeCode = query.value(first + 5).toString();
    student.programmeName = query.value(first + 6).toString();
    return student;
}

Student StudentStore::studentFrom(const QSqlQuery &query, int first)
{
    Student student = listedFieldsFrom(query, first);
    // The date part as written: parsing the whole local time costs more than the rest of the
    // row together.
    student.addedOn = QDate::fromString(query.value(first + 7).toString().left(10), Qt::ISODate);
    student.track = Tracks::fromCode(query.value(first + 8).toString());
    student.protection =
        Protections::fromCode(query.value(first + 9).toString()).value_or(Protection::None);
    student.alias = query.value(first + 10).toString();
    student.klippSecrecy = query.value(first + 11).toInt() != 0;
    student.exchange = query.value(first + 12).toInt() != 0;
    return student;
}

QString StudentStore::idList(const QList<qint64> &ids)
{
    QString list = QStringLiteral("[");
    for (const qint64 id : ids) {
        if (list.size() > 1)
            list.append(QLatin1Char(','));
        list.append(QString::number(id));
    }
    return list.append(QLatin1Char(']'));
}

StudentStore::StudentStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_insertStudent(m_db)
    , m_updateStudent(m_db)
    , m_updateImported(m_db)
    , m_insertChange(m_db)
    , m_appendEvent(m_db)
{}

QSqlQuery &StudentStore::prepared(QSqlQuery &query, const QString &sql)
{
    if (query.lastQuery() != sql)
        query.prepare(sql);
    return query;
}

Result<QList<Student>> StudentStore::students()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM students ORDER BY id")
                        .arg(studentColumns(QStringLiteral("students")))))
        return Result<QList<Student>>::failure(failedBecause(query));
    QList<Student> students;
    while (query.next())
        students.append(studentFrom(query));
    return Result<QList<Student>>::success(std::move(students));
}

Result<QHash<QString, Student>> StudentStore::listedFieldsByIdentity()
{
    using R = Result<QHash<QString, Student>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, identity, family_name, given_names, email, "
                                   "programme_code, programme_name FROM students")))
        return R::failure(failedBecause(query));
    QHash<QString, Student> students;
    while (query.next()) {
        Student student = listedFieldsFrom(query, 0);
        students.insert(student.identity, std::move(student));
    }
    return R::success(std::move(students));
}

Result<std::optional<Student>> StudentStore::studentByIdentity(const QString &identity)
{
    return studentWhere(QStringLiteral("identity"), identity);
}

Result<qint64> StudentStore::studentCount()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM students")) || !query.next())
        return Result<qint64>::failure(failedBecause(query));
    return Result<qint64>::success(query.value(0).toLongLong());
}

Result<std::optional<Student>> StudentStore::studentById(qint64 studentId)
{
    return studentWhere(QStringLiteral("id"), studentId);
}

Result<std::optional<Student>> StudentStore::studentWhere(const QString &column,
                                                          const QVariant &value)
{
    using R = Result<std::optional<Student>>;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM students WHERE %2 = ?")
                      .arg(studentColumns(QStringLiteral("students")), column));
    query.addBindValue(value);
    if (!query.exec())
        return R::failure(failedBecause(query));
    if (!query.next())
        return R::success(std::nullopt);
    return R::success(studentFrom(query));
}

Result<QList<JourneyEvent>> StudentStore::readEvents(QSqlQuery &query,
                                                     QHash<qint64, QList<JourneyEvent>> *byStudent)
{
    using R = Result<QList<JourneyEvent>>;
    if (!query.exec())
        return R::failure(failedBecause(query));
    QList<JourneyEvent> events;
    while (query.next()) {
        JourneyEvent event;
        event.id = query.value(0).toLongLong();
        const std::optional<Step> step = Steps::fromCode(query.value(2).toString());
        if (!step)
            continue; // a step of a newer VFU Desk: shown by that version, ignored here
        event.step = *step;
        event.date = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        event.value = query.value(4).toString();
        event.cancels = query.value(5).toLongLong();
        event.recordedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODate);
        event.recordedBy = query.value(7).toString();
        if (byStudent)
            (*byStudent)[query.value(1).toLongLong()].append(event);
        else
            events.append(event);
    }
    return R::success(std::move(events));
}

Result<QHash<qint64, QList<JourneyEvent>>> StudentStore::eventsByStudent()
{
    using R = Result<QHash<qint64, QList<JourneyEvent>>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM journey_events ORDER BY id").arg(eventColumns));
    QHash<qint64, QList<JourneyEvent>> byStudent;
    if (const auto read = readEvents(query, &byStudent); !read)
        return R::failure(read.error());
    return R::success(std::move(byStudent));
}

Result<QHash<qint64, QList<JourneyEvent>>> StudentStore::eventsOf(const QList<qint64> &studentIds)
{
    using R = Result<QHash<qint64, QList<JourneyEvent>>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT student_id, step, occurred_on, value, cancels, id"
                                 " FROM journey_events"
                                 " WHERE student_id IN (SELECT value FROM json_each(?))"
                                 " ORDER BY id"));
    query.addBindValue(idList(studentIds));
    if (!query.exec())
        return R::failure(failedBecause(query));
    QHash<qint64, QList<JourneyEvent>> byStudent;
    while (query.next()) {
        const std::optional<Step> step = Steps::fromCode(query.value(1).toString());
        if (!step)
            continue; // a step of a newer VFU Desk
        JourneyEvent event;
        event.step = *step;
        event.date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        event.value = query.value(3).toString();
        event.cancels = query.value(4).toLongLong();
        event.id = query.value(5).toLongLong();
        byStudent[query.value(0).toLongLong()].append(std::move(event));
    }
    return R::success(std::move(byStudent));
}

Result<QList<Student>> StudentStore::studentsById(const QList<qint64> &studentIds)
{
    using R = Result<QList<Student>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM students"
                                 " WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id")
                      .arg(studentColumns(QStringLiteral("students"))));
    query.addBindValue(idList(studentIds));
    if (!query.exec())
        return R::failure(failedBecause(query));
    QList<Student> students;
    while (query.next())
        students.append(studentFrom(query));
    return R::success(std::move(students));
}

Result<QList<JourneyEvent>> StudentStore::events(qint64 studentId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM journey_events WHERE student_id = ? ORDER BY id")
                      .arg(eventColumns));
    query.addBindValue(studentId);
    return readEvents(query, nullptr);
}

Result<std::optional<qint64>> StudentStore::insert(const Student &student, const QString &createdAt,
                                                   const QVariant &batchId)
{
    using R = Result<std::optional<qint64>>;
    // Named placeholders: Qt binds a positional value through a formatted name of its own,
    // which costs more than SQLite's whole insert.
    QSqlQuery &query = prepared(
        m_insertStudent,
        QStringLiteral("INSERT INTO students (identity, family_name, given_names, email, "
                       "programme_code, programme_name, created_at, track, protection, alias, "
                       "klipp_secrecy, exchange, added_by_batch) VALUES (:identity, "
                       ":family_name, :given_names, :email, :programme_code, :programme_name, "
                       ":created_at, :track, :protection, :alias, :klipp_secrecy, :exchange, "
                       ":added_by_batch) ON CONFLICT (identity) DO NOTHING"));
    bindListedFields(query, student);
    query.bindValue(QStringLiteral(":identity"), text(student.identity));
    query.bindValue(QStringLiteral(":created_at"), createdAt);
    query.bindValue(QStringLiteral(":track"), student.track
                                                  ? QVariant(Tracks::code(*student.track))
                                                  : QVariant(QMetaType(QMetaType::QString)));
    query.bindValue(QStringLiteral(":protection"), Protections::code(student.protection));
    query.bindValue(QStringLiteral(":alias"), text(student.alias));
    query.bindValue(QStringLiteral(":klipp_secrecy"), student.klippSecrecy ? 1 : 0);
    query.bindValue(QStringLiteral(":exchange"), student.exchange ? 1 : 0);
    query.bindValue(QStringLiteral(":added_by_batch"), batchId);
    if (!query.exec())
        return R::failure(failedBecause(query));
    if (query.numRowsAffected() == 0)
        return R::success(std::nullopt);
    return R::success(query.lastInsertId().toLongLong());
}

Result<qint64> StudentStore::insertStudent(const Student &student, const QDateTime &createdAt)
{
    const Result<std::optional<qint64>> id =
        insert(student, createdAt.toString(Qt::ISODate), QVariant(QMetaType(QMetaType::LongLong)));
    if (!id)
        return Result<qint64>::failure(id.error());
    if (!*id)
        return Result<qint64>::failure(
            tr("A student with this identity number is stored already."));
    return Result<qint64>::success(**id);
}

Result<bool> StudentStore::insertImported(const Student &student, const QString &createdAt,
                                          qint64 batchId)
{
    const Result<std::optional<qint64>> id = insert(student, createdAt, batchId);
    if (!id)
        return Result<bool>::failure(id.error());
    return Result<bool>::success(id->has_value());
}

Status StudentStore::updateAttributes(const Student &student)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE students SET track = ?, protection = ?, alias = ?, "
                                 "klipp_secrecy = ?, exchange = ? WHERE id = ?"));
    query.addBindValue(student.track ? QVariant(Tracks::code(*student.track))
                                     : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(Protections::code(student.protection));
    query.addBindValue(text(student.alias));
    query.addBindValue(student.klippSecrecy ? 1 : 0);
    query.addBindValue(student.exchange ? 1 : 0);
    query.addBindValue(student.id);
    if (!query.exec())
        return Status::failure(failedBecause(query));
    return ok();
}

Result<qint64> StudentStore::insertEdit(const StudentEdit &edit)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO student_edits (student_id, field, old_value, new_value, "
                       "reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(edit.studentId);
    query.addBindValue(text(edit.field));
    query.addBindValue(text(edit.oldValue));
    query.addBindValue(text(edit.newValue));
    query.addBindValue(text(edit.reason));
    query.addBindValue(edit.recordedAt.toString(Qt::ISODate));
    query.addBindValue(text(edit.recordedBy));
    if (!query.exec())
        return Result<qint64>::failure(failedBecause(query));
    return Result<qint64>::success(query.lastInsertId().toLongLong());
}

Result<QList<StudentEdit>> StudentStore::edits(qint64 studentId)
{
    using R = Result<QList<StudentEdit>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, student_id, field, old_value, new_value, reason, recorded_at, "
                       "recorded_by FROM student_edits WHERE student_id = ? ORDER BY id"));
    query.addBindValue(studentId);
    if (!query.exec())
        return R::failure(failedBecause(query));
    QList<StudentEdit> edits;
    while (query.next()) {
        edits.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                      query.value(2).toString(), query.value(3).toString(),
                      query.value(4).toString(), query.value(5).toString(),
                      QDateTime::fromString(query.value(6).toString(), Qt::ISODate),
                      query.value(7).toString()});
    }
    return R::success(std::move(edits));
}

Result<qint64> StudentStore::insertAcknowledgement(qint64 studentId, const Acknowledgement &ack)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO acknowledgements (student_id, action, until, note, "
                                 "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(studentId);
    query.addBindValue(actionKindCode(ack.kind));
    query.addBindValue(ack.until.toString(Qt::ISODate));
    query.addBindValue(text(ack.note));
    query.addBindValue(ack.recordedAt.toString(Qt::ISODate));
    query.addBindValue(text(ack.recordedBy));
    if (!query.exec())
        return Result<qint64>::failure(failedBecause(query));
    return Result<qint64>::success(query.lastInsertId().toLongLong());
}

Result<QHash<qint64, QList<Acknowledgement>>>
StudentStore::acknowledgementsByStudent(std::optional<qint64> studentId)
{
    using R = Result<QHash<qint64, QList<Acknowledgement>>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString select =
        QStringLiteral("SELECT id, student_id, action, until, note, recorded_at, recorded_by "
                       "FROM acknowledgements");
    if (studentId) {
        query.prepare(select + QStringLiteral(" WHERE student_id = ? ORDER BY id"));
        query.addBindValue(*studentId);
    } else {
        query.prepare(select + QStringLiteral(" ORDER BY id"));
    }
    if (!query.exec())
        return R::failure(failedBecause(query));
    QHash<qint64, QList<Acknowledgement>> byStudent;
    while (query.next()) {
        const std::optional<ActionKind> kind = Journey::actionFromCode(query.value(2).toString());
        if (!kind)
            continue; // an action of a newer VFU Desk
        byStudent[query.value(1).toLongLong()].append(
            {query.value(0).toLongLong(), *kind,
             QDate::fromString(query.value(3).toString(), Qt::ISODate), query.value(4).toString(),
             QDateTime::fromString(query.value(5).toString(), Qt::ISODate),
             query.value(6).toString()});
    }
    return R::success(std::move(byStudent));
}

Status StudentStore::deleteStudent(qint64 studentId)
{
    for (const QString &sql : {QStringLiteral("DELETE FROM import_changes WHERE student_id = ?"),
                               QStringLiteral("DELETE FROM students WHERE id = ?")}) {
        QSqlQuery query(m_db);
        query.prepare(sql);
        query.addBindValue(studentId);
        if (!query.exec())
            return Status::failure(failedBecause(query));
    }
    return ok();
}

Status StudentStore::updateStudent(const Student &student)
{
    QSqlQuery &query =
        prepared(m_updateStudent,
                 QStringLiteral("UPDATE students SET family_name = ?, given_names = ?, email = ?, "
                                "programme_code = ?, programme_name = ? WHERE id = ?"));
    query.addBindValue(text(student.familyName));
    query.addBindValue(text(student.givenNames));
    query.addBindValue(text(student.email));
    query.addBindValue(text(student.programmeCode));
    query.addBindValue(text(student.programmeName));
    query.addBindValue(student.id);
    if (!query.exec())
        return Status::failure(failedBecause(query));
    return ok();
}

Result<bool> StudentStore::updateImported(const Student &before, const Student &after)
{
    QSqlQuery &query =
        prepared(m_updateImported,
                 QStringLiteral("UPDATE students SET family_name = :family_name, given_names = "
                                ":given_names, email = :email, programme_code = :programme_code, "
                                "programme_name = :programme_name WHERE id = :id AND family_name = "
                                ":was_family_name AND given_names = :was_given_names AND email = "
                                ":was_email AND programme_code = :was_programme_code AND "
                                "programme_name = :was_programme_name"));
    bindListedFields(query, after);
    query.bindValue(QStringLiteral(":id"), before.id);
    query.bindValue(QStringLiteral(":was_family_name"), text(before.familyName));
    query.bindValue(QStringLiteral(":was_given_names"), text(before.givenNames));
    query.bindValue(QStringLiteral(":was_email"), text(before.email));
    query.bindValue(QStringLiteral(":was_programme_code"), text(before.programmeCode));
    query.bindValue(QStringLiteral(":was_programme_name"), text(before.programmeName));
    if (!query.exec())
        return Result<bool>::failure(failedBecause(query));
    return Result<bool>::success(query.numRowsAffected() == 1);
}

Result<qint64> StudentStore::appendEvent(qint64 studentId, const JourneyEvent &event)
{
    QSqlQuery &query = prepared(
        m_appendEvent,
        QStringLiteral("INSERT INTO journey_events (student_id, step, occurred_on, value, cancels, "
                       "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(studentId);
    query.addBindValue(Steps::code(event.step));
    query.addBindValue(event.date.toString(Qt::ISODate));
    query.addBindValue(text(event.value));
    query.addBindValue(event.cancels ? QVariant(event.cancels)
                                     : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(event.recordedAt.toString(Qt::ISODate));
    query.addBindValue(text(event.recordedBy));
    if (!query.exec())
        return Result<qint64>::failure(failedBecause(query));
    return Result<qint64>::success(query.lastInsertId().toLongLong());
}

Result<qint64> StudentStore::insertBatch(const Batch &batch)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO import_batches (file_name, imported_at, imported_by, "
                       "inserted, updated, unchanged, rejected) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(text(batch.fileName));
    query.addBindValue(batch.importedAt.toString(Qt::ISODate));
    query.addBindValue(text(batch.importedBy));
    query.addBindValue(batch.inserted);
    query.addBindValue(batch.updated);
    query.addBindValue(batch.unchanged);
    query.addBindValue(batch.rejected);
    if (!query.exec())
        return Result<qint64>::failure(failedBecause(query));
    return Result<qint64>::success(query.lastInsertId().toLongLong());
}

Status StudentStore::insertChange(qint64 batchId, qint64 studentId, const QString &field,
                                  const QString &oldValue, const QString &newValue)
{
    QSqlQuery &query = prepared(
        m_insertChange,
        QStringLiteral("INSERT INTO import_changes (batch_id, student_id, field, old_value, "
                       "new_value) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(batchId);
    query.addBindValue(studentId);
    query.addBindValue(text(field));
    query.addBindValue(text(oldValue));
    query.addBindValue(text(newValue));
    if (!query.exec())
        return Status::failure(failedBecause(query));
    return ok();
}

namespace {

// The error that kept the transaction from beginning; none when it began.
QSqlError begin(QSqlDatabase &db, Transaction::Lock lock)
{
    if (lock == Transaction::Lock::Deferred)
        return db.transaction() ? QSqlError() : db.lastError();
    // Qt's driver knows only BEGIN; its commit and rollback end this one as well.
    QSqlQuery begin(db);
    return begin.exec(QStringLiteral("BEGIN IMMEDIATE")) ? QSqlError() : begin.lastError();
}

} // namespace

Transaction::Transaction(QSqlDatabase db, Lock lock)
    : m_db(std::move(db))
    , m_beginError(begin(m_db, lock))
    , m_active(m_beginError.type() == QSqlError::NoError)
{}

QString Transaction::whyNotBegun() const
{
    return StorageError::describe(m_beginError);
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(
            StudentStore::tr("The change could not be started: %1").arg(m_db.lastError().text()));
    m_active = false;
    if (!m_db.commit()) {
        const QString error = StorageError::describe(m_db.lastError());
        m_db.rollback();
        return Status::failure(error);
    }
    return ok();
}

} // namespace vfu
