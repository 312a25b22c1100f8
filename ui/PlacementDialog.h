#pragma once

#include "core/PlacementService.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace vfu {

class ErrorBanner;
class StudentService;

// Places a student at a unit: the student picked from a searchable list, the unit, the course,
// the exact dates and the route, which follows the student's programme until changed by hand.
// Core's refusals stay in the dialog; an overlap with another of the student's placements
// asks for a reason, and Add again places it with that reason.
class PlacementDialog final : public QDialog
{
    Q_OBJECT

public:
    PlacementDialog(PlacementService &placements, StudentService &students, const Clock &clock,
                    QWidget *parent = nullptr);

    void selectStudent(qint64 studentId);
    void selectUnit(qint64 unitId);
    qint64 selectedStudentId() const;
    qint64 selectedUnitId() const;
    OrderingRoute selectedRoute() const;
    // True once the route was changed by hand; until then core chooses it.
    bool routeChanged() const { return m_routeTouched; }
    // True when the placement overlaps another and needs a reason.
    bool asksForReason() const;

    // Adds the placement; the dialog stays open with the reason when core refuses it.
    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

signals:
    void placementAdded(qint64 placementId, const QString &message);

private:
    void loadChoices();
    QWidget *buildStudentBox();
    void filterStudents(const QString &text);
    void chooseFirstShownStudent();
    void updateDefaultRoute();
    Placement placementFromFields() const;

    PlacementService &m_placements;
    StudentService &m_students;
    const Clock &m_clock;
    QHash<QString, OrderingRoute> m_routeOfProgramme;
    QHash<qint64, Unit> m_units;
    QHash<qint64, Student> m_studentById;
    bool m_routeTouched = false;

    ErrorBanner *m_banner = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_studentList = nullptr;
    QLabel *m_studentInfo = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_course = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QComboBox *m_route = nullptr;
    QLabel *m_routeNote = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace vfu
