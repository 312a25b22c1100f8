#include "ui/CompensationModel.h"

#include <QLocale>

namespace vfu {

CompensationModel::CompensationModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CompensationModel::setLines(QList<CompensationLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

QString CompensationModel::weeks(double value)
{
    return QLocale().toString(value, 'f', 2);
}

int CompensationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int CompensationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompensationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool number = index.column() >= PlacementsColumn;
    if (role == Qt::TextAlignmentRole)
        return static_cast<int>(number ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const CompensationLine &line = m_lines.at(index.row());
    switch (index.column()) {
    case UnitColumn:
        return line.unit.name;
    case HsaIdColumn:
        return line.unit.hsaId;
    case FundingColumn:
        return Programmes::fundingLabel(line.funding);
    case PlacementsColumn:
        return line.placements;
    case DaysColumn:
        return line.days;
    case WeeksColumn:
        return weeks(line.weeks);
    default:
        return {};
    }
}

QVariant CompensationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case HsaIdColumn:
        return tr("HSA-ID");
    case FundingColumn:
        return tr("Funding");
    case PlacementsColumn:
        return tr("Placements");
    case DaysColumn:
        return tr("Days");
    case WeeksColumn:
        return tr("Weeks");
    default:
        return {};
    }
}

} // namespace vfu
