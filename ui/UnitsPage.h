#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace vfu {

class Clock;
class ErrorBanner;
class PlacementService;
class StudentService;
class UnitDialog;
class UnitListDialog;
class UnitTableModel;

// The units students are placed at: added and changed here, and each unit's list of students
// for a period exported from here.
class UnitsPage final : public QWidget
{
    Q_OBJECT

public:
    UnitsPage(PlacementService &placements, StudentService &students, const Clock &clock,
              QWidget *parent = nullptr);

    void reload();

    // The dialogs, built but not shown; the page reloads when they change something.
    UnitDialog *openAddUnit();
    UnitDialog *openEditUnit(); // the current unit; nullptr without one
    UnitListDialog *openUnitList();

    qint64 currentUnitId() const;
    void selectUnit(qint64 unitId);
    UnitTableModel *model() const { return m_model; }

signals:
    void changed();
    void statusMessage(const QString &message);
    // The coordinator asked to import units from a CSV file.
    void importRequested();

private:
    void afterSave(qint64 unitId, const QString &message);
    void updateButtons();

    PlacementService &m_placements;
    const Clock &m_clock;

    UnitTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_list = nullptr;
};

} // namespace vfu
