#include "ui/StudentTableModel.h"

#include "ui/Presentation.h"

#include <algorithm>
#include <cstring>

namespace vfu {
namespace {

int sign(qsizetype value)
{
    return value < 0 ? -1 : (value > 0 ? 1 : 0);
}

} // namespace

StudentTableModel::StudentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StudentTableModel::setRows(StudentRows rows)
{
    beginResetModel();
    m_rows = std::move(rows.rows);
    m_maker = std::move(rows.maker);
    m_rowById.clear();
    m_rowById.reserve(static_cast<qsizetype>(m_rows.size()));
    m_rowBySearchStart.clear();
    m_rowBySearchStart.reserve(m_rows.size());
    for (size_t row = 0; row < m_rows.size(); ++row) {
        m_rowById.insert(m_rows[row].id, static_cast<int>(row));
        m_rowBySearchStart.emplace_back(m_rows[row].search.start, static_cast<int>(row));
    }
    endResetModel();
}

void StudentTableModel::setSummaries(const QList<StudentSummary> &summaries)
{
    setRows(StudentRows::make(summaries));
}

bool StudentTableModel::updateSummary(const StudentSummary &summary)
{
    const int row = rowOfStudent(summary.student.id);
    if (row < 0)
        return false;

    m_rows[static_cast<size_t>(row)] = m_maker.row(summary);
    m_rowBySearchStart.emplace_back(m_rows[static_cast<size_t>(row)].search.start, row);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

QString StudentTableModel::nameAt(int row) const
{
    return m_maker.shownName(rowAt(row));
}

void StudentTableModel::markRowsContaining(const QByteArray &text, std::vector<char> &rows) const
{
    // The C library's search of a text in a text, which glibc vectorises: several times Qt's
    // QStringView::indexOf on UTF-16 texts for a text of a few characters. Both texts end in a
    // '\0' and hold none before it (StudentRowMaker::searchable).
    const QByteArray &all = m_maker.searchTexts();
    if (text.isEmpty())
        return;
    const char *const begin = all.constData();
    const auto find = [&](qsizetype from) -> qsizetype {
        const char *const at = std::strstr(begin + from, text.constData());
        return at ? at - begin : -1;
    };
    // What is found comes in the order of the texts, so the text holding it is looked for
    // from the last one on: one walk through the texts for the whole search.
    auto holder = m_rowBySearchStart.cbegin();
    const auto end = m_rowBySearchStart.cend();
    qsizetype found = find(0);
    while (found >= 0) {
        // The last text that starts at or before what was found holds it: texts end in '\x1f'.
        while (std::next(holder) != end && std::next(holder)->first <= found)
            ++holder;
        const auto [start, row] = *holder;
        const TextSpan span = rowAt(row).search;
        if (span.start != start) {
            found = find(found + 1);
            continue;
        }
        rows[static_cast<size_t>(row)] = 1;
        found = find(start + span.length + 1);
    }
}

int StudentTableModel::compare(int leftRow, int rightRow, int column) const
{
    const StudentRow &l = rowAt(leftRow);
    const StudentRow &r = rowAt(rightRow);

    int result = 0;
    switch (column) {
    case IdentityColumn:
        result = sign(identity(leftRow).compare(identity(rightRow)));
        break;
    case FamilyNameColumn:
        result = m_maker.compare(l.familyKey, r.familyKey);
        if (result == 0)
            result = m_maker.compare(l.givenKey, r.givenKey);
        break;
    case GivenNamesColumn:
        result = m_maker.compare(l.givenKey, r.givenKey);
        if (result == 0)
            result = m_maker.compare(l.familyKey, r.familyKey);
        break;
    case ProgrammeColumn:
        result = m_maker.compare(l.programmeKey, r.programmeKey);
        break;
    case StageColumn:
        result = static_cast<int>(l.stage) - static_cast<int>(r.stage);
        break;
    case ActionColumn:
        result = m_maker.compare(l.actionKey, r.actionKey);
        break;
    case DueColumn:
        // Students with nothing due come after every date.
        if (l.hasAction && r.hasAction)
            result = sign(r.due.daysTo(l.due));
        else if (l.hasAction || r.hasAction)
            result = l.hasAction ? -1 : 1;
        break;
    default:
        break;
    }
    if (result == 0 && column != FamilyNameColumn && column != GivenNamesColumn) {
        result = m_maker.compare(l.familyKey, r.familyKey);
        if (result == 0)
            result = m_maker.compare(l.givenKey, r.givenKey);
    }
    // The last tie-breakers reveal nothing of a protected number: the number shown, then the
    // order the students came in.
    if (result == 0)
        result = sign(identity(leftRow).compare(identity(rightRow)));
    if (result == 0)
        result = sign(l.id - r.id);
    return result;
}

int StudentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StudentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudentTableModel::displayData(const StudentRow &row, int column) const
{
    switch (column) {
    case IdentityColumn:
        return m_maker.text(row.identity).toString();
    case FamilyNameColumn:
        return m_maker.sharedText(row.familyKey);
    case GivenNamesColumn:
        return m_maker.sharedText(row.givenKey);
    case ProgrammeColumn:
        return m_maker.sharedText(row.programmeKey);
    case StageColumn:
        return Journey::stageLabel(row.stage);
    case ActionColumn:
        return row.hasAction ? Journey::actionLabel(row.action) : QString();
    case DueColumn:
        return row.hasAction ? Presentation::date(row.due) : QString();
    default:
        return {};
    }
}

QVariant StudentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const StudentRow &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case StudentIdRole:
        return row.id;
    case Qt::DecorationRole:
        if (index.column() == ActionColumn && row.hasAction)
            return Presentation::urgencyIcon(row.urgency);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ActionColumn && row.hasAction)
            return m_maker.text(row.why).toString();
        if (index.column() == ProgrammeColumn)
            return m_maker.sharedText(row.programmeCodeKey);
        return {};
    default:
        return {};
    }
}

QVariant StudentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case IdentityColumn:
        return tr("Identity number");
    case FamilyNameColumn:
        return tr("Family name");
    case GivenNamesColumn:
        return tr("Given names");
    case ProgrammeColumn:
        return tr("Programme");
    case StageColumn:
        return tr("Stage");
    case ActionColumn:
        return tr("Next due action");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

} // namespace vfu
