#include "core/storage/JourneyCache.h"

#include "core/storage/NativeSqlite.h"
#include "core/storage/PackedRow.h"
#include "core/storage/StorageError.h"
#include "core/storage/StudentStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVarLengthArray>
#include <QVariant>

#include <algorithm>
#include <sqlite3.h>
#include <variant>

namespace vfu {
namespace {

// A row without a later change holds until this day.
const QString untilChanged = QStringLiteral("9999-12-31");

QString failedBecause(const QSqlQuery &query)
{
    return StorageError::describe(query.lastError());
}

std::optional<Stage> stageFromCode(const QString &code)
{
    static const QHash<QString, Stage> stages = [] {
        QHash<QString, Stage> byCode;
        for (int stage = 0; stage <= static_cast<int>(Stage::Ready); ++stage)
            byCode.insert(Journey::stageCode(static_cast<Stage>(stage)), static_cast<Stage>(stage));
        return byCode;
    }();
    const auto found = stages.constFind(code);
    return found == stages.cend() ? std::nullopt : std::optional<Stage>(*found);
}

// Binds the day and the language that a row must hold for, in the order the queries below
// name them.
void bindValidity(QSqlQuery &query, const QString &day)
{
    query.addBindValue(day);
    query.addBindValue(day);
    query.addBindValue(JourneyCache::language());
}

// Whether row c holds; the '+' keeps SQLite from the indexes on these columns, which would only
// slow a read of nearly every row.
const QString holds =
    QStringLiteral("+c.valid_from <= ? AND +c.valid_until > ? AND +c.language = ?");

// What lists show of a student (the Today list, the export), kept packed with the row it goes
// with: a list may have 100,000 rows (see PackedRow).
void packShown(PackedRowWriter &packed, const Student &student)
{
    packed.text(student.identity)
        .text(student.familyName)
        .text(student.givenNames)
        .text(student.email)
        .text(student.programmeCode)
        .text(student.programmeName)
        .text(Protections::code(student.protection))
        .text(student.alias)
        .integer(student.klippSecrecy ? 1 : 0)
        .integer(student.exchange ? 1 : 0);
}

Student shownFrom(qint64 id, PackedRow &packed)
{
    Student student;
    student.id = id;
    student.identity = packed.text();
    student.familyName = packed.text();
    student.givenNames = packed.text();
    student.email = packed.text();
    student.programmeCode = packed.text();
    student.programmeName = packed.text();
    student.protection = Protections::fromCode(packed.text()).value_or(Protection::None);
    student.alias = packed.text();
    student.klippSecrecy = packed.integer() != 0;
    student.exchange = packed.integer() != 0;
    return student;
}

// The codes and dates kept are ASCII: read in place from the kept bytes, with no QString each.
// A byte past ASCII widens to a character no code has.
class AsciiCode final
{
public:
    explicit AsciiCode(QByteArrayView bytes)
        : m_wide(bytes.size())
    {
        std::transform(bytes.begin(), bytes.end(), m_wide.begin(),
                       [](char c) { return static_cast<char16_t>(static_cast<uchar>(c)); });
    }
    operator QStringView() const { return QStringView(m_wide.constData(), m_wide.size()); }

private:
    QVarLengthArray<char16_t, 64> m_wide;
};

// A date written as YYYY-MM-DD; invalid for anything else.
QDate isoDate(QByteArrayView bytes)
{
    const auto digits = [&bytes](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            if (bytes.at(i) < '0' || bytes.at(i) > '9')
                return -1;
            value = value * 10 + (bytes.at(i) - '0');
        }
        return value;
    };
    if (bytes.size() != 10 || bytes.at(4) != '-' || bytes.at(7) != '-')
        return {};
    const int year = digits(0, 4);
    const int month = digits(5, 2);
    const int dayOfMonth = digits(8, 2);
    if (year < 0 || month < 0 || dayOfMonth < 0)
        return {};
    return QDate(year, month, dayOfMonth);
}

// The action a packed row of due_cache starts with, its urgency on `day`; nullopt for a code
// or date this version cannot read (a row of a newer VFU Desk).
std::optional<DueAction> actionFrom(PackedRow &packed, QDate day, const Policy &policy)
{
    const std::optional<ActionKind> kind = Journey::actionFromCode(AsciiCode(packed.field()));
    const QDate due = isoDate(packed.field());
    const std::optional<Step> resolvedBy = Steps::fromCode(AsciiCode(packed.field()));
    DueAction action;
    action.why = packed.text();
    if (!kind || !resolvedBy || !due.isValid() || !packed.isValid())
        return std::nullopt;
    action.kind = *kind;
    action.due = due;
    action.urgency = Journey::urgencyOf(due, day, policy.finalStage(*kind));
    action.resolvedBy = *resolvedBy;
    return action;
}

} // namespace

