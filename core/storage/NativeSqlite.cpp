#include "core/storage/NativeSqlite.h"

#include "core/storage/StorageError.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <sqlite3.h>

namespace vfu {
namespace {

std::atomic<int> turnedOff{0};

// Whether a statement run by Qt's driver allocates its memory through this library: a query
// holding a 4 MiB result shows in this library's count of memory in use only if the driver's
// SQLite is this one. Where it is another copy, nothing in the process uses this library
// (handle() never gave out a handle), so its count cannot move by chance. SQLite built
// without memory statistics counts nothing and is taken for another copy: slower, never wrong.
bool driverUsesThisLibrary(const QSqlDatabase &db)
{
    constexpr sqlite3_int64 probeBytes = 4 * 1024 * 1024;
    const sqlite3_int64 before = sqlite3_memory_used();
    QSqlQuery probe(db);
    probe.setForwardOnly(true);
    if (!probe.exec(QStringLiteral("SELECT zeroblob(%1) || x'00'").arg(probeBytes)))
        return false;
    // Qt's driver has stepped to the first row, which SQLite holds until the query finishes.
    const sqlite3_int64 during = sqlite3_memory_used();
    probe.finish();
    return during - before >= probeBytes;
}

} // namespace

sqlite3 *NativeSqlite::handle(const QSqlDatabase &db)
{
    if (turnedOff.load() > 0 || !db.isOpen() || db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant wrapped = db.driver()->handle();
    if (!wrapped.isValid() || qstrcmp(wrapped.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *const handle = *static_cast<sqlite3 *const *>(wrapped.constData());

    // One driver plugin serves every QSQLITE connection of the process: once it was found to
    // use this library, it does. A "no" is asked again, as another thread freeing memory
    // during the probe could have hidden a "yes".
    static std::atomic<bool> sameLibrary{false};
    if (!sameLibrary.load() && driverUsesThisLibrary(db))
        sameLibrary.store(true);
    return sameLibrary.load() ? handle : nullptr;
}

void NativeSqlite::Finalize::operator()(sqlite3_stmt *statement) const
{
    sqlite3_finalize(statement);
}

NativeSqlite::Statement NativeSqlite::prepare(sqlite3 *handle, const QByteArray &sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), static_cast<int>(sql.size()), &statement,
                           nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        statement = nullptr;
    }
    return Statement(statement);
}

QString NativeSqlite::error(sqlite3 *handle)
{
    return StorageError::describe(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(handle)),
                                            QSqlError::StatementError,
                                            QString::number(sqlite3_extended_errcode(handle))));
}

NativeSqlite::Off::Off()
{
    ++turnedOff;
}

NativeSqlite::Off::~Off()
{
    --turnedOff;
}

} // namespace vfu
