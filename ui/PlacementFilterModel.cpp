#include "ui/PlacementFilterModel.h"

#include "core/privacy/PrivacyGate.h"
#include "ui/PlacementTableModel.h"

namespace vfu {

PlacementFilterModel::PlacementFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void PlacementFilterModel::setPlacementModel(PlacementTableModel *model)
{
    m_placements = model;
    setSourceModel(model);
}

void PlacementFilterModel::setStudent(qint64 studentId)
{
    m_studentId = studentId;
    invalidateFilter();
}

void PlacementFilterModel::setUnit(qint64 unitId)
{
    m_unitId = unitId;
    invalidateFilter();
}

void PlacementFilterModel::setProgramme(const QString &programmeCode)
{
    m_programmeCode = programmeCode;
    invalidateFilter();
}

void PlacementFilterModel::setPeriod(QDate from, QDate to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void PlacementFilterModel::setStatus(std::optional<PlacementStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void PlacementFilterModel::setSearchText(const QString &text)
{
    m_words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool PlacementFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_placements || sourceParent.isValid())
        return false;

    const PlacementRow &row = m_placements->rowAt(sourceRow);
    const Placement &placement = row.placement;
    if (m_studentId != 0 && placement.studentId != m_studentId)
        return false;
    if (m_unitId != 0 && placement.unitId != m_unitId)
        return false;
    if (!m_programmeCode.isEmpty() && row.student.programmeCode != m_programmeCode)
        return false;
    if (m_from.isValid() && placement.countedEnd() < m_from)
        return false;
    if (m_to.isValid() && placement.start > m_to)
        return false;
    if (m_status && row.statusToday != *m_status)
        return false;

    if (m_words.isEmpty())
        return true;
    const QString identity = PrivacyGate::show(row.student, Audience::Coordinator).identity;
    const QString digits = QString(identity).remove(QLatin1Char('-'));
    const QString searchable = (PrivacyGate::displayName(row.student) + QLatin1Char(' ') +
                                identity + QLatin1Char(' ') + digits)
                                   .toCaseFolded();
    for (const QString &word : m_words) {
        if (!searchable.contains(word))
            return false;
    }
    return true;
}

bool PlacementFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_placements)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_placements->compare(left.row(), right.row(), left.column()) < 0;
}

} // namespace vfu
