#pragma once

#include "core/storage/ImportBatches.h"

#include <QAbstractTableModel>
#include <QList>

namespace vfu {

// The imports of the data file, newest first: the file, when and by whom, what each did, and
// whether it was undone.
class ImportBatchModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FileColumn,
        WhenColumn,
        WhoColumn,
        AddedColumn,
        ChangedColumn,
        UnchangedColumn,
        RejectedColumn,
        StateColumn,
        ColumnCount
    };
    enum Role { BatchIdRole = Qt::UserRole + 1, UndoneRole };

    explicit ImportBatchModel(QObject *parent = nullptr);

    // `batches` in any order; shown newest first.
    void setBatches(QList<ImportBatch> batches);
    const ImportBatch &batchAt(int row) const { return m_batches.at(row); }
    // -1 when the batch has no row.
    int rowOfBatch(qint64 batchId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const ImportBatch &batch, int column) const;

    QList<ImportBatch> m_batches;
};

} // namespace vfu
