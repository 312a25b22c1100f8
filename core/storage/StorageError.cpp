#include "core/storage/StorageError.h"

namespace vfu {

bool StorageError::isBusy(const QSqlError &error)
{
    // SQLITE_BUSY is 5 and SQLITE_LOCKED 6; the extended codes keep them in the low byte.
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    if (isNumber && ((code & 0xff) == 5 || (code & 0xff) == 6))
        return true;
    return error.databaseText().contains(QStringLiteral("database is locked"), Qt::CaseInsensitive);
}

QString StorageError::describe(const QSqlError &error)
{
    if (isBusy(error))
        return tr("Another VFU Desk is writing to the data file just now, so nothing was changed. "
                  "Try again "
                  "in a moment.");
    return tr("The data file could not be read or written: %1").arg(error.text());
}

} // namespace vfu
