#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace vfu {

class Clock;
class StudentTableModel;

// Filters StudentTableModel as the coordinator types and sorts it in Swedish order. Every word
// typed must match a name, the HSA-ID or the identity number; a number matches in any
// spelling (10 or 12 digits, with or without '-' or '+'), and case is folded, å ä ö included.
class StudentFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit StudentFilterModel(const Clock &clock, QObject *parent = nullptr);

    void setStudentModel(StudentTableModel *model);
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matchesWord(int sourceRow, qsizetype word) const;

    const Clock &m_clock;
    StudentTableModel *m_students = nullptr;
    QString m_text;
    // Derived from m_text once per change, not once per row.
    QString m_identityKey;     // the whole text read as an identity number, if it is one
    QStringList m_words;       // case-folded
    QStringList m_numberWords; // the same words without '-' and '+'
};

} // namespace vfu
