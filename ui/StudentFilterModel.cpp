#include "ui/StudentFilterModel.h"

#include "core/clock/Clock.h"
#include "core/identity/IdentityNumber.h"
#include "ui/StudentTableModel.h"

#include <algorithm>
#include <numeric>

namespace vfu {
namespace {

// Enough for a name or a number typed key by key; older texts are tried against every row.
constexpr size_t narrowingsKept = 40;

} // namespace

StudentFilterModel::StudentFilterModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{}

void StudentFilterModel::setStudentModel(StudentTableModel *model)
{
    beginResetModel();
    if (m_students)
        disconnect(m_students, nullptr, this, nullptr);
    m_students = model;
    if (m_students) {
        connect(m_students, &QAbstractItemModel::modelAboutToBeReset, this,
                &StudentFilterModel::beginResetModel);
        connect(m_students, &QAbstractItemModel::modelReset, this,
                &StudentFilterModel::sourceReset);
        connect(m_students, &QAbstractItemModel::dataChanged, this,
                &StudentFilterModel::sourceRowChanged);
    }
    order();
    refilter();
    endResetModel();
}

void StudentFilterModel::sourceReset()
{
    order();
    refilter();
    endResetModel();
}

void StudentFilterModel::sourceRowChanged(const QModelIndex &topLeft)
{
    // One student changed: it may move, and it may come into the filter or leave it.
    beginResetModel();
    const int changed = topLeft.row();
    if (m_sortColumn >= 0) {
        std::erase(m_ordered, changed);
        const auto before = [this](int left, int right) {
            const int compared = m_students->compare(left, right, m_sortColumn);
            return m_sortOrder == Qt::AscendingOrder ? compared < 0 : compared > 0;
        };
        m_ordered.insert(std::lower_bound(m_ordered.begin(), m_ordered.end(), changed, before),
                         changed);
        rank();
    }
    refilter();
    endResetModel();
}

void StudentFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    this->order();
    refilter();
    endResetModel();
}

void StudentFilterModel::order()
{
    m_ordered.resize(m_students ? static_cast<size_t>(m_students->rowCount()) : 0);
    std::iota(m_ordered.begin(), m_ordered.end(), 0);
    if (m_sortColumn < 0 || m_sortColumn >= StudentTableModel::ColumnCount) {
        rank();
        return;
    }
    // The order is total (see StudentTableModel::compare), so a plain sort is a stable one.
    const auto before = [this](int left, int right) {
        const int compared = m_students->compare(left, right, m_sortColumn);
        return m_sortOrder == Qt::AscendingOrder ? compared < 0 : compared > 0;
    };
    if (!std::is_sorted(m_ordered.begin(), m_ordered.end(), before))
        std::sort(m_ordered.begin(), m_ordered.end(), before);
    rank();
}

void StudentFilterModel::rank()
{
    m_rank.resize(m_ordered.size());
    for (size_t place = 0; place < m_ordered.size(); ++place)
        m_rank[static_cast<size_t>(m_ordered[place])] = static_cast<int>(place);
}

void StudentFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;

    m_text = text;
    m_searchable = StudentRowMaker::searchable(text);
    m_identityKey = canonicalIdentityNumber(text, m_clock.today()).toCaseFolded();
    m_identityKey.remove(QLatin1Char('-'));
    m_words.clear();
    m_numberWords.clear();
    for (const QByteArray &word : m_searchable.split(' ')) {
        if (word.isEmpty())
            continue;
        m_words.append(word);
        QByteArray number = word;
        number.replace('-', QByteArrayView()).replace('+', QByteArrayView());
        // A word without a digit is no part of a number: the numbers need not be searched.
        if (std::none_of(number.cbegin(), number.cend(),
                         [](char c) { return c >= '0' && c <= '9'; }))
            number.clear();
        m_numberWords.append(number);
    }

    beginResetModel();
    // Where the searchable form of a text extends that of another, every word of the shorter
    // text is part of a word of the longer one, and a row that lacks it lacks the longer one
    // too. (The text itself is no guide: "zoe" and a combining diaeresis compose to "zoë".)
    while (!m_narrowings.empty() && !holdsMatches(m_narrowings.back()))
        m_narrowings.pop_back();
    if (m_words.isEmpty()) {
        m_shown = m_ordered;
    } else if (!m_narrowings.empty() && m_narrowings.back().searchable == m_searchable) {
        m_shown = m_narrowings.back().rows;
    } else {
        m_shown = matching(m_narrowings.empty() ? m_ordered : m_narrowings.back().rows);
        if (m_narrowings.size() < narrowingsKept)
            m_narrowings.push_back({m_searchable, m_shown, numberWordsLookedFor()});
    }
    endResetModel();
}

