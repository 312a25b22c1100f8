#pragma once

#include "ui/StudentRows.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QList>

#include <array>
#include <optional>

namespace vfu {

// Every due action of every student, grouped by when it falls due: overdue, this week, later.
// A group is a top-level row that says how many actions it holds; its actions are its children,
// most urgent first as core orders them. Filters by programme and by kind narrow what is shown.
class TodayModel final : public QAbstractItemModel
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
    enum Role { StudentIdRole = Qt::UserRole + 1, ActionKindRole, IsGroupRole };
    enum class Group { Overdue, ThisWeek, Later };
    static constexpr int groupCount = 3;

    explicit TodayModel(QObject *parent = nullptr);

    // `actions` as core orders them; `today` decides which fall due this week.
    void setActions(QList<TodayAction> actions, QDate today);
    // Puts one student's actions, most urgent first, in place of those the student had.
    void replaceStudent(qint64 studentId, const QList<TodayAction> &actions);
    // Empty: every programme.
    void setProgrammeFilter(const QString &programmeCode);
    void setKindFilter(std::optional<ActionKind> kind);
    QString programmeFilter() const { return m_programme; }
    std::optional<ActionKind> kindFilter() const { return m_kind; }

    // Every action, whatever the filters.
    int totalCount() const { return static_cast<int>(m_actions.size()); }
    // Shown actions, after the filters.
    int actionCount() const;
    int count(Group group) const { return static_cast<int>(m_shown[slot(group)].size()); }
    // Actions of each kind within the programme filter (the kind filter aside), in kind order.
    QList<std::pair<ActionKind, int>> kindCounts() const;
    // The programmes of every student with something due: code and name.
    QList<std::pair<QString, QString>> programmes() const;

    static QString groupLabel(Group group);
    // The group of a top-level row: only groups with actions have one.
    Group groupAt(int row) const { return m_groups.at(row); }
    // Null for a group row.
    const TodayAction *actionAt(const QModelIndex &index) const;
    // The row of a student's action of a kind; invalid when it is not shown.
    QModelIndex indexOf(qint64 studentId, ActionKind kind) const;
    // The first action shown, if any.
    QModelIndex firstAction() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static size_t slot(Group group) { return static_cast<size_t>(group); }
    Group groupOf(const DueAction &action) const;
    bool passesProgramme(const TodayAction &action) const;
    void regroup();
    QVariant groupData(Group group, int column, int role) const;
    QVariant actionData(const TodayAction &action, int column, int role) const;

    QList<TodayAction> m_actions;
    QDate m_today;
    QString m_programme;
    std::optional<ActionKind> m_kind;
    // Indexes into m_actions of the actions shown in each group, and the groups shown.
    std::array<QList<int>, groupCount> m_shown;
    QList<Group> m_groups;
};

} // namespace vfu
