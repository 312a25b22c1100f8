#include "core/io/CsvFile.h"

#include <QDir>
#include <QSaveFile>

namespace vfu {

Status CsvFile::save(const QString &path, const QList<QStringList> &rows, CsvDialect dialect)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("%1 could not be written: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    CsvWriter writer(&file, dialect);
    for (const QStringList &row : rows)
        writer.writeRow(row);
    if (!writer.ok() || !file.commit())
        return Status::failure(tr("%1 could not be written: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return ok();
}

} // namespace vfu
