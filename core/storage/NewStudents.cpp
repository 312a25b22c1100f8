#include "core/storage/NewStudents.h"

#include "core/storage/StorageError.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace vfu {
namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// The text stays alive until the row is stepped; SQLite converts it to the file's UTF-8.
int bindText(sqlite3_stmt *statement, int index, const QString &value)
{
    return sqlite3_bind_text16(statement, index, value.utf16(),
                               static_cast<int>(value.size() * sizeof(char16_t)), SQLITE_STATIC);
}

} // namespace

NewStudents::NewStudents(const QSqlDatabase &db, QString createdAt, qint64 batchId)
    : m_handle(handleOf(db))
    , m_createdAt(std::move(createdAt))
    , m_batchId(batchId)
{
    if (!m_handle)
        return;
    static const char sql[] =
        "INSERT INTO students (identity, family_name, given_names, email, programme_code, "
        "programme_name, created_at, track, protection, alias, klipp_secrecy, exchange, "
        "added_by_batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (identity) DO NOTHING";
    if (sqlite3_prepare_v2(m_handle, sql, sizeof sql, &m_insert, nullptr) != SQLITE_OK)
        m_insert = nullptr;
}

NewStudents::~NewStudents()
{
    sqlite3_finalize(m_insert);
}

QString NewStudents::failure() const
{
    if (!m_handle)
        return tr("The data file could not be read or written: it is not an SQLite database.");
    const int code = sqlite3_extended_errcode(m_handle);
    return StorageError::describe(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_handle)),
                                            QSqlError::StatementError, QString::number(code)));
}

Result<bool> NewStudents::add(const Student &student)
{
    using R = Result<bool>;
    if (!m_insert)
        return R::failure(failure());

    sqlite3_reset(m_insert);
    int status = bindText(m_insert, 1, student.identity);
    const QString *texts[] = {&student.familyName,    &student.givenNames,    &student.email,
                              &student.programmeCode, &student.programmeName, &m_createdAt};
    for (int i = 0; i < 6 && status == SQLITE_OK; ++i)
        status = bindText(m_insert, i + 2, *texts[i]);
    const QString track = student.track ? Tracks::code(*student.track) : QString();
    const QString protection = Protections::code(student.protection);
    if (status == SQLITE_OK)
        status = student.track ? bindText(m_insert, 8, track) : sqlite3_bind_null(m_insert, 8);
    if (status == SQLITE_OK)
        status = bindText(m_insert, 9, protection);
    if (status == SQLITE_OK)
        status = bindText(m_insert, 10, student.alias);
    if (status == SQLITE_OK)
        status = sqlite3_bind_int(m_insert, 11, student.klippSecrecy ? 1 : 0);
    if (status == SQLITE_OK)
        status = sqlite3_bind_int(m_insert, 12, student.exchange ? 1 : 0);
    if (status == SQLITE_OK)
        status = sqlite3_bind_int64(m_insert, 13, m_batchId);
    if (status == SQLITE_OK)
        status = sqlite3_step(m_insert);
    if (status != SQLITE_DONE)
        return R::failure(failure());
    return R::success(sqlite3_changes(m_handle) == 1);
}

} // namespace vfu
