#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QModelIndex;
class QTreeView;

namespace vfu {

class Clock;
class StudentService;
class TodayDetail;
class TodayModel;

// What is due across all students, grouped (overdue, this week, later) with counts, filtered
// by programme and kind, and the selected action in full below the list.
class TodayPage final : public QWidget
{
    Q_OBJECT

public:
    TodayPage(TodayModel *actions, StudentService &service, QWidget *parent = nullptr);

    // Call after the model's actions changed: heading, counts, filters and selection follow.
    void refresh();
    QTreeView *view() const { return m_view; }
    // Selects the row of `index` in the model (a group row selects nothing).
    void select(const QModelIndex &index);

signals:
    void studentActivated(qint64 studentId);
    void studentChanged(qint64 studentId, const QString &message);

private:
    void fillFilters();
    void applyFilters();
    void showCounts();
    void showSelected();
    void restoreSelection();

    const Clock &m_clock;
    TodayModel *m_actions = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_programme = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_kindCounts = nullptr;
    QTreeView *m_view = nullptr;
    TodayDetail *m_detail = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_list = nullptr;
    // The action selected before a refresh: student and kind, so it stays selected.
    qint64 m_selectedStudent = 0;
    int m_selectedKind = -1;
};

} // namespace vfu
