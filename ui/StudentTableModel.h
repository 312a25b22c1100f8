#pragma once

#include "ui/StudentRows.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace vfu {

// The students of the data file, one row each, as the coordinator's lists may show them: a
// protected identity by its alias only, without name or number (PrivacyGate). A row holds what
// the table shows, sorts and filters on, made once when the row is set (StudentRow), so that a
// list of 100,000 students fits in memory, filters on every keystroke and sorts without building
// a string or a key per comparison.
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

    // Every row at once, in one reset.
    void setRows(StudentRows rows);
    void setSummaries(const QList<StudentSummary> &summaries);
    // Replaces one student's row in place, after a step is recorded or undone. False when the
    // student has no row.
    bool updateSummary(const StudentSummary &summary);
    // Makes rows and Today's actions that share the texts of these rows.
    StudentRowMaker &rowMaker() { return m_maker; }

    const StudentRow &rowAt(int row) const { return m_rows[static_cast<size_t>(row)]; }
    // -1 when the student has no row.
    int rowOfStudent(qint64 studentId) const { return m_rowById.value(studentId, -1); }
    // The name as the coordinator's lists show it: the alias for a protected identity.
    QString nameAt(int row) const;

    // Case-folded names, HSA-ID and the digits of the number shown, for StudentFilterModel.
    QByteArrayView searchText(int row) const { return m_maker.searchText(rowAt(row).search); }
    // Marks, in `rows` (one entry a row), every row whose search text contains `text` (made by
    // StudentRowMaker::searchable, without a space). One pass over every row's text at once:
    // quicker than asking each row when most rows are asked.
    void markRowsContaining(const QByteArray &text, std::vector<char> &rows) const;
    // The canonical number without '-', case-folded, for every student, protected or not, to
    // compare with a whole number typed in full: the coordinator can reach a protected
    // student, but typing part of the number reveals nothing.
    QStringView wholeIdentityKey(int row) const { return m_maker.text(rowAt(row).wholeIdentity); }
    // The number as the table shows it: empty for a protected identity.
    QStringView identity(int row) const { return m_maker.text(rowAt(row).identity); }
    // Negative, zero or positive as the rows order by `column` in Swedish collation, with the
    // names and the identity number breaking ties so that the order is total.
    int compare(int leftRow, int rightRow, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const StudentRow &row, int column) const;

    std::vector<StudentRow> m_rows;
    StudentRowMaker m_maker;
    QHash<qint64, int> m_rowById;
    // Each row's search text by where it starts in m_maker's search texts, in that order: a
    // row replaced later has its new text at the end, and its old one is no longer its own.
    std::vector<std::pair<int, int>> m_rowBySearchStart;
};

} // namespace vfu
