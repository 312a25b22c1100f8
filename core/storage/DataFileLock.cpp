#include "core/storage/DataFileLock.h"

#include <QDir>

namespace vfu {

DataFileLock::DataFileLock(std::unique_ptr<QLockFile> lock)
    : m_lock(std::move(lock))
{}

Result<std::unique_ptr<DataFileLock>> DataFileLock::acquire(const QString &dataPath)
{
    using R = Result<std::unique_ptr<DataFileLock>>;
    auto lock = std::make_unique<QLockFile>(dataPath + QStringLiteral(".lock"));
    // Only a dead owner makes a lock stale, however long a window stays open.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return R::success(std::unique_ptr<DataFileLock>(new DataFileLock(std::move(lock))));

    qint64 pid = 0;
    QString host;
    QString application;
    if (lock->error() == QLockFile::LockFailedError &&
        lock->getLockInfo(&pid, &host, &application)) {
        return R::failure(
            tr("%1 is already open in VFU Desk (process %2 on %3). Close it there first: two "
               "windows on one data file would overwrite each other's work.")
                .arg(QDir::toNativeSeparators(dataPath))
                .arg(pid)
                .arg(host));
    }
    return R::failure(tr("%1 could not be locked for use; check that its folder can be written.")
                          .arg(QDir::toNativeSeparators(dataPath)));
}

} // namespace vfu