void StudentFilterModel::refilter()
{
    m_narrowings.clear();
    if (m_words.isEmpty()) {
        m_shown = m_ordered;
        return;
    }
    m_shown = matching(m_ordered);
    m_narrowings.push_back({m_searchable, m_shown, numberWordsLookedFor()});
}

std::vector<bool> StudentFilterModel::numberWordsLookedFor() const
{
    std::vector<bool> numbers;
    for (const QByteArray &number : m_numberWords)
        numbers.push_back(!number.isEmpty());
    return numbers;
}

bool StudentFilterModel::holdsMatches(const Narrowing &narrowing) const
{
    if (!m_searchable.startsWith(narrowing.searchable))
        return false;
    // A word that gains its first digit is looked for as part of a number too ("-2" also as
    // "2"), which rows without the shorter word can hold: its rows are no narrowing.
    const std::vector<bool> numbers = numberWordsLookedFor();
    for (size_t word = 0; word < narrowing.numbers.size() && word < numbers.size(); ++word) {
        if (numbers[word] != narrowing.numbers[word])
            return false;
    }
    return true;
}

std::vector<int> StudentFilterModel::matching(const std::vector<int> &candidates) const
{
    std::vector<int> shown;
    if (!m_students)
        return shown;
    // Few candidates are asked one by one; many, in one pass over every row's text a word.
    if (candidates.size() * 8 < static_cast<size_t>(m_students->rowCount())) {
        for (const int row : candidates) {
            if (matches(row))
                shown.push_back(row);
        }
    } else {
        const std::vector<char> matched = rowsWithEveryWord();
        for (const int row : candidates) {
            if (matched[static_cast<size_t>(row)] != 0)
                shown.push_back(row);
        }
    }
    if (m_identityKey.isEmpty())
        return shown;

    // A whole number finds its student even where the shorter text before it could not: a
    // protected identity shows no digits to match piece by piece.
    for (int row = 0; row < m_students->rowCount(); ++row) {
        if (m_students->wholeIdentityKey(row) != m_identityKey)
            continue;
        const int rank = m_rank[static_cast<size_t>(row)];
        const auto position =
            std::lower_bound(shown.begin(), shown.end(), rank, [&](int each, int r) {
                return m_rank[static_cast<size_t>(each)] < r;
            });
        if (position == shown.end() || *position != row)
            shown.insert(position, row);
    }
    return shown;
}

std::vector<char> StudentFilterModel::rowsWithEveryWord() const
{
    const size_t rows = static_cast<size_t>(m_students->rowCount());
    std::vector<char> every(rows, 1);
    std::vector<char> hits(rows);
    for (qsizetype word = 0; word < m_words.size(); ++word) {
        std::fill(hits.begin(), hits.end(), 0);
        m_students->markRowsContaining(m_words.at(word), hits);
        const QByteArray &number = m_numberWords.at(word);
        if (!number.isEmpty() && number != m_words.at(word))
            m_students->markRowsContaining(number, hits);
        for (size_t row = 0; row < rows; ++row)
            every[row] = static_cast<char>(every[row] & hits[row]);
    }
    return every;
}

bool StudentFilterModel::matchesWord(int sourceRow, qsizetype word) const
{
    const QByteArrayView text = m_students->searchText(sourceRow);
    if (text.contains(m_words.at(word)))
        return true;
    const QByteArray &number = m_numberWords.at(word);
    return !number.isEmpty() && text.contains(number);
}

bool StudentFilterModel::matches(int sourceRow) const
{
    for (qsizetype word = 0; word < m_words.size(); ++word) {
        if (!matchesWord(sourceRow, word))
            return false;
    }
    return true;
}

QModelIndex StudentFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_students)
        return {};
    const auto found = std::find(m_shown.begin(), m_shown.end(), sourceIndex.row());
    if (found == m_shown.end())
        return {};
    return index(static_cast<int>(found - m_shown.begin()), sourceIndex.column());
}

QModelIndex StudentFilterModel::mapToSource(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_students->index(m_shown[static_cast<size_t>(index.row())], index.column());
}

int StudentFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int StudentFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : StudentTableModel::ColumnCount;
}

QVariant StudentFilterModel::data(const QModelIndex &index, int role) const
{
    const QModelIndex source = mapToSource(index);
    return source.isValid() ? source.data(role) : QVariant();
}

QVariant StudentFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_students || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_students->headerData(section, orientation, role);
}

} // namespace vfu
