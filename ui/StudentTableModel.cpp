#include "ui/StudentTableModel.h"

#include "core/privacy/PrivacyGate.h"
#include "ui/Presentation.h"

#include <QLocale>

namespace vfu {
namespace {

const DueAction *firstAction(const StudentSummary &summary)
{
    return summary.journey.dueActions.isEmpty() ? nullptr : &summary.journey.dueActions.first();
}

QString programmeOf(const Student &student)
{
    return student.programmeName.isEmpty() ? student.programmeCode : student.programmeName;
}

int sign(qsizetype value)
{
    return value < 0 ? -1 : (value > 0 ? 1 : 0);
}

} // namespace

StudentTableModel::StudentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_collator(QLocale(QLocale::Swedish, QLocale::Sweden))
{
    // Swedish order whatever language the window speaks: the names are Swedish, and a
    // coordinator looks for Åberg after Zetterberg.
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void StudentTableModel::setSummaries(QList<StudentSummary> summaries)
{
    beginResetModel();
    m_summaries = std::move(summaries);
    m_keys.clear();
    m_keys.reserve(static_cast<size_t>(m_summaries.size()));
    m_rowById.clear();
    m_rowById.reserve(m_summaries.size());
    m_sortKeys.clear();
    for (int row = 0; row < m_summaries.size(); ++row) {
        const StudentSummary &summary = m_summaries.at(row);
        m_keys.push_back(keysOf(summary));
        m_rowById.insert(summary.student.id, row);
    }
    endResetModel();
}

bool StudentTableModel::updateSummary(const StudentSummary &summary)
{
    const int row = rowOfStudent(summary.student.id);
    if (row < 0)
        return false;

    m_summaries[row] = summary;
    m_keys[static_cast<size_t>(row)] = keysOf(summary);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

QCollatorSortKey StudentTableModel::sortKey(const QString &text)
{
    auto found = m_sortKeys.constFind(text);
    if (found == m_sortKeys.cend())
        found = m_sortKeys.insert(text, m_collator.sortKey(text));
    return *found;
}

StudentTableModel::RowKeys StudentTableModel::keysOf(const StudentSummary &summary)
{
    const Student &student = summary.student;
    const ShownStudent shown = PrivacyGate::show(student, Audience::Coordinator);
    const DueAction *action = firstAction(summary);
    const QString names = shown.familyName + QLatin1Char(' ') + shown.givenNames;
    const auto key = [](QString identity) {
        identity.remove(QLatin1Char('-'));
        return identity.toCaseFolded();
    };
    // Where the gate withholds the number it withholds the HSA-ID too: it leads to the person.
    const QString hsaId = shown.identity.isEmpty() ? QString() : summary.journey.hsaId;
    return {(names + QLatin1Char('\n') + hsaId).toCaseFolded(),
            key(shown.identity),
            key(student.identity),
            sortKey(shown.familyName),
            sortKey(shown.givenNames),
            sortKey(programmeOf(student)),
            sortKey(action ? Journey::actionLabel(action->kind) : QString())};
}

int StudentTableModel::compare(int leftRow, int rightRow, int column) const
{
    const RowKeys &l = m_keys[static_cast<size_t>(leftRow)];
    const RowKeys &r = m_keys[static_cast<size_t>(rightRow)];
    const StudentSummary &ls = m_summaries.at(leftRow);
    const StudentSummary &rs = m_summaries.at(rightRow);

    int result = 0;
    switch (column) {
    case IdentityColumn:
        result = sign(l.identity.compare(r.identity));
        break;
    case FamilyNameColumn:
        result = l.familyName.compare(r.familyName);
        if (result == 0)
            result = l.givenNames.compare(r.givenNames);
        break;
    case GivenNamesColumn:
        result = l.givenNames.compare(r.givenNames);
        if (result == 0)
            result = l.familyName.compare(r.familyName);
        break;
    case ProgrammeColumn:
        result = l.programme.compare(r.programme);
        break;
    case StageColumn:
        result = static_cast<int>(ls.journey.stage) - static_cast<int>(rs.journey.stage);
        break;
    case ActionColumn:
        result = l.action.compare(r.action);
        break;
    case DueColumn: {
        // Students with nothing due come after every date.
        const DueAction *la = firstAction(ls);
        const DueAction *ra = firstAction(rs);
        if (la && ra)
            result = sign(ra->due.daysTo(la->due));
        else if (la || ra)
            result = la ? -1 : 1;
        break;
    }
    default:
        break;
    }
    if (result == 0 && column != FamilyNameColumn && column != GivenNamesColumn) {
        result = l.familyName.compare(r.familyName);
        if (result == 0)
            result = l.givenNames.compare(r.givenNames);
    }
    // The last tie-breakers reveal nothing of a protected number: the number shown, then the
    // order the students came in.
    if (result == 0)
        result = sign(l.identity.compare(r.identity));
    if (result == 0)
        result = sign(ls.student.id - rs.student.id);
    return result;
}

int StudentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_summaries.size());
}

int StudentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudentTableModel::displayData(const StudentSummary &summary, int column) const
{
    const Student &student = summary.student;
    const DueAction *action = firstAction(summary);
    switch (column) {
    case IdentityColumn:
        return PrivacyGate::show(student, Audience::Coordinator).identity;
    case FamilyNameColumn:
        return PrivacyGate::show(student, Audience::Coordinator).familyName;
    case GivenNamesColumn:
        return PrivacyGate::show(student, Audience::Coordinator).givenNames;
    case ProgrammeColumn:
        return programmeOf(student);
    case StageColumn:
        return Journey::stageLabel(summary.journey.stage);
    case ActionColumn:
        return action ? Journey::actionLabel(action->kind) : QString();
    case DueColumn:
        return action ? Presentation::date(action->due) : QString();
    default:
        return {};
    }
}

QVariant StudentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const StudentSummary &summary = m_summaries.at(index.row());
    const DueAction *action = firstAction(summary);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(summary, index.column());
    case StudentIdRole:
        return summary.student.id;
    case Qt::DecorationRole:
        if (index.column() == ActionColumn && action)
            return Presentation::urgencyIcon(action->urgency);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ActionColumn && action)
            return action->why;
        if (index.column() == ProgrammeColumn)
            return summary.student.programmeCode;
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
