#include "ui/TodayModel.h"

#include "ui/Presentation.h"

#include <QFont>
#include <QHash>

#include <algorithm>
#include <map>

namespace vfu {
namespace {

// "This week": due within the next seven days. A way to read the list, not a rule of the
// routine: core decides what is due and how urgent it is.
constexpr int thisWeekDays = 7;

// Group rows have no parent; an action row carries its group's row, plus one.
constexpr quintptr groupRowId = 0;

} // namespace

TodayModel::TodayModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void TodayModel::setActions(QList<TodayAction> actions, QDate today)
{
    beginResetModel();
    m_actions = std::move(actions);
    m_today = today;
    regroup();
    endResetModel();
}

void TodayModel::replaceStudent(qint64 studentId, const QList<TodayAction> &actions)
{
    beginResetModel();
    m_actions.removeIf(
        [studentId](const TodayAction &each) { return each.studentId == studentId; });
    // Core orders the actions most urgent first and keeps the students' order among equals:
    // each action goes after every one before it in that order.
    const auto before = [](const TodayAction &a, const TodayAction &b) {
        if (Journey::moreUrgent(a.action, b.action))
            return true;
        if (Journey::moreUrgent(b.action, a.action))
            return false;
        return a.studentOrder < b.studentOrder;
    };
    for (const TodayAction &action : actions)
        m_actions.insert(std::upper_bound(m_actions.begin(), m_actions.end(), action, before),
                         action);
    regroup();
    endResetModel();
}

void TodayModel::setProgrammeFilter(const QString &programmeCode)
{
    if (programmeCode == m_programme)
        return;
    beginResetModel();
    m_programme = programmeCode;
    regroup();
    endResetModel();
}

void TodayModel::setKindFilter(std::optional<ActionKind> kind)
{
    if (kind == m_kind)
        return;
    beginResetModel();
    m_kind = kind;
    regroup();
    endResetModel();
}

TodayModel::Group TodayModel::groupOf(const DueAction &action) const
{
    if (action.urgency == Urgency::Overdue)
        return Group::Overdue;
    return m_today.daysTo(action.due) <= thisWeekDays ? Group::ThisWeek : Group::Later;
}

bool TodayModel::passesProgramme(const TodayAction &action) const
{
    return m_programme.isEmpty() || action.programmeCode == m_programme;
}

void TodayModel::regroup()
{
    for (QList<int> &shown : m_shown)
        shown.clear();
    for (int i = 0; i < m_actions.size(); ++i) {
        const TodayAction &action = m_actions.at(i);
        if (passesProgramme(action) && (!m_kind || action.action.kind == *m_kind))
            m_shown[slot(groupOf(action.action))].append(i);
    }
    m_groups.clear();
    for (const Group group : {Group::Overdue, Group::ThisWeek, Group::Later}) {
        if (!m_shown[slot(group)].isEmpty())
            m_groups.append(group);
    }
}

int TodayModel::actionCount() const
{
    int count = 0;
    for (const QList<int> &shown : m_shown)
        count += static_cast<int>(shown.size());
    return count;
}

QList<std::pair<ActionKind, int>> TodayModel::kindCounts() const
{
    std::map<int, int> counts;
    for (const TodayAction &action : m_actions) {
        if (passesProgramme(action))
            ++counts[static_cast<int>(action.action.kind)];
    }
    QList<std::pair<ActionKind, int>> result;
    for (const auto &[kind, count] : counts)
        result.append({static_cast<ActionKind>(kind), count});
    return result;
}

QList<std::pair<QString, QString>> TodayModel::programmes() const
{
    QList<std::pair<QString, QString>> result;
    QHash<QString, bool> seen;
    for (const TodayAction &action : m_actions) {
        if (seen.contains(action.programmeCode))
            continue;
        seen.insert(action.programmeCode, true);
        result.append({action.programmeCode, action.programmeName.isEmpty()
                                                 ? action.programmeCode
                                                 : action.programmeName});
    }
    std::sort(result.begin(), result.end(),
              [](const auto &a, const auto &b) { return a.second < b.second; });
    return result;
}

QString TodayModel::groupLabel(Group group)
{
    switch (group) {
    case Group::Overdue:
        return tr("Overdue");
    case Group::ThisWeek:
        return tr("This week");
    case Group::Later:
        return tr("Later");
    }
    return {};
}

const TodayAction *TodayModel::actionAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == groupRowId || index.model() != this)
        return nullptr;
    const Group group = m_groups.at(static_cast<qsizetype>(index.internalId() - 1));
    return &m_actions.at(m_shown[slot(group)].at(index.row()));
}

QModelIndex TodayModel::indexOf(qint64 studentId, ActionKind kind) const
{
    for (int groupRow = 0; groupRow < m_groups.size(); ++groupRow) {
        const QList<int> &shown = m_shown[slot(m_groups.at(groupRow))];
        for (int row = 0; row < shown.size(); ++row) {
            const TodayAction &action = m_actions.at(shown.at(row));
            if (action.studentId == studentId && action.action.kind == kind)
                return createIndex(row, 0, static_cast<quintptr>(groupRow + 1));
        }
    }
    return {};
}

QModelIndex TodayModel::firstAction() const
{
    return m_groups.isEmpty() ? QModelIndex() : createIndex(0, 0, static_cast<quintptr>(1));
}

QModelIndex TodayModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupRowId);
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex TodayModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupRowId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, groupRowId);
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalId() != groupRowId || parent.column() != 0)
        return 0;
    return static_cast<int>(m_shown[slot(m_groups.at(parent.row()))].size());
}

int TodayModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TodayModel::groupData(Group group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == UrgencyColumn)
            return tr("%1 (%2)").arg(groupLabel(group)).arg(count(group));
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        if (group == Group::Overdue)
            return Presentation::urgencyColor(Urgency::Overdue);
        return {};
    case IsGroupRole:
        return true;
    default:
        return {};
    }
}

QVariant TodayModel::actionData(const TodayAction &action, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case UrgencyColumn:
            return Journey::urgencyLabel(action.action.urgency);
        case DueColumn:
            return Presentation::date(action.action.due);
        case StudentColumn:
            return action.studentName;
        case IdentityColumn:
            // Empty for a protected identity: the coordinator's lists show only the alias.
            return action.identity;
        case ActionColumn:
            return Journey::actionLabel(action.action.kind);
        case WhyColumn:
            return action.action.why;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return action.action.why;
    case StudentIdRole:
        return action.studentId;
    case ActionKindRole:
        return static_cast<int>(action.action.kind);
    case IsGroupRole:
        return false;
    case Qt::DecorationRole:
        if (column == UrgencyColumn)
            return Presentation::urgencyIcon(action.action.urgency);
        return {};
    case Qt::ForegroundRole:
        if (column == UrgencyColumn)
            return Presentation::urgencyColor(action.action.urgency);
        return {};
    default:
        return {};
    }
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == groupRowId)
        return groupData(m_groups.at(index.row()), index.column(), role);
    return actionData(*actionAt(index), index.column(), role);
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);

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
