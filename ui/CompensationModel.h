#pragma once

#include "core/placements/Compensation.h"

#include <QAbstractTableModel>
#include <QList>

namespace vfu {

// Lines of the compensation basis: per unit and way of paying, the placements and their time.
class CompensationModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        UnitColumn,
        HsaIdColumn,
        FundingColumn,
        PlacementsColumn,
        DaysColumn,
        WeeksColumn,
        ColumnCount
    };

    explicit CompensationModel(QObject *parent = nullptr);

    void setLines(QList<CompensationLine> lines);
    const QList<CompensationLine> &lines() const { return m_lines; }

    // Weeks with two decimals in the window's language.
    static QString weeks(double value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CompensationLine> m_lines;
};

} // namespace vfu
