#include "ui/ImportBatchModel.h"

#include <QApplication>
#include <QPalette>

#include <algorithm>

namespace vfu {
namespace {

QString when(const QDateTime &at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

ImportBatchModel::ImportBatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportBatchModel::setBatches(QList<ImportBatch> batches)
{
    beginResetModel();
    m_batches = std::move(batches);
    std::stable_sort(m_batches.begin(), m_batches.end(),
                     [](const ImportBatch &a, const ImportBatch &b) { return a.id > b.id; });
    endResetModel();
}

int ImportBatchModel::rowOfBatch(qint64 batchId) const
{
    for (int row = 0; row < m_batches.size(); ++row) {
        if (m_batches.at(row).id == batchId)
            return row;
    }
    return -1;
}

int ImportBatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_batches.size());
}

int ImportBatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportBatchModel::displayData(const ImportBatch &batch, int column) const
{
    switch (column) {
    case FileColumn:
        return batch.fileName;
    case WhenColumn:
        return when(batch.importedAt);
    case WhoColumn:
        return batch.importedBy;
    case AddedColumn:
        return batch.inserted;
    case ChangedColumn:
        return batch.updated;
    case UnchangedColumn:
        return batch.unchanged;
    case RejectedColumn:
        return batch.rejected;
    case StateColumn:
        return batch.undoneAt.isValid()
                   ? tr("Undone %1 by %2").arg(when(batch.undoneAt), batch.undoneBy)
                   : tr("In force");
    default:
        return {};
    }
}

QVariant ImportBatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const ImportBatch &batch = m_batches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(batch, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= AddedColumn && index.column() <= RejectedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (batch.undoneAt.isValid())
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return tr("Import %1").arg(batch.id);
        return {};
    case BatchIdRole:
        return batch.id;
    case UndoneRole:
        return batch.undoneAt.isValid();
    default:
        return {};
    }
}

QVariant ImportBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case FileColumn:
        return tr("File");
    case WhenColumn:
        return tr("Imported");
    case WhoColumn:
        return tr("By");
    case AddedColumn:
        return tr("Added");
    case ChangedColumn:
        return tr("Changed");
    case UnchangedColumn:
        return tr("Unchanged");
    case RejectedColumn:
        return tr("Rejected");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace vfu
