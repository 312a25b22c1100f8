#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableView;

namespace vfu {

class Clock;
class ErrorBanner;
class PlacementDialog;
class PlacementFilterModel;
class PlacementService;
class PlacementTableModel;
class StudentService;

// One student's placements, for the student's page: where, when, by which route and how they
// stand today, with a button to add one.
class StudentPlacementsBox final : public QGroupBox
{
    Q_OBJECT

public:
    StudentPlacementsBox(PlacementService &placements, StudentService &students, const Clock &clock,
                         QWidget *parent = nullptr);

    void setStudent(qint64 studentId);
    qint64 studentId() const { return m_studentId; }
    // Reads the placements again.
    void reload();

    // The add dialog with the student chosen, built but not shown.
    PlacementDialog *openAddPlacement();
    // How many placements the box shows.
    int placementCount() const;
    PlacementFilterModel *filterModel() const { return m_filter; }

signals:
    // A placement was double-clicked: the main window may show it in the Placements view.
    void placementActivated(qint64 placementId);
    void changed();
    void statusMessage(const QString &message);

private:
    PlacementService &m_placements;
    StudentService &m_students;
    const Clock &m_clock;
    qint64 m_studentId = 0;

    PlacementTableModel *m_model = nullptr;
    PlacementFilterModel *m_filter = nullptr;
    ErrorBanner *m_banner = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace vfu
