#include "ui/StudentFilterModel.h"

#include "core/clock/Clock.h"
#include "core/identity/IdentityNumber.h"
#include "ui/StudentTableModel.h"

namespace vfu {

StudentFilterModel::StudentFilterModel(const Clock &clock, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_clock(clock)
{}

void StudentFilterModel::setStudentModel(StudentTableModel *model)
{
    m_students = model;
    setSourceModel(model);
}

void StudentFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;

    m_text = text;
    m_identityKey = canonicalIdentityNumber(text, m_clock.today()).toCaseFolded();
    m_identityKey.remove(QLatin1Char('-'));
    m_words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_numberWords.clear();
    for (const QString &word : std::as_const(m_words)) {
        QString number = word;
        number.remove(QLatin1Char('-'));
        number.remove(QLatin1Char('+'));
        m_numberWords.append(number);
    }
    invalidateFilter();
}

bool StudentFilterModel::matchesWord(int sourceRow, qsizetype word) const
{
    if (m_students->searchText(sourceRow).contains(m_words.at(word)))
        return true;
    const QString &number = m_numberWords.at(word);
    return !number.isEmpty() && m_students->identityKey(sourceRow).contains(number);
}

bool StudentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_students || sourceParent.isValid())
        return !sourceParent.isValid();
    if (m_words.isEmpty())
        return true;

    if (!m_identityKey.isEmpty() && m_students->wholeIdentityKey(sourceRow) == m_identityKey)
        return true;
    for (qsizetype word = 0; word < m_words.size(); ++word) {
        if (!matchesWord(sourceRow, word))
            return false;
    }
    return true;
}

bool StudentFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_students)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_students->compare(left.row(), right.row(), left.column()) < 0;
}

} // namespace vfu
