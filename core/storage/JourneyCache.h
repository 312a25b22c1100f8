#pragma once

#include "core/Result.h"
#include "core/journey/Journey.h"
#include "core/policy/Policy.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace vfu {

// Where each student stood when last evaluated, kept in the data file (schema 4) so that the
// Today list, the student list and the export read one row per student instead of evaluating
// every event of every student. A row holds for the days on which evaluating again gives the
// same stage and actions ([the day evaluated, JourneyState::changesOn)) and in the language of
// its explanations; the data file's triggers delete it when anything it was computed from
// changes.
//
// What is kept is the light part of a JourneyState: stage, next step, HSA-ID, the due and the
// set-aside actions. The track follows from the student; the steps and their dates are not
// kept (a student's page evaluates that one student in full).
class JourneyCache final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::JourneyCache)

public:
    explicit JourneyCache(QSqlDatabase db);

    // The language the explanations of due actions are written in, as the running program's
    // translation gives it: rows written in another language are evaluated again.
    static QString language();

    // The students without a row that holds on `day`, in the order of their ids. Quick when
    // there are none, as on most reads of a day.
    Result<QList<qint64>> staleStudents(QDate day);

    // Every row that holds on `day`, by student id, with each action's urgency as of `day`.
    Result<QHash<qint64, JourneyState>> read(QDate day, const Policy &policy);
    // The due actions (not those set aside) of every row, with their students, in the order
    // of the students' ids and then of the actions; for when staleStudents(day) found none.
    // Of the students, what lists show: the id, identity, names, e-mail, programme, protection,
    // alias, secrecy and exchange flags; addedOn and a track set by hand keep their defaults
    // (a student's page reads the student whole).
    Result<QList<StudentDueAction>> readDue(QDate day, const Policy &policy);

    // Every student in the order of their ids, with the stage and HSA-ID of their row where it
    // holds on `day` (else nothing), to `take`, which returns false to stop. Of the student,
    // what lists show (see readDue).
    Status eachStudent(QDate day,
                       const std::function<bool(const Student &, const std::optional<Stage> &,
                                                const QString &)> &take);

    // Keeps the state of a student evaluated on `day`, with what lists show of the student,
    // replacing what was kept. Meant to run
    // in a write transaction that also read what the state was evaluated from.
    Status store(const Student &student, const JourneyState &state, QDate day);

    JourneyCache(const JourneyCache &) = delete;
    JourneyCache &operator=(const JourneyCache &) = delete;
    ~JourneyCache();

private:
    class Statement;

    QSqlDatabase m_db;
    // store()'s statements, prepared on its first call.
    std::unique_ptr<Statement> m_removeActions;
    std::unique_ptr<Statement> m_removeJourney;
    std::unique_ptr<Statement> m_insertJourney;
    std::unique_ptr<Statement> m_insertAction;
};

} // namespace vfu
