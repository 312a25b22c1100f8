#pragma once

#include "core/Result.h"
#include "core/csv/CsvWriter.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace vfu {

struct StudentSummary;

// The student list as a file for other programs. The headers are the ones the importer finds
// by name, so that an exported list imports again into an empty data file unchanged.
class StudentExport final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::StudentExport)

public:
    static QStringList header();
    static QList<QStringList> rows(const QList<StudentSummary> &students);

    // Writes atomically: the old file stays as it was until the new one is complete.
    static Status write(const QString &path, const QList<StudentSummary> &students,
                        CsvDialect dialect);

    static std::optional<CsvDialect> dialectFromCode(QStringView code); // "csv", "excel-csv"
};

} // namespace vfu
