#include "core/io/CsvFile.h"

#include <QDir>
#include <QSaveFile>

namespace vfu {

Status CsvFile::save(const QString &path, const QList<QStringList> &rows, CsvDialect dialect,
                     const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("%1 could not be written: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    CsvWriter writer(&file, dialect);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (progress && i % 256 == 0 && !progress(i, rows.size())) {
            file.cancelWriting();
            return Status::failure(tr("The export was cancelled; no file was written."));
        }
        writer.writeRow(rows.at(i));
    }
    if (!writer.ok() || !file.commit())
        return Status::failure(tr("%1 could not be written: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return ok();
}

} // namespace vfu