// One of store()'s statements, prepared once and run once a row: through SQLite's own API
// where Qt's driver uses the same library (NativeSqlite.h), else through Qt's driver, which
// spends more on each bound value than SQLite spends on the row. Texts are bound as UTF-16,
// as Qt holds them; SQLite turns them into the file's UTF-8 itself.
class JourneyCache::Statement final
{
public:
    using Value = std::variant<qint64, QString, QByteArray>; // a whole number, a text, a blob

    Statement(const QSqlDatabase &db, const QString &sql)
        : m_handle(NativeSqlite::handle(db))
        , m_sql(sql)
        , m_query(db)
    {}

    Status run(std::initializer_list<Value> values)
    {
        if (m_handle)
            return runNatively(values);
        if (m_query.lastQuery() != m_sql && !m_query.prepare(m_sql))
            return Status::failure(failedBecause(m_query));
        for (const Value &value : values)
            std::visit([this](const auto &v) { m_query.addBindValue(v); }, value);
        if (!m_query.exec())
            return Status::failure(failedBecause(m_query));
        return ok();
    }

private:
    Status runNatively(std::initializer_list<Value> values)
    {
        if (!m_native) {
            m_native = NativeSqlite::prepare(m_handle, m_sql.toUtf8());
            if (!m_native)
                return Status::failure(NativeSqlite::error(m_handle));
        }
        sqlite3_stmt *const statement = m_native.get();
        int place = 0;
        for (const Value &value : values) {
            ++place;
            if (const auto *number = std::get_if<qint64>(&value)) {
                sqlite3_bind_int64(statement, place, *number);
            } else if (const auto *text = std::get_if<QString>(&value)) {
                sqlite3_bind_text16(statement, place, text->utf16(),
                                    static_cast<int>(text->size() * 2), SQLITE_STATIC);
            } else {
                const QByteArray &blob = std::get<QByteArray>(value);
                sqlite3_bind_blob(statement, place, blob.constData(), static_cast<int>(blob.size()),
                                  SQLITE_STATIC);
            }
        }
        const bool done = sqlite3_step(statement) == SQLITE_DONE;
        const Status status = done ? ok() : Status::failure(NativeSqlite::error(m_handle));
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement); // the values bound are gone after this call
        return status;
    }

    sqlite3 *m_handle;
    QString m_sql;
    QSqlQuery m_query;
    NativeSqlite::Statement m_native;
};

JourneyCache::JourneyCache(QSqlDatabase db)
    : m_db(std::move(db))
{}

JourneyCache::~JourneyCache() = default;

QString JourneyCache::language()
{
    //: The language code of this translation ("sv" for Swedish). The explanations of due
    //: actions are kept in the data file in this language.
    return tr("en");
}

Result<QList<qint64>> JourneyCache::staleStudents(QDate day)
{
    using R = Result<QList<qint64>>;
    const QString dayText = day.toString(Qt::ISODate);
    const QString lang = language();
    // First whether any is stale, from counts and the ends of three indexes: a row is missing
    // (a new student, or one whose row a change deleted), or out of its days or language.
    QSqlQuery any(m_db);
    any.prepare(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM students) <> (SELECT COUNT(*) FROM journey_cache)"
        " OR EXISTS (SELECT 1 FROM journey_cache WHERE valid_until <= ?)"
        " OR EXISTS (SELECT 1 FROM journey_cache WHERE valid_from > ?)"
        " OR EXISTS (SELECT 1 FROM journey_cache WHERE language < ?)"
        " OR EXISTS (SELECT 1 FROM journey_cache WHERE language > ?)"));
    for (const QString &value : {dayText, dayText, lang, lang})
        any.addBindValue(value);
    if (!any.exec() || !any.next())
        return R::failure(failedBecause(any));
    if (any.value(0).toInt() == 0)
        return R::success({});

    QSqlQuery stale(m_db);
    stale.setForwardOnly(true);
    stale.prepare(QStringLiteral(
        "SELECT id FROM students WHERE id NOT IN (SELECT student_id FROM journey_cache)"
        " UNION SELECT student_id FROM journey_cache"
        "  WHERE valid_until <= ? OR valid_from > ? OR language < ? OR language > ?"
        " ORDER BY 1"));
    for (const QString &value : {dayText, dayText, lang, lang})
        stale.addBindValue(value);
    if (!stale.exec())
        return R::failure(failedBecause(stale));
    QList<qint64> ids;
    while (stale.next())
        ids.append(stale.value(0).toLongLong());
    return R::success(std::move(ids));
}

