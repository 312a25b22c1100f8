#include "ui/CsvSaveChooser.h"

#include <QFileDialog>
#include <QStandardPaths>

namespace vfu {

std::optional<CsvTarget> CsvSaveChooser::ask(QWidget *parent, const QString &title,
                                             const QString &fileName)
{
    const QString plain = tr("CSV (*.csv)");
    const QString excel = tr("CSV for Excel (*.csv)");
    QFileDialog dialog(parent, title);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({plain, excel});
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    dialog.setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.selectFile(fileName);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return std::nullopt;

    const CsvDialect dialect =
        dialog.selectedNameFilter() == excel ? CsvDialect::ExcelSwedish : CsvDialect::Rfc4180;
    return CsvTarget{dialog.selectedFiles().constFirst(), dialect};
}

} // namespace vfu
