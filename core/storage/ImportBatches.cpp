#include "core/storage/ImportBatches.h"

#include "core/storage/StorageError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vfu {
namespace {

QString failedBecause(const QSqlQuery &query)
{
    return StorageError::describe(query.lastError());
}

ImportBatch batchFrom(const QSqlQuery &query)
{
    ImportBatch batch;
    batch.id = query.value(0).toLongLong();
    batch.fileName = query.value(1).toString();
    batch.importedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODate);
    batch.importedBy = query.value(3).toString();
    batch.inserted = query.value(4).toInt();
    batch.updated = query.value(5).toInt();
    batch.unchanged = query.value(6).toInt();
    batch.rejected = query.value(7).toInt();
    batch.undoneAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODate);
    batch.undoneBy = query.value(9).toString();
    return batch;
}

const QString batchColumns = QStringLiteral("id, file_name, imported_at, imported_by, inserted, "
                                            "updated, unchanged, rejected, undone_at, undone_by");

Result<QList<ImportChange>> readChanges(QSqlQuery &query)
{
    using R = Result<QList<ImportChange>>;
    if (!query.exec())
        return R::failure(failedBecause(query));
    QList<ImportChange> changes;
    while (query.next()) {
        changes.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                        query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString()});
    }
    return R::success(std::move(changes));
}

} // namespace

ImportBatches::ImportBatches(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<ImportBatch>> ImportBatches::all()
{
    using R = Result<QList<ImportBatch>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM import_batches ORDER BY id").arg(batchColumns)))
        return R::failure(failedBecause(query));
    QList<ImportBatch> batches;
    while (query.next())
        batches.append(batchFrom(query));
    return R::success(std::move(batches));
}

Result<ImportBatch> ImportBatches::batch(qint64 batchId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM import_batches WHERE id = ?").arg(batchColumns));
    query.addBindValue(batchId);
    if (!query.exec())
        return Result<ImportBatch>::failure(failedBecause(query));
    if (!query.next())
        return Result<ImportBatch>::failure(tr("There is no import %1.").arg(batchId));
    return Result<ImportBatch>::success(batchFrom(query));
}

Result<QList<ImportChange>> ImportBatches::changesOfBatch(qint64 batchId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT batch_id, student_id, field, old_value, new_value FROM import_changes "
        "WHERE batch_id = ? ORDER BY id"));
    query.addBindValue(batchId);
    return readChanges(query);
}

Result<QList<qint64>> ImportBatches::studentsAddedBy(qint64 batchId)
{
    using R = Result<QList<qint64>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM students WHERE added_by_batch = ? ORDER BY id"));
    query.addBindValue(batchId);
    if (!query.exec())
        return R::failure(failedBecause(query));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return R::success(std::move(ids));
}

Result<QList<ImportChange>> ImportBatches::changesOfStudent(qint64 studentId)
{
    using R = Result<QList<ImportChange>>;
    QSqlQuery added(m_db);
    added.setForwardOnly(true);
    added.prepare(QStringLiteral("SELECT added_by_batch, id, '*', '', '' FROM students "
                                 "WHERE id = ? AND added_by_batch IS NOT NULL"));
    added.addBindValue(studentId);
    Result<QList<ImportChange>> changes = readChanges(added);
    if (!changes)
        return changes;

    QSqlQuery changed(m_db);
    changed.setForwardOnly(true);
    changed.prepare(QStringLiteral(
        "SELECT batch_id, student_id, field, old_value, new_value FROM import_changes "
        "WHERE student_id = ? ORDER BY id"));
    changed.addBindValue(studentId);
    const Result<QList<ImportChange>> fields = readChanges(changed);
    if (!fields)
        return fields;
    return R::success(changes.value() + *fields);
}

Result<bool> ImportBatches::changedSince(qint64 studentId, qint64 batchId,
                                         const QDateTime &importedAt)
{
    const QString at = importedAt.toString(Qt::ISODate);
    const QList<std::pair<QString, QVariant>> checks = {
        {QStringLiteral(
             "SELECT count(*) FROM journey_events WHERE student_id = ? AND recorded_at >= ?"),
         at},
        {QStringLiteral(
             "SELECT count(*) FROM student_edits WHERE student_id = ? AND recorded_at >= ?"),
         at},
        {QStringLiteral(
             "SELECT count(*) FROM acknowledgements WHERE student_id = ? AND recorded_at >= ?"),
         at},
        {QStringLiteral(
             "SELECT count(*) FROM import_changes WHERE student_id = ? AND batch_id > ?"),
         batchId},
    };
    for (const auto &[sql, since] : checks) {
        QSqlQuery query(m_db);
        query.prepare(sql);
        query.addBindValue(studentId);
        query.addBindValue(since);
        if (!query.exec() || !query.next())
            return Result<bool>::failure(failedBecause(query));
        if (query.value(0).toInt() > 0)
            return Result<bool>::success(true);
    }
    return Result<bool>::success(false);
}

Result<bool> ImportBatches::fieldChangedLater(qint64 studentId, qint64 batchId,
                                              const QString &field)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT count(*) FROM import_changes WHERE student_id = ? AND batch_id > ? "
                       "AND field = ?"));
    query.addBindValue(studentId);
    query.addBindValue(batchId);
    query.addBindValue(field);
    if (!query.exec() || !query.next())
        return Result<bool>::failure(failedBecause(query));
    return Result<bool>::success(query.value(0).toInt() > 0);
}

Status ImportBatches::markUndone(qint64 batchId, const QDateTime &at, const QString &by)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE import_batches SET undone_at = ?, undone_by = ? WHERE id = ?"));
    query.addBindValue(at.toString(Qt::ISODate));
    query.addBindValue(by);
    query.addBindValue(batchId);
    if (!query.exec())
        return Status::failure(failedBecause(query));
    return ok();
}

} // namespace vfu
