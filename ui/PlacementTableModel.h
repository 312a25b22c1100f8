#pragma once

#include "core/PlacementService.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>
#include <QList>

namespace vfu {

// The placements of the data file, one row each, with the student's name through the privacy
// gate and the status as of today.
class PlacementTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StudentColumn,
        ProgrammeColumn,
        UnitColumn,
        CourseColumn,
        StartColumn,
        EndColumn,
        RouteColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { PlacementIdRole = Qt::UserRole + 1, StudentIdRole, UnitIdRole };

    explicit PlacementTableModel(QObject *parent = nullptr);

    void setRows(QList<PlacementRow> rows);
    const QList<PlacementRow> &rows() const { return m_rows; }
    const PlacementRow &rowAt(int row) const { return m_rows.at(row); }
    // -1 when the placement has no row.
    int rowOfPlacement(qint64 placementId) const { return m_rowById.value(placementId, -1); }

    // Negative, zero or positive as the rows order by `column`: names in Swedish order, dates
    // by date, the status in the order a placement goes through.
    int compare(int leftRow, int rightRow, int column) const;

    static QString programmeOf(const Student &student);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const PlacementRow &row, int column) const;
    QString toolTip(const PlacementRow &row, int column) const;

    QCollator m_collator;
    QList<PlacementRow> m_rows;
    QHash<qint64, int> m_rowById;
};

} // namespace vfu
