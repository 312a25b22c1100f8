#include "ui/TodayModel.h"

#include "ui/Presentation.h"

#include <QFont>

namespace vfu {

TodayModel::TodayModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TodayModel::setActions(QList<StudentDueAction> actions)
{
    beginResetModel();
    m_actions = std::move(actions);
    endResetModel();
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

int TodayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TodayModel::displayData(const StudentDueAction &action, int column) const
{
    switch (column) {
    case UrgencyColumn:
        return Journey::urgencyLabel(action.action.urgency);
    case DueColumn:
        return Presentation::date(action.action.due);
    case StudentColumn:
        return Presentation::name(action.student);
    case IdentityColumn:
        return action.student.identity;
    case ActionColumn:
        return Journey::actionLabel(action.action.kind);
    case WhyColumn:
        return action.action.why;
    default:
        return {};
    }
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const StudentDueAction &action = m_actions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(action, index.column());
    case Qt::ToolTipRole:
        return action.action.why;
    case StudentIdRole:
        return action.student.id;
    case Qt::DecorationRole:
        if (index.column() == UrgencyColumn)
            return Presentation::urgencyIcon(action.action.urgency);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == UrgencyColumn)
            return Presentation::urgencyColor(action.action.urgency);
        return {};
    case Qt::FontRole:
        if (action.action.urgency == Urgency::Overdue && index.column() == UrgencyColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case UrgencyColumn:
        return tr("Urgency");
    case DueColumn:
        return tr("Due");
    case StudentColumn:
        return tr("Student");
    case IdentityColumn:
        return tr("Identity number");
    case ActionColumn:
        return tr("Action");
    case WhyColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace vfu
