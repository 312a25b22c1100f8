#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace vfu {

class Clock;
class ErrorBanner;
class InterruptDialog;
class PeriodPicker;
class PlacementDialog;
class PlacementFilterModel;
class PlacementHistoryModel;
class PlacementService;
class PlacementStatusDialog;
class PlacementTableModel;
class ProgrammesDialog;
class StudentService;

// Every placement in a table, narrowed by unit, programme, period and status; a placement is
// added, moved along or interrupted from here, and its history shows below the table.
class PlacementsPage final : public QWidget
{
    Q_OBJECT

public:
    PlacementsPage(PlacementService &placements, StudentService &students, const Clock &clock,
                   QWidget *parent = nullptr);

    // Reads units, programmes and placements again, keeping the filters and the current row.
    void reload();

    // The dialogs, built but not shown; the page reloads when they change something.
    PlacementDialog *openAddPlacement(qint64 studentId = 0);
    PlacementStatusDialog *openStatusChange();
    InterruptDialog *openInterrupt();
    ProgrammesDialog *openProgrammes();

    qint64 currentPlacementId() const;
    void selectPlacement(qint64 placementId);
    PlacementTableModel *model() const { return m_model; }
    PlacementFilterModel *filterModel() const { return m_filter; }

signals:
    void studentActivated(qint64 studentId);
    // Something was written: Today and the student's page may need to read again.
    void changed();
    // A sentence for the status bar: what was just done.
    void statusMessage(const QString &message);
    // The coordinator asked to import placements from a CSV file.
    void importRequested();

private:
    QWidget *buildFilters();
    QWidget *buildActions();
    void fillFilterChoices();
    void applyFilters();
    void updateCount();
    void updateCurrent();
    void afterChange(qint64 placementId, const QString &message);
    void fitColumns();

    PlacementService &m_placements;
    StudentService &m_students;
    const Clock &m_clock;

    PlacementTableModel *m_model = nullptr;
    PlacementFilterModel *m_filter = nullptr;
    PlacementHistoryModel *m_history = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_unitFilter = nullptr;
    QComboBox *m_programmeFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QCheckBox *m_periodFilter = nullptr;
    PeriodPicker *m_period = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_statusButton = nullptr;
    QPushButton *m_interruptButton = nullptr;
    QLabel *m_historyTitle = nullptr;
    QTableView *m_historyView = nullptr;
};

} // namespace vfu
