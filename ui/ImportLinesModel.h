#pragma once

#include "core/io/StudentImport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace vfu {

// The lines of an import preview worth a look before importing: each rejected line with the
// column at fault and why, and each updated line with what changes.
class ImportLinesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, FateColumn, IdentityColumn, FieldColumn, DetailsColumn, ColumnCount };

    explicit ImportLinesModel(QObject *parent = nullptr);

    void setPlan(const ImportPlan &plan);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        LineOutcome outcome;
        QString field;
        QString details;
    };

    static Row rowOf(const LineOutcome &outcome, const QHash<QString, Student> &updated,
                     const QHash<QString, Student> &stored);

    QList<Row> m_rows;
};

} // namespace vfu
