#pragma once

#include "core/io/StudentImport.h"

#include <QAbstractTableModel>
#include <QList>

namespace vfu {

// Every line of an import report with its fate: what a units or placements import did, or
// will do, line by line, and for each rejected line the column at fault and why.
class ImportReportModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, FateColumn, WhatColumn, ColumnColumn, ReasonColumn, ColumnCount };

    explicit ImportReportModel(QObject *parent = nullptr);

    void setReport(const ImportReport &report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<LineOutcome> m_lines;
};

} // namespace vfu
