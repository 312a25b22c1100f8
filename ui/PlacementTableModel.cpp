#include "ui/PlacementTableModel.h"

#include "core/privacy/PrivacyGate.h"
#include "ui/Presentation.h"

#include <QColor>
#include <QLocale>

namespace vfu {
namespace {

int sign(qint64 value)
{
    return value < 0 ? -1 : (value > 0 ? 1 : 0);
}

} // namespace

PlacementTableModel::PlacementTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_collator(QLocale(QLocale::Swedish, QLocale::Sweden))
{
    // Swedish order whatever language the window speaks, as in the students table.
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void PlacementTableModel::setRows(QList<PlacementRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_rowById.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).placement.id, row);
    endResetModel();
}

QString PlacementTableModel::programmeOf(const Student &student)
{
    return student.programmeName.isEmpty() ? student.programmeCode : student.programmeName;
}

int PlacementTableModel::compare(int leftRow, int rightRow, int column) const
{
    const PlacementRow &l = m_rows.at(leftRow);
    const PlacementRow &r = m_rows.at(rightRow);

    int result = 0;
    switch (column) {
    case StartColumn:
        result = sign(r.placement.start.daysTo(l.placement.start));
        break;
    case EndColumn:
        result = sign(r.placement.end.daysTo(l.placement.end));
        break;
    case StatusColumn:
        result = static_cast<int>(l.statusToday) - static_cast<int>(r.statusToday);
        break;
    default:
        result = m_collator.compare(displayText(l, column), displayText(r, column));
        break;
    }
    // Ties fall to the start date and then the student, so that the order is total.
    if (result == 0)
        result = sign(r.placement.start.daysTo(l.placement.start));
    if (result == 0 && column != StudentColumn)
        result = m_collator.compare(displayText(l, StudentColumn), displayText(r, StudentColumn));
    if (result == 0)
        result = sign(l.placement.id - r.placement.id);
    return result;
}

QString PlacementTableModel::displayText(const PlacementRow &row, int column) const
{
    const Placement &placement = row.placement;
    switch (column) {
    case StudentColumn:
        return PrivacyGate::displayName(row.student);
    case ProgrammeColumn:
        return programmeOf(row.student);
    case UnitColumn:
        return row.unit.name;
    case CourseColumn:
        return placement.courseCode;
    case StartColumn:
        return Presentation::date(placement.start);
    case EndColumn:
        return Presentation::date(placement.end);
    case RouteColumn:
        return Programmes::routeLabel(placement.route);
    case StatusColumn:
        if (row.statusToday == PlacementStatus::Ordered && placement.orderedOn.isValid())
            return tr("Ordered %1").arg(Presentation::date(placement.orderedOn));
        if (row.statusToday == PlacementStatus::Interrupted)
            return tr("Interrupted %1").arg(Presentation::date(placement.interruptedOn));
        return Placements::statusLabel(row.statusToday);
    default:
        return {};
    }
}

QString PlacementTableModel::toolTip(const PlacementRow &row, int column) const
{
    const Placement &placement = row.placement;
    if (column == StatusColumn && row.statusToday == PlacementStatus::Interrupted)
        return tr("Interrupted on %1 by %2: %3")
            .arg(Presentation::date(placement.interruptedOn), placement.examiner,
                 placement.interruptionReason);
    if (column == UnitColumn && !row.unit.insideRegion)
        return tr("Outside the region: arranged by direct contact");
    if (!placement.overlapReason.isEmpty())
        return tr("Overlap allowed: %1").arg(placement.overlapReason);
    return {};
}

int PlacementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PlacementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlacementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlacementRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::ForegroundRole:
        // A cancelled placement stays in the list, but greyed: it no longer counts.
        if (row.statusToday == PlacementStatus::Cancelled)
            return QColor(Qt::gray);
        return {};
    case PlacementIdRole:
        return row.placement.id;
    case StudentIdRole:
        return row.placement.studentId;
    case UnitIdRole:
        return row.placement.unitId;
    default:
        return {};
    }
}

QVariant PlacementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StudentColumn:
        return tr("Student");
    case ProgrammeColumn:
        return tr("Programme");
    case UnitColumn:
        return tr("Unit");
    case CourseColumn:
        return tr("Course");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case RouteColumn:
        return tr("Route");
    case StatusColumn:
        return tr("Status today");
    default:
        return {};
    }
}

} // namespace vfu
