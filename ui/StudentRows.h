#pragma once

#include "core/StudentService.h"

#include <QByteArray>
#include <QCollator>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace vfu {

// Where a text lies in one of the blocks of text of a StudentRowMaker.
struct TextSpan final
{
    int start = 0;
    int length = 0;
};

// One student as the Students table shows, sorts and filters it, and nothing more: the
// summaries of 100,000 students do not fit in the window's memory budget, their rows do. The
// texts of a row that no other row has are kept in one block of text for every row (see
// StudentRowMaker::text), not as a string each.
// What the coordinator's lists may not show of a protected identity is not here at all.
struct StudentRow final
{
    qint64 id = 0;
    TextSpan identity; // as shown: empty for a protected identity
    // Case-folded family and given names, HSA-ID and the digits of the number shown, for the
    // filter.
    TextSpan search;
    // The canonical number without '-', case-folded, for every student: a whole number typed
    // finds a protected student too. Its digits are in `search` only where the number is shown.
    TextSpan wholeIdentity;
    // Texts that many rows share, kept once with their place in Swedish order by the
    // StudentRowMaker that made the row (StudentRowMaker::sharedText, compare).
    int familyKey = 0;        // the family name as shown: the alias for a protected identity
    int givenKey = 0;         // the given names as shown
    int programmeKey = 0;     // the programme's name, or its code where there is none
    int programmeCodeKey = 0; // for the tooltip
    int actionKey = 0;        // the next due action's label
    Stage stage = Stage::New;
    // The next due action, where there is one.
    bool hasAction = false;
    ActionKind action = ActionKind::JobshLinkMissing;
    Urgency urgency = Urgency::Later;
    QDate due;
    TextSpan why; // why it is due, for the tooltip
};

// One due action as Today shows it.
struct TodayAction final
{
    qint64 studentId = 0;
    // The student's place in the order core gave the students: core keeps that order among
    // actions that are equally urgent, and so does Today when one student's actions change.
    int studentOrder = 0;
    QString studentName; // the alias for a protected identity
    QString identity;    // as shown: empty for a protected identity
    QString programmeCode;
    QString programmeName;
    bool exchange = false;
    DueAction action;
};

// Makes rows and Today's actions out of summaries. Texts that many students share (names,
// programmes, action labels) are kept once, with their place in Swedish order; the rows of a
// whole data file share them, so one maker makes them all.
//
// What a maker keeps lies in a few large blocks (texts, spans, ranks), not in a string or a
// sort key each: made on the worker among the summaries, many small pieces would keep most
// of the memory the summaries took from going back to the system once they are gone.
class StudentRowMaker final
{
public:
    StudentRowMaker();

    StudentRow row(const StudentSummary &summary);
    QStringView text(TextSpan span) const
    {
        return QStringView(m_rowTexts).mid(span.start, span.length);
    }
    // Every row's search text in UTF-8, each followed by a '\x1f' and the whole by a '\0'; a
    // search text has no control characters (searchable()), so a text without them that is
    // found in the block is in one row.
    const QByteArray &searchTexts() const { return m_searchTexts; }
    QByteArrayView searchText(TextSpan span) const
    {
        return QByteArrayView(m_searchTexts).sliced(span.start, span.length);
    }
    // `text` composed (Unicode's form C), case-folded, in UTF-8, with every control character
    // a space: as search texts are kept, and as what is looked for in them must be.
    static QByteArray searchable(const QString &text);
    TodayAction action(const Student &student, const DueAction &action, int studentOrder);
    QString sharedText(int key) const { return sharedView(key).toString(); }
    // The name as the coordinator's lists show it: the alias for a protected identity.
    QString shownName(const StudentRow &row) const;
    // Negative, zero or positive as the texts of two keys of this maker's rows order in
    // Swedish collation.
    int compare(int leftKey, int rightKey) const
    {
        return m_rank[static_cast<size_t>(leftKey)] - m_rank[static_cast<size_t>(rightKey)];
    }

private:
    QString shared(const QString &text);
    QStringView sharedView(int key) const
    {
        const TextSpan span = m_keySpans[static_cast<size_t>(key)];
        return QStringView(m_sharedTexts).mid(span.start, span.length);
    }
    int sortKey(const QString &text);
    // Puts a new key in Swedish order among the others.
    void rankKey(int key);
    static TextSpan append(QString &texts, const QString &text);

    QCollator m_collator;
    QHash<QString, QString> m_texts;
    // Each shared text's key, while rows are made; empty in between (see sortKey).
    QHash<QString, int> m_sortKeyOf;
    QString m_sharedTexts;
    std::vector<TextSpan> m_keySpans; // by key
    std::vector<int> m_byRank;        // the keys in Swedish order
    // By key: its place in Swedish order; keys whose texts collate as equal share one.
    std::vector<int> m_rank;
    // By place in m_byRank: whether the text collates as equal to the one before.
    std::vector<char> m_sameAsBefore;
    QString m_rowTexts;
    QByteArray m_searchTexts;

    friend struct StudentRows;
};

// Every student of a data file, read and made into rows off the window's thread.
struct StudentRows final
{
    std::vector<StudentRow> rows;
    StudentRowMaker maker; // for rows made later, sharing what these share

    static StudentRows make(const QList<StudentSummary> &summaries);
    // Today's actions, most urgent first, as core orders them. Made on the thread that keeps
    // them, after the summaries are gone: made beside the summaries, their many small texts
    // would keep most of the memory the summaries took from going back to the system.
    QList<TodayAction> todayActions() const;

private:
    // A due action, its texts in the maker's.
    struct Due
    {
        int row = 0;
        QString programmeName;
        bool exchange = false;
        DueAction action; // without `why`
        TextSpan why;
    };
    std::vector<Due> m_due;
};

} // namespace vfu
