#include "ui/ImportReportModel.h"

#include <QColor>

namespace vfu {

ImportReportModel::ImportReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportReportModel::setReport(const ImportReport &report)
{
    beginResetModel();
    m_lines = report.lines;
    endResetModel();
}

int ImportReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int ImportReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LineOutcome &line = m_lines.at(index.row());
    if (role == Qt::ForegroundRole && line.fate == LineFate::Rejected)
        return QColor(0xb0, 0x1c, 0x1c);
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn && !line.reason.isEmpty())
        return line.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return line.line;
    case FateColumn:
        return StudentImport::fateLabel(line.fate);
    case WhatColumn:
        return line.identity;
    case ColumnColumn:
        return line.column;
    case ReasonColumn:
        return line.reason;
    default:
        return {};
    }
}

QVariant ImportReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case FateColumn:
        return tr("Fate");
    case WhatColumn:
        return tr("Unit or student");
    case ColumnColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace vfu
