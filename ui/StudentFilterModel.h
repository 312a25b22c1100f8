#pragma once

#include <QAbstractTableModel>
#include <QByteArrayList>
#include <QStringList>

#include <vector>

namespace vfu {

class Clock;
class StudentTableModel;

// Filters StudentTableModel as the coordinator types and sorts it in Swedish order. Every word
// typed must match a name, the HSA-ID or the identity number; a number matches in any
// spelling (10 or 12 digits, with or without '-' or '+'), and case is folded, å ä ö included.
//
// Not a QSortFilterProxyModel: at 100,000 students a keystroke must cost less than a frame.
// The rows are sorted once, when the students or the sort column change; the filter keeps the
// sorted rows that match, in order, so that nothing is sorted per keystroke. Text typed on
// to the end of the last filter can only narrow it, so only the rows shown are tried again,
// and the results of the shorter texts are kept, so that erasing what was typed costs nothing.
// Where most rows are to be tried, each word is searched for in every row's text at once
// (StudentTableModel::markRowsContaining); a few rows are tried one by one.
class StudentFilterModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit StudentFilterModel(const Clock &clock, QObject *parent = nullptr);

    void setStudentModel(StudentTableModel *model);
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    // The row of the student model's row, or an invalid index when the filter hides it.
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const;
    QModelIndex mapToSource(const QModelIndex &index) const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // The rows shown for a text, in the current order.
    struct Narrowing
    {
        QByteArray searchable; // the text as StudentRowMaker::searchable gives it
        std::vector<int> rows;
        // Of each word, whether it was also looked for as part of a number.
        std::vector<bool> numbers;
    };

    void sourceReset();
    void sourceRowChanged(const QModelIndex &topLeft);
    void order();
    // Each row's place in m_ordered, after m_ordered changes.
    void rank();
    // Shows the rows that match the current text, trying every row again.
    void refilter();
    std::vector<int> matching(const std::vector<int> &candidates) const;
    // One entry a row of the student model: whether it has every word typed.
    std::vector<char> rowsWithEveryWord() const;
    bool matches(int sourceRow) const;
    bool matchesWord(int sourceRow, qsizetype word) const;
    // Which words are also looked for as parts of numbers (m_numberWords not empty).
    std::vector<bool> numberWordsLookedFor() const;
    // Whether the rows of `narrowing` hold every row the current text matches.
    bool holdsMatches(const Narrowing &narrowing) const;

    const Clock &m_clock;
    StudentTableModel *m_students = nullptr;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // Every row of the student model, in the order shown.
    std::vector<int> m_ordered;
    // Indexed by the student model's row: its place in m_ordered.
    std::vector<int> m_rank;
    // The rows shown: m_ordered, or the last narrowing.
    std::vector<int> m_shown;
    // Each text's rows, each text extending the one before it.
    std::vector<Narrowing> m_narrowings;

    QString m_text;
    // Derived from m_text once per change, not once per row.
    QByteArray m_searchable;      // as StudentRowMaker::searchable gives it
    QString m_identityKey;        // the whole text read as an identity number, if it is one
    QByteArrayList m_words;       // as search texts are kept (StudentRowMaker::searchable)
    QByteArrayList m_numberWords; // the same words without '-' and '+'
};

} // namespace vfu
