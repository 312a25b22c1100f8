#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vfu {

class Database;

// Copies of the data file. A backup is SQLite's own consistent snapshot of a live database
// (VACUUM INTO), taken through the open connection, so it is safe while VFU Desk runs.
class Backup final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::Backup)

public:
    // Writes a backup to `path`, which must not exist yet.
    static Status write(Database &database, const QString &path);
    // Writes a backup named `path`, or `path`-2, -3 and on where that is taken: written under
    // a name of its own and then renamed, so that programs that back up the same file at the
    // same moment each keep a whole copy. The name it got.
    static Result<QString> writeBeside(Database &database, const QString &path);

    // Puts the data in `backupPath` in place of the data file at `dataPath`. The backup is
    // checked first (a VFU Desk file, not damaged, not from a newer version); the current file
    // is kept beside it as "<file>.before-restore" (the copy an earlier restore kept
    // there moves to "<file>.before-restore-2", or the next number free), and the file keeps its
    // permissions. Nobody may have the data file open.
    static Status restore(const QString &backupPath, const QString &dataPath);
};

} // namespace vfu
