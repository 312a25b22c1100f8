#pragma once

#include "core/Result.h"
#include "core/csv/CsvWriter.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace vfu {

class CsvFile final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::CsvFile)

public:
    // Writes rows to a file atomically: an old file stays as it was until the new one is
    // complete, and a failed write leaves nothing half-written.
    static Status save(const QString &path, const QList<QStringList> &rows, CsvDialect dialect);
};

} // namespace vfu
