#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace vfu {

// Keeps a second window (or a restore) off a data file that a VFU Desk window has open. The
// lock is a file beside the data file; a lock left by a process that died is taken over.
class DataFileLock final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::DataFileLock)

public:
    static Result<std::unique_ptr<DataFileLock>> acquire(const QString &dataPath);

private:
    explicit DataFileLock(std::unique_ptr<QLockFile> lock);

    std::unique_ptr<QLockFile> m_lock;
};

} // namespace vfu
