#pragma once

#include "core/placements/Placement.h"

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace vfu {

class PlacementTableModel;

// Narrows PlacementTableModel to one student, one unit, one programme, a period and a status,
// and sorts it as the table model compares. Every filter left empty lets every row through.
class PlacementFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PlacementFilterModel(QObject *parent = nullptr);

    void setPlacementModel(PlacementTableModel *model);

    void setStudent(qint64 studentId); // 0: every student
    void setUnit(qint64 unitId);       // 0: every unit
    void setProgramme(const QString &programmeCode);
    // Placements that have a day within [from, to] (to the interruption, for an interrupted
    // one); invalid dates: any time.
    void setPeriod(QDate from, QDate to);
    void setStatus(std::optional<PlacementStatus> status); // as of today
    // Case-folded words that must each be in the student's name or identity number.
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    PlacementTableModel *m_placements = nullptr;
    qint64 m_studentId = 0;
    qint64 m_unitId = 0;
    QString m_programmeCode;
    QDate m_from;
    QDate m_to;
    std::optional<PlacementStatus> m_status;
    QStringList m_words;
};

} // namespace vfu
