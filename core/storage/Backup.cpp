#include "core/storage/Backup.h"

#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

namespace vfu {
namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Status snapshot(const QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(QFileInfo(path).absoluteFilePath());
    if (!query.exec())
        return Status::failure(Backup::tr("The backup %1 could not be written: %2")
                                   .arg(native(path), query.lastError().text()));
    return ok();
}

} // namespace

Status Backup::write(Database &database, const QString &path)
{
    if (QFileInfo::exists(path))
        return Status::failure(
            tr("%1 already exists; choose a new name for the backup.").arg(native(path)));
    if (!QFileInfo(path).dir().exists())
        return Status::failure(
            tr("The folder %1 does not exist.").arg(native(QFileInfo(path).absolutePath())));
    if (const Status status = snapshot(database.connection(), path); !status)
        return status;
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return ok();
}

Result<QString> Backup::writeBeside(Database &database, const QString &path)
{
    using R = Result<QString>;
    // SQLite writes a snapshot into an empty file as into a new one.
    QTemporaryFile staged(path + QStringLiteral("-XXXXXX"));
    staged.setAutoRemove(false);
    if (!staged.open())
        return R::failure(
            tr("The backup %1 could not be written: %2").arg(native(path), staged.errorString()));
    staged.close();
    if (const Status status = snapshot(database.connection(), staged.fileName()); !status) {
        QFile::remove(staged.fileName());
        return R::failure(status.error());
    }
    QFile::setPermissions(staged.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A rename never replaces a file that exists.
    QString name = path;
    for (int n = 2; !QFile::rename(staged.fileName(), name); ++n) {
        if (!QFileInfo::exists(name)) {
            QFile::remove(staged.fileName());
            return R::failure(tr("The backup %1 could not be written.").arg(native(name)));
        }
        name = path + QStringLiteral("-%1").arg(n);
    }
    return R::success(name);
}

Status Backup::restore(const QString &backupPath, const QString &dataPath)
{
    if (!QFileInfo(backupPath).isFile())
        return Status::failure(tr("There is no backup %1.").arg(native(backupPath)));

    // Checked by opening a copy: opening the backup itself could migrate it.
    const QString staged = dataPath + QStringLiteral(".restoring");
    QFile::remove(staged);
    if (!QFile::copy(backupPath, staged))
        return Status::failure(tr("The backup %1 could not be read.").arg(native(backupPath)));
    QFile::setPermissions(staged, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        // The backup restored is the copy of its older format: none is written of the copy.
        Result<std::unique_ptr<Database>> opened =
            Database::open(staged, Database::CopyBeforeMigration::No);
        if (!opened) {
            QFile::remove(staged);
            // The check ran on a copy; the user knows the file by the backup's name.
            QString why = opened.error();
            why.replace(native(staged), native(backupPath));
            return Status::failure(tr("The backup cannot be restored: %1").arg(why));
        }
        QSqlQuery check(opened.value()->connection());
        if (!check.exec(QStringLiteral("PRAGMA integrity_check")) || !check.next() ||
            check.value(0).toString() != QStringLiteral("ok")) {
            check.finish();
            opened.value().reset();
            QFile::remove(staged);
            return Status::failure(
                tr("%1 is damaged and cannot be restored.").arg(native(backupPath)));
        }
        check.finish();
        // Fold the write-ahead log into the file, so that the file alone holds everything.
        QSqlQuery(opened.value()->connection())
            .exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile::remove(staged + QStringLiteral("-wal"));
    QFile::remove(staged + QStringLiteral("-shm"));

    // The current file moves aside with its write-ahead log, if a crash left one: SQLite
    // finds the log by the file's name, so the kept copy stays whole.
    // The copy an earlier restore kept is kept too, under the first number free.
    const QString previous = dataPath + QStringLiteral(".before-restore");
    const QFileDevice::Permissions permissions = QFile::permissions(dataPath);
    if (QFileInfo::exists(dataPath)) {
        if (QFileInfo::exists(previous)) {
            QString older;
            for (int n = 2; older.isEmpty() || QFileInfo::exists(older) ||
                            QFileInfo::exists(older + QStringLiteral("-wal"));
                 ++n)
                older = previous + QStringLiteral("-%1").arg(n);
            if (!QFile::rename(previous, older)) {
                QFile::remove(staged);
                return Status::failure(
                    tr("The copy %1 that an earlier restore kept could not be moved aside; "
                       "nothing was changed.")
                        .arg(native(previous)));
            }
            for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                if (QFileInfo::exists(previous + suffix))
                    QFile::rename(previous + suffix, older + suffix);
            }
        }
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(previous + suffix); // of no file now: they would be read with it
        if (!QFile::rename(dataPath, previous)) {
            QFile::remove(staged);
            return Status::failure(
                tr("The data file %1 could not be moved aside; nothing was changed.")
                    .arg(native(dataPath)));
        }
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(dataPath + suffix))
                QFile::rename(dataPath + suffix, previous + suffix);
        }
    }
    if (!QFile::rename(staged, dataPath)) {
        QFile::rename(previous, dataPath);
        return Status::failure(
            tr("The backup could not be put in place; the data file is as it was."));
    }
    // Colleagues who could open the file before can open it after.
    if (permissions != QFileDevice::Permissions())
        QFile::setPermissions(dataPath, permissions);
    return ok();
}

} // namespace vfu
