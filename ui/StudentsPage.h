#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace vfu {

class Clock;
class StudentFilterModel;
class StudentTableModel;

// The students table with its instant filter.
class StudentsPage final : public QWidget
{
    Q_OBJECT

public:
    StudentsPage(StudentTableModel *students, const Clock &clock, QWidget *parent = nullptr);

    // The student of the current row; 0 when no row is current.
    qint64 currentStudentId() const;
    void selectStudent(qint64 studentId);
    StudentFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }

signals:
    void studentActivated(qint64 studentId);
    void currentStudentChanged(qint64 studentId);

private:
    void fitColumns();
    void updateCount();
    void activateFirstRow();

    StudentTableModel *m_students = nullptr;
    StudentFilterModel *m_filter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    bool m_columnsFitted = false;
    qint64 m_currentBeforeReset = 0;
};

} // namespace vfu
