#pragma once

#include "core/Result.h"
#include "core/csv/CsvWriter.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace vfu {

struct Student;
struct StudentSummary;
enum class Stage;

// The student list as a file for other programs. The headers are the ones the importer finds
// by name, so that an exported list imports again into an empty data file unchanged.
class StudentExport final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::StudentExport)

public:
    static QStringList header();
    static QList<QStringList> rows(const QList<StudentSummary> &students);
    // The row of one student at `stage` with `hsaId`, as it passes the privacy gate.
    static QStringList row(const Student &student, Stage stage, const QString &hsaId);

    // Writes atomically: the old file stays as it was until the new one is complete.
    static Status write(const QString &path, const QList<StudentSummary> &students,
                        CsvDialect dialect);

    static std::optional<CsvDialect> dialectFromCode(QStringView code); // "csv", "excel-csv"
};

} // namespace vfu
