#include "ui/StudentRows.h"

#include "core/privacy/PrivacyGate.h"
#include "ui/Presentation.h"

#include <QLocale>

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
    auto found = m_sortKeyOf.constFind(text);
    if (found == m_sortKeyOf.cend()) {
        found = m_sortKeyOf.insert(text, static_cast<int>(m_sortKeys.size()));
        m_sortKeys.push_back(m_collator.sortKey(text));
    }
    return *found;
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
    row.familyName = shared(shown.familyName);
    row.givenNames = shared(shown.givenNames);
    row.programme =
        shared(student.programmeName.isEmpty() ? student.programmeCode : student.programmeName);
    row.programmeCode = shared(student.programmeCode);
    QString whole = student.identity;
    whole.remove(QLatin1Char('-'));
    whole = whole.toCaseFolded();
    row.wholeIdentity = append(m_rowTexts, whole);
    // Where the gate withholds the number it withholds the HSA-ID too: it leads to the person.
    const bool identityShown = !shown.identity.isEmpty();
    row.search = append(m_searchTexts,
                        (shown.familyName + QLatin1Char(' ') + shown.givenNames +
                         QLatin1Char('\n') + (identityShown ? summary.journey.hsaId : QString()))
                                .toCaseFolded() +
                            QLatin1Char('\n') + (identityShown ? whole : QString()));
    m_searchTexts.append(QChar());
    row.familyKey = sortKey(row.familyName);
    row.givenKey = sortKey(row.givenNames);
    row.programmeKey = sortKey(row.programme);
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
    return made;
}

QString StudentRows::shownName(const StudentRow &row)
{
    // The row holds the names as shown, so the student's name rule applies to them unchanged.
    Student shown;
    shown.familyName = row.familyName;
    shown.givenNames = row.givenNames;
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
                           shownName(row),
                           maker.text(row.identity).toString(),
                           row.programmeCode,
                           due.programmeName,
                           due.exchange,
                           due.action};
        action.action.why = maker.text(due.why).toString();
        actions.append(std::move(action));
    }
    return actions;
}

} // namespace vfu
