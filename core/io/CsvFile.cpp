#include "core/io/CsvFile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace vfu {

Status CsvFile::save(const QString &path, const QList<QStringList> &rows, CsvDialect dialect,
                     const Progress &progress)
{
    return save(path, dialect, [&](CsvWriter &writer) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (progress && i % 256 == 0 && !progress(i, rows.size()))
                return false;
            writer.writeRow(rows.at(i));
        }
        return true;
    });
}

Status CsvFile::save(const QString &path, CsvDialect dialect,
                     const std::function<bool(CsvWriter &)> &writeRows)
{
    // A list never replaces a database: not the data file itself, nor a backup of it.
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) &&
        existing.read(16) == QByteArrayLiteral("SQLite format 3\0"))
        return Status::failure(tr("%1 is a database, not a list; nothing was written. Choose "
                                  "another file for the list.")
                                   .arg(QDir::toNativeSeparators(path)));
    existing.close();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("%1 could not be written: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    CsvWriter writer(&file, dialect);
    if (!writeRows(writer)) {
        file.cancelWriting();
        return Status::failure(tr("The export was cancelled; no file was written."));
    }
    if (!writer.ok() || !file.commit())
        return Status::failure(tr("%1 could not be written: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return ok();
}

} // namespace vfu
