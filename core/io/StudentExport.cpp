#include "core/io/StudentExport.h"

#include "core/StudentService.h"
#include "core/io/CsvFile.h"
#include "core/privacy/PrivacyGate.h"

namespace vfu {

QStringList StudentExport::header()
{
    return {QStringLiteral("Personnummer"), QStringLiteral("Efternamn"),  QStringLiteral("Förnamn"),
            QStringLiteral("E-post"),       QStringLiteral("Programkod"), QStringLiteral("Program"),
            QStringLiteral("HSA-ID"),       QStringLiteral("Steg")};
}

QList<QStringList> StudentExport::rows(const QList<StudentSummary> &students)
{
    QList<QStringList> rows;
    rows.reserve(students.size() + 1);
    rows.append(header());
    for (const StudentSummary &summary : students)
        rows.append(row(summary.student, summary.journey.stage, summary.journey.hsaId));
    return rows;
}

QStringList StudentExport::row(const Student &student, Stage stage, const QString &hsaId)
{
    const ShownStudent shown = PrivacyGate::show(student, Audience::Coordinator);
    // An HSA-ID identifies the person as surely as the number does.
    return {shown.identity,
            shown.familyName,
            shown.givenNames,
            shown.email,
            student.programmeCode,
            student.programmeName,
            shown.withheld ? QString() : hsaId,
            Journey::stageCode(stage)};
}

Status StudentExport::write(const QString &path, const QList<StudentSummary> &students,
                            CsvDialect dialect)
{
    return CsvFile::save(path, rows(students), dialect);
}

std::optional<CsvDialect> StudentExport::dialectFromCode(QStringView code)
{
    if (code == u"csv")
        return CsvDialect::Rfc4180;
    if (code == u"excel-csv")
        return CsvDialect::ExcelSwedish;
    return std::nullopt;
}

} // namespace vfu
