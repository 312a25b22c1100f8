#pragma once

#include "core/csv/CsvWriter.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace vfu {

// Where a CSV export goes and in which variant.
struct CsvTarget final
{
    QString path;
    CsvDialect dialect = CsvDialect::Rfc4180;
};

// Asks for a file to export to, the way the students export does: plain CSV for programs, or
// CSV for Excel (BOM and ';'); empty when the coordinator cancels.
class CsvSaveChooser final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::CsvSaveChooser)

public:
    static std::optional<CsvTarget> ask(QWidget *parent, const QString &title,
                                        const QString &fileName);
};

} // namespace vfu
