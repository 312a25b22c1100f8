#pragma once

#include "core/StudentService.h"

#include <QAbstractTableModel>
#include <QList>

namespace vfu {

// Every due action of every student, in the order core gives them: most urgent first.
class TodayModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        UrgencyColumn,
        DueColumn,
        StudentColumn,
        IdentityColumn,
        ActionColumn,
        WhyColumn,
        ColumnCount
    };
    enum Role { StudentIdRole = Qt::UserRole + 1 };

    explicit TodayModel(QObject *parent = nullptr);

    void setActions(QList<StudentDueAction> actions);
    const StudentDueAction &actionAt(int row) const { return m_actions.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const StudentDueAction &action, int column) const;

    QList<StudentDueAction> m_actions;
};

} // namespace vfu
