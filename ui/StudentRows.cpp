#include "ui/StudentRows.h"

#include "core/privacy/PrivacyGate.h"
#include "ui/Presentation.h"

#include <QLocale>

#include <algorithm>

namespace vfu {

StudentRowMaker::StudentRowMaker()
    : m_collator(QLocale(QLocale::Swedish, QLocale::Sweden))
{
    // Swedish order whatever language the window speaks: the names are Swedish, and a
    // coordinator looks for Åberg after Zetterberg.
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

QString StudentRowMaker::shared(const QString &text)
{
    auto found = m_texts.constFind(text);
    if (found == m_texts.cend())
        found = m_texts.insert(text, text);
    return *found;
}

int StudentRowMaker::sortKey(const QString &text)
{
    if (m_sortKeyOf.isEmpty()) {
        for (size_t key = 0; key < m_keySpans.size(); ++key)
            m_sortKeyOf.insert(sharedText(static_cast<int>(key)), static_cast<int>(key));
    }
    auto found = m_sortKeyOf.constFind(text);
    if (found != m_sortKeyOf.cend())
        return *found;

    const int key = static_cast<int>(m_keySpans.size());
    m_keySpans.push_back(append(m_sharedTexts, text));
    m_sortKeyOf.insert(text, key);
    rankKey(key);
    return key;
}

void StudentRowMaker::rankKey(int key)
{
    const QStringView text = sharedView(key);
    const auto collate = [this](int each, QStringView other) {
        return m_collator.compare(sharedView(each), other);
    };
    const auto place = std::lower_bound(
        m_byRank.begin(), m_byRank.end(), text,
        [&collate](int each, QStringView newText) { return collate(each, newText) < 0; });
    const auto at = static_cast<size_t>(place - m_byRank.begin());
    m_byRank.insert(place, key);
    m_sameAsBefore.insert(m_sameAsBefore.begin() + static_cast<qsizetype>(at),
                          static_cast<char>(at > 0 && collate(m_byRank[at - 1], text) == 0));
    if (at + 1 < m_byRank.size())
        m_sameAsBefore[at + 1] = static_cast<char>(collate(m_byRank[at + 1], text) == 0);

    m_rank.resize(m_byRank.size());
    for (size_t each = at; each < m_byRank.size(); ++each) {
        const int rank = m_sameAsBefore[each] != 0 ? m_rank[static_cast<size_t>(m_byRank[each - 1])]
                                                   : static_cast<int>(each);
        m_rank[static_cast<size_t>(m_byRank[each])] = rank;
    }
}

QByteArray StudentRowMaker::searchable(const QString &text)
{
    // Composed, so that an "ë" typed finds an "e" stored with a combining diaeresis, and the
    // other way round.
    QString folded = text.normalized(QString::NormalizationForm_C).toCaseFolded();
    for (QChar &c : folded) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return folded.toUtf8();
}

TextSpan StudentRowMaker::append(QString &texts, const QString &text)
{
    const TextSpan span{static_cast<int>(texts.size()), static_cast<int>(text.size())};
    texts.append(text);
    return span;
}

StudentRow StudentRowMaker::row(const StudentSummary &summary)
{
    const Student &student = summary.student;
    const ShownStudent shown = PrivacyGate::show(student, Audience::Coordinator);
    const QList<DueAction> &due = summary.journey.dueActions;

    StudentRow row;
    row.id = student.id;
    row.identity = append(m_rowTexts, shown.identity);
    row.familyKey = sortKey(shown.familyName);
    row.givenKey = sortKey(shown.givenNames);
    row.programmeKey =
        sortKey(student.programmeName.isEmpty() ? student.programmeCode : student.programmeName);
    row.programmeCodeKey = sortKey(student.programmeCode);
    QString whole = student.identity;
    whole.remove(QLatin1Char('-'));
    whole = whole.toCaseFolded();
    row.wholeIdentity = append(m_rowTexts, whole);
    // Where the gate withholds the number it withholds the HSA-ID too: it leads to the person.
    const bool identityShown = !shown.identity.isEmpty();
    const QByteArray search =
        searchable(shown.familyName + QLatin1Char(' ') + shown.givenNames + QLatin1Char(' ') +
                   (identityShown ? summary.journey.hsaId : QString()) + QLatin1Char(' ') +
                   (identityShown ? whole : QString()));
    row.search = {static_cast<int>(m_searchTexts.size()), static_cast<int>(search.size())};
    m_searchTexts.append(search);
    m_searchTexts.append('\x1f');
    row.stage = summary.journey.stage;
    row.hasAction = !due.isEmpty();
    if (row.hasAction) {
        const DueAction &next = due.first();
        row.action = next.kind;
        row.urgency = next.urgency;
        row.due = next.due;
        row.why = append(m_rowTexts, next.why);
    }
    row.actionKey = sortKey(row.hasAction ? Journey::actionLabel(row.action) : QString());
    return row;
}

TodayAction StudentRowMaker::action(const Student &student, const DueAction &action,
                                    int studentOrder)
{
    return {student.id,
            studentOrder,
            shared(Presentation::name(student)),
            PrivacyGate::show(student, Audience::Coordinator).identity,
            shared(student.programmeCode),
            shared(student.programmeName),
            student.exchange,
            action};
}

StudentRows StudentRows::make(const QList<StudentSummary> &summaries)
{
    StudentRows made;
    made.rows.reserve(static_cast<size_t>(summaries.size()));
    // About what a row takes, so that the texts grow in place.
    made.maker.m_rowTexts.reserve(summaries.size() * 26);
    made.maker.m_searchTexts.reserve(summaries.size() * 64);
    QHash<qint64, int> order;
    order.reserve(summaries.size());
    for (const StudentSummary &summary : summaries) {
        order.insert(summary.student.id, static_cast<int>(made.rows.size()));
        made.rows.push_back(made.maker.row(summary));
    }

    // Core orders the actions.
    const QList<StudentDueAction> actions = StudentService::dueActions(summaries);
    made.m_due.reserve(static_cast<size_t>(actions.size()));
    for (const StudentDueAction &each : actions) {
        Due due{order.value(each.student.id), made.maker.shared(each.student.programmeName),
                each.student.exchange, each.action,
                StudentRowMaker::append(made.maker.m_rowTexts, each.action.why)};
        due.action.why.clear();
        made.m_due.push_back(std::move(due));
    }
    made.maker.m_rowTexts.squeeze();
    made.maker.m_searchTexts.squeeze();
    made.maker.m_sharedTexts.squeeze();
    // Made again from m_sharedTexts when needed, where the rows are kept.
    made.maker.m_sortKeyOf = {};
    return made;
}

QString StudentRowMaker::shownName(const StudentRow &row) const
{
    // The row holds the names as shown, so the student's name rule applies to them unchanged.
    Student shown;
    shown.familyName = sharedText(row.familyKey);
    shown.givenNames = sharedText(row.givenKey);
    return Presentation::name(shown);
}

QList<TodayAction> StudentRows::todayActions() const
{
    QList<TodayAction> actions;
    actions.reserve(static_cast<qsizetype>(m_due.size()));
    for (const Due &due : m_due) {
        const StudentRow &row = rows[static_cast<size_t>(due.row)];
        TodayAction action{row.id,
                           due.row,
                           maker.shownName(row),
                           maker.text(row.identity).toString(),
                           maker.sharedText(row.programmeCodeKey),
                           due.programmeName,
                           due.exchange,
                           due.action};
        action.action.why = maker.text(due.why).toString();
        actions.append(std::move(action));
    }
    return actions;
}

} // namespace vfu
