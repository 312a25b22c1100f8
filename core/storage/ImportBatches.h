#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace vfu {

struct ImportBatch final
{
    qint64 id = 0;
    QString fileName;
    QDateTime importedAt;
    QString importedBy;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
    QDateTime undoneAt; // invalid while the import stands
    QString undoneBy;
};

// What one import did to one student: added them (field "*"; kept as the student's
// added_by_batch), or changed one field.
struct ImportChange final
{
    qint64 batchId = 0;
    qint64 studentId = 0;
    QString field;
    QString oldValue;
    QString newValue;
};

// The record of past imports, read back for the history and for undoing a batch.
class ImportBatches final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::ImportBatches)

public:
    explicit ImportBatches(QSqlDatabase db);

    Result<QList<ImportBatch>> all();
    Result<ImportBatch> batch(qint64 batchId);
    // The students the batch added, by id.
    Result<QList<qint64>> studentsAddedBy(qint64 batchId);
    // The fields the batch changed.
    Result<QList<ImportChange>> changesOfBatch(qint64 batchId);
    // Every import of the student, the one that added it first.
    Result<QList<ImportChange>> changesOfStudent(qint64 studentId);
    // Whether anything happened to the student after the batch: a step, an edit, an
    // acknowledgement or a later import.
    Result<bool> changedSince(qint64 studentId, qint64 batchId, const QDateTime &importedAt);
    // The field's value was changed again after this batch, by a later import.
    Result<bool> fieldChangedLater(qint64 studentId, qint64 batchId, const QString &field);
    Status markUndone(qint64 batchId, const QDateTime &at, const QString &by);

private:
    QSqlDatabase m_db;
};

} // namespace vfu
