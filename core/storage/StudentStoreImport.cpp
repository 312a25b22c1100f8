#include "core/storage/NativeSqlite.h"
#include "core/storage/StudentStore.h"

#include <QStringEncoder>

#include <sqlite3.h>

// The writing of an import's new students, many at a time: through SQLite's own API where
// Qt's driver uses the same library (NativeSqlite.h), else through Qt one by one.

namespace vfu {

Result<std::optional<qsizetype>> StudentStore::insertImported(const QList<Student> &students,
                                                              const QString &createdAt,
                                                              qint64 batchId,
                                                              const std::function<bool()> &goOn)
{
    using R = Result<std::optional<qsizetype>>;
    if (sqlite3 *const handle = NativeSqlite::handle(m_db))
        return insertImportedNatively(handle, students, createdAt, batchId, goOn);
    for (qsizetype i = 0; i < students.size(); ++i) {
        if (!goOn())
            return R::success(std::nullopt);
        const Result<bool> added = insertImported(students.at(i), createdAt, batchId);
        if (!added)
            return R::failure(added.error());
        if (!*added)
            return R::success(i);
    }
    return R::success(std::nullopt);
}

namespace {

// Students a statement of the native import writes: each statement costs as much again as a
// row, so 64 rows share one. 64 × 6 + 2 values stay below SQLite's oldest limit of 999.
constexpr qsizetype studentsPerStatement = 64;

// An insert of `rows` imported students: for row r, parameters 6r+1 to 6r+6 hold its texts;
// the two after the last row, the time of the import and its batch. The other columns keep
// the defaults of a new student.
QByteArray importInsert(qsizetype rows)
{
    const QByteArray createdAt = '?' + QByteArray::number(rows * 6 + 1);
    const QByteArray batch = '?' + QByteArray::number(rows * 6 + 2);
    QByteArray sql = "INSERT INTO students (identity, family_name, given_names, email,"
                     " programme_code, programme_name, created_at, added_by_batch) VALUES ";
    for (qsizetype row = 0; row < rows; ++row) {
        sql += row == 0 ? "(" : ", (";
        for (qsizetype column = 1; column <= 6; ++column)
            sql += '?' + QByteArray::number(row * 6 + column) + ", ";
        sql += createdAt + ", " + batch + ')';
    }
    return sql + " ON CONFLICT (identity) DO NOTHING";
}

} // namespace

Result<std::optional<qsizetype>>
StudentStore::insertImportedNatively(sqlite3 *handle, const QList<Student> &students,
                                     const QString &createdAt, qint64 batchId,
                                     const std::function<bool()> &goOn)
{
    using R = Result<std::optional<qsizetype>>;
    const auto failed = [handle] { return R::failure(NativeSqlite::error(handle)); };
    // Bound as UTF-8, which the data file holds: SQLite's own conversion from UTF-16 costs
    // more. The texts of a statement's students are encoded into one buffer, which stays as
    // it is until the step that reads them (SQLITE_STATIC).
    const QByteArray createdAtUtf8 = createdAt.toUtf8();
    QStringEncoder toUtf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    QByteArray buffer;
    QList<qsizetype> ends;
    NativeSqlite::Statement full;
    for (qsizetype first = 0; first < students.size(); first += studentsPerStatement) {
        const qsizetype rows = std::min(studentsPerStatement, students.size() - first);
        // The last statement is shorter, unless the students fill every one.
        NativeSqlite::Statement last;
        NativeSqlite::Statement &statement = rows == studentsPerStatement ? full : last;
        if (!statement) {
            statement = NativeSqlite::prepare(handle, importInsert(rows));
            if (!statement)
                return failed();
        }
        qsizetype needed = 0;
        for (qsizetype i = first; i < first + rows; ++i) {
            if (!goOn())
                return R::success(std::nullopt);
            const Student &student = students.at(i);
            for (const QString *text :
                 {&student.identity, &student.familyName, &student.givenNames, &student.email,
                  &student.programmeCode, &student.programmeName})
                needed += toUtf8.requiredSpace(text->size());
        }
        buffer.resize(needed);
        ends.clear();
        ends.append(0);
        char *end = buffer.data();
        for (qsizetype i = first; i < first + rows; ++i) {
            const Student &student = students.at(i);
            for (const QString *text :
                 {&student.identity, &student.familyName, &student.givenNames, &student.email,
                  &student.programmeCode, &student.programmeName}) {
                end = toUtf8.appendToBuffer(end, *text);
                ends.append(end - buffer.constData());
            }
        }
        sqlite3_stmt *const s = statement.get();
        bool bound =
            sqlite3_bind_text(s, static_cast<int>(rows * 6 + 1), createdAtUtf8.constData(),
                              static_cast<int>(createdAtUtf8.size()), SQLITE_STATIC) == SQLITE_OK &&
            sqlite3_bind_int64(s, static_cast<int>(rows * 6 + 2), batchId) == SQLITE_OK;
        for (qsizetype t = 0; t < rows * 6 && bound; ++t) {
            bound = sqlite3_bind_text(s, static_cast<int>(t + 1), buffer.constData() + ends.at(t),
                                      static_cast<int>(ends.at(t + 1) - ends.at(t)),
                                      SQLITE_STATIC) == SQLITE_OK;
        }
        if (!bound || sqlite3_step(s) != SQLITE_DONE)
            return failed();
        if (sqlite3_changes(handle) != rows)
            return firstStoredBefore(handle, students, first, rows, batchId);
        if (sqlite3_reset(s) != SQLITE_OK)
            return failed();
    }
    return R::success(std::nullopt);
}

Result<std::optional<qsizetype>> StudentStore::firstStoredBefore(sqlite3 *handle,
                                                                 const QList<Student> &students,
                                                                 qsizetype first, qsizetype rows,
                                                                 qint64 batchId)
{
    using R = Result<std::optional<qsizetype>>;
    // A student of these rows whose identity another import or program had stored already.
    const NativeSqlite::Statement stored = NativeSqlite::prepare(
        handle, "SELECT 1 FROM students WHERE identity = ? AND added_by_batch IS NOT ?");
    for (qsizetype i = first; stored && i < first + rows; ++i) {
        const QByteArray identity = students.at(i).identity.toUtf8();
        sqlite3_bind_text(stored.get(), 1, identity.constData(), static_cast<int>(identity.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_int64(stored.get(), 2, batchId);
        const int step = sqlite3_step(stored.get());
        sqlite3_reset(stored.get());
        if (step == SQLITE_ROW)
            return R::success(i);
    }
    return R::failure(NativeSqlite::error(handle));
}

} // namespace vfu
