#pragma once

#include "core/StudentService.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>
#include <QList>

#include <vector>

namespace vfu {

// The students of the data file, one row each, as the coordinator's lists may show them: a
// protected identity by its alias only, without name or number (PrivacyGate). What the filter and the sort look at is
// computed once when a row is set (folded search text, collation keys), so that a list of
// 100,000 students filters on every keystroke and sorts without building a string or a key
// per comparison.
class StudentTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdentityColumn,
        FamilyNameColumn,
        GivenNamesColumn,
        ProgrammeColumn,
        StageColumn,
        ActionColumn,
        DueColumn,
        ColumnCount
    };
    enum Role { StudentIdRole = Qt::UserRole + 1 };

    explicit StudentTableModel(QObject *parent = nullptr);

    void setSummaries(QList<StudentSummary> summaries);
    // Replaces one student's row in place, after a step is recorded or undone. False when the
    // student has no row.
    bool updateSummary(const StudentSummary &summary);

    const QList<StudentSummary> &summaries() const { return m_summaries; }
    const StudentSummary &summaryAt(int row) const { return m_summaries.at(row); }
    // -1 when the student has no row.
    int rowOfStudent(qint64 studentId) const { return m_rowById.value(studentId, -1); }

    // Case-folded names and HSA-ID, for StudentFilterModel.
    const QString &searchText(int row) const { return m_keys[static_cast<size_t>(row)].search; }
    // The canonical identity number without '-', case-folded: every spelling's digits are a
    // substring of it. Empty for a protected identity, whose number the table does not show.
    const QString &identityKey(int row) const { return m_keys[static_cast<size_t>(row)].identity; }
    // The same for every student, protected or not, to compare with a whole number typed in
    // full: the coordinator can reach a protected student, but typing part of the number
    // reveals nothing.
    const QString &wholeIdentityKey(int row) const
    {
        return m_keys[static_cast<size_t>(row)].wholeIdentity;
    }
    // Negative, zero or positive as the rows order by `column` in Swedish collation, with the
    // names and the identity number breaking ties so that the order is total.
    int compare(int leftRow, int rightRow, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct RowKeys
    {
        QString search;
        QString identity;
        QString wholeIdentity;
        QCollatorSortKey familyName;
        QCollatorSortKey givenNames;
        QCollatorSortKey programme;
        QCollatorSortKey action;
    };

    RowKeys keysOf(const StudentSummary &summary);
    QCollatorSortKey sortKey(const QString &text);
    QVariant displayData(const StudentSummary &summary, int column) const;

    QCollator m_collator;
    QList<StudentSummary> m_summaries;
    std::vector<RowKeys> m_keys;
    QHash<qint64, int> m_rowById;
    // Names, programmes and action labels repeat across many rows: one key per distinct text.
    QHash<QString, QCollatorSortKey> m_sortKeys;
};

} // namespace vfu
