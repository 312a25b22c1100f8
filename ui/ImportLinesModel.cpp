#include "ui/ImportLinesModel.h"

#include <QStringList>

namespace vfu {

ImportLinesModel::ImportLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ImportLinesModel::Row ImportLinesModel::rowOf(const LineOutcome &outcome,
                                              const QHash<QString, Student> &updated,
                                              const QHash<QString, Student> &stored)
{
    if (outcome.fate == LineFate::Rejected)
        return {outcome, outcome.column, outcome.reason};

    QStringList fields;
    QStringList changes;
    const Student before = stored.value(outcome.identity);
    const Student after = updated.value(outcome.identity);
    for (const StudentField field : outcome.changed) {
        fields.append(StudentImport::fieldLabel(field));
        changes.append(
            tr("%1 \u2192 %2")
                .arg(StudentImport::valueOf(before, field), StudentImport::valueOf(after, field)));
    }
    return {outcome, fields.join(QStringLiteral(", ")), changes.join(QStringLiteral("; "))};
}

void ImportLinesModel::setPlan(const ImportPlan &plan)
{
    QHash<QString, Student> stored;
    QHash<QString, Student> updated;
    for (const auto &[before, after] : plan.updates) {
        stored.insert(before.identity, before);
        updated.insert(after.identity, after);
    }

    beginResetModel();
    m_rows.clear();
    for (const LineOutcome &outcome : plan.report.lines) {
        if (outcome.fate == LineFate::Rejected || outcome.fate == LineFate::Updated)
            m_rows.append(rowOf(outcome, updated, stored));
    }
    endResetModel();
}

int ImportLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};

    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case LineColumn:
        return row.outcome.line;
    case FateColumn:
        return StudentImport::fateLabel(row.outcome.fate);
    case IdentityColumn:
        return row.outcome.identity;
    case FieldColumn:
        return row.field;
    case DetailsColumn:
        return row.details;
    default:
        return {};
    }
}

QVariant ImportLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case LineColumn:
        return tr("Line");
    case FateColumn:
        return tr("Outcome");
    case IdentityColumn:
        return tr("Identity number");
    case FieldColumn:
        return tr("Column");
    case DetailsColumn:
        return tr("Reason or change");
    default:
        return {};
    }
}

} // namespace vfu
