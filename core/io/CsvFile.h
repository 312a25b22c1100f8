#pragma once

#include "core/Result.h"
#include "core/csv/CsvWriter.h"
#include "core/io/StudentImport.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace vfu {

class CsvFile final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::CsvFile)

public:
    // Writes rows to a file atomically: an old file stays as it was until the new one is
    // complete, and a failed write leaves nothing half-written.
    // `progress` may cancel; then no file is written and an old one stays.
    static Status save(const QString &path, const QList<QStringList> &rows, CsvDialect dialect,
                       const Progress &progress = {});
    // The same, for rows that `writeRows` writes one by one as it makes them, so that a long
    // list need not be held whole. It returns false to cancel.
    static Status save(const QString &path, CsvDialect dialect,
                       const std::function<bool(CsvWriter &)> &writeRows);
};

} // namespace vfu
