#pragma once

#include "core/placements/Unit.h"

#include <QAbstractTableModel>
#include <QList>

namespace vfu {

// The units of the data file, one row each, by name in Swedish order.
class UnitTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        HsaIdColumn,
        RegionColumn,
        AddressColumn,
        ContactColumn,
        EmailColumn,
        PhoneColumn,
        ColumnCount
    };
    enum Role { UnitIdRole = Qt::UserRole + 1 };

    explicit UnitTableModel(QObject *parent = nullptr);

    void setUnits(QList<Unit> units);
    const QList<Unit> &units() const { return m_units; }
    const Unit &unitAt(int row) const { return m_units.at(row); }
    // -1 when the unit has no row.
    int rowOfUnit(qint64 unitId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Unit> m_units;
};

} // namespace vfu