Result<QHash<qint64, JourneyState>> JourneyCache::read(QDate day, const Policy &policy)
{
    using R = Result<QHash<qint64, JourneyState>>;
    const QString dayText = day.toString(Qt::ISODate);

    QSqlQuery journeys(m_db);
    journeys.setForwardOnly(true);
    journeys.prepare(
        QStringLiteral("SELECT c.student_id, c.stage, c.next_step, c.hsa_id FROM journey_cache c"
                       " WHERE %1")
            .arg(holds));
    bindValidity(journeys, dayText);
    if (!journeys.exec())
        return R::failure(failedBecause(journeys));
    QHash<qint64, JourneyState> states;
    while (journeys.next()) {
        // A row of another version of VFU Desk that this one cannot read is evaluated again.
        const std::optional<Stage> stage = stageFromCode(journeys.value(1).toString());
        const QString nextStep = journeys.value(2).toString();
        const std::optional<Step> step = Steps::fromCode(nextStep);
        if (!stage || (!nextStep.isEmpty() && !step))
            continue;
        JourneyState state;
        state.stage = *stage;
        state.nextStep = step;
        state.hsaId = journeys.value(3).toString();
        states.insert(journeys.value(0).toLongLong(), std::move(state));
    }

    QSqlQuery actions(m_db);
    actions.setForwardOnly(true);
    actions.prepare(QStringLiteral("SELECT d.student_id, d.set_aside, d.shown,"
                                   " d.acknowledged_until, d.acknowledgement"
                                   " FROM due_cache d CROSS JOIN journey_cache c"
                                   " WHERE c.student_id = d.student_id AND %1"
                                   " ORDER BY d.student_id, d.set_aside, d.position")
                        .arg(holds));
    bindValidity(actions, dayText);
    if (!actions.exec())
        return R::failure(failedBecause(actions));
    QList<qint64> unreadable;
    while (actions.next()) {
        const qint64 studentId = actions.value(0).toLongLong();
        const auto state = states.find(studentId);
        if (state == states.end())
            continue;
        const QByteArray shown = actions.value(2).toByteArray();
        PackedRow packed(shown);
        std::optional<DueAction> action = actionFrom(packed, day, policy);
        if (!action) {
            unreadable.append(studentId);
            continue;
        }
        action->acknowledgedUntil = QDate::fromString(actions.value(3).toString(), Qt::ISODate);
        action->acknowledgement = actions.value(4).toString();
        (actions.value(1).toInt() != 0 ? state->setAside : state->dueActions)
            .append(std::move(*action));
    }
    for (const qint64 studentId : std::as_const(unreadable))
        states.remove(studentId);
    // Urgency moves with the day, and with it the order of a student's actions.
    for (JourneyState &state : states) {
        if (state.dueActions.size() > 1)
            std::stable_sort(state.dueActions.begin(), state.dueActions.end(),
                             &Journey::moreUrgent);
    }
    return R::success(std::move(states));
}

Result<QList<StudentDueAction>> JourneyCache::readDue(QDate day, const Policy &policy)
{
    using R = Result<QList<StudentDueAction>>;
    // A due action is kept only with its row, which staleStudents() found holding, and goes
    // with its student (schema 7's triggers), so the kept rows are read alone.
    // The '+' lets the order of the primary key serve the ORDER BY, without a sort.
    static const QString sql = QStringLiteral("SELECT student_id, shown FROM due_cache"
                                              " WHERE +set_aside = 0"
                                              " ORDER BY student_id, set_aside, position");
    QList<StudentDueAction> result;
    const auto take = [&](qint64 studentId, QByteArrayView shown) {
        PackedRow packed(shown);
        std::optional<DueAction> action = actionFrom(packed, day, policy);
        // A student's actions come together: the student is taken apart once.
        const bool sameStudent = !result.isEmpty() && result.constLast().student.id == studentId;
        Student student = sameStudent ? result.constLast().student : shownFrom(studentId, packed);
        if (!action || !packed.isValid())
            return; // an action of a newer VFU Desk
        result.append({std::move(student), std::move(*action)});
    };

    // Through SQLite's own API where it can, without a QVariant and a copy of every blob.
    if (sqlite3 *const handle = NativeSqlite::handle(m_db)) {
        const NativeSqlite::Statement query = NativeSqlite::prepare(handle, sql.toUtf8());
        if (!query)
            return R::failure(NativeSqlite::error(handle));
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(query.get())) == SQLITE_ROW) {
            const auto *blob = static_cast<const char *>(sqlite3_column_blob(query.get(), 1));
            take(sqlite3_column_int64(query.get(), 0),
                 QByteArrayView(blob, sqlite3_column_bytes(query.get(), 1)));
        }
        if (step != SQLITE_DONE)
            return R::failure(NativeSqlite::error(handle));
        return R::success(std::move(result));
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return R::failure(failedBecause(query));
    while (query.next()) {
        const QByteArray shown = query.value(1).toByteArray();
        take(query.value(0).toLongLong(), shown);
    }
    if (query.lastError().isValid())
        return R::failure(failedBecause(query));
    return R::success(std::move(result));
}

