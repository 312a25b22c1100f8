#include "ui/UnitTableModel.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace vfu {

UnitTableModel::UnitTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UnitTableModel::setUnits(QList<Unit> units)
{
    // Swedish order whatever language the window speaks: Äldreboende after Vårdcentral.
    QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(units.begin(), units.end(), [&collator](const Unit &a, const Unit &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    beginResetModel();
    m_units = std::move(units);
    endResetModel();
}

int UnitTableModel::rowOfUnit(qint64 unitId) const
{
    for (int row = 0; row < m_units.size(); ++row) {
        if (m_units.at(row).id == unitId)
            return row;
    }
    return -1;
}

int UnitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_units.size());
}

int UnitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Unit &unit = m_units.at(index.row());
    if (role == UnitIdRole)
        return unit.id;
    if (role == Qt::ToolTipRole && index.column() == RegionColumn && !unit.insideRegion)
        return tr("Not in KliPP: placements are arranged by direct contact");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return unit.name;
    case HsaIdColumn:
        return unit.hsaId;
    case RegionColumn:
        return unit.insideRegion ? tr("Inside") : tr("Outside");
    case AddressColumn:
        return unit.address;
    case ContactColumn:
        return unit.contactName;
    case EmailColumn:
        return unit.contactEmail;
    case PhoneColumn:
        return unit.contactPhone;
    default:
        return {};
    }
}

QVariant UnitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Unit");
    case HsaIdColumn:
        return tr("HSA-ID");
    case RegionColumn:
        return tr("Region");
    case AddressColumn:
        return tr("Address");
    case ContactColumn:
        return tr("Contact");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    default:
        return {};
    }
}

} // namespace vfu