Status JourneyCache::eachStudent(
    QDate day,
    const std::function<bool(const Student &, const std::optional<Stage> &, const QString &)> &take)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT s.id, c.shown FROM students s"
                                 " LEFT JOIN journey_cache c ON c.student_id = s.id AND %1"
                                 " ORDER BY s.id")
                      .arg(holds));
    bindValidity(query, day.toString(Qt::ISODate));
    if (!query.exec())
        return Status::failure(failedBecause(query));
    StudentStore students(m_db);
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QByteArray shown = query.value(1).toByteArray();
        PackedRow packed(shown);
        const std::optional<Stage> stage = stageFromCode(packed.text());
        const QString hsaId = packed.text();
        Student student = shownFrom(id, packed);
        if (!stage || !packed.isValid()) {
            // No row holds: added or changed by another program a moment ago.
            const Result<std::optional<Student>> stored = students.studentById(id);
            if (!stored)
                return Status::failure(stored.error());
            if (!stored->has_value())
                continue; // and removed since
            student = **stored;
        }
        if (!take(student, packed.isValid() ? stage : std::nullopt, hsaId))
            break;
    }
    return ok();
}

Status JourneyCache::store(const Student &student, const JourneyState &state, QDate day)
{
    const auto prepared = [this](std::unique_ptr<Statement> &statement,
                                 const QString &sql) -> Statement & {
        if (!statement)
            statement = std::make_unique<Statement>(m_db, sql);
        return *statement;
    };
    const qint64 studentId = student.id;
    Statement &removeActions =
        prepared(m_removeActions, QStringLiteral("DELETE FROM due_cache WHERE student_id = ?"));
    if (const Status removed = removeActions.run({studentId}); !removed)
        return removed;
    Statement &removeJourney =
        prepared(m_removeJourney, QStringLiteral("DELETE FROM journey_cache WHERE student_id = ?"));
    if (const Status removed = removeJourney.run({studentId}); !removed)
        return removed;

    Statement &journey = prepared(
        m_insertJourney,
        QStringLiteral("INSERT INTO journey_cache (student_id, valid_from, valid_until, language,"
                       " stage, next_step, hsa_id, shown) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    PackedRowWriter shownJourney;
    shownJourney.text(Journey::stageCode(state.stage)).text(state.hsaId);
    packShown(shownJourney, student);
    const Status kept = journey.run(
        {studentId, day.toString(Qt::ISODate),
         state.changesOn.isValid() ? state.changesOn.toString(Qt::ISODate) : untilChanged,
         language(), Journey::stageCode(state.stage),
         state.nextStep ? Steps::code(*state.nextStep) : QStringLiteral(""),
         state.hsaId.isNull() ? QStringLiteral("") : state.hsaId, shownJourney.bytes()});
    if (!kept)
        return kept;

    Statement &action = prepared(
        m_insertAction,
        QStringLiteral("INSERT INTO due_cache (student_id, position, set_aside,"
                       " acknowledged_until, acknowledgement, shown) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const bool setAside : {false, true}) {
        const QList<DueAction> &list = setAside ? state.setAside : state.dueActions;
        for (qsizetype position = 0; position < list.size(); ++position) {
            const DueAction &due = list.at(position);
            PackedRowWriter shown;
            shown.text(Journey::actionCode(due.kind))
                .text(due.due.toString(Qt::ISODate))
                .text(Steps::code(due.resolvedBy))
                .text(due.why.isNull() ? QStringLiteral("") : due.why);
            packShown(shown, student);
            const Status keptAction = action.run(
                {studentId, qint64{position}, qint64{setAside ? 1 : 0},
                 due.acknowledgedUntil.isValid() ? due.acknowledgedUntil.toString(Qt::ISODate)
                                                 : QStringLiteral(""),
                 due.acknowledgement.isNull() ? QStringLiteral("") : due.acknowledgement,
                 shown.bytes()});
            if (!keptAction)
                return keptAction;
        }
    }
    return ok();
}

} // namespace vfu
